/**
 * The zoom of <portal-figure>, loaded when `zoomable` is first set (a separate
 * chunk for npm users; inlined in the drop-in). Everything it writes is light
 * DOM, a child of the host, so its words are the page's own:
 *
 * - a button over the photo showing an icon, named "Phóng to ảnh: <caption
 *   start>" by visually hidden light-DOM text inside it (not by an SVG
 *   <title>: WebKit names no button from one, its computed label is "");
 * - on click (of the button or the photo), a native modal <dialog> with a close
 *   button labelled "Đóng" / "Close" and a copy of the author's figure: the
 *   full-resolution image and the caption. It is named by the caption, else
 *   by the `alt`, else (alt="" and no caption) by "Phóng to ảnh" / "Enlarge photo". showModal() makes the rest of the
 *   page inert, moves focus to the close button and closes on Escape; on close
 *   the dialog is removed and focus goes back to the zoom button.
 */
import { css } from 'lit';
import { adopt } from '../../internal/adopt.js';

const styles = css`
  portal-figure[zoomable] {
    position: relative;
  }
  portal-figure[zoomable]:not([broken]) > figure img {
    cursor: zoom-in;
  }
  portal-figure > button > span {
    position: absolute;
    inline-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  portal-figure button {
    min-inline-size: 44px;
    min-block-size: 44px;
    border: 2px solid;
    border-radius: var(--portal-radius, 4px);
    background: var(--portal-figure-button-background, var(--portal-color-brand, #1d3a6e));
    color: var(--portal-figure-button-color, var(--portal-color-on-brand, #fff));
    font: inherit;
  }
  portal-figure button:focus-visible {
    outline: var(--portal-focus-ring-width, 3px) solid var(--portal-focus-ring-color, #0b4fa8);
    outline-offset: var(--portal-focus-ring-offset, 2px);
  }
  /* The zoom button, over the photo's top corner. */
  portal-figure > button {
    position: absolute;
    inset-block-start: var(--portal-space-2, 0.5rem);
    inset-inline-end: var(--portal-space-2, 0.5rem);
    display: grid;
    place-items: center;
    padding: 0;
    cursor: zoom-in;
  }
  /*
   * Its focus ring lies on its own background, inside the border, in the icon's
   * colour: over a photo no ring colour could be promised 3:1 (WCAG 1.4.11).
   */
  portal-figure > button:focus-visible {
    outline-color: currentColor;
    outline-offset: calc(-4px - var(--portal-focus-ring-width, 3px));
  }
  /* A phone: full-bleed (a modal dialog is fixed at inset 0: auto sizes fill the screen); pinch-zoom stays the browser's. A wider screen: a centred box. */
  portal-figure dialog {
    box-sizing: border-box;
    inline-size: auto;
    block-size: auto;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--portal-space-2, 0.5rem) 0;
    border: 0 solid var(--portal-figure-dialog-border, var(--portal-color-brand, #1d3a6e));
    border-radius: var(--portal-radius, 4px);
    background: var(--portal-color-surface, #ffffff);
    color: var(--portal-color-text, #1b1d21);
  }
  portal-figure dialog :is(figcaption, button) {
    margin-inline: var(--portal-space-2, 0.5rem);
  }
  @media (min-width: 48rem) {
    portal-figure dialog {
      inline-size: fit-content;
      max-inline-size: calc(100% - 4rem);
      block-size: fit-content;
      max-block-size: calc(100% - 4rem);
      margin: auto;
      padding: var(--portal-space-4, 1rem);
      border-width: 2px;
    }
  }
  portal-figure dialog::backdrop {
    background: var(--portal-figure-backdrop, rgb(0 0 0 / 0.8));
  }
  /*
   * The close button, then the figure, in a column no taller than the dialog may be: the photo takes what the
   * button and the caption leave, however long the caption (a fixed share of the screen left a long one to scroll).
   * Only while open: display would show a closed dialog.
   */
  portal-figure dialog[open] {
    display: flex;
    flex-direction: column;
  }
  /* A <picture> is no box of its own here, so its image is the column's item and shrinks like a bare one. */
  portal-figure dialog picture {
    display: contents;
  }
  portal-figure dialog figure {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--portal-space-2, 0.5rem);
    min-block-size: 0;
    margin: 0;
  }
  /* The full-resolution image at its own size, within the room left; object-fit keeps its shape wherever a box is squeezed. */
  portal-figure dialog img {
    inline-size: auto;
    block-size: auto;
    max-inline-size: 100%;
    min-block-size: 0;
    object-fit: contain;
  }
  portal-figure dialog > button {
    margin: 0 0 var(--portal-space-2, 0.5rem) auto;
  }
  @media (prefers-reduced-motion: no-preference) {
    portal-figure dialog[open] {
      animation: portal-figure-zoom 0.2s ease-out;
    }
  }
  @keyframes portal-figure-zoom {
    from {
      opacity: 0;
      transform: scale(0.96);
    }
  }
`;

/** An SVG element with its attributes (space-separated name=value pairs) and children. */
const svg = (tag: string, attrs: string, ...children: Element[]): Element => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const pair of attrs.split(' ')) if (pair) el.setAttribute(...(pair.split('=') as [string, string]));
  el.append(...children);
  return el;
};

/**
 * A magnifier with a plus, decorative: the button's name is its hidden text.
 * Built element by element, never from markup: under Trusted Types
 * (`require-trusted-types-for 'script'`) `innerHTML` is refused.
 */
const icon = (): Element =>
  svg(
    'svg',
    'aria-hidden=true width=24 height=24 viewBox=0,0,24,24 fill=none stroke=currentColor stroke-width=2',
    svg('circle', 'cx=10 cy=10 r=6'),
    svg('path', 'd=M15,15l6,6M10,7v6M7,10h6'),
  );

interface Zoom {
  button: HTMLButtonElement;
  label: string;
  close: string;
  full?: string | undefined;
}
const zooms = new WeakMap<HTMLElement, Zoom>();
let count = 0;

/**
 * Puts the zoom button on `host` while it is `zoomable` and not `broken` (and
 * takes it off otherwise), named in the page language after the start of the
 * caption (without the credit in <small>), or of the `alt` when there is no
 * caption.
 */
export const zoom = (host: HTMLElement, zoomLabel: string, close: string, full?: string): void => {
  let z = zooms.get(host);
  // Each time: the figure may have been out of the page when the zoom first ran, or moved to another root since.
  adopt(host, styles);
  if (!z) {
    const button = document.createElement('button');
    button.type = 'button';
    // The name: light-DOM text, visually hidden (the styles above), so every engine and reader-mode tool gets it.
    button.append(icon(), document.createElement('span'));
    zooms.set(host, (z = { button, label: zoomLabel, close }));
    host.addEventListener('click', (event) => {
      const target = event.target as Node;
      if (button.isConnected && (button.contains(target) || target == host.querySelector('img'))) open(host, z!);
    });
  }
  z.label = zoomLabel;
  z.close = close;
  z.full = full;
  if (!host.matches('[zoomable]:not([broken])')) return z.button.remove();
  const caption = host.querySelector('figcaption')?.cloneNode(true) as Element | undefined;
  caption?.querySelectorAll('small').forEach((credit) => credit.remove());
  const text = (caption?.textContent || host.querySelector('img')!.alt).replace(/\s+/g, ' ').trim();
  // The caption's start: its first clause (often the person's name), at most 12 words.
  const start = text.split(/[,;:]/)[0]!.split(' ').slice(0, 12).join(' ');
  z.button.querySelector('span')!.textContent = zoomLabel + (start && `: ${start}${start.length < text.length ? '…' : ''}`);
  if (z.button.parentNode != host) host.append(z.button);
};

/** Opens the dialog: a copy of the figure with the full-resolution image. */
const open = (host: HTMLElement, { button, label: zoomLabel, close: closeLabel, full }: Zoom): void => {
  if (host.querySelector('dialog')) return;
  const dialog = document.createElement('dialog');
  const close = document.createElement('button');
  // The first in tree order is the outermost: the figure, else the picture, else the image.
  const copy = host.querySelector('figure, picture, img')!.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  const img = copy.querySelector('img') ?? (copy as HTMLImageElement);
  if (full) {
    copy.querySelectorAll('source').forEach((source) => source.remove());
    img.removeAttribute('srcset');
    img.src = full;
  } else {
    // The viewport is the slot now: the browser picks the largest fitting candidate.
    for (const el of [img, ...copy.querySelectorAll('source')]) if (el.hasAttribute('srcset')) el.setAttribute('sizes', '100vw');
  }
  // Named by the caption, else by the alt; with neither (alt="" and no caption), by the zoom's words.
  const label = copy.querySelector('figcaption') ?? (img.alt ? img : null);
  if (label) {
    label.id = `portal-figure-zoom-${++count}`;
    dialog.setAttribute('aria-labelledby', label.id);
  } else dialog.setAttribute('aria-label', zoomLabel);
  close.type = 'button';
  close.textContent = closeLabel;
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop closes it too: the dialog is its target, outside the dialog's box (closedby="any" would do
  // that only where the browser supports it, which Safari does not).
  dialog.addEventListener('click', (e) => {
    const r = dialog.getBoundingClientRect();
    if (e.target == dialog && (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom)) dialog.close();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    button.focus();
  });
  dialog.append(close, copy);
  host.append(dialog);
  dialog.showModal();
};

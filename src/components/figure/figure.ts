import { html } from 'lit';
import { PortalElement, type Load } from '../../internal/portal-element.js';
import { baseStyles } from '../../internal/styles.js';
import { checkLink, safeUrl } from '../../internal/url.js';
import { adopt } from '../../internal/adopt.js';
import { lightStyles, styles } from './figure.styles.js';
import type { say, Warning } from './warnings.js';
import type { zoom } from './zoom.js';

/** The zoom, loaded when `zoomable` is first set. */
const ZOOM: Load<{ zoom: typeof zoom }> = () => import('./zoom.js');
/** The words of the warnings, which only a page with bad input needs. */
const WARN: Load<{ say: typeof say }> = () => import('./warnings.js');

declare module '../../internal/i18n.js' {
  interface PortalStrings {
    /** The zoom button's name, before the first words of the caption. */
    figureZoom: string;
    /** The close button of the zoom dialog. */
    figureClose: string;
  }
}

/** How the figure sits in the article body. */
export type FigureVariant = 'full' | 'inset' | 'float-start' | 'float-end';

/**
 * A news photo with its caption and credit, and an optional accessible zoom.
 *
 * Write a real `<figure>` as the child: `<img>` (or `<picture>`) with `src`,
 * `alt`, `width` and `height`, then `<figcaption>` with the caption and, in
 * `<small>`, the credit ("Ảnh: …"). Without JavaScript that is already a
 * captioned photo; the component lays it out and adds the zoom. The caption
 * belongs to the figure by being its `<figcaption>`; the component adds no
 * `aria-labelledby` or `aria-describedby` (HTML-AAM after w3c/aria#2224: a
 * figcaption neither names nor describes its figure, it is read as its content).
 * Without a caption it is simply a photo with its `alt`.
 *
 * `alt` says what the photo shows; the caption gives context. A missing `alt`
 * is reported with the `src`; `alt=""` is right when the caption says it all.
 * Write `loading="lazy"` on a photo below the fold: the browser decides when
 * the `<img>` gets its `src`, before this runs. An `<img>` without `loading`
 * gets `loading="lazy"`, which counts only for a `src` set after that. `srcset` and `sizes` are left to the browser. A
 * photo that fails to load keeps its box, its `alt` and its caption, shows a
 * neutral placeholder, and the host gets the `broken` attribute.
 *
 * With `zoomable`, a button over the photo ("Phóng to ảnh: <caption start>")
 * and a click on the photo open the full-resolution image (`data-full-src`, or
 * the largest `srcset` candidate) in a modal `<dialog>` that repeats the
 * caption. The button, the dialog and their words are written into the light
 * DOM; their code (zoom.ts) loads only when `zoomable` is set.
 *
 * @summary A captioned photo with credit, layout variants and an accessible zoom.
 *
 * @slot - A `<figure>` with an `<img>` or `<picture>` and an optional `<figcaption>`. The zoom button and dialog are added here too.
 *
 * @attr {boolean} broken - Set by the component, not by you, while the photo has failed to load: style a fallback with `portal-figure[broken]`.
 *
 * @cssprop [--portal-figure-margin=var(--portal-space-6, 1.5rem)] - Space above and below the figure.
 * @cssprop [--portal-figure-inset-size=36rem] - The widest an `inset` figure gets.
 * @cssprop [--portal-figure-float-size=45%] - The width of a floated figure, of its container.
 * @cssprop [--portal-figure-float-breakpoint=30rem] - In a container narrower than this, a floated figure takes the full width.
 * @cssprop [--portal-figure-caption-color=var(--portal-color-text-muted, #4a5060)] - Caption and credit text.
 * @cssprop [--portal-figure-caption-size=var(--portal-font-size-sm, 0.875rem)] - Caption and credit size.
 * @cssprop [--portal-figure-placeholder=#e4e7ec] - The photo's box before it loads, or if it fails.
 * @cssprop [--portal-figure-button-background=var(--portal-color-brand, #1d3a6e)] - The zoom and close buttons.
 * @cssprop [--portal-figure-button-color=var(--portal-color-on-brand, #fff)] - The icon, label and border of the zoom and close buttons, and the zoom button's focus ring (drawn inside it, never on the photo); at least 4.5:1 on their background.
 * @cssprop [--portal-figure-dialog-border=var(--portal-color-brand, #1d3a6e)] - The zoom dialog's border.
 * @cssprop [--portal-figure-backdrop=rgb(0 0 0 / 0.8)] - Behind the zoom dialog.
 */
export class PortalFigure extends PortalElement {
  static override styles = [baseStyles, styles];

  // The base's `locale` is restated: TypeScript wants a subclass's static `properties` to fit the base's type.
  static override properties = {
    ...PortalElement.properties,
    variant: { reflect: true },
    zoomable: { type: Boolean, reflect: true },
  };

  /** @internal The built-in `vi` and `en` strings; a portal overrides them with `setStrings()`. */
  static override strings = {
    vi: { figureZoom: 'Phóng to ảnh', figureClose: 'Đóng' },
    en: { figureZoom: 'Enlarge photo', figureClose: 'Close' },
  };

  /** `full` (the default: the width of the text), `inset` (narrower, centred), `float-start` or `float-end` (text wraps beside it; full width in a narrow container). Any other value is shown full width, with a warning. */
  declare variant: FigureVariant | undefined;

  /** Adds a button, and a click on the photo, that open the full-resolution image in a modal dialog. Off unless set. */
  declare zoomable: boolean;

  /** Set once the zoom was on, so that turning it off removes the button. */
  #zoomed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    adopt(this, lightStyles);
    // load and error do not bubble: listen while they travel down to the <img>.
    this.addEventListener('load', this.#onImage, true);
    this.addEventListener('error', this.#onImage, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A zoom still open when the figure leaves the page goes with it: put back, the figure would show its copy inline, and not zoom again.
    this.querySelector('dialog')?.remove();
  }

  protected override render() {
    return html`<slot @slotchange=${this.#sync}></slot>`;
  }

  protected override updated(): void {
    this.#sync();
  }

  /** Checks the author's markup, sets `broken`, and keeps the zoom in step. */
  #sync = (): void => {
    if (this.variant && !/^(full|inset|float-(start|end))$/.test(this.variant)) this.#say('variant', 'variant', this.variant);
    // Links first: a figure without a photo still shows its caption's links.
    for (const a of this.querySelectorAll('a')) checkLink(this, a);
    const img = this.querySelector('img');
    if (!img) return this.#say('img');
    const src = img.getAttribute('src');
    const alt = img.getAttribute('alt');
    if (alt == null) this.#say('alt', 'src', src, img);
    // WebKit exposes a decorative photo (alt="") in a <figure> with a caption as an image with no name, which VoiceOver
    // reads out as "image"; role none leaves it out there too, as the other engines do. Gone when the alt gets words.
    if (alt === '' || img.role == 'none') img.role = alt ? null : 'none';
    const ratio = getComputedStyle(img).aspectRatio;
    if (ratio == 'auto') this.#say('size', 'src', src, img);
    // WebKit lays a photo with alt text out as that text until it loads (and again once it fails), ignoring the ratio
    // its width and height map to ("auto 900 / 600"): the same ratio without "auto" holds its box in every engine.
    else if (ratio.startsWith('auto ')) img.style.aspectRatio = ratio.slice(5);
    if (!img.hasAttribute('loading')) img.loading = 'lazy';
    const full = safeUrl(this, 'data-full-src', img.getAttribute('data-full-src'), 'image', img);
    // Every image is reported if it failed (the zoom dialog's too); only the photo sets the state.
    this.querySelectorAll('img').forEach(this.#failed, this);
    this.toggleAttribute('broken', this.#failed(img));
    if ((this.#zoomed ||= this.zoomable)) this.use(ZOOM)?.zoom(this, this.t('figureZoom'), this.t('figureClose'), full);
  };

  /** Whether `img` has finished loading and failed; if so, says so with its address. */
  #failed(img: HTMLImageElement): boolean {
    const failed = img.complete && !!img.currentSrc && !img.naturalWidth;
    if (failed) this.#say('failed', 'src', img.currentSrc, img);
    return failed;
  }

  /**
   * Reports bad input; the words load on first use (warnings.ts), so a page without bad input never fetches them.
   * Until they arrive nothing is said: the update on their arrival checks again, and says what is still wrong.
   */
  #say(key: Warning, attr?: string, value?: unknown, child?: Element): void {
    this.use(WARN)?.say(this, key, attr, value, child);
  }

  #onImage = (event: Event): void => {
    const img = event.target as HTMLImageElement;
    // The photo sets the state; another image (the one in the zoom dialog) is only reported.
    if (img == this.querySelector('img')) this.#sync();
    else this.#failed(img);
  };
}

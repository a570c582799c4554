import { css } from 'lit';

/** The shadow root: the host is the layout box in the article; the author's <figure> is slotted. */
export const styles = css`
  :host {
    display: block;
    margin-block: var(--portal-figure-margin, var(--portal-space-6, 1.5rem));
  }
  :host([variant='inset']) {
    max-inline-size: var(--portal-figure-inset-size, 36rem);
    margin-inline: auto;
  }
  /*
   * Floats. 100% is the container's width here, so (breakpoint - 100%) * 999
   * is hugely positive in a container narrower than the breakpoint and hugely
   * negative in a wider one: clamp() picks 100% (a full-width figure, no text
   * beside it) or the float size. No container query, so the article needs no
   * container-type. At 100% the gap beside the text falls outside the
   * container, which a float's margin may do without causing overflow.
   */
  :host([variant='float-start']),
  :host([variant='float-end']) {
    float: inline-start;
    inline-size: clamp(var(--portal-figure-float-size, 45%), (var(--portal-figure-float-breakpoint, 30rem) - 100%) * 999, 100%);
    margin-block-start: 0;
    margin-inline-end: var(--portal-space-6, 1.5rem);
  }
  :host([variant='float-end']) {
    float: inline-end;
    margin-inline: var(--portal-space-6, 1.5rem) 0;
  }
  ::slotted(figure) {
    display: grid;
    gap: var(--portal-space-2, 0.5rem);
    margin: 0;
    color: var(--portal-figure-caption-color, var(--portal-color-text-muted, #4a5060));
    font-size: var(--portal-figure-caption-size, var(--portal-font-size-sm, 0.875rem));
  }
`;

/**
 * The light DOM, adopted once by the document (or shadow root) that holds a
 * figure: a shadow root reaches only its own children with ::slotted(), not the
 * <img> inside the author's <figure>. The zoom adds its own sheet (zoom.ts).
 */
export const lightStyles = css`
  /* The photo (and its copy in the zoom dialog), not an image in the caption: a logo in the credit keeps its size. :where() keeps the specificity of "portal-figure img", so the zoom's own image rules still win. */
  portal-figure img:not(:where(figcaption img)) {
    display: block;
    inline-size: 100%;
    /* With width and height on the <img>, auto keeps their ratio: the box is reserved before the file arrives. */
    block-size: auto;
    /*
     * A failed photo keeps its box: WebKit would grow it to fit the alt text and the broken-image icon. clip, not
     * hidden: Firefox exposes an <img> that is a scroll container (overflow: hidden) as a generic node, so a
     * decorative photo (alt="") would be in its accessibility tree instead of left out.
     */
    overflow: clip;
    background: var(--portal-figure-placeholder, #e4e7ec);
  }
  /* A failed photo keeps the box its width and height reserve: WebKit makes it a square (the broken-image icon's ratio), whatever its aspect-ratio; size containment leaves it that ratio alone. */
  portal-figure[broken] img[width][height]:not(:where(figcaption img, dialog img)) {
    contain: size;
  }
  /*
   * The credit, the caption's <small> ("Ảnh: …"): on a line of its own, set apart from the caption, at the
   * caption's size (the theme's small text), not <small>'s smaller still; starting its line, "Ảnh: " and the
   * first word of the name stay together. A line break before it, not display: block, so that the space the
   * author wrote before it stays in the text a screen reader reads ("… tới Ảnh: …", not "… tớiẢnh: …").
   */
  portal-figure figcaption small {
    font-size: inherit;
  }
  portal-figure figcaption small::before {
    content: '\\A';
    white-space: pre;
  }
`;

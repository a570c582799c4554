import { css } from 'lit';

export const styles = css`
  /*
   * The card draws no box of its own, as on most portal home pages; a theme
   * can give it one through ::part(card). The whole card follows the title
   * link (a click handler, so text stays selectable).
   */
  :host {
    display: block;
  }
  /*
   * Both boxes are wrapping rows: a full-width photo takes a line of its own,
   * above the text, and a photo keeps its shape (align-items: start).
   */
  div {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--portal-article-card-gap, var(--portal-space-2, 0.5rem));
    cursor: pointer;
  }
  /*
   * The author's title, category, date and excerpt, in the author's order:
   * the title and the excerpt take a line each, the category and the date
   * share one. A long word wraps rather than overflow the card.
   */
  [part=body] {
    align-items: baseline;
    column-gap: var(--portal-space-3, 0.75rem);
    overflow-wrap: break-word;
  }
  ::slotted(*) {
    margin: 0 !important;
  }
  ::slotted(:not(a, span, time)) {
    inline-size: 100%;
  }
  /*
   * Vietnamese stacks up to two marks above a letter (Ẫ, Ệ): the line height
   * leaves room for them, even against a page rule, and nothing here clips
   * text (no overflow, no line clamp).
   */
  ::slotted(:is(h2, h3, h4, h5, h6)) {
    font-size: var(--portal-article-card-title-size, var(--portal-font-size-lg, 1.25rem));
    line-height: var(--portal-line-height-heading, 1.5) !important;
  }
  ::slotted(:is(a, span, time)) {
    font-size: var(--portal-font-size-sm, 0.875rem);
    color: var(--portal-color-text-muted, #4a5060);
  }
  /*
   * The thumbnail: its box is reserved before it loads (the width and height
   * attributes give way to the aspect ratio), and the photo covers it.
   */
  ::slotted(img) {
    block-size: auto;
    aspect-ratio: var(--portal-article-card-aspect-ratio, 3/2);
    object-fit: cover;
  }
  :host([variant=compact]) ::slotted(:is(img, p)) {
    display: none;
  }
  :host([variant=featured]) {
    --portal-article-card-title-size: var(--portal-font-size-2xl, 2rem);
  }
  /*
   * Horizontal: the photo beside the text whenever the card's container gives
   * it 30rem (12rem + 18rem, then 40% and 60% as they grow 2:3), else the photo
   * wraps above the text. This follows the card's own width, never the
   * viewport, without a size container: container-type would make the card's
   * own width zero wherever its parent sizes to its content (a flex row, a
   * float, an auto grid column), collapsing it to a letter per line.
   */
  :host([variant=horizontal]) ::slotted(img) {
    flex: 2 1 12rem;
    min-inline-size: 0;
  }
  :host([variant=horizontal]) [part=body] {
    flex: 3 1 18rem;
  }
`;

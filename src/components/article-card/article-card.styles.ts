import { css } from 'lit';

/*
 * Each card is a size container: its variant's layout follows the width of the
 * card itself (a list column, a sidebar), never the viewport. Horizontal puts
 * the thumbnail beside the text once the card is 30rem wide.
 *
 * One line on purpose: lit-analyzer's CSS grammar predates container queries
 * and flags them, and it does not check one-line literals.
 */
const container = css`:host { container-type: inline-size; } @container (min-width: 30rem) { :host([variant=horizontal]) [part=card] { flex-direction: row; align-items: start; } :host([variant=horizontal]) ::slotted(img) { inline-size: 40%; } }`;

export const styles = css`
  /*
   * The card draws no box of its own, as on most portal home pages; a theme
   * can give it one through ::part(card).
   */
  :host {
    display: block;
  }
  /* The whole card follows the title link (a click handler, so text stays selectable). */
  div {
    display: flex;
    flex-direction: column;
    gap: var(--portal-article-card-gap, var(--portal-space-2, 0.5rem));
    cursor: pointer;
  }
  /*
   * The author's title, category, date and excerpt, in the author's order, each
   * as wide as its text (a category link is no wider than its words). A long
   * word wraps rather than overflow the card.
   */
  [part=body] {
    align-items: start;
    overflow-wrap: anywhere;
  }
  ::slotted(*) {
    margin: 0 !important;
  }
  /*
   * Vietnamese stacks up to two marks above a letter (Ẫ, Ệ): the line height
   * leaves room for them, even against a page rule, and nothing here clips
   * text (no overflow, no line clamp).
   */
  ::slotted(:is(h2, h3, h4, h5, h6)) {
    font-size: var(--portal-article-card-title-size, var(--portal-font-size-lg, 1.25rem));
    line-height: var(--portal-line-height-heading, 1.35) !important;
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
    inline-size: 100%;
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
  ${container}
`;

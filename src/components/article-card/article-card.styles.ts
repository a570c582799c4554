import { css } from 'lit';

/*
 * The shadow root holds only the two boxes: what every server-rendered card repeats in its declarative shadow root
 * (issue 15: the whole stylesheet there made 1,000 cards 2.4 times the gzip bytes of plain HTML). The author's
 * title, date, excerpt and photo are styled by `lightStyles`, one sheet for the page.
 *
 * The card draws no box of its own, as on most portal home pages; a theme can give it one through ::part(card).
 * The whole card follows the title link (a click handler, so text stays selectable).
 *
 * Both boxes are wrapping rows that fill the card: a full-width photo takes a line of its own, above the text, and a
 * photo keeps its shape (align-items: start). The text (title, category, date, excerpt) keeps the author's order:
 * the title and the excerpt take a line each, the category and the date share one (a baseline). A long word wraps
 * rather than overflow the card.
 *
 * Horizontal: the photo beside the text whenever the card's container gives it 30rem (12rem + 18rem, then 40% and
 * 60% as they grow 2:3), else the photo wraps above the text. This follows the card's own width, never the
 * viewport, without a size container: container-type would make the card's own width zero wherever its parent sizes
 * to its content (a flex row, a float, an auto grid column), collapsing it to a letter per line.
 */
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  div {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--portal-article-card-gap, var(--portal-space-2, 0.5rem));
    box-sizing: border-box;
    inline-size: 100%;
    cursor: pointer;
  }
  [part=body] {
    align-items: baseline;
    column-gap: var(--portal-space-3, 0.75rem);
    overflow-wrap: break-word;
  }
  :host([variant=horizontal]) [part=body] {
    flex: 3 1 18rem;
  }
`;

/*
 * The author's content, styled in the light DOM by one sheet for the page (added to the card's document or shadow
 * root when a card connects; the themes carry the same rules, for a page read before or without JavaScript). The
 * same rules then apply wherever the photo is: in the `media` slot, in the default one (a server-rendered card
 * before its script runs: the photo is moved only on upgrade) or in no slot at all (before upgrade), so the photo
 * is first in each (`order: -1`) and nothing moves when the card upgrades.
 *
 * :where() leaves them the weight of no selector, as ::slotted() rules had against the page's own: a page rule for
 * its headings or links still wins, except for the margins and the line height. Vietnamese stacks up to two marks
 * above a letter (Ẫ, Ệ): the title's line height leaves room for them, even against a page rule, and nothing here
 * clips text (no overflow, no line clamp). The photo's box is reserved before it loads (the width and height
 * attributes give way to the aspect ratio), and the photo covers it.
 */
export const lightStyles = css`
  :where(portal-article-card) > * {
    margin: 0 !important;
  }
  :where(portal-article-card) > :where(:not(a, span, time)) {
    inline-size: 100%;
  }
  :where(portal-article-card) > :where(h2, h3, h4, h5, h6) {
    font-size: var(--portal-article-card-title-size, var(--portal-font-size-lg, 1.25rem));
    line-height: var(--portal-line-height-heading, 1.5) !important;
  }
  :where(portal-article-card) > :where(a, span, time) {
    font-size: var(--portal-font-size-sm, 0.875rem);
    color: var(--portal-color-text-muted, #4a5060);
  }
  :where(portal-article-card) > img {
    order: -1;
    block-size: auto;
    aspect-ratio: var(--portal-article-card-aspect-ratio, 3/2);
    object-fit: cover;
  }
  :where(portal-article-card[variant=compact]) > :where(img, p) {
    display: none;
  }
  :where(portal-article-card[variant=featured]) {
    --portal-article-card-title-size: var(--portal-font-size-2xl, 2rem);
  }
  :where(portal-article-card[variant=horizontal]) > img {
    flex: 2 1 12rem;
    min-inline-size: 0;
  }
`;

import { css } from 'lit';

/*
 * The shadow root holds only slots, and its CSS reaches only the host's direct
 * children (::slotted): the blocks of the body (p, ul, ol, blockquote, table,
 * figure, h2…) and the slotted parts. What is nested (list items, cells, links
 * in paragraphs) inherits font, line height and colour, and takes its own look
 * from the page. Page rules on those blocks (a `p { margin: 0 }` reset, say)
 * win over ::slotted, as they should.
 */
export const styles = css`
  :host {
    display: flow-root;
    max-inline-size: var(--portal-article-measure, 42rem);
    line-height: var(--portal-line-height-body, 1.6);
  }
  /*
   * One gap after every block. A child that wants another sets
   * --portal-article-gap on itself: the article sets no such property on it, so
   * the child's value wins (a margin in the child's own :host would lose to
   * ::slotted). Inline margins are the child's (inset, floated).
   */
  ::slotted(*) {
    margin-block: 0 var(--portal-article-gap, var(--portal-space-4, 1rem));
  }
  ::slotted(blockquote) {
    padding-inline-start: var(--portal-space-4, 1rem);
    border-inline-start: 4px solid var(--portal-color-brand, #1d3a6e);
  }
  ::slotted([slot=headline]) {
    font-size: var(--portal-font-size-2xl, 2rem);
    line-height: var(--portal-line-height-heading, 1.5);
  }
  ::slotted([slot=lead]) {
    font-size: var(--portal-font-size-lg, 1.25rem);
    font-weight: 600;
  }
  ::slotted(:is([slot=dateline], [slot=byline])) {
    font-size: var(--portal-font-size-sm, 0.875rem);
    color: var(--portal-color-text-muted, #4a5060);
  }
`;

/*
 * A document-level sheet, adopted once when the first article connects, for
 * what shadow CSS cannot reach: images at any depth, links at any depth in
 * print, and the page around the article in print. :where() keeps the
 * specificity at zero, so the page's own rules win.
 */
export const documentStyles = css`
  :where(portal-article img) {
    max-inline-size: 100%;
    block-size: auto;
  }
  /*
   * Lists of the body (the article's children, and lists in them): room for
   * the markers, space between items. Lists of a component in the body (an
   * attendance list) are not the article's children, so they keep their own.
   */
  :where(portal-article > :is(ul, ol), portal-article > :is(ul, ol) :is(ul, ol)) {
    padding-inline-start: var(--portal-space-6, 1.5rem);
  }
  :where(portal-article > :is(ul, ol) li + li) {
    margin-block-start: var(--portal-space-2, 0.5rem);
  }
  /*
   * A table never widens the page (1.4.10): it is a block as wide as its
   * content, at most the column, and scrolls sideways inside it. While it
   * scrolls, the article makes it a Tab stop (tabindex="0", tables.ts), so the
   * keyboard can scroll it, and the table keeps its role and its name, its caption.
   */
  :where(portal-article table) {
    display: block;
    max-inline-size: max-content;
    overflow-x: auto;
    border-collapse: collapse;
  }
  :where(portal-article table:focus-visible) {
    outline: var(--portal-focus-ring-width, 3px) solid var(--portal-focus-ring-color, #0b4fa8);
    outline-offset: var(--portal-focus-ring-offset, 2px);
  }
  :where(portal-article caption) {
    padding-block-end: var(--portal-space-2, 0.5rem);
    font-weight: 600;
    text-align: start;
  }
  :where(portal-article :is(th, td)) {
    padding: var(--portal-space-2, 0.5rem) var(--portal-space-3, 0.75rem);
    border: 1px solid var(--portal-color-text-muted, #4a5060);
    text-align: start;
    vertical-align: top;
  }
  @media print {
    portal-skip-ribbon,
    nav,
    [role=navigation],
    [role=search],
    button,
    [data-portal-print=hide] {
      display: none !important;
    }
    /* The address the article resolved (see article.ts): absolute, so a reader of the paper can type it. */
    :where(portal-article a[data-portal-href])::after {
      content: ' (' attr(data-portal-href) ')';
    }
    /*
     * A photo, a map or a figure is never cut across two sheets, and never
     * taller than one: 80vh (the page's height in print) leaves room for a
     * caption. object-fit keeps the whole image, letterboxed, when its height
     * is clamped while its width attribute holds.
     */
    :where(portal-article :is(img, picture, figure, portal-figure)) {
      break-inside: avoid;
    }
    :where(portal-article img) {
      max-block-size: 80vh;
      object-fit: contain;
    }
  }
`;

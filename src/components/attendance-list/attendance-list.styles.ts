import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /*
   * The lists, labels and names are the page's own light-DOM elements; only the
   * lists are styled here (::slotted reaches no deeper): the list's own bullets
   * (the browser's disc, outside the text) in an indent, so the second line of
   * a long entry ("… UBND / tỉnh") starts under its first word, not at the edge
   * like a new entry, and a gap between entries (the items are the grid's
   * rows). The lists keep their semantics: the component gives each one
   * role="list" too, which Safari needs if a page's CSS removes the bullets.
   * A hidden list (the written fallback while the data shows) stays hidden:
   * display: grid here would beat the browser's [hidden] rule.
   */
  ::slotted(ul:not([hidden])) {
    display: grid;
    gap: var(--portal-attendance-list-item-gap, var(--portal-space-2, 0.5rem));
    margin: 0 0 var(--portal-attendance-list-gap, var(--portal-space-4, 1rem));
    padding-inline-start: var(--portal-space-6, 1.5rem);
  }
`;

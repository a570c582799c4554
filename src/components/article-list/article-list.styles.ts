import { css } from 'lit';

export const styles = css`
  /* Heading, items, then the "see all" link, in reading order. */
  :host {
    --_g: var(--portal-article-list-gap, var(--portal-space-6, 1.5rem));
    --_c: var(--portal-article-list-columns, 3);
    display: grid;
    gap: var(--_g);
  }
  ::slotted([slot]) {
    margin: 0 !important;
    justify-self: start;
  }
  /*
   * At most --portal-article-list-columns columns, none narrower than
   * --portal-article-list-min-width: the number of columns follows the list's
   * own width, never the viewport.
   */
  [part=list] {
    display: grid;
    gap: inherit;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(var(--portal-article-list-min-width, 16rem), (100% - (var(--_c) - 1) * var(--_g)) / var(--_c))), 1fr));
  }
`;

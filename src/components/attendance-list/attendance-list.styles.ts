import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /*
   * The lists, labels and names are the page's own light-DOM elements; only the
   * lists' spacing is set here. The lists keep their semantics: the component
   * gives each one role="list", which Safari needs once the bullets are gone.
   */
  ::slotted(ul) {
    list-style: none;
    margin: 0 0 var(--portal-attendance-list-gap, var(--portal-space-4, 1rem));
    padding: 0;
  }
`;

import { css } from 'lit';

export const styles = css`
  /*
   * Visually hidden, never display:none, until a link inside has focus: fixed
   * to the top and 1px, it takes no room in the page, and focusing a link
   * never scrolls. Once shown it is sticky: in the page's flow at its top, so
   * it pushes the header down rather than cover the site's name, and, on a
   * page scrolled down, held at the top of the screen.
   */
  :host {
    position: sticky;
    inset-block-start: 0;
    z-index: var(--portal-skip-ribbon-z-index, 10000);
    display: block;
  }
  :host(:not(:focus-within)) {
    position: fixed;
    clip-path: inset(50%);
    block-size: 1px;
    inline-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portal-space-2, 0.5rem);
    padding: var(--portal-space-2, 0.5rem);
    background: var(--portal-skip-ribbon-background, var(--portal-color-surface, #ffffff));
    border-block-end: 4px solid var(--portal-skip-ribbon-border-color, var(--portal-color-brand, #1d3a6e));
    /* Font, size and line-height are the page's own, inherited. */
  }
  /*
   * The links are the page's own light-DOM <a> elements. Colour and focus carry
   * !important: inside a shadow tree that beats page rules such as a { color }
   * that would otherwise break contrast, while the tokens stay in charge.
   */
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px; /* link text is always wider than 44px */
    padding: var(--portal-space-2, 0.5rem) var(--portal-space-4, 1rem);
    border-radius: var(--portal-radius, 4px);
    color: var(--portal-skip-ribbon-color, var(--portal-color-link, #0b4fa8)) !important;
    background: transparent !important;
    text-decoration: underline;
  }
  ::slotted(a:focus) {
    outline: var(--portal-focus-ring-width, 3px) solid var(--portal-focus-ring-color, #0b4fa8) !important;
    outline-offset: var(--portal-focus-ring-offset, 2px) !important;
  }
  /*
   * Forced colors (Windows High Contrast) need no block of their own: the ring
   * is a real outline and the rule a real border, which the browser repaints in
   * system colours; a test checks they stay visible.
   */
`;

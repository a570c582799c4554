import type { CSSResult } from 'lit';

/**
 * Adds `sheet` to the document or shadow root that holds `host`, once. This is
 * how the figure styles its light DOM (the `<img>` inside the author's
 * `<figure>`, the zoom button, the dialog): a shadow root reaches only one level
 * down with `::slotted()`. Called on connect and on first zoom, never in a
 * constructor or `render()`, so server rendering never gets here.
 */
export const adopt = (host: Element, sheet: CSSResult): void => {
  const root = host.getRootNode() as Partial<DocumentOrShadowRoot>;
  const s = sheet.styleSheet;
  if (s && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
};

import type { CSSResult } from 'lit';

/**
 * Adds `sheet` to the document or shadow root that holds `host`, once. This is
 * how a component styles its light DOM where `::slotted()` cannot reach (it
 * goes one level down): the figure's `<img>` inside the author's `<figure>`,
 * its zoom button and dialog; the article's prose, lists and tables. Called on
 * connect (and by the zoom on each update: a figure may have been out of the
 * page, or in another root, the first time), never in a constructor or
 * `render()`, so server rendering never gets here.
 */
export const adopt = (host: Element, sheet: CSSResult): void => {
  const root = host.getRootNode() as Partial<DocumentOrShadowRoot>;
  const s = sheet.styleSheet;
  try {
    if (s && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
  } catch {
    // A figure moved into another document (an iframe's) cannot take this document's sheet: it goes without, as
    // Lit's own shadow styles do there, rather than throw out of connectedCallback.
  }
};

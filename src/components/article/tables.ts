/**
 * What `<portal-article>` loads on first use when it holds a table: each table is a Tab stop
 * (`tabindex="0"`) while it is wider than the column and scrolls, so the keyboard can scroll it,
 * and no stop at all while it fits, since a stop that does nothing only slows a keyboard user down.
 * The tables are watched with one ResizeObserver for the page: a narrower window, a zoom or a
 * larger text size can make a table scroll, or stop scrolling, at any time. A table that leaves
 * the page is no longer watched.
 */
import type { PortalArticle } from './article.js';

/** The tables this module made Tab stops: an author's own `tabindex` is never touched. */
const made = new WeakSet<Element>();

/** Makes `table` a Tab stop while it scrolls, unless its author gave it a tabindex. */
const fit = (table: Element): void => {
  // A table that left the page (its box went to nothing) is let go: the observer would keep it, and its article, alive.
  if (!table.isConnected) observer?.unobserve(table);
  else if (made.has(table) || !table.hasAttribute('tabindex')) {
    if (table.scrollWidth > table.clientWidth) {
      table.setAttribute('tabindex', '0');
      made.add(table);
    } else {
      table.removeAttribute('tabindex');
      made.delete(table);
    }
  }
};

/** Created on first use, never at import: the drop-in imports this module at once, and SSR runs without one. */
let observer: ResizeObserver | undefined;

/** Sets each of the article's tables as it is now, and follows each one's size from here on. */
export const run = (host: PortalArticle): void => {
  for (const table of host.querySelectorAll('table')) {
    fit(table);
    (observer ??= new ResizeObserver((entries) => entries.forEach((e) => fit(e.target)))).observe(table);
  }
};

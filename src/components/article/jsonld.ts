/**
 * The `jsonld` option of <portal-article>, loaded on first use (a separate
 * chunk for npm users; inlined in the drop-in): the article as schema.org
 * NewsArticle JSON-LD, in a script the article writes once and rewrites on
 * each check.
 */
import { MARK, type PortalArticle } from './article.js';

/**
 * Writes (or rewrites) the script from what the article found: its headline and its first valid dates, by slot
 * (`dateline`: published, `byline`: updated).
 */
export const run = (host: PortalArticle, headline: Element | null, dates: Record<string, string>): void => {
  let script = host.querySelector(`:scope>script[${MARK}]`);
  if (!script) {
    script = document.createElement('script');
    // Before it is in the document: a script must never run as JavaScript, not even once.
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(MARK, '');
    host.append(script);
  }
  // `<` escaped, so no text in the article can close the script when the page is saved or rendered on a server.
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline?.textContent?.trim(),
    datePublished: dates.dateline,
    dateModified: dates.byline,
    image: host.querySelector('img')?.src,
    publisher: host.publisher && { '@type': 'Organization', name: host.publisher },
  }).replace(/</g, '\\u003c');
};

/**
 * The `jsonld` option of <portal-article>, loaded on first use (a separate
 * chunk for npm users; inlined in the drop-in): the article as schema.org
 * NewsArticle JSON-LD, in a script the article writes once and rewrites on
 * each check.
 */
import { warn } from '../../internal/warn.js';
import { MARK, type PortalArticle } from './article.js';

/**
 * Writes (or rewrites) the script from what the article found: its headline and its first valid dates, by slot
 * (`dateline`: published, `byline`: updated).
 */
export const run = (host: PortalArticle, headline: Element | null, dates: Record<string, string>): void => {
  const published = dates.dateline;
  // A <time> with a bad datetime has had its own warning; this one is for a dateline without any.
  if (!published && !host.querySelector(':scope>[slot=dateline] time'))
    warn(host, 'no <time datetime> in slot="dateline", so the JSON-LD has no datePublished', 'write the published date as <time datetime="YYYY-MM-DD"> in the dateline', 'jsonld');
  if (!host.publisher) warn(host, 'no publisher, so the JSON-LD has none', 'add publisher="…", the name of the organisation that publishes the portal', 'jsonld');
  let script = host.querySelector(`:scope>script[${MARK}]`);
  // Trusted Types (`require-trusted-types-for 'script'`) refuse a script's text as a string (`textContent`), and
  // report text that comes into a script in the document as a new node. So the script goes in holding one empty
  // Text node, and the JSON is that node's data, written once the script is in place: data changed in place
  // never runs as a script, and Chromium does not check it.
  if (!script?.firstChild) {
    script?.remove();
    script = document.createElement('script');
    // Before it is in the document: a script must never run as JavaScript, not even once.
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(MARK, '');
    script.append('');
    host.append(script);
  }
  // `<` escaped, so no text in the article can close the script when the page is saved or rendered on a server.
  (script.firstChild as Text).data = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // One line, as search results show it: the line breaks and indentation of the markup go.
    headline: headline?.textContent?.replace(/\s+/g, ' ').trim(),
    datePublished: published,
    // Never updated: modified when published, as Google's guidance asks.
    dateModified: dates.byline ?? published,
    image: host.querySelector('img')?.src,
    publisher: host.publisher && { '@type': 'Organization', name: host.publisher },
  }).replace(/</g, '\\u003c');
};

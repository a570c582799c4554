/**
 * The words of <portal-article>'s warnings about its content, loaded only when
 * a check finds bad input: no headline, a category that is no link, a date
 * that is not ISO 8601. The article has already dealt with each (a bad date is
 * left out of the JSON-LD, the text stays); this says so, once per message and
 * element.
 */
import { warn } from '../../internal/warn.js';
import type { PortalArticle } from './article.js';

export const run = (host: PortalArticle, headline: Element | null, _dates: unknown, category: Element | null, times: HTMLTimeElement[]): void => {
  if (!headline) warn(host, 'no h1–h6 in slot="headline"', 'add <h1 slot="headline">');
  if (category) warn(host, 'the category is not a link', 'write it as <a slot="category" href="…">', 'slot', 'category', category);
  for (const time of times) warn(host, 'not an ISO 8601 date', 'use YYYY-MM-DD', 'datetime', time.dateTime, time);
};

/**
 * The words of <portal-article-card>'s warnings, loaded only when a card has
 * bad input (a title that is not a link in a heading, a date that is not
 * ISO 8601, an unknown `variant` or `date-format`). The card has already dealt with each; this says so, once per
 * message and element, in the one warning format.
 */
import { warn } from '../../internal/warn.js';

const words = {
  link: ['the title is not a link with text in an <h2>–<h6> heading', 'write the title as <h3><a href="/tin/123">title</a></h3>'],
  datetime: ['datetime is not an ISO 8601 date', 'write datetime="2018-03-13"'],
  variant: ['unknown variant, so the card is shown as vertical', 'use vertical, horizontal, compact or featured'],
  'date-format': ['unknown date-format, so the date is written as numeric', 'use numeric, numeric-time or long'],
} as const;

/** The key of a warning's words: the attribute at fault, or `link` for the title. */
export type Warning = keyof typeof words;

/**
 * Warns with the words of `key`, naming `host` and, when a value is given, the attribute `key` with that value,
 * on `child` if it sits on one.
 */
export const say = (host: Element, key: Warning, value?: string, child?: Element): void => {
  const [problem, fix] = words[key];
  warn(host, problem, fix, value == null ? undefined : key, value, child);
};

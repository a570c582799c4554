/**
 * What `<portal-article-card>` loads on first use when it writes a date itself: for an author's `<time datetime>`
 * left empty. A card whose author wrote the date's text (the form that still reads with JavaScript off) never loads it.
 */
import { formatDate, type DatePattern } from '../../internal/date.js';
import { warn } from '../../internal/warn.js';

/** Writes `value` into `card`'s `time` with the shared formatter, in `pattern` and `lang`. `value` has been checked: it is ISO 8601. */
export const write = (card: Element, time: HTMLTimeElement, value: string, pattern: DatePattern | undefined, lang: string): void => {
  if (pattern && !/^(numeric|numeric-time|long)$/.test(pattern)) {
    warn(card, 'unknown date-format, so the date is written as numeric', 'use numeric, numeric-time or long', 'date-format', pattern);
  }
  time.textContent = formatDate(value, pattern ?? 'numeric', lang);
};

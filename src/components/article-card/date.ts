/**
 * What `<portal-article-card>` loads on first use when it writes a date itself: for its `datetime` attribute, or for
 * an author's `<time datetime>` left empty. A card whose author wrote the date's text (the form that still reads
 * with JavaScript off) never loads it.
 */
import { formatDate, type DatePattern } from '../../internal/date.js';
import { warn } from '../../internal/warn.js';

/**
 * Writes `value` into `time` with the shared formatter, in `pattern` and `lang`, creating the `<time>` after the
 * title heading (or first) when there is none; returns it. `value` has been checked: it is ISO 8601.
 */
export const write = (card: Element, time: HTMLTimeElement | null, value: string, pattern: DatePattern | undefined, lang: string): HTMLTimeElement => {
  if (pattern && !/^(numeric|numeric-time|long)$/.test(pattern)) {
    warn(card, 'unknown date-format, so the date is written as numeric', 'use numeric, numeric-time or long', 'date-format', pattern);
  }
  if (!time) {
    time = document.createElement('time');
    const heading = card.querySelector(':is(h2,h3,h4,h5,h6)');
    if (heading) heading.after(time);
    else card.prepend(time);
  }
  time.dateTime = value;
  time.textContent = formatDate(value, pattern ?? 'numeric', lang);
  return time;
};

/**
 * Dates in Vietnamese and English with explicit patterns, never the browser's
 * default `toLocaleDateString()`:
 *
 * | pattern        | vi                         | en              |
 * | -------------- | -------------------------- | --------------- |
 * | `numeric`      | 13/03/2018                 | 13/03/2018      |
 * | `numeric-time` | 15:30 13/03/2018           | 15:30 13/03/2018 |
 * | `long`         | ngày 13 tháng 3 năm 2018   | 13 March 2018   |
 *
 * The long Vietnamese form follows Nghị định 30/2020/NĐ-CP: a leading zero on
 * days below 10 and on months 1 and 2 (`ngày 05 tháng 02 năm 2020`).
 *
 * Values are ISO 8601. A date-only value (`2018-03-13`) is a calendar date and
 * never shifts across time zones; a local date-time without offset is shown as
 * written; a value with an offset (`…Z`, `…+07:00`) is shown in the portal's
 * zone, Asia/Ho_Chi_Minh unless `setTimeZone()` says otherwise. Only one
 * `Intl.DateTimeFormat` exists per time zone, shared by every element.
 */

export type DatePattern = 'numeric' | 'numeric-time' | 'long';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Present when the value had a time. */
  hour?: number;
  minute?: number;
}

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

let zone = 'Asia/Ho_Chi_Minh';
const formatters = new Map<string, Intl.DateTimeFormat>();

const zoned = (tz: string): Intl.DateTimeFormat => {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
};

/** How many formatters exist: the test that no element creates its own reads this. */
export const formatterCount = (): number => formatters.size;

/**
 * Sets the zone in which values with an offset are shown, for the whole page.
 * Throws a RangeError for a zone the browser does not know.
 */
export const setTimeZone = (tz: string): void => {
  zoned(tz);
  zone = tz;
};

export const getTimeZone = (): string => zone;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses an ISO 8601 date or date-time; `null` when it is not a real date. */
export const parseDate = (value: string | null | undefined): DateParts | null => {
  const m = ISO.exec((value ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, offset] = m;
  const year = +y!;
  const month = +mo!;
  const day = +d!;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (!h) return { year, month, day };
  const hour = +h;
  const minute = +mi!;
  if (hour > 23 || minute > 59 || +s! > 59) return null;
  if (!offset) return { year, month, day, hour, minute };
  const instant = new Date(value!.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  // An offset beyond ±23:59 (`+25:00`) makes no instant: not a date, rather than a RangeError from formatToParts.
  if (isNaN(+instant)) return null;
  // Intl's part types are our field names: year, month, day, hour, minute (and literal, unused).
  const parts: Record<string, number> = {};
  for (const p of zoned(zone).formatToParts(instant)) parts[p.type] = +p.value;
  return parts as unknown as DateParts;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats parsed parts in `lang` (`vi` or `en`; anything else reads as `vi`). */
export const formatParts = (p: DateParts, pattern: DatePattern, lang: string): string => {
  if (pattern === 'long') {
    return lang === 'en'
      ? `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`
      : `ngày ${pad(p.day)} tháng ${p.month < 3 ? pad(p.month) : p.month} năm ${p.year}`;
  }
  const date = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  return pattern === 'numeric-time' && p.hour !== undefined ? `${pad(p.hour)}:${pad(p.minute!)} ${date}` : date;
};

/** Parses and formats in one step; `null` for an invalid value, so the caller can warn. */
export const formatDate = (value: string | null | undefined, pattern: DatePattern, lang: string): string | null => {
  const p = parseDate(value);
  return p && formatParts(p, pattern, lang);
};

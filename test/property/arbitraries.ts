/**
 * Shared arbitraries for the property tests: text in many scripts, hostile and benign URLs, dates good
 * and bad, megabyte strings, odd ids, and unexpected elements. Each generated input carries what the
 * oracle needs to know about it (is it refused, is it a valid date), decided here from what the input
 * *is*, not by calling the code under test.
 */
import { fc, SENTINEL } from './harness.js';

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/** Escapes text for markup: element content and attribute values alike. */
export const esc = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what it escapes
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\0-\x08\x0b\x0e-\x1f\r]/g, (c) => `&#${c.charCodeAt(0)};`);

const WORDS = [
  // Vietnamese, precomposed and with stacked combining marks (ệ as e + ̂ + ̣, ợ as o + ̛ + ̣).
  'Hội',
  'nghị',
  'HĐND',
  'tỉnh',
  'Phạm',
  'Sỹ',
  'Lợi',
  'Ho\u0302\u0323i',
  'nghi\u0323',
  'Lo\u031b\u0323i',
  'Nguyễn',
  'Đồng',
  'thường',
  'trực',
  // Right-to-left and bidi controls.
  'مجلس',
  'المحافظة',
  'שלום',
  'עיר',
  '\u202Egnp.exe',
  '\u202Babc\u202C',
  '\u2067اسم\u2069',
  '\u200F',
  // Zalgo, zero-width, astral, odd spaces and punctuation (never `<`: see markup()).
  'Z\u0351\u0354\u0300\u0301\u0336a\u0317\u034Dl\u0316g\u0308o',
  'a\u200Db',
  '\uFEFFx',
  '𝐀𝐁',
  '👨‍👩‍👧',
  '"quoted"',
  "it's",
  '&amp;',
  '%20',
  '2018-03-13',
  '13/3',
  '—',
  '…',
  'a\u00A0b',
];

/** One word. */
export const word = fc.constantFrom(...WORDS);

/** A few words joined by spaces: never empty, never only whitespace. */
export const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')).filter((s) => s.trim() != '');

/** Text that looks like markup, for data that must be shown as text. */
export const markup = fc.constantFrom('<b>đậm</b>', `<img src=x onerror="window.${SENTINEL}=1">`, `<script>window.${SENTINEL}=1</script>`, '<!-- c -->', '</li>');

/** A string a megabyte long, built cheaply (a few in a whole run, never in every case). */
export const megabyte = (prefix: string): fc.Arbitrary<string> => fc.constantFrom('a', 'ệ', ' ', '/').map((c) => prefix + c.repeat(1 << 20));

/** An `id` for the host: none mostly, sometimes one with quotes, a line break, bidi controls. */
export const hostId = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('tin-1', 'bài-viết', 'a"b', 'dòng\nhai', '\u202Edi', 'x\ty', '"><img src=x>') },
);

/** The page language around the element. */
export const lang = fc.constantFrom('vi', 'en', 'fr', '');

// ---------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------

export interface Url {
  /** The attribute's value, as the DOM has it. */
  value: string;
  /** The same, written in markup (escaped, perhaps with entities that decode to it). */
  markup: string;
  /**
   * What a component must answer: `ok` (a live link), `missing` (a `#fragment` with no target, `id` decoded),
   * `unsafe` (refused, naming `protocol`), `invalid` (refused: no URL at all).
   */
  verdict: { kind: 'ok' } | { kind: 'missing'; id: string } | { kind: 'unsafe'; protocol: string } | { kind: 'invalid' };
}

/** Ids present on the test page (the harness writes them), and ids that are not. */
export const PRESENT_IDS = ['tin-123', 'nội-dung'];
const ABSENT_IDS = ['khong-co', 'mất-tích'];

const PAYLOAD = `window.${SENTINEL}=1`;

/** Random upper and lower case, as `JaVaScRiPt`. */
const mixCase = (s: string, bits: number[]): string => [...s].map((c, i) => (bits[i % bits.length]! & 1 ? c.toUpperCase() : c)).join('');

/** Writes `value` in markup, each character of the scheme perhaps as an entity (`&#x6A;`, `&Tab;`, `&colon;`). */
const entities = (value: string, schemeLength: number, bits: number[]): string =>
  [...value]
    .map((c, i) => {
      if (i >= schemeLength || !(bits[i % bits.length]! & 2)) return esc(c);
      if (c == ':') return '&colon;';
      if (c == '\t') return '&Tab;';
      if (c == '\n') return '&NewLine;';
      return bits[i % bits.length]! & 4 ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`;
    })
    .join('');

/**
 * A URL that runs script if followed: `javascript:`, `vbscript:`, `data:text/html`, obfuscated the ways the URL
 * parser still reads as that scheme (case, leading spaces and C0 controls, tabs and line breaks inside, entities
 * in markup), or the ways that make it a harmless relative path instead (percent-encoding or another control
 * character inside the scheme), which a component must leave alone.
 */
export const hostileUrl: fc.Arbitrary<Url> = fc
  .record({
    scheme: fc.constantFrom('javascript', 'vbscript', 'data'),
    body: fc.constantFrom(PAYLOAD, `alert(1)//${PAYLOAD}`, `%77indow.${SENTINEL}=1`, 'void(0)'),
    bits: fc.array(fc.nat(7), { minLength: 1, maxLength: 12 }),
    lead: fc.constantFrom('', ' ', '\t', '\n', '\x01', '\x1f', ' \x0c\x0b '),
    inner: fc.constantFrom('', '\t', '\n', '\r'),
    breaker: fc.constantFrom(null, null, null, null, '%', ' ', '\x01', '\u00A0'),
    at: fc.nat(20),
    mega: fc.nat(300),
  })
  .map(({ scheme, body, bits, lead, inner, breaker, at, mega }) => {
    const rest = scheme == 'data' ? `text/html,<script>parent.${SENTINEL}=1</script>` : body;
    let s = mixCase(scheme, bits);
    const i = 1 + (at % (s.length - 1));
    // Inside the scheme: a tab or line break is removed by the parser; anything else makes it no scheme at all.
    s = breaker == '%' ? `${s.slice(0, i)}%${s.charCodeAt(i).toString(16)}${s.slice(i + 1)}` : `${s.slice(0, i)}${breaker ?? inner}${s.slice(i)}`;
    const value = `${lead}${s}:${rest}${mega == 0 ? '/'.repeat(1 << 20) : ''}`;
    const protocol = `${scheme}:`;
    return {
      value,
      markup: entities(value, lead.length + s.length + 1, bits),
      verdict: breaker == null ? { kind: 'unsafe', protocol } : { kind: 'ok' },
    } satisfies Url;
  });

const plain = (value: string, verdict: Url['verdict'] = { kind: 'ok' }): Url => ({ value, markup: esc(value), verdict });

/** A link a reader can follow: http(s), relative, protocol-relative, mailto:, tel:, a `#fragment` that exists (or not). */
export const benignUrl: fc.Arbitrary<Url> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PRESENT_IDS.map((id) => plain(`#${id}`))) },
  { weight: 4, arbitrary: fc.constantFrom(...ABSENT_IDS.map((id) => plain(`#${id}`, { kind: 'missing', id }))) },
  {
    weight: 10,
    arbitrary: fc.constantFrom(
      ...['/tin/123', 'https://example.org/tin?id=1', 'HTTP://EXAMPLE.ORG/A', '//example.org/b', 'mailto:vp@hanam.gov.vn', 'tel:+842263852701', '', '#', '?trang=2', ' https://example.org/x ', 'tin/123#khong-co'].map((v) => plain(v)),
    ),
  },
  { weight: 1, arbitrary: fc.constant(plain(`https://example.org/${'a'.repeat(1 << 20)}`)) },
  { weight: 1, arbitrary: fc.constant(plain(`#${'x'.repeat(1 << 20)}`, { kind: 'missing', id: 'x'.repeat(1 << 20) })) },
);

/** Not a URL at all: refused. */
export const invalidUrl: fc.Arbitrary<Url> = fc.constantFrom(...['http://[::1', 'http://%zz/', 'https://[x]/'].map((v) => plain(v, { kind: 'invalid' })));

/** Any link: mostly benign, often hostile, sometimes not a URL. */
export const anyUrl: fc.Arbitrary<Url> = fc.oneof({ weight: 5, arbitrary: benignUrl }, { weight: 4, arbitrary: hostileUrl }, { weight: 1, arbitrary: invalidUrl });

/** The oracle's verdict on a URL used for an image (http(s) and relative only). */
export const imageVerdict = (u: Url): Url['verdict'] => {
  if (u.verdict.kind != 'ok' && u.verdict.kind != 'missing') return u.verdict;
  const m = /^[\0- ]*([a-z][a-z0-9+.-]*):/i.exec(u.value.replace(/[\t\n\r]/g, ''));
  const scheme = m ? `${m[1]!.toLowerCase()}:` : '';
  return !scheme || scheme == 'http:' || scheme == 'https:' ? { kind: 'ok' } : { kind: 'unsafe', protocol: scheme };
};

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

export interface DateInput {
  value: string;
  /** Whether it is an ISO 8601 date the components accept: YYYY-MM-DD, then optionally a time and an offset. */
  valid: boolean;
}

const leap = (y: number): boolean => (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A date built from its parts, valid when each part is: the oracle's own calendar. */
const builtDate = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 1900, 2000, 2018, 2020, 2100, 9999)),
    month: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13, 99) }),
    day: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 2, arbitrary: fc.constantFrom(29, 30, 31) }, { weight: 1, arbitrary: fc.constantFrom(0, 32, 45) }),
    time: fc.option(
      fc.record({
        sep: fc.constantFrom('T', ' '),
        hour: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.constantFrom(24, 99) }),
        minute: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
        second: fc.option(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) })),
        fraction: fc.constantFrom('', '.5', '.123456'),
        offset: fc.option(
          fc.oneof(
            fc.constant('Z'),
            fc.record({
              sign: fc.constantFrom('+', '-'),
              hh: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 14 }) }, { weight: 1, arbitrary: fc.constantFrom(23, 24, 25, 99) }),
              mm: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0, 30, 45) }, { weight: 1, arbitrary: fc.constantFrom(59, 60, 99) }),
              colon: fc.boolean(),
            }),
          ),
        ),
      }),
    ),
    pad: fc.constantFrom('', '', '', ' ', '\n\t'),
  })
  .map(({ year, month, day, time, pad }): DateInput => {
    let value = `${String(year).padStart(4, '0')}-${p2(month)}-${p2(day)}`;
    let valid = month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 && leap(year) ? 29 : DAYS[month - 1]!);
    if (time) {
      value += `${time.sep}${p2(time.hour)}:${p2(time.minute)}`;
      valid &&= time.hour <= 23 && time.minute <= 59;
      if (time.second != null) {
        value += `:${p2(time.second)}${time.fraction}`;
        valid &&= time.second <= 59;
      }
      if (typeof time.offset == 'string') value += time.offset;
      else if (time.offset) {
        const { sign, hh, mm, colon } = time.offset;
        value += `${sign}${p2(hh)}${colon ? ':' : ''}${p2(mm)}`;
        // An offset is a time of day's worth at most: -23:59 to +23:59.
        valid &&= hh <= 23 && mm <= 59;
      }
    }
    return { value: `${pad}${value}${pad}`, valid };
  });

/** Dates that are not ISO 8601 in any way. */
const badDate = fc.constantFrom(
  ...['2018-13-45', '13/03/2018', '', ' ', 'NaN', 'Invalid Date', 'null', 'undefined', '2018-3-13', '18-03-13', '+002018-03-13', '10000-01-01', '2018-03-13T', '2018-03-13T1530', '2018-03-13T15:30+07', '2018-03-13T15', '2018-03-13Z', 'Tue Mar 13 2018', '1520899200000', '2018-W11-2', '2018-072', '２０１８-０３-１３', '2018‐03‐13', '2018-03-13T15:30:00.Z'].map(
    (value) => ({ value, valid: false }),
  ),
);

/** Any date: mostly built from parts (valid or not), sometimes garbage, rarely a megabyte. */
export const anyDate: fc.Arbitrary<DateInput> = fc.oneof(
  { weight: 10, arbitrary: builtDate },
  { weight: 4, arbitrary: badDate },
  { weight: 1, arbitrary: fc.constant(0).chain(() => fc.nat(40)).map((n) => (n == 0 ? { value: '2018-03-13'.padEnd(1 << 20, '9'), valid: false } : { value: '2018-03-13', valid: true })) },
);

// ---------------------------------------------------------------------------
// Odd attribute values
// ---------------------------------------------------------------------------

/** A value for an enumerated attribute: one of `known`, or something else (case, spaces, hostile, huge). */
export const enumValue = (known: string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom('', ' ', known[0]!.toUpperCase(), ` ${known[0]}`, `${known[0]}\n`, 'null', 'undefined', '0', 'javascript:alert(1)', '"><script>x</script>', '\u202Ehorizontal'),
        text,
        fc.nat(60).map((n) => (n == 0 ? 'x'.repeat(1 << 20) : 'khac')),
      ),
    },
  );

// ---------------------------------------------------------------------------
// How an element is put on the page
// ---------------------------------------------------------------------------

/**
 * `plain`: appended, then awaited. `readd`: appended, removed and appended again before its first update.
 * `detached`: appended, removed before `updateComplete`, awaited while out of the page, then added back.
 * `twice`: appended with a first set of inputs, then given the final ones before awaiting.
 * `settledTwice`: the first set of inputs is rendered and settled, then the final one.
 */
export const insertion = fc.constantFrom('plain', 'plain', 'readd', 'detached', 'twice', 'settledTwice');
export type Insertion = 'plain' | 'readd' | 'detached' | 'twice' | 'settledTwice';

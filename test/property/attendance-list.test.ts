import '../helpers.js';
import { takeWarnings } from '../helpers.js';
import '../../src/components/attendance-list/define.js';
import type { PortalAttendanceList } from '../../src/components/attendance-list/attendance-list.js';
import { ignoredWarning } from './oracle.js';
import { anyDate, enumValue, esc, hostId, insertion, lang, markup, megabyte, text } from './arbitraries.js';
import { begin, checkSettled, clickAll, end, fc, imagesSettled, message, mount, named, property, setUp, tearDown, type Expected, type State } from './harness.js';

const TAG = 'portal-attendance-list';
const KNOWN = ['presiding', 'co-presiding', 'attending', 'guest'];
/** Roles: the four, the element's other words, unknown ones, and names every object inherits. */
const role = fc.constantFrom(...KNOWN, ...KNOWN, 'other', 'has', 'honorific', 'delegates', 'khach-moi', '', 'Presiding', 'constructor', 'toString', '__proto__');

// ---------------------------------------------------------------------------
// The written form
// ---------------------------------------------------------------------------

interface Person {
  name: string;
  positions: string[];
}
const name = fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00A0\n') });
const person: fc.Arbitrary<Person> = fc.record({ name, positions: fc.array(fc.oneof({ weight: 40, arbitrary: text }, { weight: 1, arbitrary: megabyte('Chức vụ ') }), { maxLength: 2 }) });
const entry = fc.oneof(
  { weight: 4, arbitrary: person.map((p) => ({ kind: 'person' as const, ...p })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('body' as const), body: text, members: fc.array(person, { maxLength: 2 }) }) },
);
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;
/** A heading's text: now and then a megabyte (a warning quotes it). */
const headingText = fc.oneof({ weight: 30, arbitrary: text }, { weight: 1, arbitrary: megabyte('Thành phần ') });
const group = fc.record({ role, heading: fc.option(fc.record({ tag: fc.constantFrom('h2', 'h3', 'h4', 'p'), text: headingText })), entries: fc.array(entry, { maxLength: 3 }) });
type Group = typeof group extends fc.Arbitrary<infer T> ? T : never;

const personMarkup = (p: Person): string => `<li><b>${esc(p.name)}</b>${p.positions.map((x) => `, <span>${esc(x)}</span>`).join('')}</li>`;
const entryMarkup = (e: Entry): string =>
  e.kind == 'person' ? personMarkup(e) : `<li>${esc(e.body)}${e.members.length ? `<ul>${e.members.map(personMarkup).join('')}</ul>` : ''}</li>`;
const groupMarkup = (g: Group): string =>
  `${g.heading ? `<${g.heading.tag}>${esc(g.heading.text)}</${g.heading.tag}>` : ''}<ul data-role="${esc(g.role)}">${g.entries.map(entryMarkup).join('')}</ul>`;

// ---------------------------------------------------------------------------
// The data form: well-formed entries, and anything else JSON can hold
// ---------------------------------------------------------------------------

const str = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: markup });
const dataPerson = fc.record(
  { name: fc.oneof({ weight: 8, arbitrary: str }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 0, 42, null, false) }), positions: fc.oneof(str, fc.array(str, { maxLength: 2 })), role: fc.oneof(role, fc.constant(5)) },
  { requiredKeys: [] },
);
const dataBody = fc.record({ body: str, members: fc.oneof(dataPerson, fc.array(dataPerson, { maxLength: 2 })), role }, { requiredKeys: ['body'] });
/** Not an attendee at all: each is shown as a person without a name. */
const junk = fc.oneof(
  fc.constantFrom(null, 0, 7, 'chuỗi', true, [], {}),
  fc.nat(60).map((depth) => {
    let v: unknown = [];
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);
const attendees = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: dataPerson }, { weight: 1, arbitrary: dataBody }, { weight: 1, arbitrary: junk }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(dataPerson, junk, fc.constant('[{"name":"chuỗi"}]')) },
);

/** The JSON child: the JSON of some data, or text that is not JSON (cut short, trailing commas, single quotes, a megabyte). */
const script = fc.oneof(
  { weight: 3, arbitrary: attendees.map((data) => ({ data, text: JSON.stringify(data) })) },
  { weight: 1, arbitrary: fc.nat(20).map((n) => ({ data: undefined as unknown, text: n == 0 ? `${'['.repeat(100000)}${']'.repeat(100000)}` : '[[[[{"name":"A"}]]]]' })) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      attendees.map((d) => JSON.stringify(d)).filter((s) => s.length > 2).chain((s) => fc.nat(s.length - 2).map((n) => s.slice(0, n + 1))),
      fc.constantFrom('[{"name": "A",}]', "[{'name': 'A'}]", '[{"name": "A"}]]', '{"name": NaN}', 'undefined', '[\n{"name":\n"A"\n}\n,\n]', '<b>x</b>', '\uFEFF[]', ''),
      fc.nat(50).map((n) => (n == 0 ? `[${'{"name":"A"},'.repeat(1 << 16)}]` : '[1,]')),
      // Nested a hundred thousand deep: unclosed, and (in the valid branch below) closed.
      fc.nat(30).map((n) => (n == 0 ? '['.repeat(100000) : '[]')),
    ).map((t) => ({ data: undefined as unknown, text: t })),
  },
);

const listArb = fc.record({
  variant: enumValue(['sentence']),
  sort: enumValue(['name']),
  headingLevel: fc.option(fc.constantFrom('0', '1', '3', '6', '7', '-1', 'abc', '', '3.0', ' 3', '2.5', '0x3', 'NaN', '"><b>x</b>'), { freq: 2 }),
  count: fc.boolean(),
  noHonorific: fc.boolean(),
  jsonld: fc.option(text),
  date: fc.option(anyDate),
  groups: fc.array(group, { maxLength: 3 }),
  attendees: fc.option(attendees, { freq: 3 }),
  script: fc.option(fc.record({ json: script, first: fc.boolean() }), { freq: 3 }),
  extra: fc.option(fc.record({ tag: fc.constantFrom('p', 'div', 'span'), text })),
});
type List = typeof listArb extends fc.Arbitrary<infer T> ? T : never;

const markupOf = (l: List): string => {
  const parts = l.groups.map(groupMarkup);
  if (l.extra) parts.unshift(`<${l.extra.tag}>${esc(l.extra.text)}</${l.extra.tag}>`);
  if (l.script) {
    const s = `<script type="application/json">${l.script.json.text.replace(/<\//g, '<\\/')}</script>`;
    if (l.script.first) parts.unshift(s);
    else parts.push(s);
  }
  return parts.join('\n');
};

// ---------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------

/** The person's or the body's words as the list shows them. */
const shown = (v: unknown): string => String(v);
const positionsOf = (p: Record<string, unknown>): unknown[] => [p.positions ?? []].flat();

interface Found {
  role: string;
  /** The author's own heading's text, when the list has one. */
  heading?: string;
  /** The text of each entry without a name. */
  nameless: string[];
}

/** The groups the data renders, in order of first appearance of each role. */
const dataGroups = (data: unknown): { groups: Found[]; markup: boolean } => {
  const byRole = new Map<unknown, Found>();
  let hasMarkup = false;
  const tag = (s: string) => (hasMarkup ||= /<[a-z!/?]/i.test(s), s);
  const personOf = (raw: unknown, out: Found): void => {
    const p = Object(raw) as Record<string, unknown>;
    const n = tag(shown(p.name ?? ''));
    const rest = positionsOf(p)
      .map((x) => `, ${tag(shown(x))}`)
      .join('');
    if (!n.trim()) out.nameless.push(`${n}${rest}`.trim());
  };
  for (const raw of [data].flat()) {
    const a = Object(raw) as Record<string, unknown>;
    const r = a.role ?? 'attending';
    let g = byRole.get(r);
    if (!g) byRole.set(r, (g = { role: String(r), nameless: [] }));
    if ('body' in a) {
      tag(shown(a.body));
      if (a.members) for (const m of [a.members].flat()) personOf(m, g);
    } else personOf(a, g);
  }
  return { groups: [...byRole.values()], markup: hasMarkup };
};

const writtenGroups = (groups: Group[]): Found[] =>
  groups.map((g) => {
    const nameless: string[] = [];
    const personOf = (p: Person) => !p.name.trim() && nameless.push(`${p.name}${p.positions.map((x) => `, ${x}`).join('')}`.trim());
    for (const e of g.entries) {
      if (e.kind == 'person') personOf(e);
      else e.members.forEach(personOf);
    }
    return { role: g.role, heading: g.heading && /^h\d$/.test(g.heading.tag) ? g.heading.text.trim() : undefined, nameless };
  });

/** The warnings of attendance-list/warnings.ts and data.ts for a list, from its inputs. */
const oracle = (id: string, l: List, attendeesProp: unknown): Expected[] => {
  const host = named(TAG, id);
  const out: Expected[] = [];
  if (l.variant && l.variant != 'sentence') out.push(message(named(TAG, id, 'variant', l.variant), 'unknown variant, so the lists show', 'use variant="sentence" for the sentence, or leave variant out'));
  if (l.sort && l.sort != 'name') out.push(message(named(TAG, id, 'sort', l.sort), 'unknown sort, so the order stays as written', 'use sort="name" to order by given name, or leave sort out'));
  // Lit reads the attribute as a Number: a level is what that number is (`3.0` is 3, `abc` none).
  if (l.headingLevel != null && !/^[0-6]$/.test(String(Number(l.headingLevel)))) {
    out.push(message(named(TAG, id, 'heading-level', l.headingLevel), 'not a heading level, so the labels are paragraphs', 'use 1 to 6, or 0 for paragraphs'));
  }
  let data: unknown = attendeesProp;
  if (!data && l.script) {
    const t = l.script.json.text;
    try {
      data = JSON.parse(t);
    } catch {
      const where = `${host} ${named('script', '', 'type', 'application/json')}`;
      out.push(new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON, so the content stays as it is: .+\\. Fix: correct it$`, 's'));
    }
  }
  let groups: Found[];
  if (data) {
    const d = dataGroups(data);
    groups = d.groups;
    if (d.markup) out.push(message(host, 'markup in the data is shown as text', 'give plain text'));
  } else groups = writtenGroups(l.groups);
  for (const g of groups) {
    if (!KNOWN.includes(g.role)) out.push(message(`${host} ${named('ul', '', 'data-role', g.role)}`, 'unknown role', 'use presiding, co-presiding, attending or guest, or add yours with setStrings()'));
    if (l.count && g.heading != null) {
      out.push(message(named(TAG, id, 'count'), `the number is added only to generated labels, not to your own heading "${g.heading}"`, 'write the number in your heading, or leave the heading out'));
    }
    for (const t of g.nameless) out.push(message(host, `a person has no name, so is left out: "${t}"`, 'give the name'));
  }
  const unread = ignoredWarning(TAG, id, 'date', l.date?.value, l.jsonld != null);
  if (unread) out.push(unread);
  if (l.jsonld && l.date && l.date.value && !l.date.valid) {
    out.push(message(named(TAG, id, 'date', l.date.value), 'not an ISO 8601 date, so the JSON-LD has no startDate', 'use YYYY-MM-DD'));
  }
  return [...new Set(out.map((e) => (typeof e == 'string' ? e : e.source)))].map((s) => out.find((e) => (typeof e == 'string' ? e : e.source) == s)!);
};

const state = (l: List): State => ({
  attrs: {
    variant: l.variant,
    sort: l.sort,
    'heading-level': l.headingLevel,
    count: l.count ? '' : null,
    'no-honorific': l.noHonorific ? '' : null,
    jsonld: l.jsonld,
    date: l.date?.value ?? null,
  },
  inner: markupOf(l),
  props: { attendees: l.attendees ?? undefined },
});

describe('property: <portal-attendance-list>', () => {
  before(async () => {
    setUp();
    // Every module the list loads on first use, loaded once, so that every run renders alike from its first update.
    const warm = document.createElement(TAG) as PortalAttendanceList;
    for (const [k, v] of Object.entries({ variant: 'x', sort: 'name', count: '', jsonld: 'Họp', date: '2018-03-13' })) warm.setAttribute(k, v);
    warm.innerHTML = '<ul data-role="x"><li><b>A</b></li></ul><script type="application/json">[{"name":"B"}]</script>';
    document.body.append(warm);
    await warm.updateComplete;
    warm.variant = 'sentence';
    await warm.updateComplete;
    warm.remove();
    takeWarnings();
  });
  after(tearDown);

  it('never throws, never runs a payload, keeps its text, and warns once per bad input', async function () {
    // The list reads its light DOM on updates, which only its inputs cause (the JSON child is read once, as
    // documented): changed after it has settled, only attributes and properties change, its children stay.
    const listCase = fc
      .record({ id: hostId, lang, insertion, first: listArb, final: listArb })
      .map((c) => (c.insertion == 'settledTwice' ? { ...c, first: { ...c.first, groups: c.final.groups, script: c.final.script, extra: c.final.extra } } : c));
    await property(this, 'attendance-list', listCase, async (c) => {
      begin();
      const { el, rejected, authored } = await mount({ tag: TAG, id: c.id, lang: c.lang, insertion: c.insertion, first: state(c.first), final: state(c.final) });
      // Data shown as markup would make images whose onerror runs a payload: they have had their chance.
      await imagesSettled(el);
      const twice = c.insertion == 'twice' || c.insertion == 'settledTwice';
      // Changed twice, the final data is not rendered when the first was the same value; a script is read once.
      checkSettled({ el, rejected, authored, required: oracle(c.id, c.final, c.final.attendees), allowed: twice ? oracle(c.id, c.first, c.first.attendees) : [] });
      clickAll(el);
      end();
    });
  });
});

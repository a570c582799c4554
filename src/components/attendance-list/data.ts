/**
 * The data form of <portal-attendance-list> (the `attendees` property or a
 * `<script type="application/json">` child), loaded on first use: renders the
 * data into the same light-DOM lists as the written form, from text nodes only.
 */
import { warn } from '../../internal/warn.js';
import { el, type AttendancePerson, type Attendee, type PortalAttendanceList } from './attendance-list.js';

/**
 * What each element's data did to it: the lists it rendered, so new data replaces them and nothing
 * else, then the written lists (and their headings) it hid, which show again when the data goes.
 */
const rendered = new WeakMap<Element, [lists: Element[], hid: HTMLElement[]]>();
/** The `attendees` each element rendered last, so the same data is not rendered again. */
const from = new WeakMap<Element, unknown>();

const person = (p: AttendancePerson) => el('li', el('b', p.name ?? ''), ...[p.positions ?? []].flat().flatMap((x) => [', ', el('span', x)]));

const entry = (e: Attendee) => ('body' in e ? el('li', e.body, ...(e.members ? [el('ul', ...[e.members].flat().map(Object).map(person))] : [])) : person(e));

/**
 * Where parsing `s` stops: the error's position; the end when it parses, or only ends too early;
 * -1 when the message gives no position (V8's "Unexpected token 'P', "…" is not valid JSON").
 */
const stop = (s: string): number => {
  try {
    JSON.parse(s);
  } catch (e) {
    const m = (e as Error).message;
    // Text that only ends too early: "Unexpected end of JSON input" (Chromium), "unexpected end of data" (Firefox), "Unexpected EOF" (Safari).
    return +(/position (\d+)/.exec(m)?.[1] ?? (/end of|EOF/i.test(m) ? s.length : -1));
  }
  return s.length;
};

/**
 * Renders `attendees`, or else the JSON child, into light-DOM lists, replacing what it rendered before:
 * on the element's first update, and whenever `attendees` is another value. (The JSON child is read once.)
 */
export const run = (host: PortalAttendanceList): void => {
  let data: unknown = host.attendees;
  if (rendered.has(host) && from.get(host) === data) return;
  from.set(host, data);
  const script = host.querySelector(':scope>script[type="application/json"]');
  if (!data && script) {
    const text = script.textContent!;
    try {
      data = JSON.parse(text);
    } catch (e) {
      let m = (e as Error).message;
      let at = stop(text);
      // No position in the message: the error is where the longest prefix that is still the start of some JSON ends
      // (a prefix that only ends too early); found by halving, a few parses of the text on bad input only.
      for (let lo = 0, hi = text.length; at < 0; ) {
        const mid = (lo + hi) >> 1;
        if (stop(text.slice(0, mid)) < mid) hi = mid;
        else lo = mid;
        if (hi - lo < 2) at = lo;
      }
      // Without a line (older engines, the end of the text, or no position at all), add the line and column.
      if (!/line/.test(m)) {
        const lines = text.slice(0, at).split('\n');
        m += ` (${/position|end/.test(m) ? '' : `position ${at}, `}line ${lines.length} column ${lines.at(-1)!.length + 1})`;
      }
      // The engine's words quote the text, line breaks and all: on one line, as every warning.
      warn(host, `invalid JSON, so the content stays as it is: ${m.replace(/\s+/g, ' ')}`, 'correct it', 'type', 'application/json', script);
    }
  }
  const [old = [], hid = []] = rendered.get(host) ?? [];
  old.forEach((n) => n.remove());
  hid.forEach((n) => (n.hidden = false));
  const lists: Element[] = [];
  const hide: HTMLElement[] = [];
  rendered.set(host, [lists, hide]);
  if (!data) return;
  // The data shows instead of the written lists (the fallback without JavaScript), and their own headings.
  for (const ul of host.querySelectorAll<HTMLElement>(':scope>ul[data-role]:not([hidden])')) {
    const h = ul.previousElementSibling as HTMLElement;
    // null has no tagName: a list that comes first has no heading.
    hide.push(ul, ...(/^H\d/.test(h?.tagName) ? [h] : []));
  }
  hide.forEach((n) => (n.hidden = true));
  const groups = new Map<string, Element>();
  // Anything but an array of objects still renders: as people without a name, which warn.
  for (const a of [data].flat().map(Object) as Attendee[]) {
    const role = a.role ?? 'attending';
    let ul = groups.get(role);
    if (!ul) {
      groups.set(role, (ul = el('ul')));
      ul.setAttribute('data-role', role);
      lists.push(ul);
    }
    ul.append(entry(a));
  }
  host.append(...lists);
  if (lists.some((ul) => /<[a-z!/?]/i.test(ul.textContent!))) warn(host, 'markup in the data is shown as text', 'give plain text');
};

/**
 * The data form of <portal-attendance-list> (the `attendees` property or a
 * `<script type="application/json">` child), loaded on first use: renders the
 * data into the same light-DOM lists as the written form, from text nodes only.
 */
import { warn } from '../../internal/warn.js';
import { el, type AttendancePerson, type Attendee, type PortalAttendanceList } from './attendance-list.js';

/** The lists each element's data rendered, so new data replaces them and nothing else. */
const rendered = new WeakMap<Element, Element[]>();
/** The `attendees` each element rendered last, so the same data is not rendered again. */
const from = new WeakMap<Element, unknown>();

const person = (p: AttendancePerson) => el('li', el('b', p.name ?? ''), ...[p.positions ?? []].flat().flatMap((x) => [', ', el('span', x)]));

const entry = (e: Attendee) => ('body' in e ? el('li', e.body, ...(e.members ? [el('ul', ...[e.members].flat().map(Object).map(person))] : [])) : person(e));

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
      // Without a line (older engines, or the end of the text), add the line and column.
      const at = /position (\d+)/.exec(m)?.[1] ?? (/^Unexpected end/.test(m) ? text.length : 0);
      if (at && !/line/.test(m)) {
        const lines = text.slice(0, +at).split('\n');
        m += ` (line ${lines.length} column ${lines.at(-1)!.length + 1})`;
      }
      warn(host, `invalid JSON, so the content stays as it is: ${m}`, 'correct it', 'type', 'application/json', script);
    }
  }
  rendered.get(host)?.forEach((n) => n.remove());
  const lists: Element[] = [];
  rendered.set(host, lists);
  if (!data) return;
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

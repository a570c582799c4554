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

/** The warning for a JSON child that does not parse, with where the error is: loaded only then. */
const JSON_ERROR = () => import('./json-error.js');

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
      // The host updates on with the content as it is; the warning comes when its module arrives (updateComplete waits for it).
      const f = (): unknown => host['use'](JSON_ERROR, f)?.run(host, script, text, (e as Error).message);
      f();
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

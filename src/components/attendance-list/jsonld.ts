/**
 * The `jsonld` option of <portal-attendance-list>, loaded on first use: the
 * meeting as schema.org JSON-LD, an Event with organizer and attendee.
 */
import { parseDate } from '../../internal/date.js';
import { warn } from '../../internal/warn.js';
import { el, type Group, type PortalAttendanceList } from './attendance-list.js';

const shown = (ul: Element) => ul.querySelectorAll(':scope>li:not([hidden])');

/** schema.org for an entry: a Person with jobTitle, or an Organization with its members. */
const ld = (li: Element): object => {
  const b = li.querySelector(':scope>b');
  return b
    ? { '@type': 'Person', name: b.textContent!.trim(), jobTitle: [...li.querySelectorAll(':scope>span')].map((s) => s.textContent!.trim()) }
    : { '@type': 'Organization', name: li.childNodes[0]?.textContent?.trim(), member: [...li.querySelectorAll(':scope>ul>li:not([hidden])')].map(ld) };
};

/** Writes the script: presiding and co-presiding are the organizer, the rest attend; `<` is escaped so no name can close the script. */
export const run = (host: PortalAttendanceList, groups: Group[], made: ChildNode[]): void => {
  let { date } = host;
  // A date that is not one is left out of the JSON-LD, and said.
  if (date && !parseDate(date)) date = void warn(host, 'not an ISO 8601 date, so the JSON-LD has no startDate', 'use YYYY-MM-DD', 'date', date);
  const ev: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Event', name: host.jsonld, startDate: date, organizer: [], attendee: [] };
  for (const [ul, role] of groups) for (const li of shown(ul)) (ev[role.includes('presiding') ? 'organizer' : 'attendee'] as object[]).push(ld(li));
  // Trusted Types refuse a script's text as a string and report text that comes into a script in the document as a
  // new node: the script goes in holding an empty Text node, whose data is then the JSON (article/jsonld.ts says why).
  const text = new Text();
  const script = el('script', text);
  // Before it is in the document: a script must never run as JavaScript, not even once.
  script.setAttribute('type', 'application/ld+json');
  made.push(script);
  host.append(script);
  text.data = JSON.stringify(ev).replace(/</g, '\\u003c');
};

import { html, type PropertyValues } from 'lit';
import { PortalElement } from '../../internal/portal-element.js';
import type { PortalStrings } from '../../internal/i18n.js';
import { baseStyles } from '../../internal/styles.js';
import { styles } from './attendance-list.styles.js';

declare module '../../internal/i18n.js' {
  interface PortalStrings {
    /** Group labels, by role; a portal adds a role by adding its key with `setStrings()`. */
    presiding: string;
    'co-presiding': string;
    attending: string;
    guest: string;
    /** The label of a group whose role is unknown. */
    other: string;
    /** The sentence variant: what joins a label to its entries ("tham dự có …", "attending: …"). */
    has: string;
    /** Before each person's name, unless `no-honorific`. */
    honorific: string;
    /** The count after a label: "12 đại biểu" / "1 delegate", "12 delegates". */
    delegate: string;
    delegates: string;
  }
}

/** A person: `{ "name": "Phạm Sỹ Lợi", "positions": ["Phó Bí thư …", "Chủ tịch HĐND tỉnh"], "role": "presiding" }`. */
export interface AttendancePerson {
  name: string;
  /** Positions, in the order given. */
  positions?: string[];
  /** `presiding`, `co-presiding`, `attending` (the default), `guest`, or a role the portal added. */
  role?: string;
}

/** A body or delegation: `{ "body": "Lãnh đạo Sở Nội vụ" }`, optionally with its members. */
export interface AttendanceBody {
  body: string;
  members?: AttendancePerson[];
  role?: string;
}

export type Attendee = AttendancePerson | AttendanceBody;

/** One collator for the whole page, made on first use. */
let collator: Intl.Collator | undefined;
let uid = 0;

/** An element with content; strings become text nodes, never markup. */
const el = (tag: string, ...content: (Node | string)[]) => {
  const e = document.createElement(tag);
  e.append(...content);
  return e;
};

const person = (p: AttendancePerson) => el('li', el('b', p.name ?? ''), ...[p.positions ?? []].flat().flatMap((x) => [', ', el('span', x)]));

const entry = (e: Attendee) => ('body' in e ? el('li', e.body, ...(e.members ? [el('ul', ...[e.members].flat().map(Object).map(person))] : [])) : person(e));

/** An entry's words; a body's members follow a colon. */
const say = (li: Element): string =>
  [...li.childNodes]
    .map((n) => (n.nodeName != 'UL' ? n.textContent : `: ${items(n as Element).join(', ')}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const shown = (ul: Element) => ul.querySelectorAll(':scope>li:not([hidden])');

const items = (ul: Element) => [...shown(ul)].map(say);

/** schema.org for an entry: a Person with jobTitle, or an Organization with its members. */
const ld = (li: Element): object => {
  const b = li.querySelector(':scope>b');
  return b
    ? { '@type': 'Person', name: b.textContent!.trim(), jobTitle: [...li.querySelectorAll(':scope>span')].map((s) => s.textContent!.trim()) }
    : { '@type': 'Organization', name: li.childNodes[0]?.textContent?.trim(), member: [...li.querySelectorAll(':scope>ul>li:not([hidden])')].map(ld) };
};

/**
 * Who chaired a meeting and who attended, grouped by role, as news reports of
 * provincial councils write it: "Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực
 * Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì Hội nghị; tham dự Hội nghị có …".
 *
 * Write the groups yourself, so the page reads right without JavaScript: one
 * `<ul data-role="presiding">` (`co-presiding`, `attending`, `guest`) per
 * group, each person an `<li>` with the name in `<b>` and each position in a
 * `<span>`, a body or delegation an `<li>` with its name as text (its members,
 * if any, in a nested `<ul>`). A heading (`h1`–`h6`) right before a list is
 * its label; a list without one gets a generated label in the page language.
 * Or give the attendees as data: the `attendees` property, or a
 * `<script type="application/json">` child holding the same array; it renders
 * into the same light-DOM markup.
 *
 * Every generated word (labels, counts, the honorific, the sentence) is
 * written into the light DOM and follows the page language. Groups stay in the
 * order written; `sort="name"` orders the people in each group by given name.
 *
 * @summary Who chaired a meeting and who attended, grouped by role, as lists or as a sentence.
 *
 * @slot - The groups: `<ul data-role>` lists, each optionally after its heading, or a `<script type="application/json">`.
 * @slot sentence - Used by the component itself: the paragraph of `variant="sentence"`.
 *
 * @csspart base - The wrapper around the groups or the sentence.
 *
 * @cssprop [--portal-attendance-list-gap=var(--portal-space-4, 1rem)] - The space after each list.
 */
export class PortalAttendanceList extends PortalElement {
  static override styles = [baseStyles, styles];

  /** @internal The built-in `vi` and `en` strings; a portal overrides them with `setStrings()`. */
  static override strings = {
    vi: {
      presiding: 'Chủ trì',
      'co-presiding': 'Đồng chủ trì',
      attending: 'Tham dự',
      guest: 'Khách mời',
      other: 'Thành phần khác',
      has: ' có',
      honorific: 'Đồng chí',
      delegate: 'đại biểu',
      delegates: 'đại biểu',
    },
    en: {
      presiding: 'Presiding',
      'co-presiding': 'Co-presiding',
      attending: 'Attending',
      guest: 'Invited guests',
      other: 'Others',
      has: ':',
      honorific: 'Comrade',
      delegate: 'delegate',
      delegates: 'delegates',
    },
  };

  static override properties = {
    ...PortalElement.properties,
    attendees: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    variant: {},
    sort: {},
    count: { type: Boolean },
    noHonorific: { type: Boolean, attribute: 'no-honorific' },
    jsonld: {},
    date: {},
  };

  /** The attendees as data, in protocol order; they render into the light DOM like the written form. */
  declare attendees?: Attendee[];
  /** The level of the generated group labels, 1–6 (default 3); `0` (or anything else) makes them paragraphs that name their list. */
  declare headingLevel?: number;
  /** `sentence`: one paragraph in news-report prose instead of the lists. */
  declare variant?: string;
  /** `name`: orders the people in each group by given name (the last word), in Vietnamese collation. */
  declare sort?: string;
  /** Adds the number of people to each generated label: "Tham dự (12 đại biểu)". */
  declare count?: boolean;
  /** Leaves out the honorific ("Đồng chí" / "Comrade") before the names. */
  declare noHonorific?: boolean;
  /** The meeting's name: writes schema.org JSON-LD (an Event with organizer and attendee) into the light DOM. */
  declare jsonld?: string;
  /** The meeting's date (ISO 8601), the JSON-LD `startDate`. */
  declare date?: string;

  /** The lists the data rendered, so new data replaces them and nothing else. */
  #data?: Element[];
  /** What the last update generated (labels, honorifics, the sentence, JSON-LD); each update writes it afresh. */
  #made: ChildNode[] = [];

  protected override render() {
    return html`<div part="base"><slot name=${this.variant == 'sentence' ? 'sentence' : ''}></slot></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#data || changed.has('attendees')) this.#render();
    const t = (k: string) => this.t(k as keyof PortalStrings);
    const n = this.headingLevel ?? 3;
    const made: ChildNode[] = [];
    const groups: [Element, string, string][] = [];
    const add = (tag: string, text: string, attr?: string, value?: string) => {
      const e = el(tag, text);
      made.push(e);
      // Before the element is in the document: a script must never run as JavaScript, not even once.
      if (attr) {
        e.setAttribute(attr, value!);
        this.append(e);
      }
      return e;
    };
    this.#made.forEach((m) => m.remove());
    this.#made = made;
    for (const ul of this.querySelectorAll(':scope>ul[data-role]')) {
      const role = ul.getAttribute('data-role')!;
      let label = t(role);
      if (label == role) {
        label = t('other');
        this.warn('unknown role', 'use presiding, co-presiding, attending or guest, or add yours with setStrings()', 'data-role', role, ul);
      }
      groups.push([ul, role, label]);
      ul.setAttribute('role', 'list');
      const people: [string, Element][] = [];
      for (const b of ul.querySelectorAll('li>b')) {
        const li = b.parentElement!;
        const name = b.textContent!.trim();
        if (!name) {
          li.hidden = true;
          this.warn(`a person has no name, so is left out: "${li.textContent!.trim()}"`, 'give the name');
        } else {
          if (li.parentElement == ul) people.push([`${name.slice(name.lastIndexOf(' ') + 1)} ${name}`, li]);
          if (!this.noHonorific && !b.previousSibling?.textContent!.trim()) made.push(li.insertBefore(new Text(`${t('honorific')} `), b));
        }
      }
      // null has no tagName: a list that comes first gets a label too.
      let h = ul.previousElementSibling!;
      if (!/^H\d/.test(h?.tagName)) {
        const c = people.length;
        ul.before((h = add(/^[1-6]$/.test(`${n}`) ? `h${n}` : 'p', this.count && c ? `${label} (${c} ${t(c == 1 ? 'delegate' : 'delegates')})` : label)));
      }
      ul.setAttribute('aria-labelledby', (h.id ||= `portal-al-${++uid}`));
      if (this.sort == 'name') {
        const order = people.map((p) => p[1]);
        people.sort((a, b) => (collator ??= new Intl.Collator('vi')).compare(a[0], b[0]));
        ul.append(...[...ul.children].map((li) => (order.includes(li) ? people.shift()![1] : li)));
      }
    }
    if (this.variant == 'sentence') {
      const s = groups
        .map(([ul, role, label]) => {
          const list = items(ul).join('; ');
          label = label.toLowerCase();
          return role.includes('presiding') ? `${list} ${label}` : `${label}${t('has')} ${list}`;
        })
        .join('; ');
      add('p', `${s.charAt(0).toUpperCase()}${s.slice(1)}.`, 'slot', 'sentence');
    }
    if (this.jsonld) {
      const ev: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Event', name: this.jsonld, startDate: this.date, organizer: [], attendee: [] };
      for (const [ul, role] of groups) for (const li of shown(ul)) (ev[role.includes('presiding') ? 'organizer' : 'attendee'] as object[]).push(ld(li));
      add('script', JSON.stringify(ev).replace(/</g, '\\u003c'), 'type', 'application/ld+json');
    }
  }

  /** Renders the data, from `attendees` or the JSON child, into light-DOM lists. */
  #render(): void {
    let data: unknown = this.attendees;
    const script = this.querySelector(':scope>script[type="application/json"]');
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
        this.warn(`invalid JSON, so the content stays as it is: ${m}`, 'correct it', 'type', 'application/json', script);
      }
    }
    this.#data?.forEach((n) => n.remove());
    this.#data = [];
    if (!data) return;
    const groups = new Map<string, Element>();
    // Anything but an array of objects still renders: as people without a name, which warn.
    for (const a of [data].flat().map(Object) as Attendee[]) {
      const role = a.role ?? 'attending';
      let ul = groups.get(role);
      if (!ul) {
        groups.set(role, (ul = el('ul')));
        ul.setAttribute('data-role', role);
        this.#data.push(ul);
      }
      ul.append(entry(a));
    }
    this.append(...this.#data);
    if (this.#data.some((ul) => /<[a-z!/?]/i.test(ul.textContent!))) this.warn('markup in the data is shown as text', 'give plain text');
  }
}

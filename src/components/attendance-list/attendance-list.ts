import { html } from 'lit';
import { hasLoaded, PortalElement, type Load } from '../../internal/portal-element.js';
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
    /** The sentence variant: what joins a label to its entries ("tham dự có …", "attending: …"); its defaults are in sentence.ts. */
    has: string;
    /** Before each person's name, unless `no-honorific`. */
    honorific: string;
    /** The count after a label: "12 đại biểu" / "1 delegate", "12 delegates"; their defaults are in count.ts. */
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

let uid = 0;

/** An element with content; strings become text nodes, never markup. */
export const el = (tag: string, ...content: (Node | string)[]) => {
  const e = document.createElement(tag);
  e.append(...content);
  return e;
};

/** A group as the update found it: its list, role, label, the items that are people with a name, and the label it generated, if any. */
export type Group = [ul: Element, role: string, label: string, people: Element[], generated?: Element];

/**
 * An opt-in feature, a module of its own loaded on first use (a separate chunk for npm
 * users, inlined in the drop-in): `run` does its part of an update, and puts into `made`
 * what it generates, which the next update removes.
 */
export interface Feature {
  run(host: PortalAttendanceList, groups: Group[], made: ChildNode[], t: (key: string) => string): void;
}

type FeatureLoad = Load<Feature>;
const DATA: FeatureLoad = () => import('./data.js');
const SORT: FeatureLoad = () => import('./sort.js');
const SENTENCE: FeatureLoad = () => import('./sentence.js');
const JSONLD: FeatureLoad = () => import('./jsonld.js');
const COUNT: FeatureLoad = () => import('./count.js');
const WARN: FeatureLoad = () => import('./warnings.js');

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
 * The data form, `sort`, `variant="sentence"`, `jsonld` and `count` are
 * modules of their own, loaded when an element first needs them (inlined in
 * the drop-in); the element updates again when one arrives, and
 * `updateComplete` waits for that.
 *
 * @summary Who chaired a meeting and who attended, grouped by role, as lists or as a sentence.
 *
 * @slot - The groups: `<ul data-role>` lists, each optionally after its heading, or a `<script type="application/json">`.
 * @slot sentence - Used by the component itself: the paragraph of `variant="sentence"`.
 *
 * @csspart base - The wrapper around the groups or the sentence.
 *
 * @cssprop [--portal-attendance-list-gap=var(--portal-space-4, 1rem)] - The space after each list.
 * @cssprop [--portal-attendance-list-item-gap=var(--portal-space-2, 0.5rem)] - The space between the entries of a list.
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
      honorific: 'Đồng chí',
    },
    en: {
      presiding: 'Presiding',
      'co-presiding': 'Co-presiding',
      attending: 'Attending',
      guest: 'Invited guests',
      other: 'Others',
      honorific: 'Comrade',
    },
  };

  static override properties = {
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
  /** The level of the generated group labels, 1–6 (default 3); `0` makes them paragraphs that name their list (anything else does too, with a warning). */
  declare headingLevel?: number;
  /** `sentence`: one paragraph in news-report prose instead of the lists (another value warns, and the lists show). */
  declare variant?: string;
  /** `name`: orders the people in each group by given name (the last word), in Vietnamese collation; removing it restores the order as written. */
  declare sort?: string;
  /** Adds the number of people to each generated label: "Tham dự (12 đại biểu)" (not to an author's own heading, which warns). */
  declare count?: boolean;
  /** Leaves out the honorific ("Đồng chí" / "Comrade") before the names. */
  declare noHonorific?: boolean;
  /** The meeting's name: writes schema.org JSON-LD (an Event with organizer and attendee) into the light DOM. */
  declare jsonld?: string;
  /** The meeting's date (ISO 8601), the JSON-LD `startDate`. */
  declare date?: string;

  /**
   * What the last update generated (labels, counts, honorifics, the sentence, JSON-LD); each update writes it
   * afresh, but for the honorifics (its only text nodes), which stay while they are still right: so a change
   * that leaves the entries as they are (a label, `count`) lays out no entry again, as 300 entries take longer
   * than a frame (`npm run bench:attendance`).
   */
  #made: ChildNode[] = [];
  protected override render() {
    return html`<div part="base"><slot name=${this.variant == 'sentence' ? 'sentence' : ''}></slot></div>`;
  }

  protected override updated(): void {
    const t = (k: string) => this.t(k as keyof PortalStrings);
    const made: ChildNode[] = [];
    const groups: Group[] = [];
    // The data form: data.ts renders it when it is new (the first update, or new `attendees`).
    if (hasLoaded(DATA) || this.attendees || this.querySelector(':scope>script[type="application/json"]')) this.use(DATA)?.run(this, groups, made, t);
    const n = this.headingLevel ?? 3;
    // Set on bad input, which the update deals with here; the warnings' words load on first use.
    // An unknown `variant` or `sort` does nothing; a `heading-level` outside 0–6 makes paragraphs.
    let warnings: FeatureLoad | false = ((this.variant ?? 'sentence') != 'sentence' || (this.sort ?? 'name') != 'name' || !/^[0-6]$/.test(`${n}`)) && WARN;
    const old = new Set<ChildNode | null>(this.#made);
    this.#made.forEach((m) => m.nodeType == 3 || m.remove());
    this.#made = made;
    // Looked up once per update, not once per entry.
    const word = `${t('honorific')} `;
    // Hidden lists are left out: the written fallback while the data shows, or the author's own.
    for (const ul of this.querySelectorAll(':scope>ul[data-role]:not([hidden])')) {
      const role = ul.getAttribute('data-role')!;
      let label = t(role);
      // A role is one of the four, or one a portal added with setStrings(); not another of the element's words.
      // (warnings.ts numbers the generic groups after the first: "Thành phần khác 2".)
      if (label == role || /^(other|has|honorific|delegates?)$/.test(role)) {
        label = t('other');
        warnings = WARN;
      }
      const people: Element[] = [];
      const group: Group = [ul, role, label, people];
      groups.push(group);
      ul.setAttribute('role', 'list');
      for (const b of ul.querySelectorAll('li>b')) {
        const li = b.parentElement!;
        const name = b.textContent!.trim();
        if (!name) {
          li.hidden = true;
          warnings = WARN;
        } else {
          if (li.parentElement == ul) people.push(li);
          let p = b.previousSibling;
          // Kept while it is there (its text changed with the language); else written, unless the author wrote one.
          if (!this.noHonorific && (old.delete(p) ? p!.textContent == word || (p!.textContent = word) : !p?.textContent!.trim() && (p = li.insertBefore(new Text(word), b)))) made.push(p!);
        }
      }
      // null has no tagName: a list that comes first gets a label too.
      let h = ul.previousElementSibling!;
      if (!/^H\d/.test(h?.tagName)) {
        ul.before((h = group[4] = el(/^[1-6]$/.test(`${n}`) ? `h${n}` : 'p', label)));
        made.push(h);
      } else if (this.count) warnings = WARN;
      ul.setAttribute('aria-labelledby', (h.id ||= `portal-al-${++uid}`));
    }
    // What is left of the last update: honorifics no longer wanted (labels and the rest went before the loop).
    old.forEach((m) => m!.remove());
    // The sort comes before the sentence and the JSON-LD, which read the lists in their order.
    // sort.ts also puts the written order back when `sort` goes, so it runs whenever it has loaded.
    const features: (FeatureLoad | false)[] = [warnings, !!this.count && COUNT, (hasLoaded(SORT) || this.sort == 'name') && SORT, this.variant == 'sentence' && SENTENCE, !!this.jsonld && JSONLD];
    for (const f of features) if (f) this.use(f)?.run(this, groups, made, t);
  }
}

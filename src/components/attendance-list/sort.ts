/**
 * `sort="name"` of <portal-attendance-list>, loaded on first use: orders the
 * people of each group by given name (the last word), then the whole name, with
 * one `Intl.Collator('vi')` for the page. Bodies and nameless entries keep their place.
 * Once loaded it runs on every update, and puts the order as written back when `sort` goes; it moves no entry
 * when the order is already right.
 */
import type { Group, PortalAttendanceList } from './attendance-list.js';

/** One collator for the whole page, made on first use. */
let collator: Intl.Collator | undefined;
/** Each entry's place as written, noted before the first sort that moves it; forgotten once it is back. */
const place = new WeakMap<Element, number>();
let next = 0;

export const run = (host: PortalAttendanceList, groups: Group[]): void => {
  for (const [ul, , , people] of groups) {
    const items = [...ul.children];
    if (host.sort == 'name') {
      // In the order found: entries added while sorted come after those written before them.
      for (const li of items) if (!place.has(li)) place.set(li, next++);
      const byName = people.map((li): [string, Element] => {
        const name = li.querySelector(':scope>b')!.textContent!.trim();
        return [`${name.slice(name.lastIndexOf(' ') + 1)} ${name}`, li];
      });
      byName.sort((a, b) => (collator ??= new Intl.Collator('vi')).compare(a[0], b[0]));
      const sorted = items.map((li) => (people.includes(li) ? byName.shift()![1] : li));
      // Moved only when the order changes: moving 300 entries lays them all out again, which takes longer than a frame.
      if (sorted.some((li, i) => li != items[i])) ul.append(...sorted);
    } else if (items.some((li) => place.has(li))) {
      // Sorted before: back to the order as written; entries added since go last, in their order.
      ul.append(...items.sort((a, b) => (place.get(a) ?? next) - (place.get(b) ?? next)));
      for (const li of items) place.delete(li);
    }
  }
};

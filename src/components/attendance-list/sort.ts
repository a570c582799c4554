/**
 * `sort="name"` of <portal-attendance-list>, loaded on first use: orders the
 * people of each group by given name (the last word), then the whole name, with
 * one `Intl.Collator('vi')` for the page. Bodies and nameless entries keep their place.
 */
import type { Group } from './attendance-list.js';

/** One collator for the whole page, made on first use. */
let collator: Intl.Collator | undefined;

export const run = (_host: unknown, groups: Group[]): void => {
  for (const [ul, , , people] of groups) {
    const byName = people.map((li): [string, Element] => {
      const name = li.querySelector(':scope>b')!.textContent!.trim();
      return [`${name.slice(name.lastIndexOf(' ') + 1)} ${name}`, li];
    });
    byName.sort((a, b) => (collator ??= new Intl.Collator('vi')).compare(a[0], b[0]));
    ul.append(...[...ul.children].map((li) => (people.includes(li) ? byName.shift()![1] : li)));
  }
};

/**
 * `sort="name"` of <portal-attendance-list>, loaded on first use: orders the
 * people of a list by given name (the last word), then the whole name, with one
 * `Intl.Collator('vi')` for the page. Bodies and nameless entries keep their place.
 */

/** One collator for the whole page, made on first use. */
let collator: Intl.Collator | undefined;

/** `people`: the list's own items that hold a name, in their current order. */
export const sort = (ul: Element, people: Element[]): void => {
  const byName = people.map((li): [string, Element] => {
    const name = li.querySelector(':scope>b')!.textContent!.trim();
    return [`${name.slice(name.lastIndexOf(' ') + 1)} ${name}`, li];
  });
  byName.sort((a, b) => (collator ??= new Intl.Collator('vi')).compare(a[0], b[0]));
  ul.append(...[...ul.children].map((li) => (people.includes(li) ? byName.shift()![1] : li)));
};

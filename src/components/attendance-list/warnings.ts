/**
 * <portal-attendance-list> on bad input, loaded only when an update finds some: the words of its
 * warnings, and the names of the generic groups. The update has already dealt with the input (an
 * unknown role shown under "Others", a person without a name left out, an attribute value it does
 * not know ignored); this says so, once per message and element. It runs first among the features,
 * so the count, the sentence and the JSON-LD read the groups as named here.
 */
import { warn } from '../../internal/warn.js';
import type { Group, PortalAttendanceList } from './attendance-list.js';

/** Warns about each bad attribute value, each group's unknown role and each person without a name, in the order they appear. */
export const run = (host: PortalAttendanceList, groups: Group[], _made: unknown, t: (key: string) => string): void => {
  const { variant: v, sort: s } = host;
  // The level the update used (`3.0` is 3), named as the author wrote it.
  const n = host.headingLevel;
  if (v && v != 'sentence') warn(host, 'unknown variant, so the lists show', 'use variant="sentence" for the sentence, or leave variant out', 'variant', v);
  if (s && s != 'name') warn(host, 'unknown sort, so the order stays as written', 'use sort="name" to order by given name, or leave sort out', 'sort', s);
  if (n != null && !/^[0-6]$/.test(`${n}`)) warn(host, 'not a heading level, so the labels are paragraphs', 'use 1 to 6, or 0 for paragraphs', 'heading-level', host.getAttribute('heading-level') ?? n);
  let others = 0;
  for (const g of groups) {
    const [ul, role, , , made] = g;
    // The base's own test: a role is one of the four or a portal's (a key with a label), not another of the element's words.
    if (t(role) == role || /^(other|has|honorific|delegates?)$/.test(role)) {
      warn(host, 'unknown role', 'use presiding, co-presiding, attending or guest, or add yours with setStrings()', 'data-role', role, ul);
      // Each generated generic label after the first is numbered, so no two groups have the same name: "Others", "Others 2".
      if (made && others++) {
        made.append(` ${others}`);
        g[2] += ` ${others}`;
      }
    }
    if (host.count && !made) warn(host, `the number is added only to generated labels, not to your own heading "${ul.previousElementSibling!.textContent!.trim()}"`, 'write the number in your heading, or leave the heading out', 'count');
    for (const b of ul.querySelectorAll('li>b')) if (!b.textContent!.trim()) warn(host, `a person has no name, so is left out: "${b.parentElement!.textContent!.trim()}"`, 'give the name');
  }
};

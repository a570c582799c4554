/**
 * The words of <portal-attendance-list>'s warnings about written lists, loaded
 * only when an update finds bad input: an unknown role (shown under "Others"),
 * or a person without a name (left out). The update has already dealt with
 * both; this says so, once per message and element.
 */
import { warn } from '../../internal/warn.js';
import type { Group } from './attendance-list.js';

/** Warns about each group's unknown role and each person without a name, in the order they appear. */
export const run = (host: Element, groups: Group[], _made: unknown, t: (key: string) => string): void => {
  for (const [ul, role] of groups) {
    if (t(role) == role) warn(host, 'unknown role', 'use presiding, co-presiding, attending or guest, or add yours with setStrings()', 'data-role', role, ul);
    for (const b of ul.querySelectorAll('li>b')) if (!b.textContent!.trim()) warn(host, `a person has no name, so is left out: "${b.parentElement!.textContent!.trim()}"`, 'give the name');
  }
};

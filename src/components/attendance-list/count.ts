/**
 * The `count` option of <portal-attendance-list>, loaded on first use: the
 * number of people after each generated label, "Tham dự (12 đại biểu)" /
 * "Attending (1 delegate)". A group of bodies only gets none.
 */
import { resolveLang, term } from '../../internal/i18n.js';
import type { Group } from './attendance-list.js';

/** The words, by language; a portal overrides them with `setStrings()`. */
const strings = { vi: { delegate: 'đại biểu', delegates: 'đại biểu' }, en: { delegate: 'delegate', delegates: 'delegates' } };

export const run = (host: Element, groups: Group[]): void => {
  const lang = resolveLang(host);
  for (const [, , , { length: c }, label] of groups) if (label && c) label.append(` (${c} ${term(lang, c == 1 ? 'delegate' : 'delegates', strings)})`);
};

/**
 * `variant="sentence"` of <portal-attendance-list>, loaded on first use: the
 * groups as one sentence of news-report prose ("Đồng chí …, …, chủ trì; tham
 * dự có …").
 */
import { resolveLang, term } from '../../internal/i18n.js';
import { el, type Group } from './attendance-list.js';

/** The word that joins a label to its entries, by language; a portal overrides it with `setStrings()`. */
const strings = { vi: { has: ' có' }, en: { has: ':' } };

/** An entry's words; a body's members follow a colon. */
const say = (li: Element): string =>
  [...li.childNodes]
    .map((n) => (n.nodeName != 'UL' ? n.textContent : `: ${items(n as Element).join(', ')}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const items = (ul: Element) => [...ul.querySelectorAll(':scope>li:not([hidden])')].map(say);

/** Writes the paragraph, in the `sentence` slot. */
export const run = (host: Element, groups: Group[], made: ChildNode[]): void => {
  const has = term(resolveLang(host), 'has', strings);
  const s = groups
    .map(([ul, role, label]) => {
      const list = items(ul).join('; ');
      label = label.toLowerCase();
      return role.includes('presiding') ? `${list} ${label}` : `${label}${has} ${list}`;
    })
    .join('; ');
  const p = el('p', `${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
  p.slot = 'sentence';
  made.push(p);
  host.append(p);
};

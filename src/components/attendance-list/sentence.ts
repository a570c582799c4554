/**
 * `variant="sentence"` of <portal-attendance-list>, loaded on first use: the
 * groups as one sentence of news-report prose ("Đồng chí …, …, chủ trì; tham
 * dự có …").
 */
import { resolveLang, term } from '../../internal/i18n.js';
import { el, type Group } from './attendance-list.js';

/** The word that joins a label to its entries, by language; a portal overrides it with `setStrings()`. */
const strings = { vi: { has: ' có' }, en: { has: ':' } };

/** An entry's words; a body's members (those shown) follow a colon. */
const say = (li: Element): string =>
  [...li.childNodes]
    .map((n) => {
      const members = n.nodeName == 'UL' && items(n as Element).join(', ');
      return members === false ? n.textContent : members && `: ${members}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The words of the entries shown, leaving out any without words. */
const items = (ul: Element) => [...ul.querySelectorAll(':scope>li:not([hidden])')].map(say).filter(Boolean);

/** Writes the paragraph, in the `sentence` slot; none when no group has an entry to show. */
export const run = (host: Element, groups: Group[], made: ChildNode[]): void => {
  const lang = resolveLang(host);
  const has = term(lang, 'has', strings);
  const s = groups
    .map(([ul, role, label]) => {
      const list = items(ul).join('; ');
      // Mid-sentence, the label's first letter is lowercase, unless it starts an acronym: "đại biểu HĐND", "HĐND các huyện".
      label = label.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLocaleLowerCase(lang));
      // A group with nothing to show is left out.
      return list && (role.includes('presiding') ? `${list} ${label}` : `${label}${has} ${list}`);
    })
    .filter(Boolean)
    .join('; ');
  if (!s) return;
  const p = el('p', `${s.charAt(0).toLocaleUpperCase(lang)}${s.slice(1)}.`);
  p.slot = 'sentence';
  made.push(p);
  host.append(p);
};

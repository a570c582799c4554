/**
 * `variant="sentence"` of <portal-attendance-list>, loaded on first use: the
 * groups as one sentence of news-report prose ("Đồng chí …, …, chủ trì; tham
 * dự có …").
 */

/** An entry's words; a body's members follow a colon. */
const say = (li: Element): string =>
  [...li.childNodes]
    .map((n) => (n.nodeName != 'UL' ? n.textContent : `: ${items(n as Element).join(', ')}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const items = (ul: Element) => [...ul.querySelectorAll(':scope>li:not([hidden])')].map(say);

/** `groups`: each list with its role and label; `has` joins a label to its entries (" có", ":"). */
export const sentence = (groups: [Element, string, string][], has: string): string => {
  const s = groups
    .map(([ul, role, label]) => {
      const list = items(ul).join('; ');
      label = label.toLowerCase();
      return role.includes('presiding') ? `${list} ${label}` : `${label}${has} ${list}`;
    })
    .join('; ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};

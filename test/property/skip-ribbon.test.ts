import '../helpers.js';
import '../../src/components/skip-ribbon/define.js';
import { anyUrl, esc, hostId, insertion, lang, text, type Url } from './arbitraries.js';
import { begin, checkSettled, clickAll, end, fc, mount, named, property, setUp, tearDown, message, type State } from './harness.js';
import { linkWarning, set, TARGETS } from './oracle.js';

/** What a ribbon may hold: links (also SVG ones, with href or xlink:href), other elements, bare text. */
type Child =
  | { kind: 'a'; url: Url | null; text: string }
  | { kind: 'svg'; url: Url; xlink: boolean; text: string }
  | { kind: 'el'; tag: string; text: string }
  | { kind: 'text'; text: string };

const child: fc.Arbitrary<Child> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('a' as const), url: fc.option(anyUrl, { freq: 8 }), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('svg' as const), url: anyUrl, xlink: fc.boolean(), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom('span', 'button', 'div', 'b', 'nav'), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text }) },
);

const markupOf = (c: Child): string => {
  switch (c.kind) {
    case 'a':
      return `<a${c.url ? ` href="${c.url.markup}"` : ''}>${esc(c.text)}</a>`;
    case 'svg':
      return `<svg width="100" height="20"><a ${c.xlink ? 'xlink:href' : 'href'}="${c.url.markup}"><text y="15">${esc(c.text)}</text></a></svg>`;
    case 'el':
      return `<${c.tag}>${esc(c.text)}</${c.tag}>`;
    case 'text':
      return esc(c.text);
  }
};

const contents = fc.array(child, { maxLength: 4 });

const ribbonCase = fc.record({ id: hostId, lang, insertion, hasMain: fc.boolean(), first: contents, final: contents });

/** The warnings a ribbon with `children` must print, on a page with or without <main>. */
const oracle = (id: string, children: Child[], hasMain: boolean): string[] => {
  const host = named('portal-skip-ribbon', id);
  const links = children.filter((c) => c.kind == 'a' || c.kind == 'svg');
  if (!links.length && !hasMain) return [message(host, 'the ribbon is empty and the page has no <main>', 'add <main>, or write <a href="#id"> links in the ribbon')];
  // An SVG link is checked for its URL alike, but is no same-page link: a missing #target is not reported.
  return set(...links.map((c) => c.url && !(c.kind == 'svg' && c.url.verdict.kind == 'missing') && linkWarning(host, c.url, 'a', c.kind == 'svg' && c.xlink ? 'xlink:href' : 'href')));
};

const state = (children: Child[]): State => ({ attrs: {}, inner: children.map(markupOf).join(' ') });

describe('property: <portal-skip-ribbon>', () => {
  before(setUp);
  after(tearDown);

  it('never throws, never runs a payload, keeps its text, and warns once per bad input', async function () {
    await property(this, 'skip-ribbon', ribbonCase, async (c) => {
      begin();
      const page = `${TARGETS}${c.hasMain ? '<main>Nội dung</main>' : ''}`;
      const { el, rejected, authored } = await mount({ tag: 'portal-skip-ribbon', id: c.id, lang: c.lang, insertion: c.insertion, first: state(c.first), final: state(c.final), page });
      const required = oracle(c.id, c.final, c.hasMain);
      const allowed = c.insertion == 'twice' || c.insertion == 'settledTwice' ? oracle(c.id, c.first, c.hasMain) : [];
      checkSettled({ el, rejected, authored, required, allowed });
      clickAll(el);
      end();
    });
  });
});

import '../helpers.js';
import '../../src/components/article-list/define.js';
import '../../src/components/article-card/define.js';
import { anyUrl, esc, hostId, insertion, lang, text, type Url } from './arbitraries.js';
import { begin, checkSettled, clickAll, end, fc, mount, named, property, setUp, tearDown, type State } from './harness.js';
import { linkWarning, set, TARGETS } from './oracle.js';

const TAG = 'portal-article-list';

/**
 * A list's children: headings, introductions, "see all" links (perhaps already given a slot), cards (valid ones:
 * the card's own warnings are its property's business), and anything else a CMS may put there.
 * (`href` on the host is left out until the list checks it.)
 */
type Child =
  | { kind: 'heading'; tag: string; slot: string; text: string }
  | { kind: 'a'; url: Url | null; slot: string; text: string }
  | { kind: 'card'; text: string }
  | { kind: 'el'; tag: string; role: string | null; text: string };

const slot = fc.constantFrom('', '', '', 'more', 'heading');
const child: fc.Arbitrary<Child> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('heading' as const), tag: fc.constantFrom('h2', 'h3', 'h6', 'p', 'h1'), slot, text }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('a' as const), url: fc.option(anyUrl, { freq: 8 }), slot, text }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('card' as const), text }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom('div', 'li', 'span', 'article', 'button', 'ul'), role: fc.constantFrom(null, 'listitem', 'article', 'presentation', ''), text }),
  },
);

const markupOf = (c: Child): string => {
  const s = 'slot' in c && c.slot ? ` slot="${c.slot}"` : '';
  switch (c.kind) {
    case 'heading':
      return `<${c.tag}${s}>${esc(c.text)}</${c.tag}>`;
    case 'a':
      return `<a${s}${c.url ? ` href="${c.url.markup}"` : ''}>${esc(c.text)}</a>`;
    case 'card':
      return `<portal-article-card><h3><a href="#tin-123">${esc(c.text)}</a></h3></portal-article-card>`;
    case 'el':
      return `<${c.tag}${c.role == null ? '' : ` role="${c.role}"`}>${esc(c.text)}</${c.tag}>`;
  }
};

const contents = fc.array(child, { maxLength: 6 });

/** The warnings: one per bad direct-child link, whatever its slot (url.ts's words). */
const oracle = (id: string, children: Child[]): string[] =>
  set(...children.map((c) => c.kind == 'a' && c.url && linkWarning(named(TAG, id), c.url)));

const state = (children: Child[]): State => ({ attrs: {}, inner: children.map(markupOf).join('\n') });

describe('property: <portal-article-list>', () => {
  before(setUp);
  after(tearDown);

  it('never throws, never runs a payload, keeps its text, and warns once per bad input', async function () {
    await property(this, 'article-list', fc.record({ id: hostId, lang, insertion, first: contents, final: contents }), async (c) => {
      begin();
      const { el, rejected, authored } = await mount({ tag: TAG, id: c.id, lang: c.lang, insertion: c.insertion, first: state(c.first), final: state(c.final), page: TARGETS });
      await Promise.all([...el.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('portal-article-card')].map((card) => card.updateComplete));
      const twice = c.insertion == 'twice' || c.insertion == 'settledTwice';
      checkSettled({ el, rejected, authored, required: oracle(c.id, c.final), allowed: twice ? oracle(c.id, c.first) : [] });
      // Every child is in a slot that is rendered, or is a list item.
      const lost = [...el.children].filter((ch) => !ch.assignedSlot);
      if (lost.length) throw new Error(`children in no slot, so not shown: ${lost.map((ch) => ch.outerHTML.slice(0, 100)).join(', ')}`);
      clickAll(el);
      end();
    });
  });
});

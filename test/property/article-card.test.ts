import '../helpers.js';
import '../../src/components/article-card/define.js';
// The words of the card's warnings load on first bad input; loaded here, so that they arrive within the run.
import '../../src/components/article-card/warnings.js';
import { anyDate, anyUrl, enumValue, esc, hostId, hostileUrl, insertion, lang, text, type DateInput, type Url } from './arbitraries.js';
import { begin, checkSettled, clickAll, end, fc, message, mount, named, property, setUp, tearDown, type State } from './harness.js';
import { ignoredWarning, linkWarning, set, TARGETS, refusedHere } from './oracle.js';

const TAG = 'portal-article-card';
const VARIANTS = ['vertical', 'horizontal', 'compact', 'featured'];
const FORMATS = ['numeric', 'numeric-time', 'long'];
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="6"/>')}`;

/** A host attribute the card does not read (`datetime`, `href`), as an author might write it by habit: mostly absent. */
const unread = fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('', '2018-03-13', '/tin/123'), text) });

const card = fc.record({
  datetime: unread,
  href: unread,
  variant: enumValue(VARIANTS),
  format: enumValue(FORMATS),
  title: fc.option(
    fc.record({
      heading: fc.constantFrom('h2', 'h3', 'h4', 'h5', 'h6', 'h3', 'h1', 'div'),
      link: fc.option(fc.record({ url: fc.option(anyUrl, { freq: 8 }), text: fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('', ' \u00A0\n') }) }), { freq: 8 }),
      text,
    }),
    { freq: 8 },
  ),
  category: fc.option(fc.record({ link: fc.boolean(), url: anyUrl, text })),
  time: fc.option(fc.record({ datetime: fc.option(anyDate, { freq: 8 }), text: fc.oneof(text, fc.constant('')) })),
  excerpt: fc.option(text),
  // Sources that never reach the network: the photo, or one a browser refuses to load as an image.
  img: fc.option(fc.record({ src: fc.oneof(fc.constant(PHOTO), hostileUrl.filter((u) => u.verdict.kind == 'unsafe').map((u) => u.value)), alt: fc.option(text) })),
  extras: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom('button', 'span', 'div', 'input', 'b'), text }),
      fc.record({ kind: fc.constant('svg' as const), url: anyUrl, xlink: fc.boolean(), text }),
    ),
    { maxLength: 2 },
  ),
  extrasFirst: fc.boolean(),
});
type Card = typeof card extends fc.Arbitrary<infer T> ? T : never;

const markupOf = (c: Card): string => {
  const parts: string[] = [];
  if (c.title) {
    const { heading, link } = c.title;
    const inner = link ? `<a${link.url ? ` href="${link.url.markup}"` : ''}>${esc(link.text)}</a>` : esc(c.title.text);
    parts.push(`<${heading}>${inner}</${heading}>`);
  }
  if (c.category) parts.push(c.category.link ? `<a href="${c.category.url.markup}">${esc(c.category.text)}</a>` : `<span>${esc(c.category.text)}</span>`);
  if (c.time) parts.push(`<time${c.time.datetime ? ` datetime="${esc(c.time.datetime.value)}"` : ''}>${esc(c.time.text)}</time>`);
  if (c.excerpt) parts.push(`<p>${esc(c.excerpt)}</p>`);
  if (c.img) parts.push(`<img src="${esc(c.img.src)}"${c.img.alt == null ? '' : ` alt="${esc(c.img.alt)}"`} width="9" height="6">`);
  const extras = c.extras.map((x) =>
    x.kind == 'el'
      ? x.tag == 'input'
        ? `<input value="${esc(x.text)}">`
        : `<${x.tag}>${esc(x.text)}</${x.tag}>`
      : `<svg width="50" height="20"><a ${x.xlink ? 'xlink:href' : 'href'}="${x.url.markup}"><text y="15">${esc(x.text)}</text></a></svg>`,
  );
  return (c.extrasFirst ? [...extras, ...parts] : [...parts, ...extras]).join('\n');
};

/** A link the card drops: none, unsafe, not a URL, or one this engine's parser refuses (refusedHere). */
const refused = (u: Url | null | undefined): boolean => !u || u.verdict.kind == 'unsafe' || u.verdict.kind == 'invalid' || refusedHere(u.value);

/** The warnings a card must print: from the card's warnings.ts, and url.ts for its links. */
const oracle = (id: string, c: Card): string[] => {
  const host = named(TAG, id);
  const out: (string | null | false)[] = [];
  if (c.variant && !VARIANTS.includes(c.variant)) {
    out.push(message(named(TAG, id, 'variant', c.variant), 'unknown variant, so the card is shown as vertical', 'use vertical, horizontal, compact or featured'));
  }
  const links: [Url, string][] = [];
  if (c.title?.link?.url) links.push([c.title.link.url, 'href']);
  if (c.category?.link) links.push([c.category.url, 'href']);
  for (const x of c.extras) if (x.kind == 'svg' && x.url.verdict.kind != 'missing') links.push([x.url, x.xlink ? 'xlink:href' : 'href']);
  out.push(...links.map(([u, attr]) => linkWarning(host, u, 'a', attr)));
  const title = c.title;
  if (!title || !/^h[2-6]$/.test(title.heading) || !title.link || refused(title.link.url) || !title.link.text.trim()) {
    out.push(message(host, 'the title is not a link with text in an <h2>–<h6> heading', 'write the title as <h3><a href="/tin/123">title</a></h3>'));
  }
  const d: DateInput | null | undefined = c.time?.datetime;
  if (d && d.value) {
    if (!d.valid) out.push(message(`${host} ${named('time', '', 'datetime', d.value)}`, 'datetime is not an ISO 8601 date', 'write datetime="2018-03-13"'));
    else if (!c.time!.text.trim() && c.format && !FORMATS.includes(c.format)) {
      out.push(message(named(TAG, id, 'date-format', c.format), 'unknown date-format, so the date is written as numeric', 'use numeric, numeric-time or long'));
    }
  }
  out.push(ignoredWarning(TAG, id, 'datetime', c.datetime), ignoredWarning(TAG, id, 'href', c.href));
  return set(...out);
};

const state = (c: Card): State => ({ attrs: { datetime: c.datetime, href: c.href, variant: c.variant, 'date-format': c.format }, inner: markupOf(c) });

const cardCase = fc.record({ id: hostId, lang, insertion, first: card, final: card });

describe('property: <portal-article-card>', () => {
  before(setUp);
  after(tearDown);

  it('never throws, never runs a payload, keeps its text, and warns once per bad input', async function () {
    await property(this, 'article-card', cardCase, async (c) => {
      begin();
      const { el, rejected, authored } = await mount({ tag: TAG, id: c.id, lang: c.lang, insertion: c.insertion, first: state(c.first), final: state(c.final), page: TARGETS });
      // The warnings' words come with a dynamic import of a module already loaded: one more import of it comes after.
      await import('../../src/components/article-card/warnings.js');
      await import('../../src/components/article-card/warnings.js');
      const twice = c.insertion == 'twice' || c.insertion == 'settledTwice';
      checkSettled({ el, rejected, authored, required: oracle(c.id, c.final), allowed: twice ? oracle(c.id, c.first) : [] });
      clickAll(el);
      end();
    });
  });
});

import '../helpers.js';
import '../../src/components/article/define.js';
import { anyDate, anyUrl, esc, hostId, hostileUrl, insertion, lang, text, type DateInput, type Url } from './arbitraries.js';
import { begin, checkSettled, clickAll, end, fc, imagesSettled, message, mount, named, property, setUp, tearDown, type State } from './harness.js';
import { ignoredWarning, linkWarning, set, TARGETS } from './oracle.js';

const TAG = 'portal-article';
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="6"/>')}`;

const time = fc.record({ datetime: fc.option(anyDate, { freq: 6 }), text });
const linked = fc.record({ url: anyUrl, text });

const articleArb = fc.record({
  jsonld: fc.boolean(),
  publisher: fc.option(fc.oneof(text, fc.constant(''))),
  category: fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant('a' as const), link: linked }),
      fc.record({ kind: fc.constant('span' as const), text }),
      fc.record({ kind: fc.constant('wrapped' as const), link: linked }),
    ),
  ),
  headline: fc.option(fc.record({ tag: fc.constantFrom('h1', 'h2', 'h3', 'h6', 'p', 'div'), slotted: fc.boolean(), text }), { freq: 6 }),
  dateline: fc.option(fc.record({ times: fc.array(time, { maxLength: 2 }), text }), { freq: 3 }),
  lead: fc.option(text),
  body: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('p' as const), text, link: fc.option(linked) }),
      fc.record({ kind: fc.constant('table' as const), cells: fc.array(text, { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('list' as const), items: fc.array(text, { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('img' as const), src: fc.oneof(fc.constant(PHOTO), hostileUrl.filter((u) => u.verdict.kind == 'unsafe').map((u) => u.value)), alt: text }),
      fc.record({ kind: fc.constant('svg' as const), url: anyUrl, xlink: fc.boolean(), text }),
      fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom('blockquote', 'div', 'section', 'button', 'h2'), text }),
    ),
    { maxLength: 4 },
  ),
  byline: fc.option(fc.record({ times: fc.array(time, { maxLength: 2 }), text })),
});
type Article = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

const a = (l: { url: Url; text: string }, slot = ''): string => `<a${slot ? ` slot="${slot}"` : ''} href="${l.url.markup}">${esc(l.text)}</a>`;
const times = (ts: { datetime: DateInput | null; text: string }[]): string =>
  ts.map((t) => `<time${t.datetime ? ` datetime="${esc(t.datetime.value)}"` : ''}>${esc(t.text)}</time>`).join(', ');

const markupOf = (x: Article): string => {
  const parts: string[] = [];
  const c = x.category;
  if (c) parts.push(c.kind == 'a' ? a(c.link, 'category') : c.kind == 'span' ? `<span slot="category">${esc(c.text)}</span>` : `<span slot="category">${a(c.link)}</span>`);
  const h = x.headline;
  if (h) parts.push(`<${h.tag}${h.slotted ? ' slot="headline"' : ''}>${esc(h.text)}</${h.tag}>`);
  if (x.dateline) parts.push(`<p slot="dateline">${times(x.dateline.times)} ${esc(x.dateline.text)}</p>`);
  if (x.lead) parts.push(`<p slot="lead">${esc(x.lead)}</p>`);
  for (const b of x.body) {
    if (b.kind == 'p') parts.push(`<p>${esc(b.text)}${b.link ? ` ${a(b.link)}` : ''}</p>`);
    else if (b.kind == 'table') parts.push(`<table><caption>${esc(b.cells[0]!)}</caption><tr>${b.cells.map((t) => `<td>${esc(t)}</td>`).join('')}</tr></table>`);
    else if (b.kind == 'list') parts.push(`<ul>${b.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
    else if (b.kind == 'img') parts.push(`<img src="${esc(b.src)}" alt="${esc(b.alt)}" width="9" height="6">`);
    else if (b.kind == 'svg') parts.push(`<svg width="50" height="20"><a ${b.xlink ? 'xlink:href' : 'href'}="${b.url.markup}"><text y="15">${esc(b.text)}</text></a></svg>`);
    else parts.push(`<${b.tag}>${esc(b.text)}</${b.tag}>`);
  }
  if (x.byline) parts.push(`<p slot="byline">${esc(x.byline.text)} ${times(x.byline.times)}</p>`);
  return parts.join('\n');
};

/** The warnings of article/warnings.ts, article/jsonld.ts and url.ts, from the article's inputs. */
const oracle = (id: string, x: Article): string[] => {
  const host = named(TAG, id);
  const out: (string | null | false)[] = [];
  const c = x.category;
  if (c?.kind == 'a' || c?.kind == 'wrapped') out.push(linkWarning(host, c.link.url));
  for (const b of x.body) {
    if (b.kind == 'p' && b.link) out.push(linkWarning(host, b.link.url));
    if (b.kind == 'svg' && b.url.verdict.kind != 'missing') out.push(linkWarning(host, b.url, 'a', b.xlink ? 'xlink:href' : 'href'));
  }
  const h = x.headline;
  if (!h || !h.slotted || !/^h[1-6]$/.test(h.tag)) out.push(message(host, 'no h1–h6 in slot="headline"', 'add <h1 slot="headline">'));
  if (c?.kind == 'span') out.push(message(`${host} ${named('span', '', 'slot', 'category')}`, 'the category is not a link', 'write it as <a slot="category" href="…">'));
  for (const t of [...(x.dateline?.times ?? []), ...(x.byline?.times ?? [])]) {
    if (!t.datetime?.valid) out.push(message(`${host} ${named('time', '', 'datetime', t.datetime?.value ?? '')}`, 'not an ISO 8601 date', 'use YYYY-MM-DD'));
  }
  out.push(ignoredWarning(TAG, id, 'publisher', x.publisher, x.jsonld));
  if (x.jsonld) {
    if (!x.dateline?.times.length) {
      out.push(message(named(TAG, id, 'jsonld'), 'no <time datetime> in slot="dateline", so the JSON-LD has no datePublished', 'write the published date as <time datetime="YYYY-MM-DD"> in the dateline'));
    }
    if (!x.publisher) out.push(message(named(TAG, id, 'jsonld'), 'no publisher, so the JSON-LD has none', 'add publisher="…", the name of the organisation that publishes the portal'));
  }
  return set(...out);
};

const state = (x: Article): State => ({ attrs: { jsonld: x.jsonld ? '' : null, publisher: x.publisher }, inner: markupOf(x) });

describe('property: <portal-article>', () => {
  before(setUp);
  after(tearDown);

  it('never throws, never runs a payload, keeps its text, and warns once per bad input', async function () {
    await property(this, 'article', fc.record({ id: hostId, lang, insertion, first: articleArb, final: articleArb }), async (c) => {
      begin();
      const { el, rejected, authored } = await mount({ tag: TAG, id: c.id, lang: c.lang, insertion: c.insertion, first: state(c.first), final: state(c.final), page: TARGETS });
      // Data shown as markup would make images whose onerror runs a payload: they have had their chance.
      await imagesSettled(el);
      const twice = c.insertion == 'twice' || c.insertion == 'settledTwice';
      checkSettled({ el, rejected, authored, required: oracle(c.id, c.final), allowed: twice ? oracle(c.id, c.first) : [] });
      // The JSON-LD is data, never a script that runs.
      for (const s of el.querySelectorAll('script')) if (s.type != 'application/ld+json') throw new Error(`a script of type "${s.type}"`);
      clickAll(el);
      end();
    });
  });
});

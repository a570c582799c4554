/**
 * No layout shift on upgrade (issue 15): a card or a figure painted before its script runs, as the author wrote it
 * (the card's photo last) or as @lit-labs/ssr rendered it (from src/, its declarative shadow root already there, the
 * photo still in the default slot), has every box where it will be once the element is defined, has updated and, for
 * the server's output, hydrated. Every card variant at widths on both sides of the horizontal card's 30rem (the photo
 * beside the text or above it), and every figure variant. With the default theme, which carries the rules for that
 * moment. Engine-neutral: iframes (test/ssr-frames.ts), getBoundingClientRect before and after the module with Lit's
 * hydrate support and the two define files is loaded into the frame.
 */
import './helpers.js';
import { expect } from '@open-wc/testing';
import { boxes, contentOf, hydrate, moved, openFrame, page, serverRender, shadowOf, watch, type Frame } from './ssr-frames.js';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba';
const EXCERPT = 'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.';
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"/>')}`;

const CARD_WIDTHS = ['16rem', '25rem', '30rem', '31rem', '40rem', '60rem'];
const CASES = [
  ...['', 'vertical', 'horizontal', 'compact', 'featured'].flatMap((variant) =>
    CARD_WIDTHS.map((width) => ({
      name: `<portal-article-card${variant ? ` variant="${variant}"` : ''}> in ${width}`,
      width,
      markup:
        `<portal-article-card${variant ? ` variant="${variant}"` : ''}><h3><a href="/tin/123">${TITLE}</a></h3>` +
        `<a href="/tin-hoat-dong">Tin hoạt động</a> <time datetime="2018-03-13">13/03/2018</time>` +
        `<p>${EXCERPT}</p><img src="${PHOTO}" alt="" width="900" height="600"></portal-article-card>`,
    })),
  ),
  ...['', 'full', 'inset', 'float-start', 'float-end'].flatMap((variant) =>
    ['20rem', '50rem'].map((width) => ({
      name: `<portal-figure${variant ? ` variant="${variant}"` : ''}> in ${width}`,
      width,
      markup:
        `<p>${EXCERPT}</p><portal-figure${variant ? ` variant="${variant}"` : ''}><figure><img src="${PHOTO}" alt="Người phát biểu tại bục" width="900" height="600">` +
        `<figcaption>Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị <small>Ảnh: Văn phòng HĐND tỉnh</small></figcaption></figure></portal-figure><p>${EXCERPT} ${EXCERPT}</p>`,
    })),
  ),
];

const body = (markups: string[], kind: string) =>
  markups.map((html, i) => `<div data-case="${kind}-${i}" style="inline-size: ${CASES[i]!.width}; margin-block-end: 2rem; display: flow-root">${html}</div>`).join('');

/** Each case's component and light DOM, and their boxes relative to the case's own box. */
const measure = (frame: Frame, kind: string, i: number, elements?: Element[]) => {
  const box = frame.doc.querySelector(`[data-case="${kind}-${i}"]`)!;
  const els = elements ?? [...box.children].filter((el) => el.localName.startsWith('portal-')).flatMap(contentOf);
  return { els, boxes: boxes(els, box) };
};

describe('Upgrade moves nothing: <portal-article-card> and <portal-figure>', function () {
  this.timeout(60000);
  let frame: Frame;
  const start: Record<string, ReturnType<typeof measure>> = {};
  const end: Record<string, ReturnType<typeof measure>['boxes']> = {};
  let changes: { replaced: string[]; added: string[] };
  let serverWarnings: string[];
  let shadowBefore: Element[];

  before(async () => {
    const server = await serverRender('src', CASES.map((c) => c.markup));
    serverWarnings = server.warnings;
    frame = await openFrame(page(body(CASES.map((c) => c.markup), 'authored') + body(server.html, 'server'), '/src/themes/default.css'), { scripts: true, width: 1024 });
    for (const kind of ['authored', 'server']) CASES.forEach((_, i) => (start[`${kind}-${i}`] = measure(frame, kind, i)));
    const hosts = [...frame.doc.querySelectorAll('portal-article-card, portal-figure')];
    shadowBefore = hosts.flatMap(shadowOf);
    const watching = watch(frame.win, [frame.doc.body, ...hosts.flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []))]);
    await hydrate(frame, '/test/ssr/hydrate-src.ts');
    changes = watching.stop();
    for (const [key, { els }] of Object.entries(start)) end[key] = measure(frame, key.split('-')[0]!, Number(key.split('-')[1]), els).boxes;
  });

  after(() => frame?.iframe.remove());

  it('the server rendered a shadow root for each, and the frame upgraded and hydrated them with no warning', () => {
    expect(serverWarnings).to.deep.equal([]);
    const server = [...frame.doc.querySelectorAll('[data-case^="server-"] :is(portal-article-card, portal-figure)')];
    expect(server.length).to.equal(CASES.length);
    expect(shadowBefore.length, 'shadow roots before the script').to.be.greaterThan(CASES.length);
    for (const el of shadowBefore) expect(el.isConnected, `a node of a server-rendered shadow root was replaced: ${el.localName}`).to.equal(true);
    expect(changes.replaced, 'content rendered a second time').to.deep.equal([]);
    expect(frame.said).to.deep.equal([]);
    for (const img of frame.doc.querySelectorAll('portal-article-card > img')) expect(img.slot, 'the card has upgraded').to.equal('media');
    expect(start['authored-0']!.boxes.map((b) => b.name).join(' '), 'the photo is written last').to.match(/<p> <img>$/);
  });

  for (const kind of ['authored', 'server']) {
    describe(kind == 'authored' ? 'as the author wrote it (photo last), before its script' : 'server-rendered (@lit-labs/ssr), hydrated', () => {
      CASES.forEach((c, i) => {
        it(`${c.name}: every box stays where it was`, () => {
          expect(moved(start[`${kind}-${i}`]!.boxes, end[`${kind}-${i}`]!, 0.5)).to.deep.equal([]);
        });
      });
    });
  }
});

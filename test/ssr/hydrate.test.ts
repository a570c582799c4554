/**
 * Server rendering, proved in the browser (issue 17, part 3; issue 15, part 3): every component, rendered in Node
 * with @lit-labs/ssr from the BUILT package (dist/all.js, as a portal's server imports it; `npm run build` first),
 * is then loaded as a whole page, with the theme from dist/themes/:
 *
 * 1. with JavaScript off (an iframe sandboxed without allow-scripts: no script runs, the HTML parser alone attaches
 *    the declarative shadow roots): all the text is shown, and every box of the content (the host and its light DOM)
 *    is where it is once the components run, within 1 px (the shadow roots' own boxes are layout, not content: a
 *    server-rendered card's give way until its script puts the photo in its slot);
 * 2. with JavaScript on, hydrated (@lit-labs/ssr-client's hydrate support, then dist/all.js, loaded into the frame
 *    only after a first measurement): no console warning or error and no uncaught error; the shadow roots are the
 *    server's and no node of the light DOM or of a shadow root is removed and no text rewritten (a second render
 *    would replace them: a MutationObserver watches; what a component writes itself, such as the zoom button, may be
 *    added); and no box moves (0.1 px: Firefox lays out in sixtieths of a pixel).
 *
 * Runs after the build (`npm run test:ssr`, web-test-runner.ssr.config.mjs), in Chromium, Firefox and WebKit: all three
 * parse `<template shadowrootmode>`. Each component sits in a box of its own width; boxes are measured from it.
 */
import '../helpers.js';
import { expect } from '@open-wc/testing';
import { boxes, contentOf, hydrate, shadowOf, isShown, moved, openFrame, page, serverRender, textsOf, watch, type Box, type Frame } from '../ssr-frames.js';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba';
const EXCERPT = 'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.';
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="#8a9bb5"/></svg>')}`;
const CAPTION = 'Đồng chí Phạm Sỹ Lợi phát biểu tại hội nghị';
const CREDIT = 'Ảnh: Văn phòng HĐND tỉnh';

/** A card as the README writes it: the photo last. */
const card = (variant: string) =>
  `<portal-article-card${variant ? ` variant="${variant}"` : ''}><h3><a href="/tin/123">${TITLE}</a></h3>` +
  `<a href="/tin-hoat-dong">Tin hoạt động</a> <time datetime="2018-03-13">13/03/2018</time><p>${EXCERPT}</p>` +
  `<img src="${PHOTO}" alt="" width="900" height="600"></portal-article-card>`;

const figure = (attrs: string) =>
  `<portal-figure ${attrs}><figure><img src="${PHOTO}" alt="Người phát biểu tại bục" width="900" height="600">` +
  `<figcaption>${CAPTION} <small>${CREDIT}</small></figcaption></figure></portal-figure>`;

const PARAGRAPH = '<p>Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND tỉnh và các huyện, thành phố trong quý I.</p>';

interface Fixture {
  name: string;
  /** The width of the box the component is in. */
  width: string;
  markup: string;
  /** Text the reader must get with JavaScript off (besides every text node that is shown once it runs). */
  texts: string[];
}

const FIXTURES: Fixture[] = [
  {
    name: '<portal-skip-ribbon>',
    width: '40rem',
    markup: '<portal-skip-ribbon><a href="#noi-dung-chinh">Bỏ qua để đến nội dung chính</a><a href="#menu-chinh">Đến menu chính</a></portal-skip-ribbon>',
    texts: ['Bỏ qua để đến nội dung chính', 'Đến menu chính'],
  },
  ...['', 'vertical', 'horizontal', 'compact', 'featured'].flatMap((variant) =>
    ['16rem', '40rem'].map((width) => ({
      name: `<portal-article-card${variant ? ` variant="${variant}"` : ''}> in ${width}`,
      width,
      markup: card(variant),
      texts: [TITLE, 'Tin hoạt động', '13/03/2018', ...(variant == 'compact' ? [] : [EXCERPT])],
    })),
  ),
  {
    name: '<portal-article-list> of three cards',
    width: '60rem',
    markup: `<portal-article-list><h2>Tin hoạt động</h2>${card('')}${card('')}${card('')}<a href="/tin-hoat-dong">Xem tất cả</a></portal-article-list>`,
    texts: ['Tin hoạt động', TITLE, 'Xem tất cả'],
  },
  { name: '<portal-figure>', width: '40rem', markup: figure(''), texts: [CAPTION, CREDIT] },
  { name: '<portal-figure variant="inset">', width: '60rem', markup: figure('variant="inset"'), texts: [CAPTION, CREDIT] },
  {
    name: '<portal-figure zoomable variant="float-end"> in an article body',
    width: '40rem',
    markup: `${PARAGRAPH}${figure('zoomable variant="float-end"')}${PARAGRAPH}${PARAGRAPH}`,
    texts: [CAPTION, CREDIT],
  },
  {
    name: '<portal-figure zoomable variant="float-start"> in a narrow column (full width)',
    width: '20rem',
    markup: `${figure('zoomable variant="float-start"')}${PARAGRAPH}`,
    texts: [CAPTION, CREDIT],
  },
  {
    name: '<portal-article>',
    width: '40rem',
    markup:
      '<portal-article role="article" jsonld publisher="Hội đồng nhân dân tỉnh Hà Nam">' +
      '<a slot="category" href="/tin-hoat-dong">Tin hoạt động</a>' +
      `<h1 slot="headline">${TITLE}</h1>` +
      '<p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>' +
      '<p slot="lead">Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.</p>' +
      `${PARAGRAPH}${figure('')}${PARAGRAPH}` +
      '<p slot="byline">Văn phòng HĐND tỉnh</p></portal-article>',
    texts: ['Tin hoạt động', TITLE, 'Chiều 13/3', 'Hội nghị đã tập trung', CAPTION, 'Văn phòng HĐND tỉnh'],
  },
  {
    name: '<portal-attendance-list>',
    width: '40rem',
    markup:
      '<portal-attendance-list heading-level="3">' +
      '<h3>Chủ trì</h3><ul data-role="presiding"><li>Đồng chí <b>Phạm Sỹ Lợi</b>, <span>Phó Bí thư Thường trực Tỉnh uỷ</span>, <span>Chủ tịch HĐND tỉnh</span></li></ul>' +
      '<h3>Tham dự</h3><ul data-role="attending"><li>các thành viên Thường trực HĐND tỉnh</li><li>Lãnh đạo: Sở Nội vụ, Sở Tài chính</li></ul>' +
      '</portal-attendance-list>',
    texts: ['Chủ trì', 'Phạm Sỹ Lợi', 'Phó Bí thư Thường trực Tỉnh uỷ', 'Tham dự', 'Lãnh đạo: Sở Nội vụ, Sở Tài chính'],
  },
];

/** The page: each component in a box of its width, one below the other. */
const body = (rendered: string[]) =>
  rendered.map((html, i) => `<div data-fixture="${i}" style="inline-size: ${FIXTURES[i]!.width}; margin-block-end: 3rem; display: flow-root">${html}</div>`).join('');

/** The elements of fixture `i`: every component in its box, with its light DOM (the content a reader sees). */
const elementsIn = (frame: Frame, i: number): Element[] => {
  const box = frame.doc.querySelector(`[data-fixture="${i}"]`)!;
  return [...box.children].filter((el) => el.localName.startsWith('portal-')).flatMap(contentOf);
};

/**
 * Boxes relative to the fixture's own box, so that one fixture's change does not move the next one's. A component
 * clipped to a pixel (the skip ribbon until a link in it has focus) shows nothing that could move: only its host's box
 * counts.
 */
const measure = (frame: Frame, i: number, elements = elementsIn(frame, i)): Box[] => {
  const box = frame.doc.querySelector(`[data-fixture="${i}"]`)!;
  return boxes(elements, box).map((b, j) => {
    const host = elements[j]!.closest('portal-skip-ribbon');
    const r = host?.getBoundingClientRect();
    return host && host != elements[j] && r!.width <= 1 && r!.height <= 1 ? { ...b, x: 0, y: 0, width: 0, height: 0, name: `${b.name} (clipped away)` } : b;
  });
};

const FRAME_WIDTH = 1024;

describe('Server-rendered from dist/ (@lit-labs/ssr): JavaScript off, then hydrated', function () {
  this.timeout(60000);
  let server: { html: string[]; warnings: string[] };
  let off: Frame;
  let on: Frame;
  /** Per fixture: boxes with JavaScript off, in the frame with scripts before and after hydration. */
  const offBoxes: Box[][] = [];
  const beforeBoxes: Box[][] = [];
  const afterBoxes: Box[][] = [];
  /** Per fixture: the elements before hydration (the same nodes must be there after it). */
  const elementsBefore: Element[][] = [];
  let shadowRoots: (ShadowRoot | null)[];
  /** The shadow roots' elements before hydration. */
  let shadowBefore: Element[];
  let changes: { replaced: string[]; added: string[] };

  before(async () => {
    server = await serverRender('dist', FIXTURES.map((f) => f.markup));
    const html = page(body(server.html), '/dist/themes/default.css');
    off = await openFrame(html, { scripts: false, width: FRAME_WIDTH });
    on = await openFrame(html, { scripts: true, width: FRAME_WIDTH });
    FIXTURES.forEach((_, i) => {
      offBoxes.push(measure(off, i));
      beforeBoxes.push(measure(on, i));
      elementsBefore.push(elementsIn(on, i));
    });
    const hosts = [...on.doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('portal-'));
    shadowRoots = hosts.map((el) => el.shadowRoot);
    shadowBefore = hosts.flatMap(shadowOf);
    const watching = watch(on.win, [on.doc.body, ...shadowRoots.filter((r) => r != null)]);
    await hydrate(on, '/test/ssr/hydrate-dist.ts');
    changes = watching.stop();
    FIXTURES.forEach((_, i) => afterBoxes.push(measure(on, i, elementsBefore[i])));
  });

  after(() => {
    off?.iframe.remove();
    on?.iframe.remove();
  });

  it('the server renders every component with a declarative shadow root, and prints nothing', () => {
    expect(server.warnings, 'printed on the server').to.deep.equal([]);
    server.html.forEach((html, i) => {
      const tags = FIXTURES[i]!.markup.match(/<portal-[a-z-]+/g)!.length;
      expect(html.split(/<template shadowroot(?:mode)?="open"/).length - 1, FIXTURES[i]!.name).to.equal(tags);
    });
  });

  describe('with JavaScript off', () => {
    it('no script runs, and the parser attaches every shadow root', () => {
      expect(off.doc.documentElement.dataset.scripts, 'a script ran in the sandboxed frame').to.equal(undefined);
      expect(on.doc.documentElement.dataset.scripts, 'the frame with scripts ran none').to.equal('on');
      const hosts = [...off.doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('portal-'));
      expect(hosts.length).to.be.greaterThan(FIXTURES.length);
      for (const host of hosts) {
        expect(host.shadowRoot, `<${host.localName}> has no shadow root`).to.not.equal(null);
        expect(off.win.customElements.get(host.localName), 'defined with JavaScript off').to.equal(undefined);
      }
    });

    FIXTURES.forEach((fixture, i) => {
      it(`${fixture.name}: all its text is shown`, () => {
        const box = off.doc.querySelector<HTMLElement>(`[data-fixture="${i}"]`)!;
        const text = box.innerText.replace(/\s+/g, ' ');
        for (const t of fixture.texts) expect(text, 'innerText with JavaScript off').to.include(t);
        // Every text node shown once the components run (in the hydrated frame) is shown without them too.
        const shownOff = textsOf(box).map(isShown);
        const hydratedBox = on.doc.querySelector(`[data-fixture="${i}"]`)!;
        const hidden = textsOf(hydratedBox).flatMap((node, j) => {
          // Text the components wrote (a zoom button's name) has no counterpart without JavaScript.
          const k = textsOf(box).findIndex((n) => n.textContent == node.textContent);
          return isShown(node) && k >= 0 && !shownOff[k] ? [`"${node.textContent!.trim()}" (#${j})`] : [];
        });
        expect(hidden, 'shown after hydration, hidden with JavaScript off').to.deep.equal([]);
      });

      it(`${fixture.name}: every box is where it is after hydration (within 1 px)`, () => {
        expect(offBoxes[i]!.map((b) => b.name), 'the same elements').to.deep.equal(beforeBoxes[i]!.map((b) => b.name));
        expect(moved(offBoxes[i]!, afterBoxes[i]!, 1), 'JavaScript off → hydrated').to.deep.equal([]);
      });
    });
  });

  describe('hydrated', () => {
    it('with no console warning or error, and no uncaught error', () => {
      expect(on.said).to.deep.equal([]);
    });

    it('every component is defined and kept the shadow root the server wrote', () => {
      const hosts = [...on.doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('portal-'));
      hosts.forEach((host, i) => {
        expect(on.win.customElements.get(host.localName), `<${host.localName}> is not defined`).to.not.equal(undefined);
        expect(host.shadowRoot, `<${host.localName}>'s shadow root was replaced`).to.equal(shadowRoots[i]);
      });
    });

    it('renders no content a second time: no node the server wrote removed, no text rewritten, nothing added to a shadow root', () => {
      expect(changes.replaced, 'replaced').to.deep.equal([]);
      // A render without hydration adds a second copy of the shadow root's content (or replaces it). The light DOM gets
      // only what the components write themselves: the zoom button (and its words) and the article's JSON-LD.
      for (const line of changes.added) expect(line, 'added').to.match(/^added (<button>|<script>|"[^"]*") to <(portal-figure|portal-article|button|span)>/);
      FIXTURES.forEach((_, i) => {
        for (const el of elementsBefore[i]!) expect(el.isConnected, `${el.localName} was removed`).to.equal(true);
      });
      for (const el of shadowBefore) expect(el.isConnected, `${el.localName} in a shadow root was removed`).to.equal(true);
    });

    FIXTURES.forEach((fixture, i) => {
      it(`${fixture.name}: no box moves`, () => {
        expect(moved(beforeBoxes[i]!, afterBoxes[i]!, 0.1), 'before → after hydration').to.deep.equal([]);
      });
    });
  });
});

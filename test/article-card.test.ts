import { a11yTree, domHeadingLevel, engine, expectDecorative, expectImages, expectRolesAndNames, itIn, nodesWithRole, resetFocus, rolesAndNames, settled, shadowOnlyText, takeWarnings, until } from './helpers.js';
import { expect, fixture, fixtureCleanup, fixtureSync, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/components/article-card/define.js';
import type { PortalArticleCard } from '../src/components/article-card/article-card.js';
import { FONT_CASES } from './fonts.js';
import { formatterCount } from '../src/internal/date.js';
import { hold, waiting } from './seam.js';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.';
const EXCERPT =
  'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.';
const TITLE_EN = "Third briefing conference of the Provincial People's Council Standing Committee with the district and city Standing Committees, 2016-2021 term.";
const EXCERPT_EN = "On the afternoon of 13 March, in Duy Tiên district, the Standing Committee of the Provincial People's Council held its third briefing conference.";
/** A 900×600 photo stand-in that loads at once. */
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="#557"/></svg>')}`;

type Variant = 'vertical' | 'horizontal' | 'compact' | 'featured';

interface CardOptions {
  lang?: 'vi' | 'en';
  variant?: Variant;
  width?: string;
  href?: string;
  category?: TemplateResult | typeof nothing;
  img?: TemplateResult | typeof nothing;
}

/** The sample article as a card, with its link target on the page so the link is live. */
const card = async ({ lang = 'vi', variant, width = '22rem', href = '#tin-123', category = html`<a href="#tin-hoat-dong">Tin hoạt động</a>`, img }: CardOptions = {}) => {
  const root = await fixture<HTMLElement>(html`
    <div lang=${lang} style="width: ${width}">
      <portal-article-card variant=${variant ?? nothing}>
        <h3><a href=${href}>${lang === 'vi' ? TITLE : TITLE_EN}</a></h3>
        ${category}
        <time datetime="2018-03-13">13/03/2018</time>
        <p>${lang === 'vi' ? EXCERPT : EXCERPT_EN}</p>
        ${img ?? html`<img src=${PHOTO} alt="" width="900" height="600" />`}
      </portal-article-card>
      <div id="tin-123"></div>
      <div id="tin-hoat-dong"></div>
    </div>
  `);
  const el = root.querySelector('portal-article-card')!;
  await el.updateComplete;
  return el;
};

const titleLink = (el: Element) => el.querySelector<HTMLAnchorElement>('h3 a')!;
/**
 * The centre of `el` in the viewport, scrolled into view first: WebDriver's input actions (Firefox, WebKit) refuse a
 * point outside the 800×600 viewport, where Chromium's DevTools input would still click.
 */
const center = (el: Element): [number, number] => {
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
/** Waits for the cards to settle (the warnings' words load on first use), and takes the warnings. */
const warnings = async (): Promise<string[]> => {
  await settled();
  return takeWarnings();
};
/** Waits for exactly one warning, and checks it. */
const oneWarning = async (pattern: RegExp): Promise<void> => {
  const got = await warnings();
  expect(got, `warnings: ${JSON.stringify(got)}`).to.have.length(1);
  expect(got[0]).to.match(pattern);
};
/** The page's whole accessibility tree (only the test's fixture is on the page). */
const tree = () => a11yTree();

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  document.documentElement.lang = 'vi';
  getSelection()?.removeAllRanges();
  window.scrollTo(0, 0);
  await resetMouse();
});

describe('<portal-article-card>', () => {
  it('writes the date of an empty <time datetime> in its first update, with no module to wait for', async () => {
    // Every module loaded on first use held: a card that waited for one would have no date yet.
    hold(/./);
    const el = fixtureSync<PortalArticleCard>(html`<portal-article-card><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="2018-03-13"></time></portal-article-card>`);
    // A task: the first update (a microtask after the card connects) has run, and any module it asked for is waiting.
    await new Promise((r) => setTimeout(r));
    expect(waiting(/./), 'modules asked for').to.equal(0);
    expect(el.querySelector('time')!.outerHTML).to.equal('<time datetime="2018-03-13">13/03/2018</time>');
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const variant of ['vertical', 'horizontal', 'compact', 'featured'] as const) {
        it(`passes axe: ${variant} (${lang}) [wcag axe 1.1.1 1.4.3 4.1.2]`, async () => {
          const el = await card({ lang, variant, width: '40rem' });
          await expect(el.parentElement).to.be.accessible();
        });
      }
    }
  });

  describe('accessibility tree', () => {
    for (const level of [2, 3, 4] as const) {
      it(`exposes one link named by the title, inside a heading at the authored level h${level} [wcag accessibility-tree 1.3.1 2.4.4 4.1.2]`, async () => {
        const heading = { 2: html`<h2><a href="/tin/123">${TITLE}</a></h2>`, 3: html`<h3><a href="/tin/123">${TITLE}</a></h3>`, 4: html`<h4><a href="/tin/123">${TITLE}</a></h4>` }[level];
        // No alt on purpose: the card makes the thumbnail decorative.
        // eslint-disable-next-line lit-a11y/alt-text
        const root = await fixture<HTMLElement>(html`<div><portal-article-card>${heading}<time datetime="2018-03-13"></time><p>${EXCERPT}</p><img src=${PHOTO} /></portal-article-card></div>`);
        await expectRolesAndNames(`portal-article-card > h${level}`, [{ role: 'heading', name: TITLE }]);
        await expectRolesAndNames('portal-article-card a', [{ role: 'link', name: TITLE }]);
        const h = root.querySelector(`h${level}`)!;
        expect(domHeadingLevel(h), 'the authored level, no aria-level over it').to.equal(level);
        expect(h.contains(root.querySelector('a'))).to.equal(true);
        await expectDecorative('portal-article-card img');
      });
    }

    itIn(['chromium'], 'the title heading has the authored level h2, h3, h4 and no image beside its link (Chromium: its accessibility tree has levels)', async () => {
      for (const level of [2, 3, 4] as const) {
        fixtureCleanup();
        const heading = { 2: html`<h2><a href="/tin/123">${TITLE}</a></h2>`, 3: html`<h3><a href="/tin/123">${TITLE}</a></h3>`, 4: html`<h4><a href="/tin/123">${TITLE}</a></h4>` }[level];
        // eslint-disable-next-line lit-a11y/alt-text
        await fixture(html`<div><portal-article-card>${heading}<time datetime="2018-03-13"></time><p>${EXCERPT}</p><img src=${PHOTO} /></portal-article-card></div>`);
        const snapshot = await tree();
        expect(nodesWithRole(snapshot, 'heading').map(({ name, level }) => ({ name, level }))).to.deep.equal([{ name: TITLE, level }]);
        expect(nodesWithRole(snapshot, 'link').map((n) => n.name)).to.deep.equal([TITLE]);
        expect(nodesWithRole(snapshot, 'image'), 'the thumbnail is decorative').to.deep.equal([]);
        expect(nodesWithRole(snapshot, 'img')).to.deep.equal([]);
      }
    });

    it('keeps the category link as a second, separately named link', async () => {
      await card();
      await expectRolesAndNames('portal-article-card a', [
        { role: 'link', name: TITLE },
        { role: 'link', name: 'Tin hoạt động' },
      ]);
    });

    it("keeps the author's alt text, which then names the image", async () => {
      const el = await card({ img: html`<img src=${PHOTO} alt="Toàn cảnh hội nghị" />` });
      expect(el.querySelector('img')!.alt).to.equal('Toàn cảnh hội nghị');
      await expectImages('portal-article-card img', ['Toàn cảnh hội nghị']);
    });
  });

  describe('content in the light DOM', () => {
    it('keeps every reader-facing word in the light DOM, and lays it out in the shadow root', async () => {
      const el = await card();
      expect(shadowOnlyText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="card"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part="body"]')).to.exist;
      expect(el.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${TITLE} Tin hoạt động 13/03/2018 ${EXCERPT}`);
    });
  });

  describe('keyboard', () => {
    it('has one tab stop per card, the title link, plus a category link; Enter follows the title [wcag keyboard 2.1.1 2.4.3]', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <portal-article-card><h3><a href="#tin-1">Tin một</a></h3><p>Một</p><img src=${PHOTO} alt="" /></portal-article-card>
          <portal-article-card><h3><a href="#tin-2">Tin hai</a></h3><a href="#tin-hoat-dong">Tin hoạt động</a><p>Hai</p></portal-article-card>
          <portal-article-card><h3><a href="#tin-3">Tin ba</a></h3><p>Ba</p></portal-article-card>
          <div id="tin-1"></div><div id="tin-2"></div><div id="tin-3"></div><div id="tin-hoat-dong"></div>
        </div>
      `);
      resetFocus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(document.activeElement!.textContent!);
      }
      expect(stops).to.deep.equal(['Tin một', 'Tin hai', 'Tin hoạt động', 'Tin ba']);
      root.querySelector<HTMLElement>('a[href="#tin-1"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(location.hash).to.equal('#tin-1');
    });
  });

  describe('clicking the card', () => {
    /** Counts activations of the title and category links, and keeps the page here. */
    const watch = (el: Element) => {
      const title = sinon.spy();
      const category = sinon.spy();
      titleLink(el).addEventListener('click', title);
      el.querySelector(':scope > a')?.addEventListener('click', category);
      return { title, category };
    };

    for (const [where, pick] of [
      ['the excerpt', (el: Element) => el.querySelector('p')!],
      ['the date', (el: Element) => el.querySelector('time')!],
      ['the thumbnail', (el: Element) => el.querySelector('img')!],
      ['the title link itself', titleLink],
    ] as const) {
      it(`a click on ${where} follows the title link exactly once`, async () => {
        const el = await card();
        const { title, category } = watch(el);
        await sendMouse({ type: 'click', position: center(pick(el)) });
        expect(title.callCount).to.equal(1);
        expect(category.callCount).to.equal(0);
        expect(location.hash).to.equal('#tin-123');
      });
    }

    it('a click on the space between the parts follows the title link once', async () => {
      const el = await card();
      const { title } = watch(el);
      const img = el.querySelector('img')!.getBoundingClientRect();
      const heading = el.querySelector('h3')!.getBoundingClientRect();
      expect(heading.top - img.bottom, 'a gap exists').to.be.greaterThan(2);
      const point: [number, number] = [Math.round(img.left + 10), Math.round((img.bottom + heading.top) / 2)];
      expect(document.elementFromPoint(...point)).to.equal(el);
      await sendMouse({ type: 'click', position: point });
      expect(title.callCount).to.equal(1);
    });

    it('a click on the category link follows only the category link', async () => {
      const el = await card();
      const { title, category } = watch(el);
      await sendMouse({ type: 'click', position: center(el.querySelector(':scope > a')!) });
      expect(title.callCount).to.equal(0);
      expect(category.callCount).to.equal(1);
      expect(location.hash).to.equal('#tin-hoat-dong');
    });

    it('selecting text in the excerpt with the mouse does not navigate', async () => {
      const el = await card();
      const { title } = watch(el);
      const p = el.querySelector('p')!.getBoundingClientRect();
      const y = Math.round(p.top + 8);
      await sendMouse({ type: 'move', position: [Math.round(p.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(p.left + p.width / 2), y] });
      await sendMouse({ type: 'move', position: [Math.round(p.right - 4), y] });
      await sendMouse({ type: 'up' });
      expect(String(getSelection()).length, 'some text is selected').to.be.greaterThan(3);
      expect(title.callCount).to.equal(0);
      expect(location.hash).to.equal('');
    });

    it('a text selection elsewhere on the page does not stop a click on the photo', async () => {
      // Pressing on an image keeps the page's selection: only a selection in the card means the click ended one.
      const el = await card();
      const other = Object.assign(document.createElement('p'), { textContent: 'Văn bản khác trên trang' });
      el.parentElement!.append(other);
      getSelection()!.selectAllChildren(other);
      const { title } = watch(el);
      await sendMouse({ type: 'click', position: center(el.querySelector('img')!) });
      expect(title.callCount).to.equal(1);
      expect(location.hash).to.equal('#tin-123');
    });

    it('leaves a click with a modifier key, or one the page handled, to the browser', async () => {
      const el = await card();
      const { title } = watch(el);
      const p = el.querySelector('p')!;
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }]) {
        p.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
      }
      const handled = (e: Event) => e.preventDefault();
      p.addEventListener('click', handled);
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(title.callCount).to.equal(0);
      p.removeEventListener('click', handled);
      p.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(title.callCount, 'the same plain click does follow the link').to.equal(1);
    });

    it('follows the title link inside a focusable ancestor (a tabpanel with tabindex="0")', async () => {
      // The ARIA tabs pattern gives each tabpanel tabindex="0": only the card's own content may opt a click out.
      const el = await card();
      const panel = Object.assign(document.createElement('div'), { role: 'tabpanel', tabIndex: 0 });
      el.parentElement!.prepend(panel);
      panel.append(el);
      await el.updateComplete;
      const { title } = watch(el);
      await sendMouse({ type: 'click', position: center(el.querySelector('p')!) });
      expect(title.callCount).to.equal(1);
      expect(location.hash).to.equal('#tin-123');
    });

    it('a click on another control inside the card is that control’s own', async () => {
      const el = await card();
      const { title } = watch(el);
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Chia sẻ' });
      el.append(button);
      await sendMouse({ type: 'click', position: center(button) });
      expect(title.callCount).to.equal(0);
    });
  });

  describe('dates', () => {
    it('fills an empty <time datetime> where the author put it, in the light DOM, with the shared formatter', async () => {
      const root = await fixture<HTMLElement>(html`
        <div><portal-article-card><h3><a href="/tin/123">${TITLE}</a></h3><p>${EXCERPT}</p><time datetime="2018-03-13"></time></portal-article-card></div>
      `);
      const el = root.querySelector('portal-article-card')!;
      expect([...el.children].map((c) => c.localName), 'where the author put it').to.deep.equal(['h3', 'p', 'time']);
      expect(el.querySelector('time')!.outerHTML).to.equal('<time datetime="2018-03-13">13/03/2018</time>');
      expect(shadowOnlyText(el)).to.equal('');
    });

    it('writes no date out of nothing: datetime on the card is not a date, and a <time> without datetime is left alone', async () => {
      const el = await fixture<PortalArticleCard>(html`
        <portal-article-card datetime="2018-03-13"><h3><a href="/tin/123">${TITLE}</a></h3><time></time></portal-article-card>
      `);
      expect(el.querySelectorAll('time')).to.have.length(1);
      expect(el.querySelector('time')!.outerHTML).to.equal('<time></time>');
      // Not in silence: the card says what to write instead (test/ignored.test.ts has every such attribute).
      expect(await warnings()).to.deep.equal(['<portal-article-card datetime="2018-03-13">: datetime does nothing here. Fix: write the date inside the card: <time datetime="2018-03-13">13/03/2018</time>']);
    });

    it('fills an empty <time datetime>, in the pattern date-format names, and follows the page language', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <portal-article-card date-format="long"><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="2018-03-13"></time></portal-article-card>
        </div>
      `);
      const el = root.querySelector('portal-article-card')!;
      const time = el.querySelector('time')!;
      expect(time.textContent).to.equal('ngày 13 tháng 3 năm 2018');
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(time.textContent).to.equal('13 March 2018');
    });

    it("keeps the author's own date text, whatever the language", async () => {
      const root = await fixture<HTMLElement>(html`
        <div><portal-article-card date-format="long"><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="2018-03-13">Thứ Ba, 13/3/2018</time></portal-article-card></div>
      `);
      const el = root.querySelector('portal-article-card')!;
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.querySelector('time')!.textContent).to.equal('Thứ Ba, 13/3/2018');
    });

    it('creates no date formatter per card: 30 cards share the one cached formatter', async () => {
      const value = '2018-03-13T08:30:00+07:00';
      // The first value with an offset creates the page's one formatter for its time zone.
      await fixture(html`<portal-article-card date-format="numeric-time"><h3><a href="/tin/1">Tin</a></h3><time datetime=${value}></time></portal-article-card>`);
      const before = formatterCount();
      const Real = Intl.DateTimeFormat;
      let constructed = 0;
      Intl.DateTimeFormat = new Proxy(Real, {
        construct: (target, args: [string?, Intl.DateTimeFormatOptions?]) => (constructed++, new target(...args)),
        apply: (target, _this, args: [string?, Intl.DateTimeFormatOptions?]) => (constructed++, target(...args)),
      });
      const toLocale = sinon.spy(Date.prototype, 'toLocaleDateString');
      try {
        const root = await fixture<HTMLElement>(html`
          <div>
            ${Array.from({ length: 30 }, (_, i) => html`<portal-article-card date-format="numeric-time"><h3><a href=${`/tin/${i}`}>Tin ${i}</a></h3><time datetime=${value}></time></portal-article-card>`)}
          </div>
        `);
        expect(root.querySelectorAll('time')).to.have.length(30);
        expect(root.querySelector('time')!.textContent).to.equal('08:30 13/03/2018');
      } finally {
        Intl.DateTimeFormat = Real;
        toLocale.restore();
      }
      expect(constructed, 'new Intl.DateTimeFormat() calls').to.equal(0);
      expect(toLocale.called).to.equal(false);
      expect(formatterCount()).to.equal(before);
    });
  });

  describe('thumbnail', () => {
    it('is decorative and lazy by default, in the media slot', async () => {
      // No alt and no loading on purpose: the card's defaults.
      // eslint-disable-next-line lit-a11y/alt-text
      const el = await fixture<PortalArticleCard>(html`<portal-article-card><h3><a href="/tin/1">Tin</a></h3><img src=${PHOTO} /></portal-article-card>`);
      const img = el.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.slot).to.equal('media');
    });

    it('really defers a photo whose src is set later, until the card nears the viewport', async () => {
      const root = await fixture<HTMLElement>(html`
        <div><div style="height: 6000px"></div><portal-article-card><h3><a href="/tin/1">Tin</a></h3><img alt="" /></portal-article-card></div>
      `);
      const img = root.querySelector('img')!;
      expect(img.loading).to.equal('lazy');
      const url = `/src/themes/default.css?lazy=${Math.random()}`; // any served file: only the request is watched
      const requested = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url));
      img.src = url;
      // A lazy control image in view, set at the same time: once it has loaded, the browser has decided on both.
      const control = Object.assign(document.createElement('img'), { loading: 'lazy', alt: '', width: 9, height: 6, src: `${url}-control` });
      root.before(control);
      await new Promise((r) => (control.onload = control.onerror = r));
      await nextFrame();
      await nextFrame();
      control.remove();
      expect(requested(), 'not requested while far below the viewport').to.equal(false);
      const settled = new Promise((r) => (img.onerror = img.onload = r));
      img.scrollIntoView();
      await settled;
      expect(requested(), 'requested once scrolled to').to.equal(true);
      window.scrollTo(0, 0);
    });

    it("keeps the author's alt and loading", async () => {
      const el = await fixture<PortalArticleCard>(html`<portal-article-card><h3><a href="/tin/1">Tin</a></h3><img src=${PHOTO} alt="Toàn cảnh" loading="eager" /></portal-article-card>`);
      const img = el.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Toàn cảnh');
      expect(img.getAttribute('loading')).to.equal('eager');
    });

    it('reserves its box: nothing moves when it loads, even without width and height attributes', async () => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      try {
        const el = await card({ img: html`<img alt="" loading="eager" />` });
        const img = el.querySelector('img')!;
        const p = el.querySelector('p')!;
        await nextFrame();
        await nextFrame();
        const before = p.getBoundingClientRect().top;
        const reserved = img.getBoundingClientRect();
        expect(reserved.height / reserved.width).to.be.closeTo(2 / 3, 0.01);
        const loaded = new Promise((r) => (img.onload = r));
        img.src = PHOTO;
        await loaded;
        await nextFrame();
        await nextFrame();
        expect(p.getBoundingClientRect().top).to.equal(before);
        observer.takeRecords().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value));
        expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      } finally {
        observer.disconnect();
      }
    });
  });

  describe("variants follow the card's container, never the viewport", () => {
    const box = (el: Element) => el.getBoundingClientRect();

    it('vertical (the default): the thumbnail above the text', async () => {
      const el = await card({ width: '40rem' });
      expect(box(el.querySelector('img')!).bottom).to.be.at.most(box(el.querySelector('h3')!).top);
    });

    it('horizontal: the thumbnail beside the text in a wide card, above it in a narrow one, at the same viewport', async () => {
      const wide = await card({ variant: 'horizontal', width: '40rem' });
      const img = box(wide.querySelector('img')!);
      const heading = box(wide.querySelector('h3')!);
      expect(img.right).to.be.at.most(heading.left);
      expect(Math.abs(img.top - heading.top)).to.be.lessThan(2);
      expect(img.height / img.width).to.be.closeTo(2 / 3, 0.01);
      const narrow = await card({ variant: 'horizontal', width: '20rem' });
      expect(box(narrow.querySelector('img')!).bottom).to.be.at.most(box(narrow.querySelector('h3')!).top);
    });

    it('compact: no thumbnail or excerpt, the title and date stay', async () => {
      const el = await card({ variant: 'compact' });
      expect(getComputedStyle(el.querySelector('img')!).display).to.equal('none');
      expect(getComputedStyle(el.querySelector('p')!).display).to.equal('none');
      expect(box(el.querySelector('h3')!).height).to.be.greaterThan(0);
      expect(box(el.querySelector('time')!).height).to.be.greaterThan(0);
    });

    it('keeps its width in a parent that sizes to its content (a flex row without widths)', async () => {
      // A size container (container-type) would be 0px wide here, a letter per line.
      const root = await fixture<HTMLElement>(html`
        <div style="display: flex; gap: 1rem; width: 50rem">
          <portal-article-card variant="horizontal"><h3><a href="/tin/1">${TITLE}</a></h3><p>${EXCERPT}</p></portal-article-card>
          <portal-article-card><h3><a href="/tin/2">Tin ngắn</a></h3></portal-article-card>
        </div>
      `);
      const [long, short] = [...root.querySelectorAll('portal-article-card')];
      expect(long!.getBoundingClientRect().width).to.be.greaterThan(300);
      // Squeezed by its long neighbour, the short card still keeps whole words: two lines at most.
      const heading = short!.querySelector('h3')!;
      expect(heading.getBoundingClientRect().height).to.be.at.most(2 * parseFloat(getComputedStyle(heading).lineHeight) + 1);
    });

    it('featured: a larger title', async () => {
      const normal = parseFloat(getComputedStyle((await card()).querySelector('h3')!).fontSize);
      const featured = parseFloat(getComputedStyle((await card({ variant: 'featured' })).querySelector('h3')!).fontSize);
      expect(featured).to.be.greaterThan(normal * 1.4);
    });
  });

  describe('long Vietnamese titles', () => {
    const LONG = 'Ủy ban Nhân dân tỉnh Hà Nam, Hội đồng Nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức Hội nghị tổng kết, khen thưởng những tập thể, cá nhân tiêu biểu xuất sắc trong phong trào thi đua yêu nước giai đoạn 2016-2020, lễ kỷ niệm ngày truyền thống ngành Kiểm sát nhân dân.';

    // No theme: the card's own fallback line height (1.5, as README promises), in each pinned font and the machine's fallback.
    for (const font of FONT_CASES) {
      it(`wraps in a narrow card, with room for stacked diacritics and nothing clipped (${font.name})`, async () => {
        const root = await fixture<HTMLElement>(html`
          <div style=${`width: 12rem; font-family: ${font.css}`}><portal-article-card><h3><a href="/tin/1">${LONG}</a></h3><p>${EXCERPT}</p></portal-article-card></div>
        `);
        const el = root.querySelector('portal-article-card')!;
        const heading = el.querySelector('h3')!;
        const style = getComputedStyle(heading);
        const fontSize = parseFloat(style.fontSize);
        const lineHeight = parseFloat(style.lineHeight);
        expect(lineHeight / fontSize).to.be.at.least(1.5);
        expect(heading.getBoundingClientRect().height / lineHeight, 'many lines').to.be.greaterThan(5);
        expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
        expect(heading.scrollHeight).to.be.at.most(heading.clientHeight);
        expect(heading.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
        expect(style.webkitLineClamp).to.equal('none');
        // Nothing between the heading and the page clips it.
        for (let node: Element | null = heading; node && node !== root; node = (node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot).host) as Element) {
          expect(getComputedStyle(node).overflow, node.localName).to.equal('visible');
        }
        // The tallest stacked letters (Ẫ over ỵ) fit in one line box, so lines never overlap them.
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const ink = ctx.measureText('ẪỆỶ').actualBoundingBoxAscent + ctx.measureText('ỵgỹ').actualBoundingBoxDescent;
        expect(ink, `${font.name}: ink of ẪỆỶ over ỵgỹ in ${style.fontWeight} ${style.fontSize}/${style.lineHeight}`).to.be.at.most(lineHeight);
      });
    }
  });

  describe('bad input', () => {
    const NO_LINK = /^<portal-article-card>: the title is not a link with text in an <h2>–<h6> heading\. Fix: write the title as <h3><a href="\/tin\/123">title<\/a><\/h3>$/;

    it('a title without a link: warns, keeps all the content, and a click goes nowhere', async () => {
      const root = await fixture<HTMLElement>(html`
        <div><portal-article-card><h3>${TITLE}</h3><time datetime="2018-03-13"></time><p>${EXCERPT}</p><img src=${PHOTO} alt="" /></portal-article-card></div>
      `);
      await oneWarning(NO_LINK);
      const el = root.querySelector('portal-article-card')!;
      expect(el.querySelector('h3')!.textContent).to.equal(TITLE);
      expect(el.querySelector('time')!.textContent).to.equal('13/03/2018');
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await sendMouse({ type: 'click', position: center(el.querySelector('p')!) });
      expect(location.hash).to.equal('');
    });

    it('a title in an <h1> (the page has one, its own headline): the same warning names h2–h6', async () => {
      await fixture(html`<portal-article-card><h1><a href="/tin/123">${TITLE}</a></h1><p>${EXCERPT}</p></portal-article-card>`);
      await oneWarning(NO_LINK);
    });

    it('no heading at all: the same warning', async () => {
      await fixture(html`<portal-article-card><a href="/tin/123">${TITLE}</a><p>${EXCERPT}</p></portal-article-card>`);
      await oneWarning(NO_LINK);
    });

    it('an empty title: warns', async () => {
      await fixture(html`<portal-article-card><h3><a href="/tin/123"> </a></h3><p>${EXCERPT}</p></portal-article-card>`);
      await oneWarning(NO_LINK);
    });

    it('a javascript: title link: no live link is rendered, the text stays, and a click runs nothing', async () => {
      const script = 'javascript:window.__ran = true'; // bad input on purpose
      const root = await fixture<HTMLElement>(html`
        <div>
          <portal-article-card>
            <h3><a href=${script}>${TITLE}</a></h3>
            <p>${EXCERPT}</p>
          </portal-article-card>
        </div>
      `);
      const [unsafe, noLink, ...rest] = await warnings();
      expect(rest).to.deep.equal([]);
      expect(unsafe).to.equal(
        '<portal-article-card> <a href="javascript:window.__ran = true">: href uses a javascript: URL, which is refused as unsafe. Fix: use an http(s), relative or #fragment URL (or mailto:/tel:)',
      );
      expect(noLink).to.match(NO_LINK);
      const el = root.querySelector('portal-article-card')!;
      const a = el.querySelector('a')!;
      expect(a.hasAttribute('href')).to.equal(false);
      expect(a.textContent).to.equal(TITLE);
      const [unsafeTitle] = await rolesAndNames('portal-article-card a', [{ role: 'link' }]);
      expect(unsafeTitle!.role, `no link in ${engine}`).to.not.equal('link');
      await sendMouse({ type: 'click', position: center(el.querySelector('p')!) });
      await sendMouse({ type: 'click', position: center(a) });
      expect((window as { __ran?: boolean }).__ran).to.equal(undefined);
    });

    it('content added after the first render is checked: a photo goes to media, an unsafe link loses its href; the same children again check nothing', async () => {
      const el = await card({ img: nothing });
      expect(await warnings()).to.deep.equal([]);
      const img = Object.assign(document.createElement('img'), { src: PHOTO, width: 900, height: 600 });
      const a = document.createElement('a');
      a.href = 'javascript:void 0'; // bad input on purpose
      a.textContent = 'Xem thêm';
      el.append(img, a);
      // The shadow root's slotchange comes after this task: wait for what it does, not for a time.
      await until(() => img.assignedSlot?.name == 'media' && !a.hasAttribute('href'));
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(await warnings()).to.deep.equal([
        '<portal-article-card> <a href="javascript:void 0">: href uses a javascript: URL, which is refused as unsafe. Fix: use an http(s), relative or #fragment URL (or mailto:/tel:)',
      ]);
      // A slotchange that leaves the children as they were checks nothing; one more child is checked again.
      const check = sinon.spy(el, 'querySelectorAll');
      el.shadowRoot!.querySelector('slot:not([name])')!.dispatchEvent(new Event('slotchange', { bubbles: true }));
      await settled();
      expect(check.callCount, 'the same children: nothing checked').to.equal(0);
      el.append(document.createElement('p'));
      await until(() => check.callCount > 0);
      check.restore();
    });

    it('an unknown variant: warns, naming it, and lays the card out as vertical', async () => {
      const el = await card({ variant: 'horizonal' as Variant, width: '40rem' }); // misspelt on purpose
      await oneWarning(/^<portal-article-card variant="horizonal">: unknown variant, so the card is shown as vertical\. Fix: use vertical, horizontal, compact or featured$/);
      expect(el.querySelector('img')!.getBoundingClientRect().bottom).to.be.at.most(el.querySelector('h3')!.getBoundingClientRect().top);
      for (const variant of ['vertical', 'horizontal', 'compact', 'featured']) {
        el.setAttribute('variant', variant);
        await el.updateComplete;
      }
      expect(await warnings(), 'no warning for a known variant').to.deep.equal([]);
    });

    it("an invalid datetime: warns and keeps the author's text", async () => {
      const root = await fixture<HTMLElement>(html`
        <div><portal-article-card><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="13/03/2018">13/03/2018</time></portal-article-card></div>
      `);
      await oneWarning(/^<portal-article-card> <time datetime="13\/03\/2018">: datetime is not an ISO 8601 date\. Fix: write datetime="2018-03-13"$/);
      expect(root.querySelector('time')!.textContent).to.equal('13/03/2018');
    });

    // Found by test/property/article-card.test.ts (issue 14): the card's update threw a RangeError instead.
    it('a datetime with an offset beyond a day: warns like any invalid date, and the update completes', async () => {
      const el = await fixture<PortalArticleCard>(html`<portal-article-card><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="2018-03-13T15:30+25:00"></time></portal-article-card>`);
      await el.updateComplete;
      await oneWarning(/^<portal-article-card> <time datetime="2018-03-13T15:30\+25:00">: datetime is not an ISO 8601 date\./);
      expect(el.querySelector('time')!.textContent).to.equal('');
    });

    it('an unknown date-format: warns, and writes the date as numeric', async () => {
      const el = await fixture<PortalArticleCard>(html`<portal-article-card date-format="short"><h3><a href="/tin/123">${TITLE}</a></h3><time datetime="2018-03-13"></time></portal-article-card>`);
      await oneWarning(/^<portal-article-card date-format="short">: unknown date-format, so the date is written as numeric\. Fix: use numeric, numeric-time or long$/);
      expect(el.querySelector('time')!.textContent).to.equal('13/03/2018');
      el.dateFormat = 'long';
      await el.updateComplete;
      expect(el.querySelector('time')!.textContent).to.equal('ngày 13 tháng 3 năm 2018');
      expect(await warnings(), 'no warning for a known date-format').to.deep.equal([]);
    });
  });
});

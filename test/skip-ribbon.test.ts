import { emulateMediaFeatures, engine, expectOneWarning, expectRolesAndNames, itIn, loadTheme, resetFocus, shadowOnlyText, takeWarnings } from './helpers.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/skip-ribbon/define.js';
import type { PortalSkipRibbon } from '../src/components/skip-ribbon/skip-ribbon.js';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.';

/** A page like the sample: ribbon, header and nav, then main with a link inside. */
const page = (lang = 'vi', ribbon = html`<portal-skip-ribbon><a href="#noi-dung">Bỏ qua để đến nội dung chính</a></portal-skip-ribbon>`) =>
  fixture<HTMLElement>(html`
    <div lang=${lang}>
      ${ribbon}
      <header><p>Hội đồng nhân dân tỉnh Hà Nam</p></header>
      <nav id="dieu-huong" aria-label="Chính"><a href="#tin">Tin hoạt động</a></nav>
      <main id="noi-dung">
        <h1>${TITLE}</h1>
        <p>Chiều 13/3, tại huyện Duy Tiên, <a id="first-in-main" href="#tin">Thường trực HĐND tỉnh</a> tổ chức Hội nghị.</p>
        <div style="height: 3000px"></div>
      </main>
    </div>
  `);

const ribbonOf = (el: Element) => el.querySelector('portal-skip-ribbon') as PortalSkipRibbon;

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
  document.documentElement.lang = 'vi';
  window.scrollTo(0, 0);
});

describe('<portal-skip-ribbon>', () => {
  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en']) {
      it(`passes axe while hidden (${lang})`, async () => {
        const el = await page(lang);
        await expect(el).to.be.accessible();
      });

      it(`passes axe while a link has focus (${lang}) [wcag axe 1.4.3 4.1.2]`, async () => {
        const el = await page(lang, html`<portal-skip-ribbon></portal-skip-ribbon>`);
        resetFocus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.closest('portal-skip-ribbon')).to.equal(ribbonOf(el));
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('visibility', () => {
    it('is visually hidden, not display:none, until a link has focus', async () => {
      const el = await page();
      const ribbon = ribbonOf(el);
      const style = getComputedStyle(ribbon);
      expect(style.display).to.not.equal('none');
      expect(style.clipPath).to.equal('inset(50%)');
      expect(ribbon.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('shows fully inside the viewport on the first Tab, without scrolling, at 44×44 px or more [wcag visual 2.4.11 2.5.8]', async () => {
      const el = await page();
      window.scrollTo(0, 1500);
      const scrolled = window.scrollY;
      expect(scrolled).to.be.greaterThan(0);
      resetFocus();
      await sendKeys({ press: 'Tab' });
      const link = el.querySelector('portal-skip-ribbon a')!;
      expect(document.activeElement).to.equal(link);
      await nextFrame();
      expect(window.scrollY, 'focusing the ribbon must not scroll').to.equal(scrolled);
      expect(getComputedStyle(ribbonOf(el)).clipPath).to.equal('none');
      const box = link.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.left).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(box.right).to.be.at.most(window.innerWidth);
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      // Nothing covers it: the point at its centre is the link itself.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(link);
      const focusStyle = getComputedStyle(link);
      expect(focusStyle.outlineStyle).to.equal('solid');
      expect(parseFloat(focusStyle.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('forced colors (Windows High Contrast)', () => {
    afterEach(async () => {
      if (engine === 'chromium') await emulateMediaFeatures([]);
    });

    itIn(['chromium'], 'keeps the focus ring and the ribbon rule visible, in system colours (Chromium: forced-colours emulation) [wcag visual 2.4.7]', async () => {
      const el = await page();
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      resetFocus();
      await sendKeys({ press: 'Tab' });
      const link = el.querySelector('portal-skip-ribbon a')!;
      const ring = getComputedStyle(link);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(ring.outlineColor).to.not.equal(ring.backgroundColor);
      const bar = getComputedStyle(ribbonOf(el).shadowRoot!.querySelector('[part="ribbon"]')!);
      expect(bar.borderBottomStyle).to.equal('solid');
      expect(parseFloat(bar.borderBottomWidth)).to.be.at.least(2);
      expect(bar.borderBottomColor).to.not.equal(bar.backgroundColor);
    });
  });

  describe('keyboard', () => {
    it('Enter moves focus to the target, the next Tab reaches the first focusable inside it [wcag keyboard 2.1.1 2.4.1 2.4.3]', async () => {
      const el = await page();
      const main = el.querySelector('main')!;
      const skip = sinon.spy();
      el.addEventListener('portal-skip', skip);
      resetFocus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(main);
      expect(location.hash).to.equal('#noi-dung');
      expect(main.getAttribute('tabindex')).to.equal('-1');
      expect(skip).to.have.been.calledOnce;
      expect((skip.firstCall.args[0] as CustomEvent).detail.target).to.equal(main);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('#first-in-main'));
      expect(main.hasAttribute('tabindex'), 'the added tabindex is removed on blur').to.equal(false);
      expect(main.hasAttribute('data-portal-skip-target')).to.equal(false);
    });

    it("leaves an author's own tabindex untouched", async () => {
      const el = await page();
      const main = el.querySelector('main')!;
      main.setAttribute('tabindex', '-1');
      resetFocus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(main);
      await sendKeys({ press: 'Tab' });
      expect(main.getAttribute('tabindex')).to.equal('-1');
    });

    it('using the link twice leaves no tabindex behind', async () => {
      const el = await page();
      const main = el.querySelector('main')!;
      const link = el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!;
      link.click();
      link.click();
      expect(document.activeElement).to.equal(main);
      (el.querySelector('#first-in-main') as HTMLElement).focus();
      expect(main.hasAttribute('tabindex')).to.equal(false);
    });

    for (const [href, id] of [
      ['#nội-dung', 'nội-dung'],
      ['#n%E1%BB%99i-dung', 'nội-dung'],
      // An id written percent-encoded, as some CMSs write them: the browser matches it as written first (HTML's
      // "find a potential indicated element"), and so does the ribbon.
      ['#n%E1%BB%99i-dung', 'n%E1%BB%99i-dung'],
    ]) {
      it(`moves focus to a Vietnamese id: href="${href}", id="${id}"`, async () => {
        const el = await fixture<HTMLElement>(html`<div><portal-skip-ribbon><a href=${href}>Bỏ qua để đến nội dung chính</a></portal-skip-ribbon><main id=${id}><p>Nội dung</p></main></div>`);
        expect(takeWarnings(), 'the target exists').to.deep.equal([]);
        el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!.click();
        expect(document.activeElement).to.equal(el.querySelector('main'));
      });
    }

    it('keeps several links in authored order and activates each', async () => {
      const el = await page(
        'vi',
        html`<portal-skip-ribbon>
          <a href="#noi-dung">Đến nội dung chính</a>
          <a href="#dieu-huong">Đến điều hướng</a>
        </portal-skip-ribbon>`,
      );
      resetFocus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Đến nội dung chính');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Đến điều hướng');
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(el.querySelector('nav'));
    });
  });

  describe('accessibility tree', () => {
    it('exposes each link with its role and name, in order [wcag accessibility-tree 4.1.2]', async () => {
      await page(
        'vi',
        html`<portal-skip-ribbon>
          <a href="#noi-dung">Đến nội dung chính</a>
          <a href="#dieu-huong">Đến điều hướng</a>
        </portal-skip-ribbon>`,
      );
      await expectRolesAndNames('portal-skip-ribbon a', [
        { role: 'link', name: 'Đến nội dung chính' },
        { role: 'link', name: 'Đến điều hướng' },
      ]);
    });

    for (const [lang, name] of [
      ['vi', 'Bỏ qua để đến nội dung chính'],
      ['en', 'Skip to main content'],
    ] as const) {
      it(`an empty ribbon generates a light-DOM link to <main>, named in the page language (${lang})`, async () => {
        document.documentElement.lang = lang;
        const el = await fixture<HTMLElement>(html`<div><portal-skip-ribbon></portal-skip-ribbon><main><p>Nội dung</p></main></div>`);
        const link = el.querySelector('portal-skip-ribbon > a')!;
        expect(link.textContent).to.equal(name);
        expect(link.getAttribute('href')).to.equal('#portal-main');
        expect(el.querySelector('main')!.id).to.equal('portal-main');
        await expectRolesAndNames('portal-skip-ribbon > a', [{ role: 'link', name }]);
      });
    }

    it('renames the generated link when the page language changes', async () => {
      const el = await page('vi', html`<portal-skip-ribbon></portal-skip-ribbon>`);
      el.removeAttribute('lang');
      const link = el.querySelector('portal-skip-ribbon > a')!;
      expect(link.textContent).to.equal('Bỏ qua để đến nội dung chính');
      expect(link.getAttribute('href')).to.equal('#noi-dung');
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await ribbonOf(el).updateComplete;
      expect(link.textContent).to.equal('Skip to main content');
    });
  });

  describe('content in the light DOM', () => {
    it('keeps every reader-facing word in the light DOM', async () => {
      const el = await page('vi', html`<portal-skip-ribbon></portal-skip-ribbon>`);
      const ribbon = ribbonOf(el);
      expect(shadowOnlyText(ribbon)).to.equal('');
      expect(ribbon.textContent?.trim()).to.equal('Bỏ qua để đến nội dung chính');
      expect(ribbon.shadowRoot!.querySelector('[part="ribbon"]')).to.exist;
    });
  });

  describe('bad input', () => {
    it('warns about a link whose target does not exist, and leaves it as it is', async () => {
      const el = await page('vi', html`<portal-skip-ribbon><a href="#khong-co">Đến phần không có</a></portal-skip-ribbon>`);
      expectOneWarning(
        /^<portal-skip-ribbon> <a href="#khong-co">: no element has id="khong-co", so the link leads nowhere\. Fix: give the target id="khong-co", or correct href$/,
      );
      const link = el.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('#khong-co');
      const before = document.activeElement;
      link.click();
      expect(document.activeElement).to.equal(before === link ? link : document.activeElement);
      expect(el.querySelector('[tabindex]')).to.equal(null);
      expect(takeWarnings(), 'the same warning is not repeated').to.deep.equal([]);
    });

    it('a malformed escape in the fragment is reported, never thrown', async () => {
      const el = await page('vi', html`<portal-skip-ribbon><a href="#%E0%A4">Hỏng</a></portal-skip-ribbon>`);
      expectOneWarning(/<a href="#%E0%A4">: no element has id="%E0%A4"/);
      // What the browser itself makes of the fragment (Chromium keeps it, Firefox drops it), from a plain link.
      const plain = Object.assign(document.createElement('a'), { href: '#%E0%A4' });
      document.body.append(plain);
      const clean = `${location.pathname}${location.search}`;
      history.replaceState(null, '', clean);
      plain.click();
      const browsers = location.hash;
      plain.remove();
      history.replaceState(null, '', clean);
      let prevented: boolean | undefined;
      document.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
      el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!.click();
      expect(prevented, 'the click is left to the browser').to.equal(false);
      expect(location.hash).to.equal(browsers);
    });

    it('leaves a click with a modifier key to the browser (open in a new tab)', async () => {
      const el = await page();
      const skip = sinon.spy();
      el.addEventListener('portal-skip', skip);
      const stop = (e: Event) => e.preventDefault(); // after the ribbon has seen it: keep the test page here
      window.addEventListener('click', stop);
      try {
        for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
          el.querySelector('portal-skip-ribbon a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
        }
      } finally {
        window.removeEventListener('click', stop);
      }
      expect(skip).to.not.have.been.called;
      expect(el.querySelector('main')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('a target that cannot take focus (hidden) fires nothing and keeps no tabindex', async () => {
      const el = await page('vi', html`<portal-skip-ribbon><a href="#an">Ẩn</a></portal-skip-ribbon>`);
      const hidden = Object.assign(document.createElement('section'), { id: 'an', hidden: true });
      el.append(hidden);
      const skip = sinon.spy();
      el.addEventListener('portal-skip', skip);
      takeWarnings(); // the target did not exist when the ribbon first checked
      el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!.click();
      expect(skip).to.not.have.been.called;
      expect(hidden.hasAttribute('tabindex')).to.equal(false);
      expect(hidden.hasAttribute('data-portal-skip-target')).to.equal(false);
    });

    it('leaves an off-page link alone', async () => {
      const el = await page(
        'vi',
        html`<portal-skip-ribbon><a href="#noi-dung">Nội dung</a><a href="/trang-khac.html#noi-dung">Trang khác</a></portal-skip-ribbon>`,
      );
      const off = el.querySelectorAll('a')[1]!;
      const skip = sinon.spy();
      el.addEventListener('portal-skip', skip);
      off.addEventListener('click', (e) => e.preventDefault());
      off.click();
      expect(skip).to.not.have.been.called;
      expect(el.querySelector('main')!.hasAttribute('tabindex')).to.equal(false);
      expect(document.activeElement).to.not.equal(el.querySelector('main'));
    });

    it('refuses a javascript: link: the text stays, the live link goes', async () => {
      const el = await page(
        'vi',
        // Bad input on purpose.
        // eslint-disable-next-line lit-a11y/anchor-is-valid
        html`<portal-skip-ribbon><a href="#noi-dung">Nội dung</a><a href="javascript:alert(1)">Độc hại</a></portal-skip-ribbon>`,
      );
      expectOneWarning(/^<portal-skip-ribbon> <a href="javascript:alert\(1\)">: href uses a javascript: URL, which is refused as unsafe\. Fix: /);
      const bad = el.querySelectorAll('portal-skip-ribbon a')[1]!;
      expect(bad.hasAttribute('href')).to.equal(false);
      expect(bad.textContent).to.equal('Độc hại');
    });

    // Found by test/property/skip-ribbon.test.ts (issue 14): an SVG <a> threw from fragmentOf() on connect and on
    // click, and its xlink:href stayed a live javascript: link.
    it('an SVG link: checked like any other, its xlink:href too, and never throws', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        /* eslint-disable lit-a11y/anchor-is-valid -- bad input on purpose */
        const el = await page(
          'vi',
          html`<portal-skip-ribbon
            ><svg width="80" height="20"><a href="#noi-dung"><text y="15">Nội dung</text></a></svg
            ><svg width="80" height="20"><a xlink:href="javascript:alert(1)"><text y="15">Độc hại</text></a></svg
          ></portal-skip-ribbon>`,
        );
        /* eslint-enable lit-a11y/anchor-is-valid */
        const ribbon = ribbonOf(el);
        await ribbon.updateComplete;
        expectOneWarning(/^<portal-skip-ribbon> <a xlink:href="javascript:alert\(1\)">: xlink:href uses a javascript: URL, which is refused as unsafe\. Fix: /);
        const [safe, bad] = ribbon.querySelectorAll('a');
        expect(bad!.hasAttribute('xlink:href')).to.equal(false);
        expect(bad!.textContent).to.equal('Độc hại');
        safe!.querySelector('text')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    // Found by test/property/skip-ribbon.test.ts (issue 14): emptied before its first render, no slotchange came.
    it('emptied before its first render: still fills itself, or warns', async () => {
      const el = await fixture<HTMLElement>(html`<div><p>Không có main</p></div>`);
      const ribbon = document.createElement('portal-skip-ribbon') as PortalSkipRibbon;
      ribbon.innerHTML = '<a>Chưa có</a>';
      el.append(ribbon);
      ribbon.replaceChildren();
      await ribbon.updateComplete;
      expectOneWarning(/^<portal-skip-ribbon>: the ribbon is empty and the page has no <main>\./);
    });

    it('warns when the ribbon is empty and there is no <main>', async () => {
      const el = await fixture<HTMLElement>(html`<div><portal-skip-ribbon></portal-skip-ribbon><p>Không có main</p></div>`);
      expectOneWarning(/^<portal-skip-ribbon>: the ribbon is empty and the page has no <main>\. Fix: add <main>, or write <a href="#id"> links in the ribbon$/);
      expect(el.querySelector('portal-skip-ribbon a')).to.equal(null);
    });

    it('with the theme, a token sets the focused target\'s outline (none by default)', async () => {
      await loadTheme();
      const el = await page();
      const main = el.querySelector('main')!;
      el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!.click();
      expect(getComputedStyle(main).outlineStyle).to.equal('none');
      (document.activeElement as HTMLElement).blur();
      el.style.setProperty('--portal-skip-ribbon-target-outline', '3px solid rgb(0, 0, 255)');
      el.querySelector<HTMLAnchorElement>('portal-skip-ribbon a')!.click();
      expect(getComputedStyle(main).outlineColor).to.equal('rgb(0, 0, 255)');
    });
  });

  it('checks its links only once the page is parsed', async () => {
    const el = await page();
    const ribbon = ribbonOf(el);
    ribbon.remove();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const late = document.createElement('portal-skip-ribbon');
      late.innerHTML = '<a href="#chua-co">Chưa có</a>';
      el.prepend(late);
      await (late as PortalSkipRibbon).updateComplete;
      expect(takeWarnings()).to.deep.equal([]);
      const target = document.createElement('section');
      target.id = 'chua-co';
      el.append(target);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(takeWarnings()).to.deep.equal([]);
  });
});

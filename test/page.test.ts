/**
 * The demo page (index.html, `npm start`): the sample article page, complete.
 *
 * The test loads index.html into this document as a browser would show it (its
 * theme links, its page CSS, its body), then registers the tags and mounts the
 * switchers (demo/main.ts does the same on the real page), and checks the page
 * as a whole: axe in every theme and both languages, one of each landmark, the
 * heading outline, the Tab order from the top, the JSON-LD and the switchers.
 * The page without JavaScript is test/page.nojs.test.ts.
 *
 * Assertions are on strings and counts, never DOM nodes (a failing assertion on a node hangs the runner).
 */
import { expectAllWithRole, expectRolesAndNames, HEADINGS, itIn, LANDMARKS, nameFromText, printWays, resetFocus, until } from './helpers.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import '../src/all.js';
import { mountSwitchers, setLanguage, setTheme, THEMES } from '../demo/switchers.js';
import { PAGE_CSS, pageArticle, pageText, renderPage, type SampleLang } from '../demo/content.js';
import { meeting, news, photos } from '../stories/sample-content.js';
import { contrast, formatRatio } from '../src/theme-builder/core.js';

const axe = (window as unknown as { axe: { run(context: Document | Element, options: object): Promise<AxeResults> } }).axe;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const between = (text: string, start: string, end: string): string => {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return text.slice(a + start.length, b);
};

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Resolves when every component has rendered, both zoom buttons are there and the article has its JSON-LD. */
const ready = async (): Promise<void> => {
  for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
    if (el.localName.startsWith('portal-')) await el.updateComplete;
  }
  // updateComplete waited for the modules loaded on first use: the zoom and the JSON-LD are there now.
  expect(document.querySelectorAll('portal-figure > button'), 'both zoom buttons').to.have.length(2);
  expect(document.querySelector('portal-article > script[type="application/ld+json"]'), "the article's JSON-LD").to.not.equal(null);
  await frame();
};

/** index.html into this document: stylesheets and page CSS, `<html lang>`, the body. */
const loadDemoPage = async (): Promise<void> => {
  const source = await (await fetch('/index.html')).text();
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const loads: Promise<unknown>[] = [];
  for (const el of doc.head.querySelectorAll('link[rel="stylesheet"], style')) {
    const copy = document.importNode(el, true) as HTMLElement;
    if (copy instanceof HTMLLinkElement) loads.push(new Promise((resolve, reject) => ((copy.onload = resolve), (copy.onerror = reject))));
    document.head.append(copy);
  }
  document.documentElement.lang = doc.documentElement.lang;
  document.title = doc.title;
  document.body.className = doc.body.className;
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  await Promise.all(loads);
  mountSwitchers();
  await ready();
};

const switchLanguage = async (lang: SampleLang): Promise<void> => {
  if (document.documentElement.lang === lang) return;
  document.querySelector<HTMLButtonElement>(`#demo-switchers button[lang="${lang}"]`)!.click();
  await ready();
};

/** What a focused element is called: its tag and its label or text. */
const focusName = (el: Element | null): string => {
  if (!el || el === document.body) return '(nothing)';
  const name = el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : (el.getAttribute('aria-label') ?? el.textContent);
  return `${el.localName}: ${squash(name)}`;
};


before(loadDemoPage);
afterEach(() => resetFocus());

describe('the demo page (index.html)', () => {
  describe('source', () => {
    it('holds the Vietnamese page exactly as demo/content.ts renders it (npm run demo:html writes it)', async () => {
      const source = await (await fetch('/index.html')).text();
      expect(between(source, '<!-- page -->', '<!-- /page -->').trim()).to.equal(renderPage('vi', { assetBase: '/stories/assets/', switchers: true }));
      expect(between(source, '/* page-css */', '/* /page-css */')).to.equal(PAGE_CSS);
    });

    it('examples/sample-article.html holds the same page, on dist/ (npm run demo:html writes it)', async () => {
      const source = await (await fetch('/examples/sample-article.html')).text();
      expect(between(source, '<!-- page -->', '<!-- /page -->').trim()).to.equal(renderPage('vi', { assetBase: '../stories/assets/' }));
      // Its page CSS is a file of its own: a page under a strict Content-Security-Policy has no inline style.
      const css = await (await fetch('/examples/sample-article.css')).text();
      expect(between(css, '/* page-css */', '/* /page-css */')).to.equal(PAGE_CSS);
      expect(source.match(/<style\b|\sstyle=|\son[a-z]+=/gi), 'inline style or event handler').to.equal(null);
      // The file as written (the test server adds its own script to what it serves).
      const scripts = [...source.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('/__web-dev-server'));
      expect(scripts).to.deep.equal(['<script type="module" src="../dist/portal-elements.js">']);
    });
  });

  describe('structure', () => {
    for (const lang of ['vi', 'en'] as const) {
      it(`has each landmark exactly once: banner, navigation, main, contentinfo (${lang})`, async () => {
        await switchLanguage(lang);
        // Every element this engine exposes with each role: exactly one of each, the navigation named.
        for (const role of ['banner', 'main', 'contentinfo', 'article']) await expectAllWithRole(role, LANDMARKS, [{}]);
        await expectAllWithRole('navigation', LANDMARKS, [{ name: pageText(lang).navLabel }]);
      });

      it(`has one h1, the headline, and no skipped heading level (${lang})`, async () => {
        await switchLanguage(lang);
        const a = pageArticle(lang);
        const t = pageText(lang);
        const h1 = document.querySelector('h1')!;
        expect(squash(h1.textContent), 'the headline').to.equal(a.title);
        const expected = [
          { level: 1, name: nameFromText(h1) },
          { level: 2, name: a.attendanceHeading },
          { level: 3, name: a.presiding },
          { level: 3, name: a.attending },
          { level: 2, name: t.related },
          ...news(lang)
            .slice(1)
            .map((n) => ({ level: 3, name: n.title })),
        ];
        // Every element this engine exposes as a heading, with its name and level (test/helpers.ts: Chromium's tree
        // level; in Firefox and WebKit the DOM's, for an element whose computed role is heading).
        await expectAllWithRole('heading', HEADINGS, expected);
        const levels = expected.map((h) => h.level);
        levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1} jumps from level ${levels[i - 1]} to ${level}`).to.be.at.most(1));
        expect(document.querySelectorAll('h1').length).to.equal(1);
      });
    }

    it('reaches every control with Tab from the top, in reading order: skip links, navigation, switchers, then the article', async () => {
      await switchLanguage('vi');
      const t = pageText('vi');
      const a = pageArticle('vi');
      const expected: (string | RegExp)[] = [
        `a: ${t.skipMain}`,
        `a: ${t.skipNav}`,
        ...t.nav.map((item) => `a: ${item}`),
        'select: Giao diện',
        'button: Tiếng Việt',
        'button: English',
        `a: ${a.category}`,
        /^button: Phóng to ảnh: Đồng chí Lê Thị Thanh Hà…$/,
        /^button: Phóng to ảnh: Đồng chí Phạm Sỹ Lợi…$/,
        ...news('vi')
          .slice(1)
          .flatMap((n) => [`a: ${n.title}`, `a: ${n.category}`]),
        `a: ${t.seeAll}`,
      ];
      resetFocus();
      const seen: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(focusName(document.activeElement));
      }
      // One more Tab: past the last stop the page has no other. Focus leaves the page for the browser's own controls
      // (Chromium, Firefox: nothing in it has focus) or, where nothing outside the page takes it (WebKit's MiniBrowser
      // gives its toolbar no keyboard focus), wraps round to the page's first stop; any other stop would be a hidden one.
      await sendKeys({ press: 'Tab' });
      const after = focusName(document.activeElement);
      seen.push(after);
      const report = seen.map((s, i) => `${i + 1}. ${s}`).join('\n');
      expected.forEach((want, i) => {
        const ok = typeof want === 'string' ? seen[i] === want : want.test(seen[i]!);
        expect(ok, `Tab stop ${i + 1}: expected ${String(want)}, got "${seen[i]}"\nall stops:\n${report}`).to.equal(true);
      });
      expect(['(nothing)', expected[0]], `Tab after the last stop (${expected.length}) should leave the page or wrap to its first stop\nall stops:\n${report}`).to.include(after);
    });

    it("goes back with Shift+Tab from the article's first stop to the last switcher", async () => {
      await switchLanguage('vi');
      document.querySelector<HTMLElement>('portal-article > a[slot="category"]')!.focus();
      expect(focusName(document.activeElement)).to.equal(`a: ${pageArticle('vi').category}`);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusName(document.activeElement)).to.equal('button: English');
    });

    for (const lang of ['vi', 'en'] as const) {
      it(`has NewsArticle JSON-LD that matches the page (${lang})`, async () => {
        await switchLanguage(lang);
        const scripts = document.querySelectorAll('script[type="application/ld+json"]');
        expect(scripts.length, 'JSON-LD scripts on the page').to.equal(1);
        const data = JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>;
        expect(data['@context']).to.equal('https://schema.org');
        expect(data['@type']).to.equal('NewsArticle');
        expect(data.headline).to.equal(squash(document.querySelector('h1')!.textContent));
        expect(data.headline).to.equal(pageArticle(lang).title);
        expect(data.datePublished).to.match(/^2018-03-13/);
        const image = JSON.stringify(data.image);
        expect(image).to.include(new URL(`/stories/assets/${photos(lang)[0].file}.svg`, location.href).href);
        expect(data.publisher).to.deep.include({ '@type': 'Organization', name: pageText(lang).publisher });
      });
    }
  });

  describe('switchers', () => {
    it('offer every shipped theme, with a visible label', async () => {
      await switchLanguage('vi');
      const { names } = (await executeServerCommand('portal-themes')) as { names: string[] };
      const select = document.querySelector<HTMLSelectElement>('#demo-theme')!;
      expect([...select.options].map((o) => o.value).sort()).to.deep.equal([...names].sort());
      expect([...THEMES].sort()).to.deep.equal([...names].sort());
      expect(squash(select.labels?.[0]?.textContent)).to.equal('Giao diện');
      expect(select.labels![0]!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('change the theme from the select, by keyboard', async () => {
      const select = document.querySelector<HTMLSelectElement>('#demo-theme')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      // The new theme's link replaces the old one once its stylesheet has loaded.
      await until(() => document.getElementById('portal-theme')!.getAttribute('href')!.endsWith('/default-dark.css'));
      expect(select.value).to.equal('default-dark');
      expect(document.getElementById('portal-theme')!.getAttribute('href')).to.equal('/src/themes/default-dark.css');
      expect(document.querySelectorAll('link[rel="stylesheet"][href^="/src/themes/"]').length, 'theme links').to.equal(1);
      await setTheme('default');
      expect(select.value).to.equal('default');
    });

    it('switch the language with a toggle button: <html lang>, title, content; focus stays on the button', async () => {
      const en = document.querySelector<HTMLButtonElement>('#demo-switchers button[lang="en"]')!;
      en.focus();
      await sendKeys({ press: 'Enter' });
      await ready();
      expect(document.documentElement.lang).to.equal('en');
      expect(document.title).to.equal(pageText('en').documentTitle);
      expect(squash(document.querySelector('h1')!.textContent)).to.equal(pageArticle('en').title);
      expect(squash(document.querySelector('#demo-theme-label')!.textContent)).to.equal('Theme');
      expect(focusName(document.activeElement)).to.equal('button: English');
      expect([...document.querySelectorAll('#demo-switchers button')].map((b) => `${b.textContent} ${b.getAttribute('aria-pressed')}`)).to.deep.equal(['Tiếng Việt false', 'English true']);
      const attendees = squash(document.querySelector('portal-attendance-list')!.textContent);
      for (const m of meeting('en')) expect(attendees).to.include('name' in m ? m.name : m.body);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await ready();
      expect(document.documentElement.lang).to.equal('vi');
      expect(focusName(document.activeElement)).to.equal('button: Tiếng Việt');
    });

    it('switching back to Vietnamese gives the page index.html holds, word for word', async () => {
      setLanguage('en');
      await ready();
      setLanguage('vi');
      await ready();
      const doc = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
      for (const selector of ['portal-skip-ribbon', '.portal-demo__site', 'nav', 'main', 'footer']) {
        const clean = (el: Element): string => {
          const copy = el.cloneNode(true) as Element;
          copy.querySelectorAll('button, script, dialog').forEach((n) => n.remove());
          return squash(copy.textContent);
        };
        expect(clean(document.querySelector(selector)!), selector).to.equal(clean(doc.querySelector(selector)!));
      }
    });
  });

  describe('print', () => {
    after(() => setTheme('default'));

    const display = (selector: string): string => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el).display : `(no ${selector})`;
    };

    const ways = printWays();

    for (const [way, engines, enter] of ways) {
      describe(way, () => {
        // Chromium prints without backgrounds by default: what the paper shows is the text colour on white.
        for (const theme of THEMES) {
          itIn(engines, `prints the council's name dark on white, with no brand background (${theme})`, async () => {
            await setTheme(theme);
            await switchLanguage('vi');
            await enter();
            for (const selector of ['.portal-demo__tagline', '.portal-demo__name']) {
              const el = document.querySelector(selector)!;
              expect(squash(el.textContent), selector).to.not.equal('');
              expect(display(selector), `${selector} shown`).to.not.equal('none');
              const ratio = contrast(getComputedStyle(el).color, '#ffffff');
              expect(ratio, `${selector} is ${getComputedStyle(el).color} in print: ${formatRatio(ratio)} on white paper`).to.be.at.least(4.5);
            }
            // And with "Background graphics" ticked, no brand or dark surface comes back behind it.
            for (const selector of ['.portal-demo__site', '.portal-demo__header']) {
              const style = getComputedStyle(document.querySelector(selector)!);
              expect(`${style.backgroundColor} ${style.backgroundImage}`, `${selector} background in print`).to.equal('rgba(0, 0, 0, 0) none');
            }
          });
        }

        itIn(engines, 'leaves out the navigation, the switchers and the related news in print; keeps the header, the article and the footer', async () => {
          await setTheme('default');
          await switchLanguage('vi');
          expect(display('#demo-switchers')).to.not.equal('none');
          await enter();
          for (const selector of ['nav', '#demo-switchers', 'main > portal-article-list']) expect(display(selector), `${selector} in print`).to.equal('none');
          for (const selector of ['header', '.portal-demo__site', 'main', 'portal-article', 'footer']) expect(display(selector), `${selector} in print`).to.not.equal('none');
          // The related list is marked as chrome, as stories/accessibility/article.md tells authors to do.
          expect(document.querySelector('main > portal-article-list')!.getAttribute('data-portal-print')).to.equal('hide');
        });

        itIn(engines, 'does so with its own CSS, not only through <portal-article>\'s print rules', async () => {
          await setTheme('default');
          await switchLanguage('vi');
          // Take away every print rule a component adopted into the document; the page CSS must do the job alone.
          // A copy: document.adoptedStyleSheets is a live array, which the assignment below would empty of them too.
          const adopted = [...document.adoptedStyleSheets];
          const hasPrint = (sheet: CSSStyleSheet): boolean => [...sheet.cssRules].some((r) => r instanceof CSSMediaRule && /\bprint\b/.test(r.conditionText));
          expect(adopted.some(hasPrint), 'a component adopted print rules (the test takes them away)').to.equal(true);
          document.adoptedStyleSheets = adopted.filter((s) => !hasPrint(s));
          try {
            await enter();
            for (const selector of ['nav', '#demo-switchers', 'main > portal-article-list']) expect(display(selector), `${selector} in print, page CSS alone`).to.equal('none');
            expect(contrast(getComputedStyle(document.querySelector('.portal-demo__name')!).color, '#ffffff')).to.be.at.least(4.5);
          } finally {
            document.adoptedStyleSheets = adopted;
          }
        });
      });
    }
  });

  describe('accessibility (axe, the whole page)', () => {
    for (const theme of THEMES) {
      for (const lang of ['vi', 'en'] as const) {
        it(`passes axe in ${theme} · ${lang}`, async function () {
          this.timeout(30000);
          await setTheme(theme);
          await switchLanguage(lang);
          await frame();
          const results = await axe.run(document, { resultTypes: ['violations', 'passes', 'incomplete'] });
          const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          expect(violations, `axe violations in ${theme} · ${lang}:\n  ${violations.join('\n  ')}`).to.deep.equal([]);
          const judged = results.passes?.find((p) => p.id === 'color-contrast')?.nodes.length;
          expect(judged ?? 0, 'text whose colour contrast axe judged').to.be.greaterThan(0);
          const unsure = results.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message}`));
          expect(unsure, `${theme} · ${lang}: axe could not judge the contrast of`).to.deep.equal([]);
        });
      }
    }
    after(async () => {
      await setTheme('default');
      await switchLanguage('vi');
    });
  });

  it('keeps the page text of the article in the accessibility tree (the headline is in the article)', async () => {
    const [article] = await expectAllWithRole('article', LANDMARKS, [{}]);
    // The headline inside the article, exposed as the level-1 heading with its text, and nothing around it hidden.
    expect(squash(article!.querySelector('h1')!.textContent)).to.equal(pageArticle('vi').title);
    await expectRolesAndNames(':is(article, [role=article]) h1', [{ role: 'heading', name: nameFromText(article!.querySelector('h1')!), level: 1 }]);
    expect(article!.closest('[aria-hidden="true"], [inert], [hidden]'), 'the article or an ancestor hidden').to.equal(null);
  });
});

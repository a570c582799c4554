/**
 * Storybook's Themes/Studio (stories/theme-studio.ts), in a real browser, as a
 * designer uses it: with the keyboard only, in Vietnamese and in English.
 *
 * - Tab reaches the brand colour picker, then the accent switch and picker; a
 *   colour is picked as the picker itself reports one (`input`, then `change`).
 * - The two downloads are exactly what createTheme() returns for the same
 *   choice (the Blob behind each link is read back), named <name>.css and
 *   <name>-dark.css.
 * - The generated themes reach the preview panes only, not the page.
 * - An impossible brand (#ffff00) is refused in plain words, in each language,
 *   with nothing to download.
 * - axe (every default rule, colour contrast included) finds nothing, in both
 *   languages; the accessibility tree names every control.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import '../src/all.js';
import { createTheme } from '../src/theme-builder/index.js';
import { studioOptions, type ThemeStudio } from '../stories/theme-studio.js';
import { a11yTree, engine, expectRolesAndNames, loadTheme, resetFocus, type A11yNode } from './helpers.js';
import { usePortalPage } from './theme-helpers.js';

const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;

const render = async (locale: 'vi' | 'en'): Promise<ThemeStudio> => {
  const el = await fixture<ThemeStudio>(html`<theme-studio locale=${locale}></theme-studio>`);
  await el.updateComplete;
  return el;
};

const control = <T extends HTMLElement>(el: ThemeStudio, name: string): T => el.querySelector<T>(`[name="${name}"]`)!;

/** What a colour picker does when the person picks a colour: `input` while choosing, `change` when done. */
const pick = async (el: ThemeStudio, input: HTMLInputElement, value: string): Promise<void> => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};

const tab = async (): Promise<Element | null> => {
  await sendKeys({ press: 'Tab' });
  return document.activeElement;
};

/** The text behind each download link, by scheme, read back from its Blob URL. */
const downloads = async (el: ThemeStudio): Promise<Record<string, { file: string; css: string }>> => {
  const out: Record<string, { file: string; css: string }> = {};
  for (const a of el.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    expect(a.href).to.match(/^blob:/);
    out[a.dataset.scheme!] = { file: a.download, css: await (await fetch(a.href)).text() };
  }
  return out;
};


describe('theme studio (Storybook: Themes/Studio)', () => {
  before(async () => {
    await loadTheme('default');
    usePortalPage();
  });
  afterEach(resetFocus);

  it('is used with the keyboard alone: Tab to each colour, typed as its code (and picked with its picker, which WebKit leaves out of the Tab order), and the downloads are what createTheme() makes', async () => {
    const el = await render('vi');
    resetFocus();
    // WebKit (Safari) leaves <input type="color"> out of the Tab order, whatever its tabindex: there the code field
    // beside each picker is the way in. Chromium and Firefox stop on the picker first.
    const pickers = engine !== 'webkit';
    const brand = control<HTMLInputElement>(el, 'brand');
    if (pickers) {
      expect(await tab()).to.equal(brand);
      await pick(el, brand, '#1565c0');
      expect(control<HTMLInputElement>(el, 'brand-code').value, 'the code shows the picked colour').to.equal('#1565c0');
    }
    const brandCode = control<HTMLInputElement>(el, 'brand-code');
    expect(await tab()).to.equal(brandCode);
    brandCode.select();
    await sendKeys({ type: '#B71C1C' });
    await el.updateComplete;
    expect(el.brand).to.equal('#b71c1c');
    expect(brand.value, 'the picker shows the typed colour').to.equal('#b71c1c');

    // The accent switch, with the space bar; its picker and code appear next in the tab order.
    expect(await tab()).to.equal(control(el, 'use-accent'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'use-accent').checked).to.be.true;
    const accent = control<HTMLInputElement>(el, 'accent');
    if (pickers) {
      expect(await tab()).to.equal(accent);
      await pick(el, accent, '#f9c80e');
    }
    const accentCode = control<HTMLInputElement>(el, 'accent-code');
    expect(await tab()).to.equal(accentCode);
    if (!pickers) {
      // Typed without its #, as a designer copies it from a brand book: another colour, then the one wanted (the default).
      // (No letter twice in a row: WebKitWebDriver types "dd" as one "d".)
      for (const code of ['fbc02d', 'f9c80e']) {
        accentCode.select();
        await sendKeys({ type: code });
        await el.updateComplete;
        expect(el.accent, `typed ${code}: the field has ${accentCode.value}`).to.equal(`#${code}`);
      }
    }
    expect(el.accent).to.equal('#f9c80e');

    // The file name, typed. (Leaving the accent's code shows it as the colour in use: with its #.)
    const name = control<HTMLInputElement>(el, 'name');
    expect(await tab()).to.equal(name);
    expect(accentCode.value).to.equal('#f9c80e');
    name.select();
    await sendKeys({ type: 'ha-tinh' });
    await el.updateComplete;
    expect(el.name).to.equal('ha-tinh');

    const made = createTheme(studioOptions({ brand: '#b71c1c', accent: '#f9c80e', name: 'ha-tinh', contrast: 'normal' }));
    const files = await downloads(el);
    expect(files.light).to.deep.equal({ file: 'ha-tinh.css', css: made.light!.css });
    expect(files.dark).to.deep.equal({ file: 'ha-tinh-dark.css', css: made.dark!.css });
    expect(made.light!.css).to.include('brand: #b71c1c, accent: #f9c80e');

    // The report says it passes, and lists the builder's adjustments in plain words.
    expect(el.querySelector('[role="status"]')!.textContent).to.match(/Cả hai giao diện đều đạt/);
    const adjusted = [...el.querySelectorAll('[data-studio-pane="dark"] .studio__adjustments li')].map((li) => li.textContent!.trim());
    expect(adjusted.length).to.equal(made.dark!.adjustments.length);
    expect(adjusted.join('\n')).to.match(/chữ trên màu thương hiệu: từ #f9c80e thành #[0-9a-f]{6}, để chữ trên màu thương hiệu trên màu thương hiệu đạt 4,5:1/);

    // The download links are reached with Tab too.
    let focused: Element | null = null;
    for (let i = 0; i < 5 && !(focused instanceof HTMLAnchorElement); i++) focused = await tab();
    expect((focused as HTMLAnchorElement).download).to.equal('ha-tinh.css');
  });

  it('applies the generated themes to the preview panes only', async () => {
    const el = await render('en');
    await pick(el, control(el, 'brand'), '#2e7d32');
    const made = createTheme(studioOptions(el.choice));
    const token = (node: Element) => getComputedStyle(node).getPropertyValue('--portal-color-brand').trim();
    expect(token(el.querySelector('[data-studio-pane="light"]')!)).to.equal(made.light!.tokens['--portal-color-brand']);
    expect(token(el.querySelector('[data-studio-pane="dark"]')!)).to.equal(made.dark!.tokens['--portal-color-brand']);
    expect(getComputedStyle(el.querySelector('[data-studio-pane="dark"]')!).colorScheme).to.equal('dark');
    // The page, and the studio's own controls, keep the page's theme (default.css).
    expect(token(document.documentElement)).to.equal('#1d3a6e');
    expect(token(el.querySelector('form')!)).to.equal('#1d3a6e');
    // Every component is in each pane.
    for (const tag of ['portal-skip-ribbon', 'portal-article-card', 'portal-article-list', 'portal-figure', 'portal-attendance-list', 'portal-article']) {
      for (const scheme of ['light', 'dark']) expect(el.querySelector(`[data-studio-pane="${scheme}"] ${tag}`), `${tag} in ${scheme}`).to.exist;
    }
  });

  for (const [locale, words] of [
    ['vi', /Màu thương hiệu #ffff00 quá sáng cho giao diện sáng: trên nền (trang|thẻ) \(#[0-9a-f]{6}\) nó chỉ đạt độ tương phản 1,\d\d:1, trong khi thanh, đường kẻ và viền cần ít nhất 3:1\. Muốn đạt, phải làm nó tối đi nhiều/],
    ['en', /The brand colour #ffff00 is too light for the light theme: on the (page|card) background \(#[0-9a-f]{6}\) it reaches a contrast of only 1\.\d\d:1, and bars, rules and borders need at least 3:1\. To get there it would have to be made much darker/],
  ] as const) {
    it(`refuses an impossible brand in plain words (${locale}), with nothing to download`, async () => {
      const el = await render(locale);
      await pick(el, control(el, 'brand'), '#ffff00');
      const status = el.querySelector('[role="status"]')!;
      const refusals = [...status.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(refusals.length).to.be.at.least(1);
      expect(new Set(refusals).size, 'each reason once').to.equal(refusals.length);
      expect(refusals[0]).to.match(words);
      expect(status.textContent).not.to.match(/cannot work|OKLCH/, 'the designer reads plain words, not the CLI report');
      expect(el.querySelectorAll('a[download]')).to.have.length(0);
      expect(el.querySelectorAll('[data-studio-pane]')).to.have.length(0);
      // A colour that works brings the theme back.
      await pick(el, control(el, 'brand'), '#1565c0');
      expect(el.querySelectorAll('a[download]')).to.have.length(2);
    });
  }

  it('refuses an accent that cannot be read on the brand, in each language', async () => {
    const el = await render('vi');
    await pick(el, control(el, 'brand'), '#b71c1c');
    control<HTMLInputElement>(el, 'use-accent').click();
    await el.updateComplete;
    await pick(el, control(el, 'accent'), '#c62828');
    expect(el.querySelector('[data-studio="refusals"]')!.textContent).to.match(/Màu phụ #c62828 không đọc được trên màu thương hiệu #[0-9a-f]{6} trong giao diện sáng: chữ chỉ đạt 1,\d\d:1, cần 4,5:1/);
    el.locale = 'en';
    await el.updateComplete;
    expect(el.querySelector('[data-studio="refusals"]')!.textContent).to.match(/The accent #c62828 cannot be read on the brand colour #[0-9a-f]{6} in the light theme/);
  });

  for (const locale of ['vi', 'en'] as const) {
    it(`passes axe, colour contrast included, in ${locale}: with a theme and with a refusal`, async () => {
      const el = await render(locale);
      await pick(el, control(el, 'brand'), '#e53935');
      const ok = await axe.run(el, {});
      expect(ok.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
      await pick(el, control(el, 'brand'), '#ffff00');
      const refused = await axe.run(el, {});
      expect(refused.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }

  const CODE_ERROR = {
    vi: 'Lỗi: “#b71c1” không phải mã màu. Hãy viết 6 chữ số hệ thập lục phân (0–9, a–f), ví dụ #b71c1c. Giao diện vẫn dùng #1d3a6e.',
    en: 'Error: “#b71c1” is not a colour code. Write 6 hexadecimal digits (0–9, a–f), for example #b71c1c. The themes still use #1d3a6e.',
  };
  for (const locale of ['vi', 'en'] as const) {
    it(`a colour code left unfinished is an error once the field is left, not while typing: marked invalid, said in words under it (${locale}), passing axe; a whole code clears it`, async () => {
      const el = await render(locale);
      const code = control<HTMLInputElement>(el, 'brand-code');
      code.focus();
      code.select();
      await sendKeys({ type: '#b71c1' });
      await el.updateComplete;
      expect(code.getAttribute('aria-invalid'), 'while typing: no error yet').to.equal('false');
      expect(el.querySelector('.studio__error'), 'while typing: no message').to.equal(null);
      expect(el.brand, 'an unfinished code is not taken').to.equal('#1d3a6e');

      // Leaving the field (Tab) is the `change` that ends the entry: the field keeps what was typed and says what is wrong.
      expect(await tab(), 'Tab moves on').to.not.equal(code);
      await el.updateComplete;
      expect(code.value, 'what was typed stays, to correct').to.equal('#b71c1');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      const error = el.querySelector<HTMLElement>('.studio__error')!;
      expect(error.textContent).to.equal(CODE_ERROR[locale]);
      expect(error.checkVisibility(), 'the message is shown, not only announced').to.equal(true);
      expect(code.getAttribute('aria-describedby')!.split(' '), 'the field is described by its hint and the message').to.deep.equal([`${el.querySelector('[name="brand"]')!.getAttribute('aria-describedby')}`, error.id]);
      // Still the same field to the engine: a text box named by its label, not by the message.
      await expectRolesAndNames('theme-studio [name="brand-code"]', [{ role: 'textbox', name: locale == 'vi' ? 'Mã màu thương hiệu, dạng #rrggbb' : 'Brand colour code, as #rrggbb' }]);
      // What a screen reader says after the name: the hint, then the message, from Chromium's own tree (WebDriver has
      // no computed description, so WebKit and Firefox are checked through the DOM link above).
      if (engine === 'chromium') {
        const node = (await a11yTree('theme-studio [name="brand-code"]')) as A11yNode & { description?: string; invalid?: string };
        const hint = el.querySelector(`#${el.querySelector('[name="brand"]')!.getAttribute('aria-describedby')}`)!.textContent!.replace(/\s+/g, ' ').trim();
        expect(node.invalid, 'invalid in the accessibility tree').to.equal('true');
        expect(node.description, 'the description: the hint, then the message').to.equal(`${hint} ${CODE_ERROR[locale]}`);
      }
      const result = await axe.run(el, {});
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);

      // A whole code, typed again: taken at once, and the error is gone.
      code.focus();
      code.select();
      await sendKeys({ type: '#b71c1c' });
      await el.updateComplete;
      expect(el.brand).to.equal('#b71c1c');
      expect(code.getAttribute('aria-invalid')).to.equal('false');
      expect(el.querySelector('.studio__error')).to.equal(null);
      expect(code.getAttribute('aria-describedby')).to.equal(el.querySelector('[name="brand"]')!.getAttribute('aria-describedby'));
    });
  }

  it('names every control in the accessibility tree, in each language', async () => {
    for (const [locale, [brand, brandCode, useAccent, name, high, light, dark]] of [
      ['vi', ['Màu thương hiệu', 'Mã màu thương hiệu, dạng #rrggbb', 'Dùng màu phụ cho chữ trên màu thương hiệu', 'Tên tệp', 'Tương phản cao (7:1 cho chữ)', 'Tải giao diện sáng (tinh-cua-toi.css)', 'Tải giao diện tối (tinh-cua-toi-dark.css)']],
      ['en', ['Brand colour', 'Brand colour code, as #rrggbb', 'Use an accent for text on the brand colour', 'File name', 'High contrast (7:1 for text)', 'Download the light theme (tinh-cua-toi.css)', 'Download the dark theme (tinh-cua-toi-dark.css)']],
    ] as const) {
      const el = await render(locale);
      el.id = 'studio-under-test';
      // Every control of the form and every download (not the previews' sample components), by this engine's role and
      // name. The colour picker by its name alone: a ColorWell in Chromium's tree, a button in Firefox's; ARIA has no
      // role for it.
      await expectRolesAndNames('#studio-under-test .studio__form :is(input, select, textarea, button), #studio-under-test .studio__downloads a[href]', [
        { name: brand },
        { role: 'textbox', name: brandCode },
        { role: 'checkbox', name: useAccent },
        { role: 'textbox', name },
        { role: 'checkbox', name: high },
        { role: 'link', name: light },
        { role: 'link', name: dark },
      ]);
      el.remove();
    }
  });
});

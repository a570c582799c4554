/**
 * Dark themes on paper: browsers drop backgrounds when printing, so a dark
 * theme's light text would come out light on white paper. Each dark theme
 * prints with its light sibling's colours (an `@media print` block the theme
 * builder writes), so text, muted text and links stay readable on white.
 *
 * Two ways to put the page in print: Chromium's print emulation (DevTools protocol; Firefox over WebDriver BiDi and
 * WebKit over WebDriver have none), and in every engine the print rules of the page's stylesheets applied as screen
 * rules (what paper gets from the stylesheets, evaluated by each engine's own cascade).
 */
import { engine, itIn, printRulesAsScreen, useTheme } from './helpers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrast, formatRatio } from '../src/theme-builder/core.js';

const DARK = ['default-dark', 'blue-dark', 'green-dark', 'red-gold-dark', 'high-contrast-dark'];

const paperChecks = (theme: string, root: HTMLElement, how: string) => {
  for (const selector of ['.text', '.muted', '.link']) {
    const color = getComputedStyle(root.querySelector(selector)!).color;
    const ratio = contrast(color, '#ffffff');
    expect(ratio, `${theme}: ${selector} is ${color} in print (${how}), ${formatRatio(ratio)} on white paper`).to.be.at.least(4.5);
  }
  // The page's own text (no colour set) follows color-scheme: light, not the dark scheme's white.
  expect(getComputedStyle(document.documentElement).colorScheme, `${theme}: color-scheme in print (${how})`).to.equal('light');
  const body = getComputedStyle(root).color;
  expect(contrast(body, '#ffffff'), `${theme}: unstyled text is ${body} in print (${how})`).to.be.at.least(4.5);
};

const sample = () => html`<div>
  <p class="text" style="color: var(--portal-color-text)">Văn bản</p>
  <p class="muted" style="color: var(--portal-color-text-muted)">Ngày đăng</p>
  <a class="link" href="#x" style="color: var(--portal-color-link)">Liên kết</a>
</div>`;

describe('dark themes in print', () => {
  afterEach(async () => {
    document.adoptedStyleSheets = [];
    if (engine === 'chromium') await emulateMedia({ media: 'screen' });
  });
  after(() => useTheme(null));

  for (const theme of DARK) {
    itIn(['chromium'], `${theme}: body text, muted text and links are dark on white paper (Chromium: print emulation)`, async () => {
      await useTheme(theme);
      const root = await fixture<HTMLElement>(sample());
      // On screen the theme is dark: its text is light (this is what paper would get without the fix).
      expect(contrast(getComputedStyle(root.querySelector('.text')!).color, '#ffffff'), `${theme} on screen`).to.be.below(4.5);
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      paperChecks(theme, root, 'emulated');
    });

    it(`${theme}: its print rules, applied as screen rules, make body text, muted text and links dark on white`, async () => {
      await useTheme(theme);
      const root = await fixture<HTMLElement>(sample());
      expect(contrast(getComputedStyle(root.querySelector('.text')!).color, '#ffffff'), `${theme} on screen`).to.be.below(4.5);
      document.adoptedStyleSheets = [printRulesAsScreen()];
      paperChecks(theme, root, 'print rules as screen rules');
    });
  }
});

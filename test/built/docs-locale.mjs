/**
 * Issue 20 part 3, checked in the built Storybook: each component's generated docs page, opened with the Locale global
 * vi and en, shows its component and story descriptions ([data-docs-lang], from .storybook/docs-page.ts) all in that
 * language, and <html lang> follows. Exits 1 when a page does not. Build first (`npm run build-storybook`), then
 * `node --import ./scripts/register-ts.mjs test/built/docs-locale.mjs`; .ci/run runs it after the audit, which builds
 * Storybook. The static server is the audit's own (src/audit/run.ts).
 */
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_ARGS } from '../../src/audit/chromium.ts';
import { serve } from '../../src/audit/run.ts';

const dir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const { server, origin } = await serve(dir);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
let bad = 0;
for (const id of ['article-card', 'article-list', 'article', 'attendance-list', 'figure', 'skip-ribbon']) {
  for (const locale of ['vi', 'en']) {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?viewMode=docs&id=components-${id}--docs&globals=locale:${locale}`);
    // The component's description and at least three stories' (the smallest page, the article list, has four).
    await page.waitForFunction(() => document.querySelectorAll('[data-docs-lang]').length >= 4, { timeout: 30000 });
    const r = await page.evaluate(() => ({
      langs: [...document.querySelectorAll('[data-docs-lang]')].map((e) => e.getAttribute('data-docs-lang')),
      first: document.querySelector('[data-docs-lang]')?.textContent?.slice(0, 80),
      guidance: [...document.querySelectorAll('[data-docs-lang]')].at(-1)?.textContent?.slice(0, 80),
      headings: [...document.querySelectorAll('.sbdocs h2')].map((e) => e.textContent),
      htmlLang: document.documentElement.lang,
    }));
    const ok = r.langs.length > 3 && r.langs.every((l) => l === locale) && r.htmlLang === locale;
    if (!ok) bad++;
    console.log(ok ? 'ok ' : 'BAD', id, locale, JSON.stringify(r));
    await page.close();
  }
}
await browser.close(); server.close();
process.exit(bad ? 1 : 0);

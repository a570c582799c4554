/**
 * Issue 20 part 3, checked in the built Storybook (run `npm run build-storybook` first, then, under the browser lock,
 * `node test/built/docs-locale.mjs; CI runs it after the audit, which builds Storybook`): each component's generated docs page, opened with
 * the Locale global vi and en, shows its component and story descriptions ([data-docs-lang], from
 * .storybook/docs-page.ts) all in that language, and <html lang> follows. Exits 1 when a page does not.
 */
import { createServer } from 'node:http';
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const dir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  try { const body = await readFile(join(dir, path.endsWith('/') ? path + 'index.html' : path)); res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }); res.end(body); }
  catch { res.writeHead(404); res.end(); }
}).listen(0);
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
let bad = 0;
for (const id of ['article-card', 'article-list', 'article', 'attendance-list', 'figure', 'skip-ribbon']) {
  for (const locale of ['vi', 'en']) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/iframe.html?viewMode=docs&id=components-${id}--docs&globals=locale:${locale}`);
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

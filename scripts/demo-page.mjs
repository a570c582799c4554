#!/usr/bin/env node
/**
 * `npm run demo:html`: writes the sample article page (demo/content.ts) into
 *
 *   index.html                     the demo page (`npm start`), Vietnamese, with the switchers' placeholder
 *   examples/sample-article.html   the drop-in proof, built only on dist/
 *
 * between the `<!-- page -->` … `<!-- /page -->` markers, so that both read completely
 * without JavaScript, and the page CSS between the two page-css comment markers: inline
 * in index.html, in examples/sample-article.css for the drop-in (a page that runs under a
 * strict Content-Security-Policy has no inline style). test/page.test.ts and test/dropin/
 * fail when a file is out of date.
 *
 * `--check` writes nothing and exits 1 if a file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({ entryPoints: [join(root, 'demo/content.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
const { renderPage, PAGE_CSS } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const pages = [
  { file: 'index.html', html: renderPage('vi', { assetBase: '/stories/assets/', switchers: true }), css: true },
  { file: 'examples/sample-article.html', html: renderPage('vi', { assetBase: '../stories/assets/' }) },
  { file: 'examples/sample-article.css', css: true },
];

const replace = (text, start, end, content, file) => {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file}: markers ${start} … ${end} not found`);
  return text.slice(0, a + start.length) + content + text.slice(b);
};

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, html, css } of pages) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  let after = html ? replace(before, '<!-- page -->', '<!-- /page -->', `\n${html}\n`, file) : before;
  if (css) after = replace(after, '/* page-css */', '/* /page-css */', PAGE_CSS, file);
  if (after === before) continue;
  stale++;
  if (check) console.error(`${file} is out of date: run npm run demo:html`);
  else {
    writeFileSync(path, after);
    console.log(`wrote ${file}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('index.html, examples/sample-article.html and examples/sample-article.css are up to date');

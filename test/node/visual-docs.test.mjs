/**
 * Issue 20, what designers see in the built Storybook, checked without a browser:
 * the sample photos are served, the Introduction's Markdown table is a table, its
 * builder reports wrap and say each thing once, and the Theme menu starts with
 * `default` and shows each theme's brand colour.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remarkGfm from 'remark-gfm';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { root } from '../../src/theme-builder/node/repo.ts';
import { createTheme, ThemeError } from '../../src/theme-builder/core.ts';
import { themeMenu } from '../../.storybook/theme-menu.ts';

const { default: config } = await import('../../.storybook/main.ts');
const intro = readFileSync(join(root, 'stories/introduction.mdx'), 'utf8');

test('the built Storybook serves every photo the samples (Themes/Gallery, Themes/Studio) point at (staticDirs)', () => {
  const fixtures = readFileSync(join(root, 'test/fixtures/index.ts'), 'utf8');
  const paths = [...fixtures.matchAll(/["'`](\/stories\/assets\/[^"'`]+)["'`]/g)].map((m) => m[1]);
  assert.ok(paths.length > 0, 'the samples show photos');
  const dirs = (config.staticDirs ?? []).map((d) => (typeof d === 'string' ? { from: d, to: '/' } : d));
  for (const path of paths) {
    const served = dirs.some(({ from, to }) => {
      const prefix = to.endsWith('/') ? to : `${to}/`;
      return path.startsWith(prefix) && existsSync(resolve(root, '.storybook', from, path.slice(prefix.length)));
    });
    assert.ok(served, `${path} is not served by any staticDirs entry of .storybook/main.ts: a 404 in the built Storybook`);
  }
});

test('the docs addon reads the .mdx pages with GitHub-flavoured Markdown, so the Introduction\'s component table is a table', () => {
  const docs = config.addons.find((a) => (typeof a === 'string' ? a : a.name) === '@storybook/addon-docs');
  const plugins = typeof docs === 'string' ? [] : (docs?.options?.mdxPluginOptions?.mdxCompileOptions?.remarkPlugins ?? []);
  assert.ok(plugins.includes(remarkGfm), 'remark-gfm is not among the docs addon\'s remarkPlugins: the table renders as "| --- |" text');
  const tree = fromMarkdown(intro.replace(/^(import|export)[^\n]*(\n {2,}[^\n]*|\n\})*$/gm, ''), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const tables = tree.children.filter((n) => n.type === 'table');
  assert.ok(tables.length >= 1 && tables[0].children.length >= 7, 'the component table (a header and six components) parses as a table');
});

const report = (brand) => {
  const pairs = JSON.parse(readFileSync(join(root, 'src/themes/pairs.json'), 'utf8')).pairs;
  try {
    createTheme({ template: readFileSync(join(root, 'src/themes/default.css'), 'utf8'), pairs, brand, name: 'ha-tinh' });
    return [];
  } catch (error) {
    if (!(error instanceof ThemeError)) throw error;
    return error.problems;
  }
};

test('the Introduction\'s builder reports wrap (no line widens the page) and its refusal is said once', () => {
  const pres = [...intro.matchAll(/<pre\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(pres.length >= 2);
  for (const pre of pres) assert.match(pre, /whiteSpace:\s*'pre-wrap'/, `${pre} keeps a long report line on one line (the page was 4,024 px wide)`);
  const problems = report('#ffff00');
  assert.ok(problems.length > 0, 'the yellow brand is refused');
  assert.equal(new Set(problems).size, problems.length, 'each problem once');
  // The refusal explains itself; the page's prose must not say the same again before it.
  const prose = intro.slice(intro.indexOf('## A theme for your province'), intro.indexOf("{report('#ffff00')}"));
  for (const sentence of problems.flatMap((p) => p.split(/(?<=[.;])\s+/))) {
    const words = sentence.replace(/[^\p{L}\p{N}:]+/gu, ' ').trim();
    if (words.split(' ').length < 8) continue;
    assert.ok(!prose.includes('3:1 against both a light and a dark surface'), `the prose repeats the refusal: "${words}"`);
  }
});

test('the Theme menu lists default first, each light theme before its dark one, each with its brand colour', () => {
  const dir = join(root, 'src/themes');
  const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')]));
  const items = themeMenu(files);
  assert.equal(items.length, Object.keys(files).length);
  assert.equal(items[0].value, 'default');
  assert.equal(items[1].value, 'default-dark');
  for (const [i, item] of items.entries()) {
    if (item.value.endsWith('-dark')) assert.equal(items[i - 1].value, item.value.replace(/-dark$/, ''), `${item.value} follows its light theme`);
    const brand = /--portal-color-brand:\s*(#[0-9a-f]{6})/i.exec(files[item.value])[1].toLowerCase();
    assert.equal(item.right, brand, `${item.value} shows its brand colour`);
    assert.match(item.title, /^[🟥🟧🟨🟩🟦🟪🟫⬛⬜] /u, `${item.value} has a swatch`);
  }
  const preview = readFileSync(join(root, '.storybook/preview.ts'), 'utf8');
  assert.match(preview, /items: themeMenu\(themes\)/, 'the toolbar uses themeMenu');
});

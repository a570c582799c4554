// README.md's tokens table and API section are generated; this fails when they are stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate, tokensFromCss } from '../../scripts/docs.mjs';

test('README.md is generated from the current tokens and custom-elements.json (fix: npm run docs)', () => {
  assert.equal(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'), generate());
});

test('every token in the default theme has a purpose comment, so the table lists it', () => {
  const css = readFileSync(new URL('../../src/themes/default.css', import.meta.url), 'utf8');
  // The theme's tokens are its :root block; a component's own token set inside a component rule (e.g. the featured
  // card's --portal-article-card-title-size) is documented with that component's API, not in this table.
  const root = css.slice(css.indexOf(':root {'), css.indexOf('\n}', css.indexOf(':root {')));
  const declared = [...root.matchAll(/^\s*(--portal-[\w-]+):/gm)].map((m) => m[1]);
  assert.deepEqual(tokensFromCss(css).map((t) => t.name), declared);
  assert.ok(declared.length > 20);
});

/**
 * Dark themes on paper. Browsers print without backgrounds, so a dark theme's
 * light text would be light on white paper. Every dark theme ends with
 * `@media print { :root { color-scheme: light; … } }` setting every colour
 * token to its light sibling's value (the builder writes it), and those
 * colours pass the contrast gate as the light theme does. The browser test
 * test/print-dark.test.ts checks what a printed page really shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTheme, describeFailures, parseTheme, resolveToken, scopeTheme, toHex } from '../../src/theme-builder/core.ts';
import { createTheme } from '../../src/theme-builder/index.ts';
import { componentDefaults, pairs, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

const PAIRS = pairs();
const DEFAULTS = componentDefaults();
const THEMES = themeNames();
const DARK = THEMES.filter((n) => n.endsWith('-dark'));

/** A theme's colour tokens as #rrggbb, in order. */
const coloursOf = (/** @type {string} */ css) => {
  const { tokens, values } = parseTheme(css);
  return tokens.flatMap((t) => {
    const hex = toHex(resolveToken(t.name, values));
    return hex ? [[t.name, hex]] : [];
  });
};

test('there are dark themes to check', () => {
  assert.ok(DARK.length >= 5, DARK.join(', '));
});

for (const name of DARK) {
  test(`${name} prints with ${name.slice(0, -5)}'s colours, which pass the contrast gate`, () => {
    const css = themeCss(name);
    const { print } = parseTheme(css);
    assert.ok(print, `${name}.css has no @media print { :root { … } } block. Fix: npm run theme -- --shipped`);
    assert.equal(print.scheme, 'light', `${name}.css: the print block needs color-scheme: light`);
    const sibling = coloursOf(themeCss(name.slice(0, -5)));
    assert.ok(sibling.length >= 9, 'the light sibling has its colour tokens');
    assert.deepEqual([...print.values], sibling, `${name}.css prints with colours other than ${name.slice(0, -5)}.css's. Fix: npm run theme -- --shipped`);
    // The print colours on their own, as a theme: every declared pair passes (as a light theme must).
    const onPaper = css.replace(/:root\s*\{[^}]*\}/, `:root {\n  color-scheme: light;\n${[...print.values].map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}`);
    const checked = checkTheme(onPaper, PAIRS, DEFAULTS);
    assert.deepEqual(describeFailures(`${name} (print)`, checked.rows), []);
    // And on white paper (backgrounds dropped), text on the page and on cards, and links, read at 4.5:1.
    const dropped = ['--portal-color-background', '--portal-color-surface'];
    const paper = PAIRS.filter((p) => p.min >= 4.5 && dropped.includes(p.bg)).map((p) => ({ ...p, bg: '--paper' }));
    assert.ok(paper.some((p) => p.fg === '--portal-color-text'), 'body text is among the pairs checked on paper');
    const onWhite = checkTheme(onPaper.replace(/:root\s*\{/, ':root {\n  --paper: #ffffff;'), paper, DEFAULTS);
    assert.deepEqual(describeFailures(`${name} (print, on white)`, onWhite.rows.filter((r) => !r.pair.via)), []);
  });
}

for (const name of THEMES.filter((n) => !n.endsWith('-dark'))) {
  test(`${name} (light) has no print block: it prints as it is`, () => {
    assert.equal(parseTheme(themeCss(name)).print, undefined);
  });
}

test('the print block is not part of the theme\'s rules, written out, minified or scoped', () => {
  const css = themeCss('blue-dark');
  const minified = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:])\s*/g, '$1').replace(/;}/g, '}');
  const scoped = scopeTheme(css, '.x');
  for (const text of [css, minified]) {
    const theme = parseTheme(text);
    assert.doesNotMatch(theme.rules, /@media print/);
    assert.deepEqual([...(theme.print?.values ?? [])], [...(parseTheme(css).print?.values ?? [])]);
  }
  assert.match(scoped, /@media print \{[^]*\.x \{\n {4}color-scheme: light;/);
});

test('the builder: a dark variant prints with the light variant it makes, or with the light sibling given, or the one the brand would make', () => {
  const both = createTheme({ brand: '#2e7d32', name: 'xanh' });
  assert.deepEqual(Object.fromEntries(parseTheme(both.dark.css).print.values), both.light.tokens);
  assert.equal(parseTheme(both.light.css).print, undefined);
  const darkOnly = createTheme({ brand: '#2e7d32', name: 'xanh', schemes: ['dark'] });
  assert.equal(darkOnly.dark.css, both.dark.css);
  const given = { ...both.light.tokens, '--portal-color-text': '#000000' };
  const withSibling = createTheme({ brand: '#2e7d32', name: 'xanh', schemes: ['dark'], light: given });
  assert.deepEqual(Object.fromEntries(parseTheme(withSibling.dark.css).print.values), given);
});

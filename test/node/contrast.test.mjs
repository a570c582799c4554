/**
 * The contrast gate: every shipped theme, light and dark, against every
 * foreground/background pair declared in src/themes/pairs.json (the pairs the
 * page and the components combine). A failure names the theme, the pair, the
 * colours and the ratio. Ratios use the WCAG 2 formula (culori's wcagContrast).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTheme, describeFailures, parseTheme, required } from '../../src/theme-builder/core.ts';
import { componentDefaults, componentTokens, pairs, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

const PAIRS = pairs();
const DEFAULTS = componentDefaults();
const THEMES = themeNames();

test('there are themes to check: default, three province-style themes, high-contrast, each with a dark variant', () => {
  for (const name of ['default', 'high-contrast']) assert.ok(THEMES.includes(name), `src/themes/${name}.css is missing`);
  const light = THEMES.filter((n) => !n.endsWith('-dark'));
  assert.ok(light.length >= 5, `only ${light.length} light themes: ${light.join(', ')}`);
  for (const name of light) {
    assert.ok(THEMES.includes(`${name}-dark`), `${name} has no dark variant: add src/themes/${name}-dark.css (npm run theme makes both)`);
    assert.equal(parseTheme(themeCss(name)).scheme, 'light', `${name}.css: color-scheme should be light`);
    assert.equal(parseTheme(themeCss(`${name}-dark`)).scheme, 'dark', `${name}-dark.css: :root needs color-scheme: dark`);
  }
  for (const name of THEMES.filter((n) => n.endsWith('-dark'))) assert.ok(THEMES.includes(name.slice(0, -5)), `${name} has no light theme`);
});

for (const name of THEMES) {
  test(`contrast gate: ${name}`, () => {
    const { rows } = checkTheme(themeCss(name), PAIRS, DEFAULTS);
    assert.equal(rows.length, PAIRS.length);
    const failures = describeFailures(name, rows);
    assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
  });
}

test('the high-contrast themes are held to 7:1 for text and 4.5:1 for UI', () => {
  for (const name of ['high-contrast', 'high-contrast-dark']) {
    const { contrast, rows } = checkTheme(themeCss(name), PAIRS, DEFAULTS);
    assert.equal(contrast, 'high', `${name}.css: the header should say "contrast: high"`);
    for (const r of rows) assert.equal(r.min, required(r.pair.min, 'high'));
    assert.ok(rows.some((r) => r.min === 7) && rows.some((r) => r.min === 4.5));
  }
});

test('the gate fails a theme that misses contrast, naming the theme, the pair and the ratio', () => {
  const broken = themeCss('default').replace(/(--portal-color-text-muted:\s*)#[0-9a-f]+/i, '$1#8a8f99');
  const failures = describeFailures('broken', checkTheme(broken, PAIRS, DEFAULTS).rows);
  assert.ok(failures.length >= 2, failures.join('\n'));
  assert.match(failures[0], /^broken: --portal-color-text-muted #8a8f99 on --portal-color-background #f4f5f7 \(page: dates, credits and captions\) is 2\.97:1, needs 4\.5:1$/);
});

test('a theme that sets a component token is checked with that value', () => {
  const css = themeCss('default').replace(':root {', ':root {\n  --portal-skip-ribbon-color: #9aa0aa;');
  const failures = describeFailures('custom', checkTheme(css, PAIRS, DEFAULTS).rows);
  assert.deepEqual(failures, ['custom: --portal-skip-ribbon-color #9aa0aa on --portal-color-surface #ffffff (<portal-skip-ribbon>: the links) is 2.63:1, needs 4.5:1']);
});

test("a theme that sets the figure's button or dialog tokens is checked with them: the zoom button's focus ring and the dialog's border", () => {
  const css = themeCss('default').replace(':root {', ':root {\n  --portal-figure-button-color: #3a5a8e;\n  --portal-figure-dialog-border: #c8ccd4;');
  const failures = describeFailures('custom', checkTheme(css, PAIRS, DEFAULTS).rows);
  assert.deepEqual(failures, [
    "custom: --portal-figure-button-color #3a5a8e on --portal-color-brand #1d3a6e (<portal-figure>: the zoom button's icon, border and focus ring (drawn inside the button: over the photo no colour could be promised), and the dialog's close button label and border) is 1.61:1, needs 4.5:1",
    "custom: --portal-figure-dialog-border #c8ccd4 on --portal-color-surface #ffffff (<portal-figure>: the zoom dialog's border, against the dialog) is 1.60:1, needs 3:1",
  ]);
});

test('a token a theme does not set is reported, not passed', () => {
  const css = themeCss('default').replace(/^\s*--portal-color-on-brand:.*$/m, '');
  const failures = describeFailures('partial', checkTheme(css, PAIRS, DEFAULTS).rows);
  assert.deepEqual(failures, [
    'partial: --portal-color-on-brand on --portal-color-brand (page: text on the brand bar (header)): --portal-color-on-brand does not resolve to an opaque colour',
    "partial: --portal-color-on-brand on --portal-color-brand (<portal-figure>: the zoom button's icon, border and focus ring (drawn inside the button: over the photo no colour could be promised), and the dialog's close button label and border): --portal-color-on-brand does not resolve to an opaque colour",
  ]);
});

test('every declared pair names documented global tokens, a threshold, and a place', () => {
  const globals = new Set(parseTheme(themeCss('default')).tokens.map((t) => t.name));
  const documented = componentTokens();
  for (const p of PAIRS) {
    const label = JSON.stringify(p);
    assert.ok(globals.has(p.fg), `${label}: fg ${p.fg} is not a token of src/themes/default.css`);
    assert.ok(globals.has(p.bg), `${label}: bg ${p.bg} is not a token of src/themes/default.css`);
    assert.ok([3, 4.5, 7].includes(p.min), `${label}: min should be 4.5 (text), 3 (large text, UI, focus ring) or 7`);
    assert.match(p.where, /^(page|<portal-[a-z-]+>): \S/, `${label}: where should say "page: …" or "<portal-tag>: …"`);
    for (const side of /** @type {const} */ (['fg', 'bg'])) {
      const via = p.via?.[side];
      if (!via) continue;
      const token = documented.get(via);
      assert.ok(token, `${label}: via.${side} ${via} is not a documented component token (@cssprop)`);
      // The component token must fall back to the global token the pair names, or the gate checks the wrong colour.
      const first = /^var\(\s*(--[\w-]+)/.exec(token.default ?? '')?.[1];
      assert.equal(first, p[side], `${label}: ${via} defaults to ${token.default}, not to var(${p[side]}, …)`);
    }
  }
  const keys = PAIRS.map((p) => `${p.fg} ${p.bg} ${p.where}`);
  assert.equal(new Set(keys).size, keys.length, 'a pair is declared twice');
});

test('a minified theme reads the same as the written one (Storybook and bundlers minify CSS)', () => {
  for (const name of THEMES) {
    const css = themeCss(name);
    const minified = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:])\s*/g, '$1').replace(/;}/g, '}');
    const a = parseTheme(css);
    const b = parseTheme(minified);
    assert.deepEqual(b.tokens.map((t) => [t.name, t.value]), a.tokens.map((t) => [t.name, t.value]), name);
    assert.equal(b.scheme, a.scheme);
    assert.deepEqual(checkTheme(minified, PAIRS, DEFAULTS).rows.map((r) => r.ratio), checkTheme(css, PAIRS, DEFAULTS).rows.map((r) => r.ratio));
  }
});

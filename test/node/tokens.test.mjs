/**
 * One documented token set.
 *
 * Documented: the global tokens of src/themes/default.css (each with a purpose
 * comment; README's table is generated from them) and each component's own
 * tokens (`@cssprop` in its class JSDoc; README's API section and Storybook's
 * docs are generated from them).
 *
 * Used: a `--portal-*` name in the code (not the comments) of src/components,
 * in the theme's own rules (after `:root`), or in the demo page index.html,
 * which shows how a portal's own CSS uses the global tokens.
 *
 * Storybook's page frame, the stories and the docs pages (.mdx, and the .md
 * guidance they show) are checked for undocumented tokens too, but do not
 * count as usage.
 *
 * Fails when something uses a token that is not documented, when a documented
 * token is used by nothing, and when a theme file does not set exactly the
 * documented global tokens or lacks the default theme's rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parseTheme } from '../../src/theme-builder/core.ts';
import { componentSources, componentTokens, root, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

/** A token name; a wildcard in prose (`--portal-focus-ring-*`) is not one. */
const TOKEN = /--portal-[a-z0-9]+(?:-[a-z0-9]+)*(?!-?\*)(?![\w-])/g;

/** TypeScript without its comments; CSS comments inside css`` templates go too. */
const codeOf = (source, path = 'x.ts') => {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file).replace(/\/\*[\s\S]*?\*\//g, ' ');
};

const stripCssComments = (css) => css.replace(/\/\*[\s\S]*?\*\//g, ' ');

/** Where each token is used: token → list of files. */
const usages = () => {
  /** @type {Map<string, Set<string>>} */
  const used = new Map();
  const add = (text, where) => {
    for (const [token] of text.matchAll(TOKEN)) (used.get(token) ?? used.set(token, new Set()).get(token)).add(where);
  };
  for (const { path, source } of componentSources()) add(codeOf(source, path), path);
  add(stripCssComments(parseTheme(themeCss('default')).rules), 'src/themes/default.css (rules)');
  const demo = readFileSync(join(root, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, ' ');
  add(stripCssComments(demo), 'index.html');
  return used;
};

const globals = parseTheme(themeCss('default')).tokens;
const documented = new Map([...globals.map((t) => [t.name, 'src/themes/default.css']), ...[...componentTokens()].map(([name, t]) => [name, t.path])]);

test('comments are not usage: a token named only in JSDoc or a CSS comment does not count', () => {
  const code = codeOf('/** @cssprop [--portal-a=var(--portal-b)] - x */\nconst s = css`/* --portal-c */ a { color: var(--portal-d, red); }`; // --portal-e\nconst t = "the --portal-f-* tokens";');
  assert.deepEqual([...code.matchAll(TOKEN)].map((m) => m[0]), ['--portal-d']);
});

/** Storybook's page frame and the stories must not use undocumented tokens either (they do not count as usage). */
const storybookUsages = () => {
  const used = new Map();
  const files = [
    ...readdirSync(join(root, '.storybook')).filter((f) => f.endsWith('.css')).map((f) => `.storybook/${f}`),
    // The stories, and the docs pages with the guidance they show (stories/introduction.mdx, stories/accessibility/*).
    ...readdirSync(join(root, 'stories'), { recursive: true })
      .filter((f) => /\.(ts|md|mdx)$/.test(f))
      .map((f) => `stories/${f}`),
  ];
  for (const path of files) {
    const text = readFileSync(join(root, path), 'utf8');
    const code = path.endsWith('.ts') ? codeOf(text, path) : /\.mdx?$/.test(path) ? text : stripCssComments(text);
    for (const [token] of code.matchAll(TOKEN)) (used.get(token) ?? used.set(token, new Set()).get(token)).add(path);
  }
  return used;
};

test('every token that is used is documented', () => {
  const missing = [];
  for (const [token, where] of [...usages(), ...storybookUsages()]) {
    if (!documented.has(token)) missing.push(`${token} (used in ${[...where].join(', ')})`);
  }
  assert.deepEqual(
    missing,
    [],
    `undocumented tokens:\n  ${missing.join('\n  ')}\nFix: a global token goes into src/themes/default.css with a /* purpose */ comment (then npm run theme -- --shipped); a component token gets an @cssprop [--name=default] line in the component's JSDoc.`,
  );
});

test('every documented token is used by a component, a theme rule or the demo page', () => {
  const used = usages();
  const unused = [...documented].filter(([token]) => !used.has(token)).map(([token, where]) => `${token} (documented in ${where})`);
  assert.deepEqual(unused, [], `documented but used by nothing:\n  ${unused.join('\n  ')}\nFix: use it, or remove it from the docs.`);
});

test('component tokens are named after their component', () => {
  for (const [name, { path }] of componentTokens()) {
    const folder = path.split('/')[2];
    assert.ok(name.startsWith(`--portal-${folder}-`), `${name} in ${path} should start with --portal-${folder}-`);
  }
});

for (const name of themeNames()) {
  test(`theme ${name} sets exactly the documented global tokens and keeps the default theme's rules`, () => {
    const theme = parseTheme(themeCss(name));
    assert.deepEqual(
      theme.tokens.map((t) => t.name),
      globals.map((t) => t.name),
      `src/themes/${name}.css does not set the tokens of default.css (in order). Fix: npm run theme -- --shipped, or edit it to match`,
    );
    assert.equal(theme.rules.trim(), parseTheme(themeCss('default')).rules.trim(), `src/themes/${name}.css lacks the rules of default.css after :root`);
  });
}

/**
 * System fonts that cover Vietnamese (all of Latin Extended Additional), so
 * nothing is downloaded: Windows (Segoe UI, Arial, Times New Roman), Android
 * and ChromeOS (Roboto, Noto), macOS and iOS (Arial, Times New Roman), Linux
 * (Noto, DejaVu). Not Liberation 1.x: it lacks the letters with a hook above.
 */
const VIETNAMESE_SYSTEM_FONTS = ['Segoe UI', 'Roboto', 'Noto Sans', 'Noto Serif', 'DejaVu Sans', 'DejaVu Serif', 'Arial', 'Times New Roman'];

for (const name of themeNames()) {
  test(`theme ${name}: Vietnamese system fonts only, body line-height at least 1.5`, () => {
    const css = themeCss(name);
    assert.doesNotMatch(css, /@font-face|@import|url\(/, `${name}.css must not download anything`);
    const { values } = parseTheme(css);
    for (const token of ['--portal-font-family', '--portal-font-family-serif']) {
      const families = values.get(token).split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
      assert.match(families.at(-1), /^(sans-serif|serif)$/, `${name}: ${token} should end with a generic family`);
      for (const family of families.slice(0, -1)) assert.ok(VIETNAMESE_SYSTEM_FONTS.includes(family), `${name}: ${token} names ${family}, which is not a system font known to cover Vietnamese`);
    }
    assert.ok(Number(values.get('--portal-line-height-body')) >= 1.5, `${name}: --portal-line-height-body ${values.get('--portal-line-height-body')} < 1.5`);
    assert.ok(Number(values.get('--portal-line-height-heading')) >= 1.5, `${name}: --portal-line-height-heading leaves no room for stacked diacritics`);
  });
}

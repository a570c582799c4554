/**
 * Editor data: dist/vscode.html-custom-data.json (VS Code) and dist/web-types.json (JetBrains), written from
 * dist/custom-elements.json by the analyzer's plugins (`npm run analyze`, which `npm run test:node` runs first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { checkVsCode, checkWebTypes, literals, manifestApi } from '../../scripts/editor-data.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const manifest = json('dist/custom-elements.json');
const vscode = json('dist/vscode.html-custom-data.json');
const webTypes = json('dist/web-types.json');
const api = manifestApi(manifest);

test('the manifest has what the checks are about: tags, attributes, enumerated values', () => {
  const tags = api.map((c) => c.tag);
  assert.ok(tags.includes('portal-article-card') && tags.length >= 6, tags.join());
  // The alias `ArticleCardVariant` is resolved (parsedType), so its values are there to be listed.
  assert.deepEqual(api.find((c) => c.tag === 'portal-article-card').attributes.find((a) => a.name === 'variant').values, [
    'vertical',
    'horizontal',
    'compact',
    'featured',
  ]);
  // A boolean attribute enumerates nothing: only its presence counts, so no editor may offer "false".
  assert.deepEqual(api.find((c) => c.tag === 'portal-figure').attributes.find((a) => a.name === 'zoomable').values, []);
});

test('VS Code and JetBrains data have every tag, attribute and enumerated value of the manifest', () => {
  assert.deepEqual(checkVsCode(manifest, vscode), []);
  assert.deepEqual(checkWebTypes(manifest, webTypes), []);
});

/** Every entry the checks know of, each as a function that deletes it from a copy of the VS Code or JetBrains data. */
function* removals() {
  for (const { tag, attributes } of api) {
    yield [`<${tag}>`, (v) => (v.tags = v.tags.filter((t) => t.name !== tag)), (w) => (w.contributions.html.elements = w.contributions.html.elements.filter((e) => e.name !== tag))];
    const vTag = (v) => v.tags.find((t) => t.name === tag);
    const wTag = (w) => w.contributions.html.elements.find((e) => e.name === tag);
    yield [`<${tag}> doc link`, (v) => (vTag(v).references = []), (w) => (wTag(w)['doc-url'] = '')];
    for (const { name, values } of attributes) {
      yield [`<${tag} ${name}>`, (v) => (vTag(v).attributes = vTag(v).attributes.filter((a) => a.name !== name)), (w) => (wTag(w).attributes = wTag(w).attributes.filter((a) => a.name !== name))];
      for (const value of values) {
        yield [
          `<${tag} ${name}="${value}">`,
          (v) => {
            const a = vTag(v).attributes.find((x) => x.name === name);
            a.values = a.values.filter((x) => x.name !== value);
          },
          (w) => {
            const a = wTag(w).attributes.find((x) => x.name === name);
            a.value.type = a.value.type.replace(`'${value}'`, 'never');
          },
        ];
      }
    }
  }
}

test('the checks fail when any one tag, attribute, value or doc link is missing from either file', () => {
  let count = 0;
  for (const [what, fromVsCode, fromWebTypes] of removals()) {
    const v = structuredClone(vscode);
    fromVsCode(v);
    assert.equal(checkVsCode(manifest, v).length, 1, `VS Code data without ${what}: ${checkVsCode(manifest, v).join('; ')}`);
    const w = structuredClone(webTypes);
    fromWebTypes(w);
    assert.equal(checkWebTypes(manifest, w).length, 1, `web-types without ${what}: ${checkWebTypes(manifest, w).join('; ')}`);
    count++;
  }
  // 6+ tags with their links, and the values of at least the three enumerated attributes.
  assert.ok(count > 30, `only ${count} removals`);
});

test('a tag the manifest does not have is reported (stale editor data)', () => {
  const v = structuredClone(vscode);
  v.tags.push({ name: 'portal-gone', attributes: [], references: [{ name: 'x', url: 'https://example.invalid' }] });
  assert.deepEqual(checkVsCode(manifest, v), ['vscode.html-custom-data.json: <portal-gone> is not in the manifest']);
});

test('literals() reads the values of a union type, in either quote', () => {
  assert.deepEqual(literals(`'a' | "b-c" | undefined`), ['a', 'b-c']);
  assert.deepEqual(literals('boolean | undefined'), []);
});

test('each doc link leads to the heading of its tag in README.md', () => {
  // GitHub's (and npm's) anchors: lower case, punctuation other than "-" dropped, spaces to "-".
  const anchors = new Set([...read('README.md').matchAll(/^#{2,4} (.+)$/gm)].map(([, h]) => h.toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')));
  for (const tag of vscode.tags) {
    const anchor = new URL(tag.references[0].url).hash.slice(1);
    assert.ok(anchors.has(anchor), `${tag.name}: #${anchor} is no heading of README.md`);
  }
  for (const el of webTypes.contributions.html.elements) assert.ok(anchors.has(new URL(el['doc-url']).hash.slice(1)), el.name);
});

test('package.json points JetBrains at web-types.json, and README gives the VS Code setting for the file that ships', () => {
  const pkg = json('package.json');
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.ok(pkg.files.includes('dist'));
  const setting = /"html\.customData": \["\.\/node_modules\/portal-elements\/([^"]+)"\]/.exec(read('README.md'));
  assert.ok(setting, 'README.md has no "html.customData" line for .vscode/settings.json');
  assert.ok(existsSync(new URL(setting[1], root)), `README.md's html.customData points at ${setting[1]}, which the build does not make`);
  assert.equal(setting[1], 'dist/vscode.html-custom-data.json');
});

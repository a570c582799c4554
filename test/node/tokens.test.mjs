// Every component token (`--portal-<component>-*`) a component uses is documented with @cssprop on its class,
// and every documented one is used: in the component's styles, or in a theme stylesheet (src/themes/*.css).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const components = readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, `${name}.ts`)));
const themes = readdirSync(join(root, 'src/themes'))
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(join(root, 'src/themes', f), 'utf8'))
  .join('\n');

for (const name of components) {
  test(`<portal-${name}>: the component tokens it uses and the ones it documents are the same`, () => {
    const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    const source = read(join(root, 'src/components', name, `${name}.ts`));
    const styles = read(join(root, 'src/components', name, `${name}.styles.ts`));
    const own = new RegExp(`--portal-${name}-[\\w-]+`, 'g');
    const documented = [...source.matchAll(/@cssprop\s+\[?(--[\w-]+)/g)].map((m) => m[1]).filter((t) => t.startsWith(`--portal-${name}-`));
    // Uses outside JSDoc: styles (their comments removed), the class body, and the themes.
    const code = (styles + source.replace(/\/\*\*[\s\S]*?\*\//g, '')).replace(/\/\*[\s\S]*?\*\//g, '');
    const used = new Set([...code.matchAll(own), ...themes.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(own)].map((m) => m[0]));
    assert.deepEqual([...used].sort(), [...new Set(documented)].sort());
  });
}

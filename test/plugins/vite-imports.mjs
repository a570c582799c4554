/**
 * The Vite-only imports the stories use, for the browser tests that render
 * every story (test/layout.test.ts, test/visual/stories.visual.ts):
 *
 * - `import url from './assets/x.svg?url&no-inline'`: the file's path on this server, as Storybook gives its URL;
 * - `import data from '../src/themes/pairs.json'`: the parsed JSON, inlined;
 * - `import.meta.glob('../src/themes/*.css', { query: '?raw' | '?inline', eager: true, import: 'default' })` and
 *   `import.meta.glob('../dist/custom-elements.json', { eager: true, import: 'default' })`: an object of
 *   path → text (or parsed JSON), read from disk when the module is served. Only a `dir/*.ext` or plain path.
 *
 * `?raw` stays with raw-import.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, posix, resolve, sep } from 'node:path';
import process from 'node:process';

const GLOB = /import\.meta\.glob(?:<[^>]*>)?\(\s*["']([^"']+)["']\s*(?:,\s*\{([^}]*)\})?\s*\)/g;
const JSON_IMPORT = /import\s+(\w+)\s+from\s+["']([^"']+\.json)["'];/g;

export function viteImportsPlugin({ rootDir = process.cwd() } = {}) {
  const root = resolve(rootDir);
  return {
    name: 'portal-vite-imports',
    async serve(context) {
      if (!new URLSearchParams(context.request.querystring).has('url')) return undefined;
      return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
    },
    transform(context) {
      if (!context.path.startsWith('/stories/') || !/\.(ts|js)$/.test(context.path)) return undefined;
      let body = typeof context.body === 'string' ? context.body : String(context.body);
      if (!body.includes('import.meta.glob') && !/from\s+["'][^"']+\.json["']/.test(body)) return undefined;
      const dir = dirname(resolve(root, `.${context.path}`));
      const inside = (file) => file.startsWith(root + sep);
      body = body.replace(JSON_IMPORT, (_all, name, spec) => {
        const file = resolve(dir, spec);
        if (!inside(file)) throw new Error(`${context.path}: ${spec} is outside the repository`);
        return `const ${name} = ${readFileSync(file, 'utf8').trim()};`;
      });
      body = body.replace(GLOB, (_all, pattern, options = '') => {
        const raw = /query:\s*["']\?(raw|inline)["']/.test(options);
        const [base, star] = pattern.includes('*') ? [posix.dirname(pattern), posix.basename(pattern)] : [pattern, null];
        const folder = resolve(dir, star ? base : posix.dirname(base));
        if (!inside(folder)) throw new Error(`${context.path}: ${pattern} is outside the repository`);
        const names = star
          ? existsSync(folder)
            ? readdirSync(folder).filter((f) => f.endsWith(star.slice(star.indexOf('*') + 1)) && f.startsWith(star.slice(0, star.indexOf('*'))))
            : []
          : existsSync(resolve(dir, base))
            ? [posix.basename(base)]
            : [];
        const entries = names.sort().map((f) => {
          const text = readFileSync(resolve(folder, f), 'utf8');
          const key = `${star ? base : posix.dirname(base)}/${f}`;
          return `${JSON.stringify(key)}: ${!raw && f.endsWith('.json') ? text.trim() : JSON.stringify(text)}`;
        });
        return `({${entries.join(',\n')}})`;
      });
      return { body };
    },
  };
}

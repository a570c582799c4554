/**
 * Three configurations, picked by `--mode`:
 *
 * - default (`npm start` = `vite`, and Storybook, which loads this file too):
 *   a plain config for the dev server and the demo page `index.html`.
 * - `vite build --mode lib`: the npm package. ES modules, one entry per
 *   component (`src/components/<name>/define.ts` → `dist/<name>.js`), plus
 *   `dist/index.js` (classes, no tags) and `dist/all.js` (every tag). `lit`,
 *   `lit/*` and `@lit/*` stay external, so an app bundles one copy of Lit; code
 *   the entries share goes to `dist/chunks/`. Empties `dist/` first.
 * - `vite build --mode bundle`: the drop-in `dist/portal-elements.js` for
 *   `<script type="module">` in a CMS with no build step: `src/all.ts` with
 *   Lit's production build inside, minified, one file. Leaves `dist/` as it is.
 *
 * Both build modes copy `src/themes/*.css` to `dist/themes/`.
 * `npm run build` (scripts/build.mjs) runs lib, then bundle, types and the manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, parseAst, type Plugin, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string): string => `${root}src/${path}`;

/** Entry names that are taken by the package itself, so no component may use them. */
const RESERVED = new Set(['index', 'all', 'portal-elements', 'chunks', 'themes', 'types']);

/** `src/components/<name>/define.ts` for every component folder, so a new component is picked up with no edit here. */
const componentEntries = (): Record<string, string> => {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src('components')).sort()) {
    const define = src(`components/${name}/define.ts`);
    if (!existsSync(define)) continue;
    if (RESERVED.has(name)) throw new Error(`src/components/${name}: "${name}" is reserved for a package entry; rename the folder.`);
    entries[name] = define;
  }
  return entries;
};

/** Copies every `src/themes/*.css` to `dist/themes/` unchanged (the comments document the tokens). */
const themes = (): Plugin => ({
  name: 'portal-elements:themes',
  apply: 'build',
  generateBundle() {
    for (const file of readdirSync(src('themes')).filter((f) => f.endsWith('.css'))) {
      this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(src(`themes/${file}`)) });
    }
  },
});

/**
 * Minifies the CSS inside `css\`…\`` templates of our own sources: comments go,
 * whitespace shrinks. These are runtime strings, so no JS minifier touches them,
 * and the comments in the component styles would otherwise ship to every
 * browser. Quoted strings are left alone, and whitespace next to a `${…}` is
 * kept as one space, so an interpolated value never runs into the next word.
 */
const minifyCssLiterals = (): Plugin => ({
  name: 'portal-elements:minify-css-literals',
  apply: 'build',
  transform: {
    filter: { id: /[\\/]src[\\/].*\.ts$/, code: 'css`' },
    handler(code) {
      const edits: [number, number, string][] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; end: number }[] } };
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.tag.name === 'css' && n.quasi) {
          const last = n.quasi.quasis.length - 1;
          n.quasi.quasis.forEach((q, i) => {
            let out = minifyCss(code.slice(q.start, q.end));
            if (i === 0) out = out.trimStart();
            if (i === last) out = out.trimEnd();
            edits.push([q.start, q.end, out]);
          });
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(parseAst(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  },
});

/**
 * The CSS part of `minifyCssLiterals`, for the raw text between backticks and
 * `${…}`. One left-to-right scan finds comments and quoted strings, so a quote
 * inside a CSS comment (the page's links) cannot start a string.
 */
const minifyCss = (raw: string): string => {
  const strings: string[] = [];
  return raw
    .replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) =>
      m.startsWith('/*') ? ' ' : `\uE000${strings.push(m) - 1}\uE000`,
    )
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => strings[+i]!);
};

/**
 * For the drop-in only: a component's `import('./x.js')` (code it loads on first
 * use, a chunk of its own in the npm build) becomes a static import, since the
 * drop-in is one file anyway. Inlining a dynamic import instead makes Rolldown
 * wrap every module of the bundle, Lit included, in a lazy initialiser: about
 * 0.3 KB gzip for nothing.
 *
 * The promise resolves to a plain object of the module's named exports (found by
 * reading `export const|function|class name` in x.ts), not to `import * as`: a
 * namespace object costs a bundler helper and a getter per export. A module with
 * other kinds of export (`export default`, `export { … }`, `export *`) falls back
 * to the namespace.
 */
const staticLazyImports = (): Plugin => ({
  name: 'portal-elements:static-lazy-imports',
  apply: 'build',
  transform: {
    filter: { id: /[\\/]src[\\/].*\.ts$/, code: 'import(' },
    handler(code, id) {
      const imports: string[] = [];
      const out = code.replace(/\bimport\((['"])(\.[^'"]+)\1\)/g, (_, quote: string, spec: string) => {
        const name = `__portalLazy${imports.length}`;
        const file = fileURLToPath(new URL(spec.replace(/\.js$/, '.ts'), `file://${id}`));
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const names = [...text.matchAll(/^export\s+(?:const|let|function|class)\s+([\w$]+)/gm)].map((m) => m[1]!);
        if (!names.length || /^export\s+(?:default|\{|\*)/m.test(text)) {
          imports.push(`import * as ${name} from ${quote}${spec}${quote};`);
          return `Promise.resolve(${name})`;
        }
        imports.push(`import { ${names.map((n, i) => `${n} as ${name}_${i}`).join(', ')} } from ${quote}${spec}${quote};`);
        return `Promise.resolve({ ${names.map((n, i) => `${n}: ${name}_${i}`).join(', ')} })`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  },
});

/** Lit's production build: never the `development` export condition, whatever NODE_ENV says. */
const PRODUCTION_CONDITIONS = ['module', 'browser', 'production'];

const lib: UserConfig = {
  publicDir: false,
  plugins: [themes(), minifyCssLiterals()],
  resolve: { conditions: PRODUCTION_CONDITIONS },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // JS not minified: app bundlers minify anyway, and readable output is easier to debug in node_modules.
    // (CSS literals are minified by minifyCssLiterals: no app bundler touches those strings.)
    minify: false,
    reportCompressedSize: false,
    lib: {
      entry: { index: src('index.ts'), all: src('all.ts'), ...componentEntries() },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

const bundle: UserConfig = {
  publicDir: false,
  plugins: [themes(), minifyCssLiterals(), staticLazyImports()],
  resolve: { conditions: PRODUCTION_CONDITIONS },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: { 'portal-elements': src('all.ts') },
      formats: ['es'],
      fileName: () => 'portal-elements.js',
    },
    rolldownOptions: {
      output: {
        // One file, whatever a future component imports lazily.
        codeSplitting: false,
        // Vite keeps whitespace in ES library builds (for app bundlers downstream);
        // the drop-in is the end of the line, so minify it fully.
        minify: true,
        // Keep Lit's @license headers (BSD-3-Clause asks for the notice); drop the rest.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'lib' ? lib : mode === 'bundle' ? bundle : {}));

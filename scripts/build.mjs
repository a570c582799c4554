#!/usr/bin/env node
/**
 * `npm run build`: everything that goes into the npm package, in dist/.
 *
 *   1. vite --mode lib      dist/index.js, dist/all.js, dist/<component>.js, dist/chunks/, dist/themes/
 *                           (empties dist/ first)
 *   2. in parallel:
 *      vite --mode bundle   dist/portal-elements.js, the drop-in with Lit inside
 *      tsc                  dist/types/**.d.ts (tsconfig.build.json)
 *      cem analyze          dist/custom-elements.json (custom-elements-manifest.config.mjs), and from it,
 *                           by the analyzer's plugins: dist/vscode.{html,css}-custom-data.json (VS Code),
 *                           dist/web-types.json (JetBrains), dist/frameworks/{jsx,vue,svelte-elements}.d.ts,
 *                           and scripts/frameworks/svelte.d.ts copied beside them
 *      conformance          dist/conformance.json: the WCAG criteria each component's tests prove, from the
 *                           tags on the tests (scripts/conformance.mjs; it fails on an unknown criterion)
 *      esbuild              dist/theme-builder/index.js: createTheme() for Node and browsers (portal-elements/theme-builder),
 *                           with culori, the default theme and the declared pairs inside (its types: tsc, dist/types/theme-builder/)
 *      esbuild              dist/audit/cli.js: the portal-audit command (src/audit/), for plain node; cli-progress and yaml
 *                           inside, the engines and puppeteer-core left to the optional peer dependencies
 *   3. checks that package.json and dist/ agree; any mismatch fails the build
 *      with one line per problem.
 */
import { spawn } from 'node:child_process';
import { register } from 'node:module';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { checkVsCode, checkWebTypes } from './editor-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();
const ms = (t) => `${Math.round(performance.now() - t)} ms`;

/** Runs a node CLI from node_modules with the output kept quiet unless it fails. */
const run = (label, script, args) =>
  new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`✓ ${label} (${ms(t)})`);
        resolve();
      } else {
        reject(new Error(`${label} failed (exit ${code}):\n${out.trim()}`));
      }
    });
  });

/**
 * dist/theme-builder/index.js: src/theme-builder/index.ts as one module, with
 * the default theme and the declared pairs (the `?raw` imports of
 * src/theme-builder/defaults.ts) inlined. Its declarations come from tsc with
 * the rest (dist/types/theme-builder/).
 */
const themeBuilder = async () => {
  const t = performance.now();
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: [join(root, 'src/theme-builder/index.ts')],
    outfile: join(dist, 'theme-builder/index.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'raw-imports',
        setup(b) {
          b.onResolve({ filter: /\?raw$/ }, ({ path, resolveDir }) => ({ path: join(resolveDir, path.slice(0, -'?raw'.length)), namespace: 'raw' }));
          b.onLoad({ filter: /.*/, namespace: 'raw' }, ({ path }) => ({ contents: `export default ${JSON.stringify(readFileSync(path, 'utf8'))};`, loader: 'js' }));
        },
      },
    ],
  });
  console.log(`✓ esbuild: dist/theme-builder/ (${ms(t)})`);
};

/**
 * dist/audit/cli.js: the auditor's command (package.json "bin": portal-audit), one ES module for
 * Node 20. Its small helpers (cli-progress, yaml) are bundled so that a component user installs
 * nothing for it; puppeteer-core and the engines (axe-core, accessibility-checker-engine,
 * html_codesniffer) stay external: optional peer dependencies, installed by whoever audits.
 */
const auditCli = async () => {
  const t = performance.now();
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: [join(root, 'src/audit/cli.ts')],
    outfile: join(dist, 'audit/cli.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['puppeteer-core', 'axe-core', 'accessibility-checker-engine', 'html_codesniffer'],
    // cli-progress is CommonJS and requires Node built-ins: give the bundle a require().
    banner: { js: "import { createRequire as __portalRequire } from 'node:module';\nconst require = __portalRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  console.log(`✓ esbuild: dist/audit/cli.js (${ms(t)})`);
};

const vite = async (mode, what) => {
  const t = performance.now();
  await build({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn' });
  console.log(`✓ vite --mode ${mode}: ${what} (${ms(t)})`);
};

try {
  await vite('lib', 'ES modules, lit external, themes');
  await Promise.all([
    vite('bundle', 'dist/portal-elements.js'),
    run('tsc -p tsconfig.build.json: dist/types', 'typescript/bin/tsc', ['-p', 'tsconfig.build.json']),
    themeBuilder(),
    auditCli(),
    run('conformance: dist/conformance.json', '../scripts/conformance.mjs', ['--out', join(dist, 'conformance.json')]),
    run('cem analyze: dist/custom-elements.json, editor data, framework types', '@custom-elements-manifest/analyzer/cem.js', [
      'analyze',
      '--litelement',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--quiet',
    ]).then(() => {
      // Beside the generated types: what puts the Svelte ones where Svelte reads them (see the file).
      for (const file of readdirSync(join(root, 'scripts/frameworks'))) copyFileSync(join(root, 'scripts/frameworks', file), join(dist, 'frameworks', file));
    }),
  ]);
} catch (error) {
  console.error(`\n✗ build failed: ${error.message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Checks: package.json ↔ dist/
// ---------------------------------------------------------------------------
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const exists = (path) => existsSync(join(root, path));

const components = readdirSync(join(root, 'src/components'))
  .filter((name) => existsSync(join(root, 'src/components', name, 'define.ts')))
  .sort();

// Every export target exists, and `types` comes first wherever there are conditions.
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  const conditions = typeof target === 'string' ? { default: target } : target;
  const keys = Object.keys(conditions);
  if (keys.includes('types') && keys[0] !== 'types') problems.push(`exports["${subpath}"]: "types" must be the first condition`);
  for (const [condition, path] of Object.entries(conditions)) {
    if (path.includes('*')) {
      const dir = path.slice(0, path.indexOf('*'));
      if (!exists(dir) || !readdirSync(join(root, dir)).length) problems.push(`exports["${subpath}"].${condition}: nothing in ${dir}`);
    } else if (!exists(path)) {
      problems.push(`exports["${subpath}"].${condition}: ${path} does not exist`);
    }
  }
}
for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
  if (pkg[field] && !exists(pkg[field])) problems.push(`package.json "${field}": ${pkg[field]} does not exist`);
}

// Every component is exported, typed, and listed as a side effect (its module registers the tag).
const sideEffects = new Set(pkg.sideEffects ?? []);
for (const name of components) {
  const entry = pkg.exports?.[`./${name}.js`];
  const want = { types: `./dist/types/components/${name}/define.d.ts`, default: `./dist/${name}.js` };
  if (!entry) {
    problems.push(`exports has no "./${name}.js" for src/components/${name}: add ${JSON.stringify({ [`./${name}.js`]: want })}`);
  } else if (entry.types !== want.types || entry.default !== want.default) {
    problems.push(`exports["./${name}.js"] should be ${JSON.stringify(want)}`);
  }
  if (!sideEffects.has(`./dist/${name}.js`)) problems.push(`sideEffects does not list "./dist/${name}.js" (it registers a tag)`);
}

// The manifest names every tag the define files register.
const manifestPath = join(dist, 'custom-elements.json');
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const tags = new Set(declarations.map((d) => d.tagName).filter(Boolean));
  for (const d of declarations) {
    for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) {
      if (m.name.startsWith('#') || m.privacy === 'private' || m.privacy === 'protected') {
        problems.push(`dist/custom-elements.json lists ${m.privacy ?? 'private'} member ${d.name}.${m.name} (check custom-elements-manifest.config.mjs)`);
      }
    }
  }
  // The editor data has every tag, attribute and enumerated value of the manifest (scripts/editor-data.mjs).
  for (const [file, check] of [['vscode.html-custom-data.json', checkVsCode], ['web-types.json', checkWebTypes]]) {
    if (existsSync(join(dist, file))) problems.push(...check(manifest, JSON.parse(readFileSync(join(dist, file), 'utf8')), `dist/${file}`));
    else problems.push(`dist/${file} was not written (custom-elements-manifest.config.mjs)`);
  }
  for (const name of components) {
    const source = readFileSync(join(root, 'src/components', name, 'define.ts'), 'utf8');
    for (const [, tag] of source.matchAll(/\.define\(\s*['"]([^'"]+)['"]/g)) {
      if (!tags.has(tag)) problems.push(`dist/custom-elements.json has no class with tagName "${tag}" (src/components/${name}/define.ts)`);
    }
  }
}

// The drop-in is one self-contained file with Lit's production build.
const dropIn = join(dist, 'portal-elements.js');
if (existsSync(dropIn)) {
  const code = readFileSync(dropIn, 'utf8');
  if (/\bimport\s*(?:[\w*{][^;]*?from\s*)?["'`]/.test(code) || /\bimport\(/.test(code)) {
    problems.push('dist/portal-elements.js imports another module; it must be self-contained');
  }
  if (code.includes('Lit is in dev mode')) problems.push("dist/portal-elements.js contains Lit's development build");
}

// The theme builder works from dist/ alone: no repository files, the same themes as the sources.
const builderPath = join(dist, 'theme-builder/index.js');
if (existsSync(builderPath)) {
  const code = readFileSync(builderPath, 'utf8');
  if (/\bfrom\s*["'](?!\.)/.test(code) || /\brequire\(/.test(code)) problems.push('dist/theme-builder/index.js imports another package; it must be self-contained');
  try {
    const built = await import(`${pathToFileURL(builderPath).href}?${Date.now()}`);
    // The sources are TypeScript: Node reads them through scripts/ts-hooks.mjs.
    register('./ts-hooks.mjs', import.meta.url);
    const { GENERATED_BY, RECIPES, shippedThemes } = await import('../src/theme-builder/shipped.ts');
    const fromSource = shippedThemes();
    for (const recipe of RECIPES) {
      const made = built.createTheme({ ...recipe, generatedBy: GENERATED_BY });
      for (const variant of [made.light, made.dark].filter(Boolean)) {
        if (variant.css !== fromSource.find((t) => t.file === `${variant.name}.css`)?.css) problems.push(`dist/theme-builder/index.js makes a different ${variant.name} theme than src/theme-builder/ does`);
      }
    }
  } catch (error) {
    problems.push(`dist/theme-builder/index.js does not run: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'types' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
  );
const rows = walk(dist)
  .sort()
  .map((file) => [relative(root, file), statSync(file).size, gzipSync(readFileSync(file), { level: 9 }).length]);
const typeCount = existsSync(join(dist, 'types')) ? readdirSync(join(dist, 'types'), { recursive: true }).filter((f) => String(f).endsWith('.d.ts')).length : 0;
const width = Math.max(...rows.map(([f]) => f.length));
console.log(`\n${'file'.padEnd(width)}  ${'bytes'.padStart(7)}  ${'gzip'.padStart(6)}`);
for (const [file, size, gz] of rows) console.log(`${file.padEnd(width)}  ${String(size).padStart(7)}  ${String(gz).padStart(6)}`);
console.log(`${'dist/types/'.padEnd(width)}  ${`${typeCount} .d.ts files`.padStart(15)}`);

if (problems.length) {
  console.error(`\n✗ package.json and dist/ disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n✓ built ${components.length} component(s) in ${ms(started)}`);

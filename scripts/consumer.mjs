#!/usr/bin/env node
/**
 * `npm run test:consumer`: the package as an app gets it (run `npm run build` first).
 *
 *   1. `npm pack`, and one `npm install --prefer-offline` of the tarball into a fresh app in a temporary folder, with
 *      React 19, @types/react, Preact and Vue, all from the npm cache (they are devDependencies of this repo,
 *      at the versions installed here). TypeScript and Vite are this repo's.
 *   2. tsc, for each of test/consumer/{vanilla,react,preact,vue,svelte}, over its good file(s) and its `wrong`
 *      file: the errors must be exactly the lines marked ✗ in the wrong file, each with the error code it is
 *      marked with. So the good files typecheck, a wrong attribute or property type is caught, and the check
 *      could not pass by the types being `any` (a correct line that failed would show too).
 *   3. vite build of the Vite + TypeScript app and of the React app, each importing one card; the built JS
 *      must not contain the other tags.
 *   4. Chromium (Debian's, through puppeteer-core) opens both built pages: the card upgrades, writes its date
 *      with its lazily loaded code, and nothing is logged as an error or a warning.
 *
 * Prints the time of each step and the size of each app's JS. KEEP_CONSUMER=1 keeps the app's folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/consumer');
const started = performance.now();
const problems = [];
const timings = [];
const step = async (label, fn) => {
  const t = performance.now();
  const result = await fn();
  timings.push([label, Math.round(performance.now() - t)]);
  console.log(`✓ ${label} (${Math.round(performance.now() - t)} ms)`);
  return result;
};

for (const file of ['dist/article-card.js', 'dist/types/components/article-card/define.d.ts', 'dist/frameworks/jsx.d.ts']) {
  if (!existsSync(join(root, file))) {
    console.error(`✗ ${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const app = mkdtempSync(join(tmpdir(), 'portal-consumer-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const tarball = await step('npm pack', () => {
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', app], root));
    return join(app, filename);
  });

  await step('npm install --prefer-offline (tarball, react, react-dom, @types/react, @types/react-dom, preact, vue)', () => {
    cpSync(fixtures, app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal-consumer', private: true, type: 'module' }, null, 2));
    const deps = ['react', 'react-dom', '@types/react', '@types/react-dom', 'preact', 'vue'].map((p) => `${p}@${version(p)}`);
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, ...deps], app);
  });

  // -------------------------------------------------------------------------
  // tsc: the ok files pass, and with the wrong file exactly the ✗ lines fail.
  // -------------------------------------------------------------------------
  const base = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'] };
  const projects = {
    vanilla: { types: [] },
    react: { types: ['portal-elements/jsx'], jsx: 'react-jsx' },
    preact: { types: ['portal-elements/jsx'], jsx: 'react-jsx', jsxImportSource: 'preact' },
    vue: { types: ['portal-elements/vue'] },
    svelte: { types: ['portal-elements/svelte'] },
  };
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  await step('tsc: 5 consumer projects, each with its wrong file, side by side', () =>
    Promise.all(
      Object.entries(projects).map(async ([name, options]) => {
        const dir = join(app, name);
        const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
        const wrong = files.find((f) => f.startsWith('wrong.'));
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...options }, files }, null, 2));
        // One run over the good files and the wrong one: the set of errors must be exactly the marked lines of
        // the wrong file, so the good files typecheck, and each wrong line fails for the reason it is marked with.
        // `// ✗ TS2322 …` or `{/* ✗ TS2322 … */}`: the line must fail, with that error.
        const { status, stdout } = await new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('error', reject);
          child.on('close', (code) => resolve({ status: code, stdout: out }));
        });
        const marked = readFileSync(join(dir, wrong), 'utf8')
          .split('\n')
          .flatMap((line, i) => [...line.matchAll(/(?:\/\/|\/\*) ✗ (TS\d+)/g)].map((m) => `${wrong}:${i + 1} ${m[1]}`));
        const failed = [...new Set([...stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file}:${line} ${code}`))];
        if (!marked.length) problems.push(`${name}: ${wrong} marks no line with ✗`);
        else if (status === 0) problems.push(`${name}: tsc passes ${wrong}, which has ${marked.length} wrong lines`);
        else if (failed.sort().join() !== marked.sort().join()) {
          problems.push(`${name}: tsc should fail on ${marked.join(', ')} and nothing else, and fails on ${failed.join(', ') || 'nothing'}:\n${stdout}`);
        }
      }),
    ),
  );

  // -------------------------------------------------------------------------
  // vite build, and the other tags are not in the bundle.
  // -------------------------------------------------------------------------
  const { build } = await import('vite');
  // What only a component's own module has: the call that registers its tag, and its CSS custom properties (in
  // its styles). The manifest lists both. (The tags themselves are also keys of the words of a lazily loaded
  // warning, src/internal/ignored.ts, which every component shares: a string table, not a component.)
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const components = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const fingerprints = (d) => [
    new RegExp(`\\.define\\(\\s*["'\`]${d.tagName}["'\`]`),
    ...(d.cssProperties ?? []).map((p) => new RegExp(`var\\(${p.name}(?![-\\w])`)),
  ];
  const sizes = {};
  for (const name of ['vanilla', 'react']) {
    await step(`vite build: ${name}`, async () => {
      const dir = join(app, name);
      // base "./": each app is served from its own folder, /<name>/.
      await build({ root: dir, base: './', configFile: false, logLevel: 'warn', build: { outDir: 'dist', reportCompressedSize: false } });
      const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
      const code = js.map((f) => readFileSync(join(dir, 'dist/assets', f)));
      const all = code.join('\n');
      for (const d of components) {
        const found = fingerprints(d).filter((re) => re.test(all));
        if (d.tagName === 'portal-article-card') {
          if (found.length !== fingerprints(d).length) problems.push(`${name}: the built JS lacks some of <portal-article-card> (${fingerprints(d).filter((re) => !found.includes(re)).join(', ')})`);
        } else if (found.length) {
          problems.push(`${name}: the built JS contains <${d.tagName}>, which the app does not import (${found.join(', ')})`);
        }
      }
      sizes[name] = js.map((file, i) => ({ file, bytes: code[i].length, gzip: gzipSync(code[i], { level: 9 }).length }));
    });
  }

  // -------------------------------------------------------------------------
  // Chromium: both built pages upgrade the card, with no error or warning.
  // -------------------------------------------------------------------------
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, name, ...rest] = path.split('/');
    const file = join(app, name ?? '', 'dist', rest.join('/') || 'index.html');
    if (!Object.hasOwn(projects, name) || relative(join(app, name), file).startsWith('..') || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    await step('Chromium: both built pages', async () => {
      for (const name of ['vanilla', 'react']) {
        const page = await browser.newPage();
        const logged = [];
        page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => logged.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => logged.push(`request failed: ${r.url()}`));
        page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && logged.push(`HTTP ${r.status()}: ${r.url()}`));
        await page.goto(`${origin}/${name}/`, { waitUntil: 'load' });
        // The card is defined, rendered its shadow tree, took the variant as a property and reflected it, and
        // wrote the date's text with the code it loads on first use. waitForFunction polls; no fixed wait.
        const state = await page
          .waitForFunction(
            () => {
              const card = document.querySelector('portal-article-card');
              const text = card?.querySelector('time')?.textContent?.trim();
              return (
                card &&
                customElements.get('portal-article-card') === card.constructor &&
                card.shadowRoot?.querySelector('[part=card]') &&
                text && {
                  variant: card.getAttribute('variant'),
                  dateFormat: card.dateFormat,
                  time: text,
                  tabStops: [...card.querySelectorAll('a')].map((a) => a.textContent.trim()),
                }
              );
            },
            { polling: 'mutation', timeout: 20000 },
          )
          .then((h) => h.jsonValue())
          .catch((e) => ({ error: e.message }));
        if (state.error) problems.push(`${name}: the card did not upgrade and write its date (${state.error})`);
        else {
          if (state.variant !== 'horizontal' || state.dateFormat !== 'long') problems.push(`${name}: variant/dateFormat did not reach the card: ${JSON.stringify(state)}`);
          if (!/2018/.test(state.time)) problems.push(`${name}: the card wrote "${state.time}" for 2018-03-13`);
        }
        if (logged.length) problems.push(`${name}: the page logged:\n  ${logged.join('\n  ')}`);
        await page.close();
      }
    });
  } finally {
    await browser.close();
    server.close();
  }

  console.log('\nconsumer bundles (the entry, and the chunks the card loads on first use):');
  const row = (label, bytes, gzip) => console.log(`  ${label.padEnd(52)} ${String(bytes).padStart(7)} bytes  ${String(gzip).padStart(6)} gzip`);
  for (const [name, files] of Object.entries(sizes)) {
    for (const f of files) row(`${name}/dist/assets/${f.file}`, f.bytes, f.gzip);
    row(`${name}: all`, files.reduce((n, f) => n + f.bytes, 0), files.reduce((n, f) => n + f.gzip, 0));
  }
} catch (error) {
  problems.push(`${error.message}${error.stderr ? `\n${error.stderr}` : ''}`);
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`(kept ${app})`);
  else rmSync(app, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\n✗ consumer test:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n✓ consumer test in ${Math.round(performance.now() - started)} ms`);

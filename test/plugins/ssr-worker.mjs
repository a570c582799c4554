/**
 * The worker of the `ssr-render` command (ssr.mjs): loads @lit-labs/ssr, then the components from dist/ or from src/
 * (bundled for Node), and renders the fragments it is sent. See ssr.mjs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import process from 'node:process';
import { parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { from } = workerData;

/** The newest modification time of any file under `dir`. */
const newest = (dir) =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));

/** The module that registers every component, for Node, with Lit external (the same Lit as @lit-labs/ssr). */
const entry = async () => {
  if (from == 'dist') {
    const file = join(root, 'dist/all.js');
    if (!existsSync(file)) throw new Error('dist/all.js is missing: run npm run build first (npm test does).');
    if (statSync(file).mtimeMs < newest(join(root, 'src'))) throw new Error('dist/all.js is older than src/: run npm run build first (npm test does).');
    return { url: pathToFileURL(file).href };
  }
  const { build } = await import('esbuild');
  // Inside the repository, so the bundle's `import 'lit'` resolves to node_modules/lit.
  const outDir = join(root, 'node_modules/.cache/portal-elements-ssr');
  const outfile = join(outDir, `wtr-${process.pid}-${Date.now()}.mjs`);
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'src/all.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
    logLevel: 'silent',
  });
  return { url: pathToFileURL(outfile).href, cleanup: () => rmSync(outfile, { force: true }) };
};

const said = [];
const ready = (async () => {
  const { url, cleanup } = await entry();
  // Lit first: its Node build puts the shim's `customElements` on globalThis.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  for (const level of ['warn', 'error']) console[level] = (...args) => said.push(`console.${level}: ${args.join(' ')}`);
  try {
    await import(url);
  } finally {
    cleanup?.();
  }
  return async (fragment) => collectResult(render(html`${unsafeStatic(fragment)}`));
})();

parentPort.on('message', async ({ id, fragments }) => {
  try {
    const renderOne = await ready;
    said.length = 0;
    const html = [];
    for (const fragment of fragments) html.push(await renderOne(fragment));
    parentPort.postMessage({ id, html, warnings: [...said] });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});

/**
 * A test-runner command that renders markup on the server with @lit-labs/ssr, as a portal's server would, and returns
 * the HTML (declarative shadow roots and Lit's hydration markers included):
 *
 *   const { html, warnings } = await executeServerCommand('ssr-render', { from: 'dist', fragments: ['<portal-figure>…'] });
 *
 * `from: 'dist'` renders with the built package (dist/all.js, as `import 'portal-elements/all.js'` on a server; build
 * first: a dist/ older than src/ is refused). `from: 'src'` renders with src/all.ts, bundled for Node by esbuild (as
 * test/node/ssr.test.mjs does), for the suites that run before the build. Each fragment is static HTML, rendered as a
 * Lit template. `warnings` are what the server printed (console.warn and console.error) while rendering.
 *
 * The rendering runs in a worker thread (ssr-worker.mjs): Lit's Node build installs its DOM shim (`customElements`,
 * `HTMLElement`) on the global object, which must not leak into the test runner's own process.
 */
import { Worker } from 'node:worker_threads';

export function ssrPlugin() {
  /** One worker per source, started on first use. */
  const workers = new Map();
  let next = 0;
  const worker = (from) => {
    if (!workers.has(from)) {
      const w = new Worker(new URL('./ssr-worker.mjs', import.meta.url), { workerData: { from } });
      const pending = new Map();
      w.on('message', ({ id, ...reply }) => {
        pending.get(id)?.(reply);
        pending.delete(id);
      });
      const fail = (error) => {
        for (const resolve of pending.values()) resolve({ error: String(error?.stack ?? error) });
        pending.clear();
        workers.delete(from);
      };
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`the SSR worker exited (${code})`)));
      workers.set(from, { w, pending });
    }
    return workers.get(from);
  };
  return {
    name: 'ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      const { from = 'dist', fragments } = payload ?? {};
      if (!['dist', 'src'].includes(from)) throw new Error(`ssr-render: from must be 'dist' or 'src', not ${JSON.stringify(from)}`);
      if (!Array.isArray(fragments) || fragments.some((f) => typeof f != 'string')) throw new Error('ssr-render: fragments must be an array of HTML strings');
      const { w, pending } = worker(from);
      const id = ++next;
      const reply = await new Promise((resolve) => {
        pending.set(id, resolve);
        w.postMessage({ id, fragments });
      });
      if (reply.error) throw new Error(`ssr-render (${from}): ${reply.error}`);
      return reply;
    },
    async serverStop() {
      await Promise.all([...workers.values()].map(({ w }) => w.terminate()));
      workers.clear();
    },
  };
}

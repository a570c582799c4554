#!/usr/bin/env node
/**
 * `npm run bench:leaks`: does any component leave something behind when it leaves the page? A benchmark, not a
 * test: it runs for minutes and is not part of `npm test`. Options: `--cycles 2000` for a quick look (default
 * 10000, run as two equal halves), `--only portal-figure` (repeatable), `--no-reuse` (fresh elements only), `--jit`
 * (V8's optimising compilers on, as in a browser: see below), `--shadow` (each element in a new shadow root of the
 * page's own, as in an app built of web components).
 *
 * For each of the six components, in a page of its own in headless Chromium (Debian's, as the tests use, with the
 * project's flags and `--js-flags=--expose-gc`), the script connects a fresh element with realistic content in the
 * states that load modules on first use, waits for its update and those modules (`updateComplete`), lets a task
 * pass (the browser may render and deliver observers), uses it (opens and closes the figure's zoom, leaves it open
 * on every fiftieth figure; follows a skip link), removes it and drops every reference: the single-page-app case,
 * where a router swaps the page's content. It does that CYCLES times, in two halves, and measures after each half
 * with GC forced (three full collections, with frames and tasks between them so that finalisers and observers run):
 * the JS heap in use (CDP Runtime.getHeapUsage), the DOM counters, and the listeners on `window` and `document`.
 * Then it asks a different question with one element connected again and again ("re-connected"): does anything
 * pile up on an element that comes back?
 *
 * How to read the numbers:
 * - B/cycle h1 is warm-up, for information only: the modules loaded on first use, Lit's template caches, V8's
 *   bytecode and inline caches, Blink's style and image caches. None of that grows with the number of cycles.
 * - B/cycle h2 = (heap after half 2 − heap after half 1) / (CYCLES / 2): what each cycle keeps, once warm. A leaked
 *   element is hundreds of bytes a cycle (a listener kept in a Set: ~640 B), a leaked article kilobytes.
 * - The page runs V8's interpreter only (`--no-opt --no-maglev --no-sparkplug --no-flush-bytecode`): with the
 *   optimising tiers on (`--jit`), the code they compile and throw away as loops get hot, and bytecode flushed
 *   after a few GCs, move the heap by ±5–12 KB between halves, i.e. ±1–2.5 B/cycle at 5,000 cycles: noise around
 *   the goal. Objects a cycle keeps are the same with or without them. With the interpreter only, the heap after
 *   GC repeats to the byte from one reading to the next, and a warm half moves it by a few hundred bytes (<0.1
 *   B/cycle). Fewer cycles (`--cycles 2000`) divide that by less: a quick look, not a verdict.
 * - nodes Δ and listeners Δ are Chromium's counters of live DOM nodes and JS event listeners (CDP
 *   Memory.getDOMCounters) across half 2, after GC: counts with no noise; anything above 0 is kept.
 * - win/doc left: listeners on `window` and `document` after the last disconnect that were not there before the
 *   first connect (CDP DOMDebugger.getEventListeners on both objects).
 * Verdict ✓ when half 2 is under 1 B/cycle, nodes Δ and listeners Δ are at most 0, nothing is left on window or
 * document, and every cycle reached its intended state. The script exits 1 if any component misses, so it can
 * serve as a check.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    cycles: { type: 'string', default: '10000' },
    only: { type: 'string', multiple: true },
    'no-reuse': { type: 'boolean', default: false },
    jit: { type: 'boolean', default: false },
    shadow: { type: 'boolean', default: false },
  },
});
const CYCLES = Number(opts.cycles);
if (!(CYCLES >= 2 && CYCLES % 2 == 0)) {
  console.error(`--cycles must be an even number ≥ 2, got ${opts.cycles}`);
  process.exit(2);
}
const HALF = CYCLES / 2;
/** The goal: what a warm cycle may keep, in bytes. */
const GOAL = 1;

// The components as an npm user ships them: Lit's production build, minified, each lazily loaded module a chunk of its own.
const { outputFiles } = await build({
  entryPoints: [join(root, 'scripts/bench-leaks-page.mjs')],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: '/bench',
  entryNames: '[name]',
  write: false,
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
});
const files = new Map(outputFiles.map((f) => [`/${basename(f.path)}`, f.text]));

// A page with real targets for the skip links (main, navigation, search) and a 30rem column for the components.
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench:leaks</title></head><body>
<nav id="dieu-huong" aria-label="Điều hướng chính"><a href="/">Trang chủ</a> <a href="/tin-hoat-dong">Tin hoạt động</a></nav>
<form role="search"><input id="tim-kiem" type="search" aria-label="Tìm kiếm"></form>
<main id="noi-dung"><div id="stage" style="inline-size: 30rem"></div></main>
<script type="module" src="/bench-leaks-page.js"></script></body></html>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    if (path == '/favicon.ico') return res.writeHead(204).end();
    if (path == '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (files.has(path)) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(files.get(path));
    if (/^\/assets\/[\w-]+\.svg$/.test(path)) {
      const svg = await readFile(join(root, 'stories', path));
      return res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' }).end(svg);
    }
  } catch {
    // falls through to 404
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const JS_FLAGS = `--expose-gc${opts.jit ? '' : ' --no-opt --no-maglev --no-sparkplug --no-flush-bytecode'}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--js-flags=${JS_FLAGS}`] });
const started = Date.now();

/** Opens the page, ready to run `name`; returns the page, its CDP session and what the page printed. */
async function open() {
  const page = await browser.newPage();
  const said = [];
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`error: ${e.message}`));
  await page.goto(origin, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench);
  const cdp = await page.createCDPSession();
  return { page, cdp, said };
}

/** Listeners on window and document, as "target type" keys (with the handler's location, so two handlers differ). */
async function globalListeners(cdp) {
  const out = [];
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench-leaks' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const l of listeners) out.push(`${expression} ${l.type}${l.useCapture ? ' (capture)' : ''} @${l.scriptId}:${l.lineNumber}:${l.columnNumber}`);
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench-leaks' });
  return out;
}

/** Forces GC (three full collections, with frames and tasks between them), then reads the heap and the DOM counters. */
async function measure(page, cdp) {
  for (let k = 0; k < 3; k++) {
    await page.evaluate(() => window.bench.settle());
    await page.evaluate(() => window.gc({ type: 'major', execution: 'async' }));
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

/** Both halves of one component in one page: its row of the table. */
async function measureComponent(name, fresh) {
  const { page, cdp, said } = await open();
  try {
    const before = await globalListeners(cdp);
    const m0 = await measure(page, cdp);
    const h1 = await page.evaluate((...a) => window.bench.run(...a), name, HALF, 0, fresh, opts.shadow);
    const m1 = await measure(page, cdp);
    const h2 = await page.evaluate((...a) => window.bench.run(...a), name, HALF, HALF, fresh, opts.shadow);
    // The re-connected element is still held here, as at the end of half 1: the counts compare like with like.
    const m2 = await measure(page, cdp);
    await page.evaluate(() => window.bench.drop());
    // Each listener there before the first connect accounts for one found now; the rest were left.
    const left = [];
    for (const l of await globalListeners(cdp)) {
      const i = before.indexOf(l);
      if (i < 0) left.push(l);
      else before.splice(i, 1);
    }
    return {
      name,
      half1: (m1.heap - m0.heap) / HALF,
      half2: (m2.heap - m1.heap) / HALF,
      nodes: m2.nodes - m1.nodes,
      listeners: m2.listeners - m1.listeners,
      left,
      problems: h1.problems,
      said: [...new Set(said)],
      ms: (h1.ms + h2.ms) / CYCLES,
    };
  } finally {
    await page.close();
  }
}

const verdict = (r) => r.half2 < GOAL && r.nodes <= 0 && r.listeners <= 0 && !r.left.length && !r.problems.length;

function table(title, rows) {
  const w = Math.max(...rows.map((r) => r.name.length), 'component'.length);
  const num = (x, d = 1) => (Object.is(Math.round(x * 10 ** d) / 10 ** d, -0) ? 0 : x).toFixed(d);
  console.log(`\n${title}`);
  console.log(`${'component'.padEnd(w)}  B/cycle h1  B/cycle h2  nodes Δ  listeners Δ  win/doc left  ms/cycle  verdict`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(w)}  ${num(r.half1).padStart(10)}  ${num(r.half2, 2).padStart(10)}  ${String(r.nodes).padStart(7)}  ${String(r.listeners).padStart(11)}  ${String(r.left.length).padStart(12)}  ${num(r.ms, 2).padStart(8)}  ${verdict(r) ? '✓' : '✗'}`,
    );
  }
  for (const r of rows) {
    const left = new Map();
    for (const l of r.left) left.set(l, (left.get(l) ?? 0) + 1);
    for (const [l, n] of left) console.log(`  ${r.name}: left on ${l}${n > 1 ? ` ×${n}` : ''}`);
    for (const p of r.problems) console.log(`  ${r.name}: ${p}`);
    for (const s of r.said) console.log(`  ${r.name} printed: ${s}`);
  }
}

let failed = false;
try {
  const names = opts.only ?? (await (async () => {
    const { page } = await open();
    const n = await page.evaluate(() => window.bench.names);
    await page.close();
    return n;
  })());
  console.log(`bench:leaks — ${CYCLES} connect/disconnect cycles per component (2 × ${HALF}), headless ${await browser.version()}, --js-flags=${JS_FLAGS}, ${new Date().toISOString().slice(0, 10)}`);
  for (const [title, fresh] of [
    [`fresh: a new element each cycle (the single-page-app case)${opts.shadow ? ', in a new shadow root' : ''}`, true],
    ...(opts['no-reuse'] ? [] : [[`re-connected: one element, connected again each cycle${opts.shadow ? ', in a new shadow root' : ''}`, false]]),
  ]) {
    const rows = [];
    for (const name of names) rows.push(await measureComponent(name, fresh));
    table(title, rows);
    failed ||= !rows.every(verdict);
  }
  console.log(`\nGoal: under ${GOAL} B/cycle in half 2 (half 1 is warm-up), no nodes or listeners kept, nothing left on window or document.`);
  console.log(`${failed ? '✗ a goal is missed' : '✓ every goal met'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;

#!/usr/bin/env node
/**
 * `npm run bench:cards` (the first part of `npm run bench`): what 1,000 news cards cost to put on a page, against the
 * same content as plain HTML. A benchmark, not a timed test: `npm test` does not run it. Issue 15.
 *
 * The scenario: 1,000 cards (scripts/bench-cards-content.mjs: the stories' sample news, cycled) inserted with
 * `innerHTML` into a 3-column grid, in headless Chromium (Debian's, with the project's flags; nothing is downloaded),
 * at 1280×800. A run is timed from the insertion to the end of the next frame after every card's `updateComplete`
 * (a MessageChannel task queued from a requestAnimationFrame callback, so style, layout and paint are in), the same
 * way for every candidate (scripts/bench-cards-page.mjs). The candidates:
 *   floor              plain <article> light DOM, laid out by the page CSS with the card's own rules
 *   portal             <portal-article-card> as the README writes it (h3 title link, category link, dated <time>, <p>, <img>)
 *   portal-empty-time  the same with <time datetime> left empty: the card writes the date in its first update
 *   bare-lit           a LitElement with two slots and minimal shadow CSS (scripts/bench-bare-card.mjs)
 *   shoelace           <sl-card> (@shoelace-style/shoelace), with its light theme stylesheet
 *   webawesome         <wa-card> (@awesome.me/webawesome), with its default theme stylesheet
 * Every page has the same page CSS (PAGE_CSS); Shoelace and Web Awesome also get their theme's stylesheet (their
 * tokens: without it their cards have no border, padding or colours), loaded before anything is timed.
 *
 * Each candidate's script is bundled ahead of time with esbuild as a portal ships it (minified, ES modules, Lit's
 * production build: no `development` export condition, `process.env.NODE_ENV` "production"; modules loaded on
 * first use stay chunks of their own) and served from 127.0.0.1. Each run is a fresh tab: load, wait for the
 * markup and fonts, force a GC, two frames, then the timed insertion, then the check that every card rendered
 * (scripts/bench-cards-page.mjs: upgraded, a shadow root, the title slotted and visible with a non-zero box, the
 * date's text there). Rounds are interleaved round-robin, the starting candidate rotating each round; the warm-up
 * rounds are not counted. Prints medians and their ratio to the floor, and the median and quartiles of each run's
 * ratio to the floor's run in the same round (the steadier measure on a shared machine whose load drifts over
 * minutes); exits 1 if any card failed its check.
 *
 * Options: `--rounds 15` (counted rounds), `--warmup 2`, `--only portal` (repeatable; the floor always runs),
 * `--shots DIR` (a screenshot of each candidate's first run, to see that the cards look alike),
 * `--base <git ref>` (the card at that commit as two more candidates, README markup and empty <time>: before and
 * after in one run), `--trace 3` (that many traced runs of each candidate after the timed rounds: the main thread's time
 * by kind of work, parse, script, style, layout, paint), `--profile 5` (after the timed rounds, that many more runs of each portal candidate under the CDP Profiler, not
 * timed: prints the self time of the card's own functions, those from src/components/article-card and src/internal,
 * located through the bundle's source map, with Lit's and the rest's totals beside them).
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceMap } from 'node:module';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { CARDS, PAGE_CSS, items, markup } from './bench-cards-content.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    only: { type: 'string', multiple: true },
    shots: { type: 'string' },
    profile: { type: 'string' },
    trace: { type: 'string' },
    base: { type: 'string', multiple: true },
  },
});
const ROUNDS = Number(opts.rounds);
const WARMUP = Number(opts.warmup);
const page = join(root, 'scripts/bench-cards-page.mjs');
const shoelace = join(root, 'node_modules/@shoelace-style/shoelace/dist');
const webawesome = join(root, 'node_modules/@awesome.me/webawesome/dist');

/** Each candidate: its script (besides the page harness), the stylesheets it needs, a class for <html>, a label. */
const CANDIDATES = {
  floor: { label: 'plain HTML <article> (floor)', js: '' },
  portal: { label: '<portal-article-card>, README markup', js: `import '${join(root, 'src/components/article-card/define.ts')}';` },
  'portal-empty-time': { label: '<portal-article-card>, empty <time>', js: `import '${join(root, 'src/components/article-card/define.ts')}';` },
  'bare-lit': { label: 'bare LitElement, 2 slots', js: `import '${join(root, 'scripts/bench-bare-card.mjs')}';` },
  shoelace: {
    label: 'Shoelace <sl-card> 2.20',
    js: `import '${shoelace}/components/card/card.js';`,
    css: ['/pkg/shoelace/themes/light.css'],
    htmlClass: 'sl-theme-light',
  },
  webawesome: {
    label: 'Web Awesome <wa-card> 3.14',
    js: `import '${webawesome}/components/card/card.js';`,
    css: ['/pkg/webawesome/styles/themes/default.css'],
    htmlClass: 'wa-theme-default wa-palette-default',
  },
};
// --base REF: the card as it was at a git commit, in the same run (src/ of REF, unpacked under node_modules/.cache so
// that it resolves the same packages), the README markup and the empty <time>: a before and after that the load of
// a shared machine cannot tilt, as both meet it in every round.
for (const [i, ref] of (opts.base ?? []).entries()) {
  const dir = join(root, 'node_modules/.cache/bench-base', ref.replace(/[^\w.-]/g, '_'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${root}" archive "$1" src | tar -x -C "${dir}"`, 'sh', ref]);
  const [name, empty] = [`base${i || ''}`, `base${i || ''}-empty-time`];
  const js = `import '${join(dir, 'src/components/article-card/define.ts')}';`;
  CANDIDATES[name] = { label: `${CANDIDATES.portal.label} at ${ref}`, js };
  CANDIDATES[empty] = { label: `${CANDIDATES['portal-empty-time'].label} at ${ref}`, js };
  markup[name] = markup.portal;
  markup[empty] = markup['portal-empty-time'];
  opts.only &&= [...opts.only, ...(opts.only.includes('portal') ? [name] : []), ...(opts.only.includes('portal-empty-time') ? [empty] : [])];
}
const names = ['floor', ...Object.keys(CANDIDATES).filter((n) => n != 'floor' && (!opts.only || opts.only.includes(n)))];

// Each candidate's script, bundled as a portal ships it: one entry per candidate, shared code and lazy modules as chunks.
const { outputFiles, metafile } = await build({
  entryPoints: names,
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: '/bench',
  entryNames: '[name]',
  write: false,
  metafile: true,
  // Only read by --profile, to name the functions it samples; not served, so the pages are the same either way.
  sourcemap: 'external',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
  plugins: [
    {
      name: 'candidates',
      setup(b) {
        b.onResolve({ filter: /^[\w-]+$/ }, (args) => (args.kind == 'entry-point' ? { path: args.path, namespace: 'candidate' } : undefined));
        // What a candidate's entry imports is imported for its effects (defining the element, the harness): the
        // packages' "sideEffects" lists (this one's among them) must not drop it.
        b.onResolve({ filter: /.*/, namespace: 'candidate' }, async (args) => {
          if (args.pluginData == 'again') return undefined;
          const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, namespace: 'file', pluginData: 'again' });
          return { ...found, sideEffects: true };
        });
        b.onLoad({ filter: /.*/, namespace: 'candidate' }, (args) => ({
          contents: `${CANDIDATES[args.path].js}\nimport '${page}';`,
          resolveDir: root,
          loader: 'js',
        }));
      },
    },
  ],
});
// Without the source map's comment: the pages load exactly what they would without the map.
const files = new Map(outputFiles.filter((f) => !f.path.endsWith('.map')).map((f) => [f.path.replace(/^.*\/bench\//, '/'), f.text.replace(/\n\/\/# sourceMappingURL=\S+\n?$/, '\n')]));
const maps = new Map(outputFiles.filter((f) => f.path.endsWith('.map')).map((f) => [f.path.replace(/^.*\/bench\//, '/').slice(0, -4), new SourceMap(JSON.parse(f.text))]));
/** gzip bytes of a candidate's script as loaded up front (its entry and the chunks it imports statically, harness included). */
const upfront = (name) => {
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of metafile.outputs[out].imports) if (i.kind == 'import-statement') visit(i.path);
  };
  visit(Object.keys(metafile.outputs).find((o) => o.endsWith(`/${name}.js`)));
  return [...seen].reduce((sum, out) => sum + gzipSync(files.get(out.replace(/^.*\/bench\//, '/'))).length, 0);
};

const cards = items();
const pages = new Map();
/** The libraries' stylesheets, served from their dist folders (their own @imports resolve there). */
const packages = { shoelace, webawesome };
for (const name of names) {
  const c = CANDIDATES[name];
  const links = (c.css ?? []).map((href) => `<link rel="stylesheet" href="${href}">`);
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="vi" data-candidate="${name}"${c.htmlClass ? ` class="${c.htmlClass}"` : ''}><head><meta charset="utf-8"><title>bench:cards ${name}</title>` +
      `<style>${PAGE_CSS}</style>${links.join('')}</head><body><main><h2>Tin hoạt động</h2><div id="grid"></div></main>` +
      `<script type="module" src="/${name}.js"></script></body></html>`,
  );
  pages.set(`/cards/${name}.html`, cards.map(markup[name]).join('\n'));
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    if (pages.has(path)) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    if (files.has(path)) return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }).end(files.get(path));
    if (path == '/favicon.ico') return res.writeHead(204).end();
    const css = /^\/pkg\/(\w+)\/([\w/.-]+\.css)$/.exec(path);
    if (css && packages[css[1]] && !css[2].includes('..')) {
      return res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'max-age=3600' }).end(await readFile(join(packages[css[1]], css[2])));
    }
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

const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const started = Date.now();

const shot = new Set();
/** One run of one candidate in a fresh tab: its times and its check. */
async function runOnce(name, profile, trace) {
  const tab = await browser.newPage();
  const said = [];
  tab.on('pageerror', (e) => said.push(`error: ${e.message}`));
  tab.on('console', (m) => m.type() != 'log' && said.push(`${m.type()}: ${m.text()} ${m.location()?.url ?? ''}`));
  try {
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.bench?.ready, { timeout: 20000 }).catch((e) => {
      throw new Error(`${name}: the page did not get ready (${e.message}); it printed: ${said.join('; ') || 'nothing'}`);
    });
    await tab.evaluate(() => window.bench.ready);
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    if (trace) await tab.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
    const times = await tab.evaluate(() => window.bench.run());
    if (profile) profile.push((await cdp.send('Profiler.stop')).profile);
    if (trace) trace.push(JSON.parse(new TextDecoder().decode(await tab.tracing.stop())));
    const check = await tab.evaluate(() => window.bench.check());
    if (opts.shots && !shot.has(name)) {
      shot.add(name);
      mkdirSync(opts.shots, { recursive: true });
      await tab.screenshot({ path: join(opts.shots, `${name}.png`) });
    }
    return { ...times, check, said };
  } finally {
    await tab.close();
  }
}

/**
 * Self time per function over `profiles` (CDP Profiler profiles of the timed part of a run), each sampled function
 * located in the sources through the bundle's source map: the card's own (src/components/article-card, src/internal)
 * one line each, Lit and everything else (the browser's own work: parsing, style, layout; the harness) as totals.
 */
function summarise(profiles, label) {
  const self = new Map();
  const groups = { card: 0, lit: 0, other: 0 };
  let total = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      total += ms;
      const { callFrame: f } = byId.get(id);
      const path = f.url && new URL(f.url).pathname;
      const entry = maps.get(path)?.findEntry(f.lineNumber, f.columnNumber);
      const source = entry?.originalSource?.replace(/^.*?bench-base\/[^/]+\//, '').replace(/^.*?(?=src\/|node_modules\/|scripts\/)/, '') ?? '';
      if (/^src\/(components\/article-card|internal)\//.test(source)) {
        const { sources, sourcesContent } = maps.get(path).payload;
        const text = sourcesContent?.[sources.indexOf(entry.originalSource)]?.split('\n')[entry.originalLine]?.trim().slice(0, 60) ?? '';
        const key = `${source}:${entry.originalLine + 1}  ${entry.name ?? text}`;
        self.set(key, (self.get(key) ?? 0) + ms);
        groups.card += ms;
      } else if (source.includes('node_modules/lit') || source.includes('node_modules/@lit')) groups.lit += ms;
      else groups.other += ms;
    });
  }
  const n = profiles.length;
  const lines = [...self].sort((a, b) => b[1] - a[1]).map(([k, ms]) => `  ${(ms / n).toFixed(2).padStart(7)} ms  ${k}`);
  return (
    `profile of ${label}: self time per run, mean of ${n} profiled runs (sampled every 50 µs; minified names, source lines from the map)\n` +
    `  ${(groups.card / n).toFixed(1).padStart(7)} ms  the card's own code (src/components/article-card, src/internal), of which:\n${lines.slice(0, 15).join('\n')}\n` +
    `  ${(groups.lit / n).toFixed(1).padStart(7)} ms  Lit\n  ${(groups.other / n).toFixed(1).padStart(7)} ms  the rest (parsing, style, layout, paint, GC, idle, the harness)\n  ${(total / n).toFixed(1).padStart(7)} ms  in all`
  );
}

/**
 * The renderer's main thread between the insertion and the end of the frame (the page's `bench-run` user timing
 * marks), from Chrome traces: self time by kind of work, each trace event's time less its children's.
 */
const KINDS = [
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, 'parse HTML and CSS'],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/, 'style'],
  [/^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask|Decode.*)$/, 'paint and composite'],
  [/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*|ThreadState::.*)$/, 'garbage collection'],
  [/^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|v8\.evaluateModule|V8\..*|v8\..*|CustomElement.*|HTMLDocumentParser.*)$/, 'script (the elements, Lit, the harness)'],
];
function traceSummary(traces, label) {
  const sums = new Map();
  for (const { traceEvents } of traces) {
    const main = traceEvents.find((e) => e.name == 'thread_name' && e.args?.name == 'CrRendererMain' && traceEvents.some((m) => m.pid == e.pid && m.name == 'bench-run'));
    const on = traceEvents.filter((e) => e.pid == main.pid && e.tid == main.tid);
    const mark = (n) => on.find((e) => e.name == n)?.ts ?? traceEvents.find((e) => e.name == n && e.pid == main.pid).ts;
    const [t0, t1] = [mark('bench-run'), mark('bench-end')];
    // Complete events ('X') and begin/end pairs ('B'/'E'), as intervals, then self time by nesting.
    const spans = [];
    const open = [];
    for (const e of on.sort((a, b) => a.ts - b.ts)) {
      if (e.ph == 'X' && e.dur) spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
      else if (e.ph == 'B') open.push(e);
      else if (e.ph == 'E') {
        const b = open.pop();
        if (b) spans.push({ name: b.name, start: b.ts, end: e.ts });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack = [];
    const add = (name, us) => {
      const kind = KINDS.find(([re]) => re.test(name))?.[1] ?? `other: ${name}`;
      sums.set(kind, (sums.get(kind) ?? 0) + us / 1000);
    };
    const clip = (s) => Math.max(0, Math.min(s.end, t1) - Math.max(s.start, t0));
    for (const s of spans) {
      while (stack.length && stack.at(-1).end <= s.start) stack.pop();
      const parent = stack.at(-1);
      if (parent) add(parent.name, -clip(s));
      add(s.name, clip(s));
      stack.push(s);
    }
    sums.set('in all (insertion to frame end)', (sums.get('in all (insertion to frame end)') ?? 0) + (t1 - t0) / 1000);
  }
  const n = traces.length;
  const lines = [...sums].filter(([, ms]) => ms / n >= 0.5).sort((a, b) => b[1] - a[1]);
  return `${label}: main thread per run, mean of ${n} traced runs\n${lines.map(([k, ms]) => `  ${(ms / n).toFixed(1).padStart(7)} ms  ${k}`).join('\n')}`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let failed = false;
try {
  const version = await browser.version();
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  const checks = Object.fromEntries(names.map((n) => [n, { runs: 0, good: 0, problems: {}, said: new Set() }]));
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      const r = await runOnce(name);
      const c = checks[name];
      c.runs++;
      if (r.check.cards == CARDS && r.check.ok == CARDS) c.good++;
      for (const [k, v] of Object.entries(r.check.problems)) c.problems[k] = (c.problems[k] ?? 0) + v;
      if (r.check.cards != CARDS) c.problems[`${r.check.cards} cards instead of ${CARDS}`] = 1;
      for (const s of r.said) c.said.add(s);
      if (round >= WARMUP) runs[name].push({ ...r, round });
    }
    process.stderr.write(`round ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}\r`);
  }
  process.stderr.write('\n');

  const floor = { total: median(runs.floor.map((r) => r.total)), script: median(runs.floor.map((r) => r.script)) };
  const rows = names.map((name) => {
    const total = median(runs[name].map((r) => r.total));
    const script = median(runs[name].map((r) => r.script));
    const spread = runs[name].map((r) => r.total).sort((a, b) => a - b);
    const q = (p) => spread[Math.min(spread.length - 1, Math.floor(p * spread.length))];
    const frames = median(runs[name].map((r) => r.frames));
    // Each run over the floor's run of the same round (minutes apart at most, under the same load), then their median and quartiles.
    const ratios = runs[name].map((r) => r.total / runs.floor.find((f) => f.round == r.round).total).sort((a, b) => a - b);
    const qr = (p) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))];
    const perRound = `${median(ratios).toFixed(2)}× (${qr(0.25).toFixed(2)}–${qr(0.75).toFixed(2)})`;
    return { name, label: CANDIDATES[name].label, total, script, frames, ratio: total / floor.total, perRound, iqr: `${q(0.25).toFixed(0)}–${q(0.75).toFixed(0)}`, js: upfront(name), check: checks[name] };
  });
  const w = Math.max(...rows.map((r) => r.label.length), 'candidate'.length);
  console.log(
    `bench:cards — ${CARDS} cards inserted into a 3-column grid (1280×800), insertion → every update → end of the next frame; ` +
      `headless ${version}; median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log(`${'candidate'.padEnd(w)}  median ms  × floor  IQR ms     per round × floor (IQR)  to update ms  frames before  JS gzip B  rendered`);
  for (const r of rows) {
    const rendered = r.check.good == r.check.runs ? `✓ ${CARDS}/${CARDS} × ${r.check.runs} runs` : `✗ ${r.check.good}/${r.check.runs} runs`;
    console.log(
      `${r.label.padEnd(w)}  ${r.total.toFixed(1).padStart(9)}  ${r.ratio.toFixed(2).padStart(6)}×  ${r.iqr.padEnd(9)}  ${r.perRound.padEnd(23)}  ${r.script.toFixed(1).padStart(12)}  ${String(r.frames).padStart(13)}  ${String(r.js).padStart(9)}  ${rendered}`,
    );
  }
  if (opts.profile) {
    for (const name of names.filter((n) => n.startsWith('portal') || n.startsWith('base'))) {
      const profiles = [];
      for (let i = 0; i < Number(opts.profile); i++) await runOnce(name, profiles);
      console.log(`\n${summarise(profiles, CANDIDATES[name].label)}`);
    }
    console.log('');
  }
  if (opts.trace) {
    for (const name of names) {
      const traces = [];
      for (let i = 0; i < Number(opts.trace); i++) await runOnce(name, undefined, traces);
      console.log(`\n${traceSummary(traces, CANDIDATES[name].label)}`);
    }
    console.log('');
  }
  for (const r of rows) {
    for (const [k, v] of Object.entries(r.check.problems)) console.log(`  ${r.name}: ${k} (${v} cards over all runs)`);
    for (const s of r.check.said) console.log(`  ${r.name} printed: ${s}`);
  }
  failed = rows.some((r) => r.check.good != r.check.runs);
  console.log(
    `\n"median ms": insertion to the end of the next frame; "to update ms": insertion to every card's updateComplete;` +
      `\n"× floor": the ratio of the medians; "per round × floor": each run over the floor's run in the same round, their median and quartiles` +
      `\n(the load of a shared machine drifts over minutes: a ratio within one round is the steadier measure).` +
      `\n"frames before": frames rendered in between (0: the cards' first frame shows them done; n: the grid was laid out and painted n times before that).` +
      `\nJS gzip: the page's script loaded up front (the harness included, the same for all; lazy chunks not counted).` +
      `\n${failed ? '✗ some cards did not render: the times above do not count' : '✓ every card rendered in every run'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;

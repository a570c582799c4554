#!/usr/bin/env node
/**
 * `npm run bench:ssr` (part of `npm run bench`): what 1,000 news cards cost to server-render with @lit-labs/ssr, in
 * time and in bytes (raw and gzip), against the plain HTML of the same content. A benchmark, not a test. Issue 15.
 *
 * The same content as `npm run bench:cards` (scripts/bench-cards-content.mjs), rendered in Node as a portal's
 * server would: one Lit template mapping the 1,000 items, rendered with `render()` and read whole with
 * `collectResult()`. The candidates:
 *   plain HTML      the floor: the cards as plain <article> markup, joined from template literals (no renderer)
 *   plain via Lit   the same <article> markup as a Lit template through @lit-labs/ssr (the renderer's own cost)
 *   portal          <portal-article-card> as the README writes it (its declarative shadow root and styles per card)
 *   bare-lit        the bare LitElement of bench:cards (two slots, minimal shadow CSS)
 * The card comes from the built package (dist/article-card.js, as a portal's server imports it; Lit external, so it
 * and @lit-labs/ssr share one Lit; Lit's Node build and its DOM shim, no `document`). Rounds are interleaved, the
 * warm-up rounds not counted; prints the median time per 1,000 cards, the bytes, and their ratios to the floor,
 * and checks that every card has its title in the output and, for the elements, a declarative shadow root.
 *
 * Options: `--rounds 15`, `--warmup 3`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CARDS, dateText, items, markup } from './bench-cards-content.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, warmup: { type: 'string', default: '3' } } });
const ROUNDS = Number(opts.rounds);
const WARMUP = Number(opts.warmup);

// The card as the package ships it (dist/, built by `npm run build`, which `npm run bench` runs first): its CSS
// literals minified, as every portal that server-renders it gets them. Lit stays external there, so the card and
// @lit-labs/ssr share one Lit.
const dist = join(root, 'dist/article-card.js');
if (!existsSync(dist)) {
  console.error('bench:ssr renders the built package: run npm run build first (npm run bench does).');
  process.exit(1);
}
// Lit first: its Node build puts the shim's `customElements` on globalThis.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import(pathToFileURL(dist).href);
// Plain JS importing 'lit': Node loads it as it is, with the same Lit as @lit-labs/ssr.
await import('./bench-bare-card.mjs');

const news = items();
// The children as Lit templates: the text and URLs are bindings, as a server fills them from its data.
const children = (n, img) => html`<h3><a href=${n.href}>${n.title}</a></h3><a href=${n.categoryHref}>${n.category}</a> <time datetime=${n.date}>${dateText(n.date)}</time><p>${n.excerpt}</p>${img}`;
const photo = (n) => html`<img src=${n.photo} alt="" width="900" height="600" loading="lazy">`;
const media = (n) => html`<img slot="media" src=${n.photo} alt="" width="900" height="600" loading="lazy">`;
const viaLit = (card) => async () => collectResult(render(html`${news.map(card)}`));

const CANDIDATES = {
  'plain HTML (floor)': { make: async () => news.map(markup.floor).join('\n'), shadow: false },
  'plain <article> via Lit SSR': { make: viaLit((n) => html`<article class="card">${children(n, photo(n))}</article>`), shadow: false },
  '<portal-article-card>': { make: viaLit((n) => html`<portal-article-card>${children(n, photo(n))}</portal-article-card>`), shadow: true },
  'bare LitElement': { make: viaLit((n) => html`<bare-card>${media(n)}${children(n, '')}</bare-card>`), shadow: true },
};
const names = Object.keys(CANDIDATES);

/** Every title in the output, in the light DOM, and for an element one declarative shadow root per card. */
const check = (name, out) => {
  const problems = [];
  const titles = news.filter((n) => out.includes(`href="${n.href}"`)).length;
  if (titles != CARDS) problems.push(`${titles} of ${CARDS} title links`);
  const roots = out.split(/<template shadowroot(?:mode)?="open"/).length - 1;
  if (CANDIDATES[name].shadow && roots != CARDS) problems.push(`${roots} declarative shadow roots`);
  return problems;
};

const started = Date.now();
const times = Object.fromEntries(names.map((n) => [n, []]));
const outputs = {};
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const name of names.map((_, i) => names[(i + round) % names.length])) {
    const t0 = performance.now();
    const out = await CANDIDATES[name].make();
    const ms = performance.now() - t0;
    if (round >= WARMUP) times[name].push(ms);
    outputs[name] = out;
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = names.map((name) => {
  const out = outputs[name];
  return { name, ms: median(times[name]), raw: Buffer.byteLength(out), gzip: gzipSync(out).length, problems: check(name, out) };
});
const [floor] = rows;
const w = Math.max(...names.map((n) => n.length));
const n = (x) => x.toLocaleString('en');
console.log(
  `\nbench:ssr — ${CARDS} cards server-rendered with @lit-labs/ssr (render + collectResult), Node ${process.version}; ` +
    `median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up; ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log(`${'candidate'.padEnd(w)}  median ms  × floor  raw bytes  × floor  gzip bytes  × floor  rendered`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(w)}  ${r.ms.toFixed(1).padStart(9)}  ${(r.ms / floor.ms).toFixed(1).padStart(6)}×  ${n(r.raw).padStart(9)}  ${(r.raw / floor.raw).toFixed(2).padStart(6)}×  ${n(r.gzip).padStart(10)}  ${(r.gzip / floor.gzip).toFixed(2).padStart(6)}×  ${r.problems.length ? `✗ ${r.problems.join(', ')}` : `✓ ${CARDS}/${CARDS}`}`,
  );
}
const failed = rows.some((r) => r.problems.length);
console.log(`\ngzip: Node's zlib at its default level, as a server compresses. ${failed ? '✗ some cards did not render' : '✓ every card rendered'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failed ? 1 : 0;

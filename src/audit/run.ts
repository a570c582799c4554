/// <reference types="node" />
/**
 * The audit of pages (URLs, files, sitemaps, with an optional same-origin crawl) or of a Storybook
 * build, in one Chromium, writing every report format.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { AXE_TAGS, ENGINE_ID, auditLoadedPage, engineSources, watchPageErrors, type Engine } from './audit.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { coverage, loadConformance } from './conformance.js';
import type { Report, RunResult } from './model.js';
import { renderAcr } from './report-acr.js';
import { renderEarl } from './report-earl.js';
import { renderHtml } from './report-html.js';

const require = createRequire(import.meta.url);
const version = (name: string): string | undefined => {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
};

export interface Options {
  inputs: string[];
  storybook?: string;
  build: boolean;
  out: string;
  themes?: string[];
  langs?: string[];
  stories?: string;
  wait: number;
  engines: Engine[];
  crawl: boolean;
  maxPages: number;
  concurrency: number;
  delay: number;
  lang: 'vi' | 'en';
  conformance?: string;
  screenshots: boolean;
  /** The repository root, for the Storybook mode (themes, sources, build). */
  root: string;
  /** Called after every run: progress display. */
  onProgress?: (done: number, total: number, label: string, result: RunResult) => void;
  /** Set to true to stop after the runs already started (Ctrl-C). */
  stop?: { requested: boolean };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** A static server for a folder, on a free port of localhost. */
export const serve = (dir: string): Promise<{ server: Server; origin: string }> =>
  new Promise((ok) => {
    const server = createServer(async (req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (path !== dir && !path.startsWith(dir + sep)) path = join(dir, 'index.html');
      if (path.endsWith('/') || path === dir) path = join(path, 'index.html');
      try {
        const body = await readFile(path);
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });

/** The <loc> URLs of a sitemap (a sitemap index is followed one level). */
export const sitemapUrls = async (text: string, fetchText: (url: string) => Promise<string>): Promise<string[]> => {
  const locs = [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  if (!/<sitemapindex[\s>]/.test(text)) return locs;
  const nested = await Promise.all(locs.map(async (u) => sitemapUrls(await fetchText(u), fetchText)));
  return nested.flat();
};

const NOT_PAGES = /\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp[34]|avi|mov|css|js|mjs|json|xml|txt)$/i;

/** Same-origin links of the page, without fragments, that look like pages. */
const linksOf = (page: Page, origins: Set<string>): Promise<string[]> =>
  page.evaluate((allowed: string[]) => {
    const out = new Set<string>();
    for (const a of document.querySelectorAll('a[href]')) {
      try {
        const u = new URL(a.getAttribute('href')!, document.baseURI);
        if (!/^https?:$/.test(u.protocol) || !allowed.includes(u.origin)) continue;
        u.hash = '';
        out.add(u.href);
      } catch {
        // not a URL
      }
    }
    return [...out];
  }, [...origins]).then((links) => links.filter((l) => !NOT_PAGES.test(new URL(l).pathname)));

/** Turns the command line's inputs into URLs, serving files over http (never file://, where module scripts are blocked). */
const resolveInputs = async (inputs: string[], servers: Server[]): Promise<{ urls: string[]; shown: Map<string, string> }> => {
  const urls: string[] = [];
  const shown = new Map<string, string>();
  const served = new Map<string, string>();
  const cwd = process.cwd();
  const base = process.env['INIT_CWD'] ?? cwd;
  const urlOf = async (file: string) => {
    const rel = relative(cwd, file);
    const inCwd = !!rel && !rel.startsWith('..') && !isAbsolute(rel);
    const dir = inCwd ? cwd : dirname(file);
    let origin = served.get(dir);
    if (!origin) {
      const s = await serve(dir);
      servers.push(s.server);
      served.set(dir, (origin = s.origin));
    }
    return `${origin}/${(inCwd ? rel : basename(file)).split(sep).map(encodeURIComponent).join('/')}`;
  };
  for (const input of inputs) {
    const isUrl = /^https?:\/\//.test(input);
    const file = isUrl ? '' : resolve(base, input);
    if (!isUrl && !existsSync(file)) throw new Error(`${input} does not exist`);
    if (/\.xml$/i.test(input)) {
      const text = isUrl ? await (await fetch(input)).text() : readFileSync(file, 'utf8');
      const fetchText = async (u: string) => (/^https?:/.test(u) ? (await fetch(u)).text() : readFileSync(resolve(dirname(file), u), 'utf8'));
      for (const loc of await sitemapUrls(text, fetchText)) {
        // A local sitemap may list paths relative to its folder: those are served too.
        const u = /^https?:/.test(loc) ? loc : await urlOf(resolve(dirname(file), loc));
        urls.push(u);
        shown.set(u, loc);
      }
      continue;
    }
    if (isUrl) {
      urls.push(input);
      shown.set(input, input);
    } else {
      const u = await urlOf(file);
      urls.push(u);
      shown.set(u, pathToFileURL(file).href);
      console.log(`audit: ${pathToFileURL(file).href} (served at ${u})`);
    }
  }
  return { urls, shown };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A page that behaves as the focused one even when it is not in front: with --concurrency 2 only one page of the
 * browser has system focus, and in the others :focus and :focus-visible never match, so the focus checks (2.4.7,
 * 1.4.11, the Tab walk) would fail whichever page the load of the machine left behind.
 */
export const focusedPage = async (browser: Browser) => {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
};

/** Pages: the inputs, and with --crawl every same-origin page they link to, up to --max-pages, --concurrency at once. */
const auditPages = async (browser: Browser, opts: Options): Promise<RunResult[]> => {
  const servers: Server[] = [];
  try {
    const { urls, shown } = await resolveInputs(opts.inputs, servers);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    const queue = [...new Set(urls)];
    const seen = new Set(queue);
    const results: RunResult[] = [];
    const sources = engineSources(opts.engines);
    let started = 0;
    let lastStart = 0;
    const total = () => Math.min(opts.maxPages, seen.size);
    const shotsDir = join(opts.out, 'screenshots');
    // Screenshots one page at a time, each page brought to front first: a page behind another draws no frame, and
    // its screenshot waited for one until the protocol timed out (3 minutes per page with --concurrency 2).
    let shooting: Promise<unknown> = Promise.resolve();
    const shoot = (page: Page, result: RunResult, index: number) =>
      (shooting = shooting.catch(() => {}).then(async () => {
        await page.bringToFront();
        await screenshots(page, result, shotsDir, index, opts.out);
      }));
    const worker = async () => {
      const page = await focusedPage(browser);
      await page.setViewport({ width: 1280, height: 900 });
      const watch = watchPageErrors(page);
      try {
        while (queue.length && started < opts.maxPages && !opts.stop?.requested) {
          const url = queue.shift()!;
          const index = started++;
          const wait = lastStart + opts.delay - Date.now();
          lastStart = Math.max(Date.now(), lastStart + opts.delay);
          if (wait > 0) await sleep(wait);
          watch.begin();
          let result: RunResult;
          try {
            const response = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
            if (response && response.status() >= 400) watch.add({ target: url, html: '', summary: `the page answered HTTP ${response.status()}` });
            const lang = await page.evaluate(() => document.documentElement.lang || '(none)');
            const title = await page.evaluate(() => document.title);
            const id = shown.get(url) ?? url;
            result = await auditLoadedPage(page, watch, { kind: 'page', id, title: title || id, name: 'Page', component: id, theme: '(page)', lang }, { scope: 'html', pageLevel: true, wait: opts.wait, engines: opts.engines, sources });
            if (opts.crawl) {
              for (const link of await linksOf(page, origins)) {
                if (!seen.has(link)) {
                  seen.add(link);
                  queue.push(link);
                }
              }
            }
            if (opts.screenshots) await shoot(page, result, index);
          } catch (e) {
            const id = shown.get(url) ?? url;
            result = { kind: 'page', id, title: id, name: 'Page', component: id, theme: '(page)', lang: '(none)', violations: [{ id: 'portal-page-error', source: 'portal-elements', help: 'The page could not be audited', helpUrl: '', wcag: [], fix: 'Check that the URL answers with an HTML page.', nodes: [{ target: url, html: '', summary: `could not audit: ${(e as Error).message}` }] }], findings: [], review: [], errors: [{ target: url, html: '', summary: `could not audit: ${(e as Error).message}` }], criteria: {}, tags: {}, ms: 0 };
          }
          results[index] = result;
          opts.onProgress?.(results.filter(Boolean).length, total(), shown.get(url) ?? url, result);
        }
      } finally {
        await page.close().catch(() => {});
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
    return results.filter(Boolean);
  } finally {
    for (const s of servers) s.close();
  }
};

/** A screenshot of each failing element (up to 12 per page), linked from its findings. */
const screenshots = async (page: Page, result: RunResult, dir: string, index: number, out: string) => {
  const targets = [...new Set(result.findings.map((f) => f.target))].slice(0, 12);
  let n = 0;
  for (const target of targets) {
    const handle = await page.evaluateHandle((p) => window.__portalAudit?.resolve(p) ?? null, target);
    const el = handle.asElement();
    try {
      if (!el) continue;
      const box = await el.boundingBox();
      if (!box || box.width < 1 || box.height < 1) continue;
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `page${index + 1}-${++n}.png`);
      await el.screenshot({ path: file as `${string}.png`, captureBeyondViewport: true });
      const rel = relative(out, file).split(sep).join('/');
      for (const f of result.findings) if (f.target === target) f.screenshot = rel;
    } catch {
      // an element that cannot be drawn (detached, zero-size after scrolling) has no picture
    } finally {
      await handle.dispose();
    }
  }
};

const newest = (dir: string): number => {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

const ensureStorybook = async (root: string, dir: string, build: boolean) => {
  const index = join(dir, 'index.json');
  const sources = Math.max(...['src', 'stories', '.storybook', 'demo'].map((d) => newest(join(root, d))));
  if (existsSync(index) && (!build || statSync(index).mtimeMs >= sources)) {
    console.log(`audit: using the Storybook build in ${dir}`);
    return;
  }
  if (!build) throw new Error(`${index} does not exist; build Storybook first (npm run build-storybook)`);
  console.log('audit: building Storybook (npm run build-storybook)…');
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('npm', ['run', 'build-storybook', '--', '-o', dir], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build-storybook failed');
};

const themesIn = (root: string) =>
  readdirSync(join(root, 'src/themes'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => f.slice(0, -4))
    .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));

/** Storybook: every story × theme × language, as before: fragments, so no page-level rules. */
const auditStorybook = async (browser: Browser, opts: Options): Promise<RunResult[]> => {
  const dir = resolve(opts.root, opts.storybook!);
  await ensureStorybook(opts.root, dir, opts.build);
  const { server, origin } = await serve(dir);
  const results: RunResult[] = [];
  try {
    const page = await focusedPage(browser);
    await page.setViewport({ width: 1280, height: 900 });
    const watch = watchPageErrors(page);
    const sources = engineSources(opts.engines);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; id: string; title: string; name: string; tags?: string[] }> };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!opts.stories || `${e.title} ${e.name} ${e.id}`.includes(opts.stories)));
    const themes = opts.themes ?? (existsSync(join(opts.root, 'src/themes')) ? themesIn(opts.root) : ['default']);
    const langs = opts.langs ?? ['vi', 'en'];
    let n = 0;
    for (const story of stories) {
      n++;
      for (const theme of themes) {
        for (const lang of langs) {
          if (opts.stop?.requested) return results;
          const label = `story ${n} of ${stories.length} · ${story.title} › ${story.name} · theme ${theme} · ${lang}`;
          watch.begin();
          await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme};locale:${lang}`, { waitUntil: 'load' });
          await page.waitForFunction(() => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0 || document.body.classList.contains('sb-show-errordisplay'), { timeout: 15000 });
          const failed = await page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? document.getElementById('error-message')?.textContent?.trim() || 'no message' : null));
          if (failed !== null) watch.add({ target: '#storybook-root', html: '', summary: `Storybook could not render the story: ${failed}` });
          const shown = await page.evaluate(() => document.documentElement.lang);
          if (failed === null && shown !== lang) throw new Error(`${label}: the locale global did not apply (lang="${shown}")`);
          const result = await auditLoadedPage(page, watch, { kind: 'story', id: story.id, title: story.title, name: story.name, component: story.title, theme, lang }, { scope: '#storybook-root', pageLevel: false, wait: opts.wait, engines: opts.engines, sources, expected404: !!story.tags?.includes('audit-expects-404') });
          results.push(result);
          console.log(`audit: ${label} … ${result.violations.length ? `✗ ${result.violations.length} rule(s) violated` : '✓'}`);
        }
      }
    }
    return results;
  } finally {
    server.close();
  }
};

export const summarize = (results: RunResult[]): Report['summary'] => ({
  runs: results.length,
  failed: results.filter((r) => r.violations.length).length,
  violations: results.reduce((s, r) => s + r.violations.length, 0),
  findings: results.reduce((s, r) => s + r.findings.length, 0),
  review: results.reduce((s, r) => s + r.review.length, 0),
  errors: results.reduce((s, r) => s + r.errors.length, 0),
});

/** Runs the audit and writes report.json, index.html, earl.jsonld and acr.yaml into opts.out. */
export async function audit(opts: Options): Promise<Report> {
  const out = resolve(opts.out);
  const conformance = loadConformance(opts.conformance);
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS], handleSIGINT: false });
  let results: RunResult[] = [];
  try {
    results = opts.storybook ? await auditStorybook(browser, opts) : await auditPages(browser, { ...opts, out });
    if (conformance) {
      for (const r of results) {
        if (r.kind !== 'page') continue;
        const c = coverage(r, conformance);
        if (c.components.length) r.coverage = { components: c.components, covered: Object.fromEntries(c.covered), author: c.author };
      }
    }
    const report: Report = {
      date: new Date().toISOString(),
      tools: {
        'portal-elements': version('portal-elements') ?? readOwnVersion(),
        'axe-core': opts.engines.includes('axe') ? version('axe-core') : undefined,
        'accessibility-checker-engine': opts.engines.includes('ibm') ? version('accessibility-checker-engine') : undefined,
        html_codesniffer: opts.engines.includes('htmlcs') ? version('html_codesniffer') : undefined,
        'puppeteer-core': version('puppeteer-core'),
        storybook: opts.storybook ? version('storybook') : undefined,
        chromium: await browser.version(),
        node: process.version,
      },
      axeTags: AXE_TAGS,
      engines: [...opts.engines.map((e) => ENGINE_ID[e]), 'portal-elements'],
      mode: opts.storybook ? 'storybook' : 'page',
      target: opts.storybook ?? opts.inputs.join(' '),
      lang: opts.lang,
      interrupted: !!opts.stop?.requested,
      summary: summarize(results),
      ...(conformance ? { conformance: { source: conformance.source, version: conformance.data.version } } : {}),
      results,
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, 'index.html'), renderHtml(report, conformance));
    writeFileSync(join(out, 'earl.jsonld'), `${JSON.stringify(renderEarl(report), null, 2)}\n`);
    writeFileSync(join(out, 'acr.yaml'), renderAcr(report));
    return report;
  } finally {
    await browser.close();
  }
}

const readOwnVersion = (): string => {
  // dist/audit/cli.js or src/audit/run.ts: the package root is two folders up.
  for (const up of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // not there
    }
  }
  return 'unknown';
};

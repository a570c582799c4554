#!/usr/bin/env node
/// <reference types="node" />
/**
 * portal-audit: the accessibility audit of any portal's pages, or of this library's Storybook.
 * Run `portal-audit --help`.
 */
import cliProgress from 'cli-progress';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from './audit.js';
import type { RunResult } from './model.js';
import { audit, type Options } from './run.js';

export const HELP = `portal-audit: accessibility audit of web pages (WCAG 2.2 A/AA), three engines, one verdict per criterion

Usage:
  portal-audit <url | file | sitemap.xml> [more…] [options]
  portal-audit --storybook <dir> [options]        every story × theme × language of a Storybook build

Pages:
  --crawl                follow same-origin links from the inputs
  --max-pages <n>        at most n pages (default 50)
  --concurrency <n>      pages audited at once, in one browser (default 2)
  --delay <ms>           at least this long between two page loads (default 0)
  --engines <list>       axe,ibm,htmlcs (default: all three for pages, axe for Storybook)
  --wait <ms>            wait for custom elements to be defined and rendered (default 10000)
  --no-screenshots       no picture of each failing element
Reports:
  --out <dir>            report.json, index.html, earl.jsonld, acr.yaml, screenshots/ (default audit-report)
  --lang vi|en           language of the HTML report (default vi)
  --conformance <file>   conformance.json of portal-elements (default: the installed package's)
Storybook:
  --themes a,b  --langs vi,en  --stories <text>  --no-build
Exit code: 0 no failure, 1 failures, 2 could not run, 130 stopped by Ctrl-C (the report of what was done is written).
Chromium: CHROME_PATH, else /usr/bin/chromium, chromium-browser or google-chrome; nothing is downloaded.`;

export const parseArgs = (argv: string[]): Options & { help?: boolean } => {
  const opts: Options & { help?: boolean } = {
    inputs: [],
    build: true,
    out: 'audit-report',
    wait: 10000,
    engines: [],
    crawl: false,
    maxPages: 50,
    concurrency: 2,
    delay: 0,
    lang: 'vi',
    screenshots: true,
    root: process.cwd(),
  };
  let engines: Engine[] | undefined;
  const number = (flag: string, v: string) => {
    const n = Number(v);
    if (!(n >= 0) || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--url') opts.inputs.push(next());
    else if (a === '--storybook') opts.storybook = next();
    else if (a === '--out') opts.out = next();
    else if (a === '--themes') opts.themes = next().split(',').filter(Boolean);
    else if (a === '--langs') opts.langs = next().split(',').filter(Boolean);
    else if (a === '--stories') opts.stories = next();
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-screenshots') opts.screenshots = false;
    else if (a === '--crawl') opts.crawl = true;
    else if (a === '--wait') opts.wait = number(a, next());
    else if (a === '--max-pages') opts.maxPages = Math.max(1, number(a, next()));
    else if (a === '--concurrency') opts.concurrency = Math.max(1, number(a, next()));
    else if (a === '--delay') opts.delay = number(a, next());
    else if (a === '--conformance') opts.conformance = next();
    else if (a === '--lang') {
      const l = next();
      if (l !== 'vi' && l !== 'en') throw new Error('--lang is vi or en');
      opts.lang = l;
    } else if (a === '--engines') {
      engines = next().split(',').filter(Boolean) as Engine[];
      const wrong = engines.filter((e) => !['axe', 'ibm', 'htmlcs'].includes(e));
      if (wrong.length) throw new Error(`unknown engine ${wrong.join(', ')} (axe, ibm, htmlcs)`);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  if (opts.inputs.length && opts.storybook) throw new Error('give pages or --storybook, not both');
  // No input at all: this repository's Storybook (npm run audit).
  if (!opts.inputs.length && !opts.storybook && !opts.help) opts.storybook = 'storybook-static';
  opts.engines = engines ?? (opts.storybook ? ['axe'] : ['axe', 'ibm', 'htmlcs']);
  return opts;
};

export const main = async (argv: string[]): Promise<number> => {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`portal-audit: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const stop = { requested: false };
  const onSigint = () => {
    if (stop.requested) process.exit(130);
    stop.requested = true;
    console.error('\nportal-audit: stopping after the pages already open; writing the report of what was done (Ctrl-C again to quit at once)…');
  };
  process.on('SIGINT', onSigint);
  const tty = !!process.stderr.isTTY && !opts.storybook;
  const bar = tty
    ? new cliProgress.SingleBar({ format: 'portal-audit {bar} {value}/{total} pages · ETA {eta_formatted} · {label}', hideCursor: true, etaBuffer: 5, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  let barStarted = false;
  opts.stop = stop;
  opts.onProgress = (done: number, total: number, label: string, result: RunResult) => {
    if (bar) {
      if (!barStarted) {
        bar.start(total, 0, { label });
        barStarted = true;
      }
      bar.setTotal(total);
      bar.update(done, { label: label.slice(-50) });
    } else {
      console.log(`audit: page ${done} of ${total} · ${label} … ${result.violations.length ? `✗ ${result.violations.length} rule(s) violated, ${result.findings.length} finding(s)` : '✓'}${result.review.length ? ` · ${result.review.length} to review` : ''}`);
    }
  };
  try {
    const report = await audit(opts);
    bar?.stop();
    const { runs, failed, violations, findings, review } = report.summary;
    console.log(
      `\naudit: ${runs} run(s), ${failed} with violations, ${violations} violation(s) in all (${findings} finding(s) by element and criterion, ${review} to review). Report: ${join(opts.out, 'index.html')}, report.json, earl.jsonld, acr.yaml${report.interrupted ? ' (interrupted: the pages done so far)' : ''}`,
    );
    return report.interrupted ? 130 : violations ? 1 : 0;
  } catch (e) {
    bar?.stop();
    console.error(`audit: could not run: ${(e as Error).message}`);
    return 2;
  } finally {
    process.off('SIGINT', onSigint);
  }
};

// Run as a program (also through node_modules/.bin's symlink), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

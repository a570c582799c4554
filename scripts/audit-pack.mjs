#!/usr/bin/env node
/**
 * `npm run test:audit-pack` (after `npm run build`): portal-audit from the packed tarball, as an auditor
 * gets it. npm pack; install the tarball with the audit's optional peer dependencies (puppeteer-core,
 * axe-core, accessibility-checker-engine, html_codesniffer, at this repository's versions) into a fresh
 * folder; then, with plain node and no TypeScript hooks, `portal-audit --help` and one file audit
 * (a page with a missing alt: exit 1, the finding in report.json and the four report files written).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist/audit/cli.js'))) {
  console.error('✗ dist/audit/cli.js is missing: run npm run build first.');
  process.exit(1);
}
const app = mkdtempSync(join(tmpdir(), 'portal-audit-pack-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const fail = (message) => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', app], root));
npm(['init', '-y'], app);
const peers = ['puppeteer-core', 'axe-core', 'accessibility-checker-engine', 'html_codesniffer'].map((p) => `${p}@${version(p)}`);
npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', join(app, filename), ...peers], app);
console.log(`✓ npm pack and install (${filename} with ${peers.join(', ')})`);

const bin = join(app, 'node_modules/.bin/portal-audit');
// As `npx portal-audit` in the app's folder would run it: npm sets INIT_CWD to the folder it was called from, and
// this script itself runs under `npm test` (INIT_CWD: the repository), which the audit would resolve files against.
const env = { ...process.env, INIT_CWD: app };
const help = spawnSync(bin, ['--help'], { cwd: app, encoding: 'utf8', env });
if (help.status !== 0 || !/portal-audit <url \| file \| sitemap\.xml>/.test(help.stdout)) fail(`portal-audit --help: exit ${help.status}\n${help.stdout}${help.stderr}`);
console.log('✓ portal-audit --help');

copyFileSync(join(root, 'test/audit-fixtures/faults/missing-alt.html'), join(app, 'page.html'));
const audit = spawnSync(bin, ['page.html', '--out', 'report', '--lang', 'en'], { cwd: app, encoding: 'utf8', env });
if (audit.status !== 1) fail(`portal-audit page.html: exit ${audit.status} (expected 1)\n${audit.stdout}${audit.stderr}`);
const report = JSON.parse(readFileSync(join(app, 'report/report.json'), 'utf8'));
const alt = report.results[0].findings.find((f) => f.criterion === '1.1.1');
if (!alt || alt.engines.length !== 3) fail(`no 1.1.1 finding from the three engines: ${JSON.stringify(report.results[0].findings)}`);
for (const f of ['index.html', 'earl.jsonld', 'acr.yaml']) if (!existsSync(join(app, 'report', f))) fail(`report/${f} was not written`);
console.log(`✓ portal-audit page.html: exit 1, SC 1.1.1 found by ${alt.engines.join(' + ')}; index.html, report.json, earl.jsonld, acr.yaml`);

// The auditor's command, tested on inputs broken on purpose (and one that is fine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { AXE_TAGS, scFromTags } from '../../scripts/audit.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'portal-audit-'));
const run = (args, env = {}) => spawnSync('node', ['scripts/audit.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
const reports = (out) => ({ json: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), html: readFileSync(join(out, 'index.html'), 'utf8') });
const ruleIds = (report) => report.results.flatMap((r) => r.violations.map((v) => v.id));
const rule = (report, id) => report.results.flatMap((r) => r.violations).find((v) => v.id === id);

test('WCAG success criteria are read from axe tags', () => {
  assert.deepEqual(scFromTags(['wcag2a', 'wcag111', 'wcag1412', 'wcag258', 'best-practice']), ['1.1.1', '1.4.12', '2.5.8']);
});

test('a Storybook with stories broken on purpose fails the audit, and both reports name every fault', () => {
  const sb = join(tmp, 'storybook');
  const built = spawnSync('npx', ['storybook', 'build', '-o', sb, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_AUDIT_FIXTURES: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(built.status, 0, built.stderr);
  const out = join(tmp, 'stories-report');
  const r = run(['--storybook', sb, '--no-build', '--out', out, '--stories', 'Audit fixtures', '--themes', 'default', '--langs', 'vi,en']);
  assert.equal(r.status, 1, `exit code; output:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /story 1 of 5 · Audit fixtures\/Broken › Image Without Alt · theme default · vi/);
  const { json, html } = reports(out);
  assert.equal(json.results.length, 10);
  assert.deepEqual(
    [...new Set(ruleIds(json))].sort(),
    ['button-name', 'image-alt', 'portal-focus-indicator', 'portal-shadow-only-text'],
  );
  const byStory = Object.fromEntries(json.results.filter((x) => x.lang === 'vi').map((x) => [x.name, x.violations.map((v) => v.id)]));
  assert.deepEqual(byStory['Image Without Alt'], ['image-alt']);
  assert.deepEqual(byStory['Empty Button'], ['button-name']);
  assert.deepEqual(byStory['Focus Outline Removed'], ['portal-focus-indicator'], 'the focus check catches a removed outline');
  assert.deepEqual(byStory['Focus Outline Translucent'], ['portal-focus-indicator'], 'a translucent outline is judged as it shows, blended over the background');
  assert.match(rule({ results: json.results.filter((x) => x.name === 'Focus Outline Translucent') }, 'portal-focus-indicator').nodes[0].summary, /contrast 1\.\d+:1/);
  assert.deepEqual(byStory['Shadow Only Text'], ['portal-shadow-only-text']);
  const alt = json.results[0].violations[0];
  assert.deepEqual(alt.wcag, ['1.1.1']);
  assert.ok(alt.fix && alt.nodes[0].html.includes('<img'));
  for (const needle of ['image-alt', 'button-name', 'portal-focus-indicator', 'SC 1.1.1', 'SC 4.1.2', 'SC 2.4.7', 'Audit fixtures/Broken', 'axe-core 4.', 'chromium']) {
    assert.ok(html.includes(needle), `index.html mentions ${needle}`);
  }
  assert.ok(json.tools['axe-core'] && json.tools.chromium && json.date);
});

test('the HTML report has unique ids, a summary link to every failing run, and passes axe itself', async () => {
  const out = join(tmp, 'stories-report');
  const { json, html } = reports(out);
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 8, `ids: ${ids}`);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id appears twice');
  const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
  for (const href of hrefs) assert.ok(ids.includes(href), `#${href} reaches a section`);
  const failing = json.results.filter((r) => r.violations.length);
  assert.equal(new Set(hrefs).size, failing.length, 'one summary link per failing run');
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations), AXE_TAGS);
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  } finally {
    await browser.close();
  }
});

test('--url with a broken page fails with the page-level rules', () => {
  const out = join(tmp, 'page-report');
  const r = run(['--url', 'test/audit-fixtures/broken-page.html', '--out', out]);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const { json, html } = reports(out);
  const ids = ruleIds(json);
  for (const id of ['image-alt', 'button-name', 'portal-focus-indicator', 'portal-one-main', 'portal-one-h1', 'portal-skip-link']) {
    assert.ok(ids.includes(id), `${id} in ${ids}`);
    assert.ok(html.includes(id), `${id} in index.html`);
  }
});

test('--url with a sound page passes', () => {
  const out = join(tmp, 'good-report');
  const r = run(['--url', 'test/audit-fixtures/good-page.html', '--out', out]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(reports(out).json.summary.violations, 0);
});

test('--url with a file serves it over http, waits for late custom elements and passes', () => {
  const out = join(tmp, 'late-report');
  const r = run(['--url', 'test/audit-fixtures/late-element-page.html', '--out', out]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /served at http:\/\/127\.0\.0\.1:\d+\/test\/audit-fixtures\/late-element-page\.html/);
  assert.equal(reports(out).json.summary.violations, 0);
});

test('--url fails when a module 404s or throws, and names the undefined tags', () => {
  const out = join(tmp, 'module-report');
  const r = run(['--url', 'test/audit-fixtures/broken-module-page.html', '--out', out, '--wait', '3000']);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const { json, html } = reports(out);
  assert.deepEqual(ruleIds(json).sort(), ['portal-element-undefined', 'portal-page-error']);
  const undefinedTags = rule(json, 'portal-element-undefined').nodes.map((n) => n.target).sort();
  assert.deepEqual(undefinedTags, ['audit-never-defined', 'audit-throws-before-define']);
  assert.match(r.stdout, /served at http:/);
  assert.match(rule(json, 'portal-element-undefined').nodes[0].summary, /not defined after 3000 ms/);
  const errors = rule(json, 'portal-page-error').nodes.map((n) => n.summary).join('\n');
  assert.match(errors, /missing-module\.mjs.*404/);
  assert.match(errors, /this module throws before customElements\.define/);
  for (const needle of ['portal-element-undefined', 'audit-never-defined', 'audit-throws-before-define', 'portal-page-error']) assert.ok(html.includes(needle), `${needle} in index.html`);
});

test('--url fails a skip link that does not lead to the main content', () => {
  for (const fixture of ['skip-to-footer-page', 'skip-link-dead-page']) {
    const out = join(tmp, `${fixture}-report`);
    const r = run(['--url', `test/audit-fixtures/${fixture}.html`, '--out', out]);
    assert.equal(r.status, 1, `${fixture}: ${r.stdout}${r.stderr}`);
    const { json } = reports(out);
    assert.deepEqual(ruleIds(json), ['portal-skip-link'], fixture);
  }
  const footer = reports(join(tmp, 'skip-to-footer-page-report')).json;
  assert.match(rule(footer, 'portal-skip-link').nodes[0].summary, /#footer.*main/);
  const dead = reports(join(tmp, 'skip-link-dead-page-report')).json;
  assert.match(rule(dead, 'portal-skip-link').nodes[0].summary, /Enter/);
});

// The auditor's command, tested on inputs broken on purpose (and one that is fine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { AXE_TAGS, scFromTags } from '../../src/audit/audit.ts';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'portal-audit-'));
const run = (args, env = {}) => spawnSync('node', ['--import', './scripts/register-ts.mjs', 'src/audit/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
const reports = (out) => ({ json: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), html: readFileSync(join(out, 'index.html'), 'utf8') });
const ruleIds = (report) => report.results.flatMap((r) => r.violations.map((v) => v.id));
const rule = (report, id) => report.results.flatMap((r) => r.violations).find((v) => v.id === id);

test('WCAG success criteria are read from axe tags', () => {
  assert.deepEqual(scFromTags(['wcag2a', 'wcag111', 'wcag1412', 'wcag258', 'best-practice']), ['1.1.1', '1.4.12', '2.5.8']);
});

/** Storybook built once with the stories of test/audit-fixtures/ (audited with --no-build, so never rebuilt over). */
let fixtureStorybook;
const storybookWithFixtures = () => {
  if (fixtureStorybook) return fixtureStorybook;
  const sb = join(tmp, 'storybook');
  const built = spawnSync('npx', ['storybook', 'build', '-o', sb, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_AUDIT_FIXTURES: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(built.status, 0, built.stderr);
  return (fixtureStorybook = sb);
};

test('a Storybook with stories broken on purpose fails the audit, and both reports name every fault', () => {
  const sb = storybookWithFixtures();
  const out = join(tmp, 'stories-report');
  const r = run(['--storybook', sb, '--no-build', '--out', out, '--stories', 'Audit fixtures/Broken', '--themes', 'default', '--langs', 'vi,en']);
  assert.equal(r.status, 1, `exit code; output:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /story 1 of 6 · Audit fixtures\/Broken › Image Without Alt · theme default · vi/);
  const { json, html } = reports(out);
  assert.equal(json.results.length, 12);
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
  assert.deepEqual(byStory['Focus Ring Inside Lost'], ['portal-focus-indicator'], 'a ring drawn inside the element is judged against its own background');
  assert.match(
    rule({ results: json.results.filter((x) => x.name === 'Focus Ring Inside Lost') }, 'portal-focus-indicator').nodes[0].summary,
    /^focus indicator contrast 1\.00:1 against the background of the element it is drawn inside \(needs 3:1\)$/,
  );
  assert.deepEqual(byStory['Shadow Only Text'], ['portal-shadow-only-text']);
  const alt = json.results[0].violations[0];
  assert.deepEqual(alt.wcag, ['1.1.1']);
  assert.ok(alt.fix && alt.nodes[0].html.includes('<img'));
  for (const needle of ['image-alt', 'button-name', 'portal-focus-indicator', 'SC 1.1.1', 'SC 4.1.2', 'SC 2.4.7', 'Audit fixtures/Broken', 'axe-core 4.', 'chromium']) {
    assert.ok(html.includes(needle), `index.html mentions ${needle}`);
  }
  assert.ok(json.tools['axe-core'] && json.tools.chromium && json.date);
});

test('a focus ring drawn inside a button, in a colour that stands out on the button, passes whatever the page around it', () => {
  const sb = storybookWithFixtures();
  const out = join(tmp, 'good-report');
  const r = run(['--storybook', sb, '--no-build', '--out', out, '--stories', 'Audit fixtures/Good', '--themes', 'default', '--langs', 'vi']);
  assert.equal(r.status, 0, `exit code; output:\n${r.stdout}\n${r.stderr}`);
  assert.equal(reports(out).json.results.length, 1);
});

test('the HTML report has unique ids, a summary link to every failing run, and passes axe itself', async () => {
  const out = join(tmp, 'stories-report');
  const { json, html } = reports(out);
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 8, `ids: ${ids}`);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id appears twice');
  const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]).filter((h) => h !== 'summary'); // the skip link
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

/** The stories of test/audit-fixtures/loading.stories.ts, audited once in vi and en; the report is shared by the tests below. */
let loadingRun;
const auditLoadingStories = () => {
  if (loadingRun) return loadingRun;
  const out = join(tmp, 'loading-report');
  const r = run(['--storybook', storybookWithFixtures(), '--no-build', '--out', out, '--stories', 'Audit fixtures/Loading', '--themes', 'default', '--langs', 'vi,en', '--wait', '4000']);
  assert.equal(r.status, 1, `exit code; output:\n${r.stdout}\n${r.stderr}`);
  const { json, html } = reports(out);
  assert.equal(json.results.length, 14, 'every story in vi and en, the one whose render throws too');
  /** Per story name, each language's violations, by rule id. */
  const runs = (name) => json.results.filter((x) => x.name === name);
  const summaries = (name, id) => runs(name).flatMap((x) => x.violations.filter((v) => v.id === id).flatMap((v) => v.nodes.map((n) => n.summary)));
  return (loadingRun = { json, html, runs, summaries, ids: (name) => runs(name).map((x) => x.violations.map((v) => v.id)) });
};

test('a story defined and rendered late (a module loaded on first use) is audited once it has rendered', () => {
  const { ids } = auditLoadingStories();
  // Its image without alt arrives 800 ms after the element is defined, itself 800 ms after the story renders.
  assert.deepEqual(ids('Late Defined And Rendered'), [['image-alt'], ['image-alt']]);
});

test('a story whose component or module throws, or that logs a console error, fails with portal-page-error; a warning does not', () => {
  const { ids, summaries, json } = auditLoadingStories();
  for (const name of ['Feature Module Throws', 'Throws On Connect', 'Console Error']) assert.deepEqual(ids(name), [['portal-page-error'], ['portal-page-error']], name);
  // A module that throws while it loads: the component warns that it failed to load, and the audit reports that as a page error.
  assert.match(summaries('Feature Module Throws', 'portal-page-error')[0], /^<audit-feature-throws> did not finish rendering: .*this feature module throws while it loads/);
  assert.match(summaries('Throws On Connect', 'portal-page-error')[0], /^uncaught error: audit fixture: connectedCallback throws/);
  assert.match(summaries('Console Error', 'portal-page-error')[0], /^console error: audit fixture: a console error/);
  // It runs after Console Error: each run reports its own errors only, and a warning is not an error.
  assert.deepEqual(ids('Console Warning Only'), [[], []]);
  for (const r of json.results) {
    const text = JSON.stringify(r.violations);
    assert.equal(text.includes('a console error'), r.name === 'Console Error', `${r.name} · ${r.lang}: the console error is reported in its own run only`);
    assert.ok(!text.includes('a warning, as on bad input'), `${r.name} · ${r.lang}: no warning reported`);
  }
});

test('a story whose render throws is reported with Storybook\'s error, and the audit goes on', () => {
  const { ids, summaries, runs } = auditLoadingStories();
  assert.deepEqual(ids('Render Throws'), [['portal-page-error'], ['portal-page-error']]);
  const found = summaries('Render Throws', 'portal-page-error');
  assert.ok(found.some((s) => /^Storybook could not render the story: audit fixture: the story render function throws/.test(s)), found.join('\n'));
  assert.deepEqual(runs('Render Throws').map((x) => x.lang), ['vi', 'en']);
});

test('a story with a custom element never defined fails with portal-element-undefined', () => {
  const { ids, runs, html } = auditLoadingStories();
  assert.deepEqual(ids('Never Defined'), [['portal-element-undefined'], ['portal-element-undefined']]);
  const nodes = runs('Never Defined')[0].violations[0].nodes;
  assert.deepEqual(nodes.map((n) => n.target), ['audit-never-defined-story']);
  assert.match(nodes[0].summary, /not defined after 4000 ms/);
  for (const needle of ['portal-element-undefined', 'audit-never-defined-story', 'portal-page-error']) assert.ok(html.includes(needle), `${needle} in index.html`);
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
  const r = run(['--url', 'test/audit-fixtures/broken-module-page.html', '--out', out, '--wait', '3000', '--engines', 'axe']);
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
    const r = run(['--url', `test/audit-fixtures/${fixture}.html`, '--out', out, '--engines', 'axe']);
    assert.equal(r.status, 1, `${fixture}: ${r.stdout}${r.stderr}`);
    const { json } = reports(out);
    assert.deepEqual(ruleIds(json), ['portal-skip-link'], fixture);
  }
  const footer = reports(join(tmp, 'skip-to-footer-page-report')).json;
  assert.match(rule(footer, 'portal-skip-link').nodes[0].summary, /#footer.*main/);
  const dead = reports(join(tmp, 'skip-link-dead-page-report')).json;
  assert.match(rule(dead, 'portal-skip-link').nodes[0].summary, /Enter/);
});

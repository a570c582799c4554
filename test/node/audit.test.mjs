// The auditor's command, tested on inputs broken on purpose (and one that is fine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scFromTags } from '../../scripts/audit.mjs';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'portal-audit-'));
const run = (args, env = {}) => spawnSync('node', ['scripts/audit.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
const reports = (out) => ({ json: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), html: readFileSync(join(out, 'index.html'), 'utf8') });
const ruleIds = (report) => report.results.flatMap((r) => r.violations.map((v) => v.id));

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
  assert.match(r.stdout, /story 1 of 4 · Audit fixtures\/Broken › Image Without Alt · theme default · vi/);
  const { json, html } = reports(out);
  assert.equal(json.results.length, 8);
  assert.deepEqual(
    [...new Set(ruleIds(json))].sort(),
    ['button-name', 'image-alt', 'portal-focus-indicator', 'portal-shadow-only-text'],
  );
  const byStory = Object.fromEntries(json.results.filter((x) => x.lang === 'vi').map((x) => [x.name, x.violations.map((v) => v.id)]));
  assert.deepEqual(byStory['Image Without Alt'], ['image-alt']);
  assert.deepEqual(byStory['Empty Button'], ['button-name']);
  assert.deepEqual(byStory['Focus Outline Removed'], ['portal-focus-indicator'], 'the focus check catches a removed outline');
  assert.deepEqual(byStory['Shadow Only Text'], ['portal-shadow-only-text']);
  const alt = json.results[0].violations[0];
  assert.deepEqual(alt.wcag, ['1.1.1']);
  assert.ok(alt.fix && alt.nodes[0].html.includes('<img'));
  for (const needle of ['image-alt', 'button-name', 'portal-focus-indicator', 'SC 1.1.1', 'SC 4.1.2', 'SC 2.4.7', 'Audit fixtures/Broken', 'axe-core 4.', 'chromium']) {
    assert.ok(html.includes(needle), `index.html mentions ${needle}`);
  }
  assert.ok(json.tools['axe-core'] && json.tools.chromium && json.date);
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

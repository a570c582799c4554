/**
 * scripts/chromium.mjs: how the tests find their browser, and the one line they print when it is too old.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fakeChromium = (version) => {
  const file = join(mkdtempSync(join(tmpdir(), 'chromium-')), 'chromium');
  writeFileSync(file, `#!/bin/sh\necho "Chromium ${version} built on Debian GNU/Linux 12 (bookworm)"\n`);
  chmodSync(file, 0o755);
  return file;
};

const find = (env) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', "import { findChromium } from './scripts/chromium.mjs'; console.log(findChromium());"], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

test('CHROME_PATH is used, and a browser older than MIN_CHROMIUM gets one line that says how to upgrade', () => {
  const old = fakeChromium('150.0.7871.100');
  const r = find({ CHROME_PATH: old });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), old);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /is Chromium 150, older than 156, .*apt-get update && apt-get install -y chromium\.$/m);
});

test('a current browser gets no warning', () => {
  const r = find({ CHROME_PATH: fakeChromium('156.0.8078.114') });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});

test('a CHROME_PATH that does not exist fails with one line that says how to install Chromium', () => {
  const r = find({ CHROME_PATH: '/nonexistent/chromium' });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr.trim(), /^CHROME_PATH=\/nonexistent\/chromium does not exist\. Install it: apt-get install -y chromium/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

// npm run test:browser: the browser tests in each engine, one engine after the other (two cores: one browser at a
// time), Chromium first and with coverage. Starts its own Xvfb for WebKit when there is no display, and stops it.
// Prints, per engine, how many tests ran and passed and how long it took, and how many tests ran in all engines.
// Exits with the first failing run's exit code (every engine runs anyway).
//   node scripts/test-browsers.mjs                          every engine (PORTAL_BROWSERS picks some)
//   node scripts/test-browsers.mjs test/figure.test.ts      arguments go to web-test-runner
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectedEngines } from './browsers.mjs';

const engines = selectedEngines();
const args = process.argv.slice(2);
const resultsDir = mkdtempSync(join(tmpdir(), 'portal-engines-'));

/** Xvfb on the first free display from :90, for WebKitGTK; returns its process (or undefined if not needed). */
async function startXvfb() {
  if (!engines.includes('webkit') || process.env.DISPLAY) return undefined;
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    console.error('WebKit needs an X display: apt-get install -y xvfb (Debian), or set DISPLAY (or PORTAL_BROWSERS=chromium,firefox to leave WebKit out).');
    process.exit(1);
  }
  for (let n = 90; n < 140; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const exited = new Promise((r) => xvfb.once('exit', () => r(true)));
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
      if (await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 50))])) break;
    }
    if (xvfb.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) {
      process.env.DISPLAY = `:${n}`;
      return xvfb;
    }
    xvfb.kill();
  }
  console.error('Could not start Xvfb on any display from :90 to :139.');
  process.exit(1);
}

const run = (engine) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
      stdio: 'inherit',
      env: { ...process.env, PORTAL_BROWSERS: engine, PORTAL_RESULTS_DIR: resultsDir },
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const xvfb = await startXvfb();
const stopXvfb = () => xvfb?.kill();
process.once('exit', stopXvfb);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const rows = [];
let exitCode = 0;
for (const engine of engines) {
  const start = performance.now();
  const code = await run(engine);
  const seconds = (performance.now() - start) / 1000;
  let result;
  try {
    result = JSON.parse(readFileSync(join(resultsDir, `${engine}.json`), 'utf8'));
  } catch {
    result = undefined;
  }
  rows.push({ engine, code, seconds, result });
  if (code !== 0 && exitCode === 0) exitCode = code;
}
stopXvfb();

console.log('\nBrowser tests per engine:');
for (const { engine, code, seconds, result } of rows) {
  const counts = result ? `${result.ran} tests ran, ${result.passed} passed, ${result.ran - result.passed} failed` : 'no results (the runner stopped early)';
  console.log(`  ${engine.padEnd(8)} ${counts}, ${seconds.toFixed(0)} s, exit ${code}`);
}
if (rows.length > 1 && rows.every((r) => r.result)) {
  const sets = rows.map((r) => new Set(r.result.tests.map((t) => t.title)));
  const all = new Set(sets.flatMap((s) => [...s]));
  const everywhere = [...all].filter((t) => sets.every((s) => s.has(t))).length;
  console.log(`  ${everywhere} of ${all.size} tests ran in every engine (${((100 * everywhere) / all.size).toFixed(1)}%); the others are named for their engine.`);
}
console.log(`  total ${rows.reduce((s, r) => s + r.seconds, 0).toFixed(0)} s`);
rmSync(resultsDir, { recursive: true, force: true });
process.exit(exitCode);

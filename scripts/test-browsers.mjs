// npm run test:browser: the browser tests in each engine, Chromium with coverage. Starts its own Xvfb for WebKit when
// there is no display, and stops it. Prints, per engine, how many tests ran and passed and how long it took, each
// file's counts and time per engine, and how many tests ran in every engine: with all three engines, fewer than 90%
// fails the run (a test that only one engine can run says so in its title: itIn() in test/helpers.ts).
// Exits with the first failing run's exit code (every engine runs anyway).
//   node scripts/test-browsers.mjs                          every engine (PORTAL_BROWSERS picks some)
//   node scripts/test-browsers.mjs test/figure.test.ts      arguments go to web-test-runner
// PORTAL_ENGINES_PARALLEL=2 runs two engines at a time, one runner process each (each engine keeps its own window and
// keyboard focus; the output of each is printed when it ends); unset or 1, one after the other.
// PORTAL_RESULTS_DIR=dir keeps each engine's results (<dir>/<engine>.json: counts, per file, every test).
// Each runner is told how many engines run (PORTAL_ENGINE_COUNT): the property tests share their cases among them
// (web-test-runner.config.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectedEngines } from './browsers.mjs';

const engines = selectedEngines();
const args = process.argv.slice(2);
const keepResults = Boolean(process.env.PORTAL_RESULTS_DIR);
const resultsDir = keepResults ? process.env.PORTAL_RESULTS_DIR : mkdtempSync(join(tmpdir(), 'portal-engines-'));
if (keepResults) mkdirSync(resultsDir, { recursive: true });
/**
 * How many engines run at the same time (PORTAL_ENGINES_PARALLEL, default 1: one after the other). Each runs in its
 * own runner process; on a 2-core machine 2 is the most that pays: three at once overloaded it (load average 12, the
 * slowest engine 1,034 s against about 600 s two at a time, and tests past their time limits).
 */
const atOnce = Math.max(1, Math.min(engines.length, Number(process.env.PORTAL_ENGINES_PARALLEL) || 1));
const parallel = atOnce > 1;
/** The longest first, so that the shorter ones share the other slot: WebKit (every command a WebDriver round trip), then Chromium (coverage), then Firefox. */
const LONGEST_FIRST = ['webkit', 'chromium', 'firefox'];
/** The share of tests that must run in every engine when all three run. */
const MIN_SHARE = 0.9;

/** Xvfb on the first free display from :90, for WebKitGTK (a screen larger than any viewport a test sets: 1280 px wide plus the window's toolbar, 1400 px high); returns its process (or undefined if not needed). */
async function startXvfb() {
  if (!engines.includes('webkit') || process.env.DISPLAY) return undefined;
  if (spawnSync('which', ['Xvfb']).status !== 0) {
    console.error('WebKit needs an X display: apt-get install -y xvfb (Debian), or set DISPLAY (or PORTAL_BROWSERS=chromium,firefox to leave WebKit out).');
    process.exit(1);
  }
  for (let n = 90; n < 140; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1920x1600x24', '-nolisten', 'tcp', '-noreset'], { stdio: 'ignore' });
    const exited = new Promise((r) => xvfb.once('exit', () => r(true)));
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
      if (await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 50))])) break;
    }
    if (xvfb.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) {
      process.env.DISPLAY = `:${n}`;
      await pointerToCorner(n);
      return xvfb;
    }
    xvfb.kill();
  }
  console.error('Could not start Xvfb on any display from :90 to :139.');
  process.exit(1);
}

/** A free TCP port on loopback: engines running at the same time each need their own test server. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Moves Xvfb's pointer from the middle of the screen to (100, 100). With no window manager, X gives the keyboard to
 * the window under the pointer; MiniBrowser's window opens at (0, 0), and a narrow one does not reach the middle:
 * then the page never has focus (document.hasFocus() false), and WebKit matches no :focus or :focus-visible, so no
 * focus ring is drawn however Tab moves. One X11 request over the display's socket (WarpPointer, relative to where
 * the pointer is); Xvfb runs with -noreset, or it would reset the pointer when this connection closes.
 */
function pointerToCorner(display) {
  return new Promise((resolve, reject) => {
    const socket = connect(`/tmp/.X11-unix/X${display}`);
    let received = Buffer.alloc(0);
    let setupLength = 0;
    socket.once('error', reject);
    socket.once('connect', () => {
      // Connection setup: little-endian, protocol 11.0, no authorisation (Xvfb without -auth accepts it).
      const setup = Buffer.alloc(12);
      setup.write('l', 0, 'latin1');
      setup.writeUInt16LE(11, 2);
      socket.write(setup);
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (!setupLength && received.length >= 8) {
        if (received[0] !== 1) return reject(new Error(`Xvfb :${display} refused the connection`));
        setupLength = 8 + 4 * received.readUInt16LE(6);
        // WarpPointer (opcode 41), 6 words: source and destination none, so the move is relative.
        const warp = Buffer.alloc(24);
        warp.writeUInt8(41, 0);
        warp.writeUInt16LE(6, 2);
        warp.writeInt16LE(100 - 1920 / 2, 20);
        warp.writeInt16LE(100 - 1600 / 2, 22);
        // GetInputFocus (opcode 43) after it: its 32-byte reply means the server has done the warp.
        const sync = Buffer.alloc(4);
        sync.writeUInt8(43, 0);
        sync.writeUInt16LE(1, 2);
        socket.write(Buffer.concat([warp, sync]));
      }
      if (setupLength && received.length >= setupLength + 32) {
        socket.end();
        resolve();
      }
    });
  });
}

const run = async (engine) => {
  const port = parallel && !args.includes('--port') ? ['--port', String(await freePort())] : [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args, ...port], {
      stdio: parallel ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, PORTAL_BROWSERS: engine, PORTAL_RESULTS_DIR: resultsDir, PORTAL_ENGINE_COUNT: String(engines.length) },
    });
    const output = [];
    if (parallel) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
    child.once('close', (code, signal) => {
      if (parallel) {
        process.stdout.write(`\n===== ${engine} =====\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve(code ?? (signal ? 1 : 0));
    });
  });
};

const timed = async (engine) => {
  const start = performance.now();
  const code = await run(engine);
  const seconds = (performance.now() - start) / 1000;
  let result;
  try {
    result = JSON.parse(readFileSync(join(resultsDir, `${engine}.json`), 'utf8'));
  } catch {
    result = undefined;
  }
  return { engine, code, seconds, result };
};

/**
 * PORTAL_ALSO='npm run -s test:node': one more job for the same lanes, after the engines (npm test gives it the node
 * tests, which then run beside the last engine instead of after all three). Its output is printed when it ends, its
 * time with the engines', and its exit code counts as theirs.
 */
const also = process.env.PORTAL_ALSO?.trim();
const runAlso = () =>
  new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(also, { shell: true, stdio: parallel ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, PORTAL_ALSO: '' } });
    const output = [];
    if (parallel) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
    child.once('close', (code, signal) => {
      if (parallel) process.stdout.write(`\n===== ${also} =====\n${Buffer.concat(output)}`);
      alsoRow = { command: also, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - start) / 1000 };
      resolve();
    });
  });
let alsoRow;

const xvfb = await startXvfb();
const stopXvfb = () => xvfb?.kill();
process.once('exit', stopXvfb);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** The machine's CPU counters (/proc/stat, Linux): to say how much of the run's CPU the hypervisor took (steal), which makes the same tests slower on a busy host. */
const cpuTimes = () => {
  try {
    const [, ...n] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return { total: n.slice(0, 8).reduce((a, b) => a + b, 0), idle: n[3] + n[4], steal: n[7] ?? 0 };
  } catch {
    return undefined;
  }
};
const cpuBefore = cpuTimes();
const started = performance.now();
const rows = [];
if (parallel) {
  const queue = [...engines].sort((a, b) => LONGEST_FIRST.indexOf(a) - LONGEST_FIRST.indexOf(b));
  if (also) queue.push('also');
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (job === 'also') await runAlso();
      else rows.push(await timed(job));
    }
  };
  await Promise.all(Array.from({ length: atOnce }, lane));
  rows.sort((a, b) => engines.indexOf(a.engine) - engines.indexOf(b.engine));
} else {
  for (const engine of engines) rows.push(await timed(engine));
  if (also) await runAlso();
}
const wall = (performance.now() - started) / 1000;
let exitCode = rows.find((r) => r.code !== 0)?.code ?? (alsoRow?.code || 0);
stopXvfb();

// Each file: passed/ran and seconds (its tests' durations) per engine.
const withResults = rows.filter((r) => r.result?.perFile);
if (withResults.length) {
  const files = [...new Set(withResults.flatMap((r) => r.result.perFile.map((f) => f.file)))].sort();
  const width = Math.max(...files.map((f) => f.length));
  console.log(`\nBrowser tests per file (passed/ran, seconds in tests):`);
  console.log(`  ${'file'.padEnd(width)}  ${withResults.map((r) => r.engine.padEnd(16)).join('')}`);
  for (const file of files) {
    const cells = withResults.map((r) => {
      const f = r.result.perFile.find((x) => x.file === file);
      return (f ? `${f.passed}/${f.ran} ${(f.ms / 1000).toFixed(0)}s${f.errors ? ' !' : ''}` : '-').padEnd(16);
    });
    console.log(`  ${file.padEnd(width)}  ${cells.join('')}`);
  }
}

console.log('\nBrowser tests per engine:');
for (const { engine, code, seconds, result } of rows) {
  const counts = result ? `${result.ran} tests ran, ${result.passed} passed, ${result.ran - result.passed} failed` : 'no results (the runner stopped early)';
  console.log(`  ${engine.padEnd(8)} ${counts}, ${seconds.toFixed(0)} s, exit ${code}`);
}
if (alsoRow) console.log(`  ${alsoRow.command}: exit ${alsoRow.code}, ${alsoRow.seconds.toFixed(0)} s`);
if (rows.length > 1 && rows.every((r) => r.result)) {
  const sets = rows.map((r) => new Set(r.result.tests.map((t) => t.title)));
  const all = new Set(sets.flatMap((s) => [...s]));
  const everywhere = [...all].filter((t) => sets.every((s) => s.has(t))).length;
  const share = all.size ? everywhere / all.size : 1;
  console.log(`  ${everywhere} of ${all.size} tests ran in every engine (${(100 * share).toFixed(1)}%); the others are named for their engine.`);
  if (rows.length === 3 && share < MIN_SHARE) {
    console.log(`  FAIL: at least ${100 * MIN_SHARE}% of the tests must run in all three engines (issue 19). Make an engine-only test engine-neutral, or give it an equivalent the other engines run.`);
    if (exitCode === 0) exitCode = 1;
  }
}
console.log(`  ${parallel ? `wall clock ${wall.toFixed(0)} s (${atOnce} engines at a time)` : `total ${wall.toFixed(0)} s`}`);
const cpuAfter = cpuTimes();
if (cpuBefore && cpuAfter && cpuAfter.total > cpuBefore.total) {
  const share = (key) => ((100 * (cpuAfter[key] - cpuBefore[key])) / (cpuAfter.total - cpuBefore.total)).toFixed(0);
  console.log(`  CPU over the run: ${share('steal')}% stolen by the host (a busy machine: times are longer), ${share('idle')}% idle`);
}
if (!keepResults) rmSync(resultsDir, { recursive: true, force: true });
process.exit(exitCode);

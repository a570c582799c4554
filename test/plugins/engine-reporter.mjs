/**
 * web-test-runner's default reporter, plus one line per engine at the end:
 *
 *   engine chromium: 731 tests ran, 731 passed, 0 failed (23 files; 2 files with errors outside a test)
 *
 * and, when PORTAL_RESULTS_DIR is set (scripts/test-browsers.mjs sets it), `<dir>/<engine>.json` with the
 * counts, each file's counts and time (perFile) and every test's full title ("file › suite › test"), so the
 * runner can say how many tests ran in every engine and where the time went. A skipped test counts as failed here: the suite has none, and must not get any.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { defaultReporter } from '@web/test-runner';

/** 'chromium' | 'firefox' | 'webkit' from a launcher's name (Chromium, Firefox, MiniBrowser…). */
export const engineOf = (browserName = '') => {
  const n = browserName.toLowerCase();
  if (n.includes('firefox')) return 'firefox';
  if (n.includes('minibrowser') || n.includes('webkit') || n.includes('safari')) return 'webkit';
  return 'chromium';
};

const walk = (suite, path, out) => {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests ?? []) out.push({ title: [...here, t.name].join(' › '), passed: t.passed && !t.skipped, skipped: t.skipped, ms: t.duration ?? 0, error: t.error?.message });
  for (const s of suite.suites ?? []) walk(s, here, out);
};

export function engineReporter() {
  const counter = {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = engineOf(session.browser.name);
        if (!byEngine.has(engine)) byEngine.set(engine, { tests: [], files: 0, fileErrors: [], perFile: [] });
        const e = byEngine.get(engine);
        e.files++;
        const tests = [];
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        walk(session.testResults, [file], tests);
        e.tests.push(...tests);
        // Per file: how many ran and passed, and the sum of its tests' durations (hooks and page load not included).
        e.perFile.push({ file, ran: tests.length, passed: tests.filter((t) => t.passed).length, ms: Math.round(tests.reduce((s, t) => s + t.ms, 0)), errors: session.errors?.length ?? 0 });
        if (session.errors?.length) e.fileErrors.push({ file: session.testFile, errors: session.errors.map((x) => x.message) });
      }
      for (const [engine, e] of byEngine) {
        const passed = e.tests.filter((t) => t.passed).length;
        const skipped = e.tests.filter((t) => t.skipped).length;
        const line = `engine ${engine}: ${e.tests.length} tests ran, ${passed} passed, ${e.tests.length - passed} failed${skipped ? ` (${skipped} skipped)` : ''} (${e.files} files${e.fileErrors.length ? `; ${e.fileErrors.length} with errors outside a test` : ''})`;
        console.log(line);
        const dir = process.env.PORTAL_RESULTS_DIR;
        if (dir) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `${engine}.json`), JSON.stringify({ engine, ran: e.tests.length, passed, skipped, files: e.files, fileErrors: e.fileErrors, perFile: e.perFile, tests: e.tests }, null, 1));
        }
      }
    },
  };
  return [defaultReporter(), counter];
}

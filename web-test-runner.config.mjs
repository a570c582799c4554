// Browser tests in three engines, all from Debian packages (no browser downloads on this machine or in CI):
// Chromium (DevTools protocol), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver).
// PORTAL_BROWSERS=firefox (or chromium,webkit…) picks engines; `npm run test:browser` (scripts/test-browsers.mjs)
// runs one engine after the other, starts Xvfb for WebKit and prints each engine's counts and time.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mediaFeaturesPlugin } from './test/plugins/media-features.mjs';
import { a11yTreePlugin } from './test/plugins/a11y-tree.mjs';
import { a11yRolesPlugin } from './test/plugins/a11y-roles.mjs';
import { rawImportPlugin } from './test/plugins/raw-import.mjs';
import { pageTextPlugin } from './test/plugins/page-text.mjs';
import { fuzzParamsPlugin } from './test/plugins/fuzz-params.mjs';
import { engineReporter } from './test/plugins/engine-reporter.mjs';
import { transcriptsPlugin } from './test/plugins/transcripts.mjs';
import { viteImportsPlugin } from './test/plugins/vite-imports.mjs';
import { ssrPlugin } from './test/plugins/ssr.mjs';
import { firefoxKeysLand } from './test/plugins/firefox-keys.mjs';
import { engineCommandsPlugin } from './test/plugins/engine-commands.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { findFirefox, findMiniBrowser, findWebKitWebDriver, requireDisplay, selectedEngines } from './scripts/browsers.mjs';

const engines = selectedEngines();

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** WebKitWebDriver on a free port, stopped with this process. */
async function startWebKitWebDriver() {
  const binary = findWebKitWebDriver();
  requireDisplay();
  const port = await freePort();
  // MiniBrowser (started by the driver) takes its GTK stylesheet from test/webkitgtk/: a toolbar that lets the
  // window be as narrow as a phone (see the stylesheet).
  const env = { ...process.env, XDG_CONFIG_HOME: fileURLToPath(new URL('./test/webkitgtk/', import.meta.url)) };
  const driver = spawn(binary, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env });
  const stop = () => driver.kill();
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(1)));
  // Ready when it answers /status.
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      if (i > 200) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return port;
}

/** The launcher's name is what the reporter and the progress bar show (chromeLauncher calls every engine "Chrome"). */
const named = (name, launcher) => Object.assign(launcher, { name });

const launchers = {
  chromium: async () => named('Chromium', chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })),
  firefox: async () =>
    named('Firefox', firefoxKeysLand(chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: { 'intl.accept_languages': 'vi-VN, vi' },
      },
    }))),
  webkit: async () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await startWebKitWebDriver(),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: webdriverio would otherwise ask for a BiDi socket, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    }),
};

/**
 * Cases per property test (test/property/): 500 in one engine; when scripts/test-browsers.mjs runs several, 300 shared
 * among them (100 each for three), each engine with a seed of its own: every property holds in every engine, in the
 * time budget of `npm test` (at 200 each they took up to 215 s of WebKit's run). FUZZ_RUNS overrides it; `npm run
 * fuzz` runs 10,000 per tag.
 */
const engineCount = Number(process.env.PORTAL_ENGINE_COUNT) || engines.length;
const fuzzRuns = engineCount > 1 ? Math.ceil(300 / engineCount) : 500;

const browsers = [];
for (const engine of engines) browsers.push(await launchers[engine]());
// Coverage comes from Chromium's V8 alone.
const coverage = engines.length === 1 && engines[0] === 'chromium' && process.env.PORTAL_COVERAGE !== '0';

export default {
  // test/dropin/ runs after the build, with its own config (web-test-runner.dropin.config.mjs);
  // test/visual/ (the screenshot baselines, Chromium) with web-test-runner.visual.config.mjs; test/ssr/ (server
  // rendering from dist/) after the build too, with web-test-runner.ssr.config.mjs.
  files: ['test/**/*.test.ts', '!test/dropin/**', '!test/visual/**', '!test/ssr/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), mediaFeaturesPlugin(), a11yTreePlugin(), a11yRolesPlugin(), rawImportPlugin(), pageTextPlugin(), fuzzParamsPlugin({ defaultRuns: fuzzRuns }), transcriptsPlugin(), viteImportsPlugin(), engineCommandsPlugin(), ssrPlugin()],
  browsers,
  // One page at a time, one browser at a time: keyboard focus and animation frames belong to the page in front.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Limits that catch a hang, not a slow machine: on a busy 2-core host (the hypervisor took 70% of the CPU in one run)
  // one theme's axe run and Tab walk in WebKit passed 10 s, and typography.test.ts (65 screenshots) 240 s.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  reporters: engineReporter(),
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'node_modules/**', 'test/**'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
  },
};

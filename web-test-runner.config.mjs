// Browser tests in Debian's Chromium (no browser downloads on this machine or in CI).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mediaFeaturesPlugin } from './test/plugins/media-features.mjs';
import { a11yTreePlugin } from './test/plugins/a11y-tree.mjs';

/** CHROME_PATH, then the usual places; one clear line and exit 1 if there is none. */
function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH=${fromEnv} does not exist. Install Chromium (Debian: apt-get install -y chromium) or point CHROME_PATH at a Chromium/Chrome binary.`);
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  console.error('No Chromium found (CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome). Install it: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}

const executablePath = findChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), mediaFeaturesPlugin(), a11yTreePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--lang=vi-VN',
          // Test pages run side by side: keep timers and animation frames running in all of them.
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--disable-background-timer-throttling',
        ],
      },
    }),
  ],
  // One page at a time: keyboard focus and animation frames belong to the page in front.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'node_modules/**', 'test/**'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
  },
};

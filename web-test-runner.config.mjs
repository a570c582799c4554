// Browser tests in Debian's Chromium (no browser downloads on this machine or in CI).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mediaFeaturesPlugin } from './test/plugins/media-features.mjs';
import { a11yTreePlugin } from './test/plugins/a11y-tree.mjs';
import { rawImportPlugin } from './test/plugins/raw-import.mjs';
import { pageTextPlugin } from './test/plugins/page-text.mjs';
import { fuzzParamsPlugin } from './test/plugins/fuzz-params.mjs';
import { viteImportsPlugin } from './test/plugins/vite-imports.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();

export default {
  // test/dropin/ runs after the build, with its own config (web-test-runner.dropin.config.mjs);
  // test/visual/ (the screenshot baselines, Chromium) with web-test-runner.visual.config.mjs.
  files: ['test/**/*.test.ts', '!test/dropin/**', '!test/visual/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), mediaFeaturesPlugin(), a11yTreePlugin(), rawImportPlugin(), pageTextPlugin(), fuzzParamsPlugin({ defaultRuns: 500 }), viteImportsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
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

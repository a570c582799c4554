// The drop-in proof (npm run test:dropin): examples/sample-article.html on the BUILT bundle
// dist/portal-elements.js and a theme from dist/themes/. Runs after `npm run build` in `npm test`;
// on its own, build first. Refuses to run on a missing or stale dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { cspConsolePlugin, cspMiddleware } from './test/dropin/csp-server.mjs';

const bundle = 'dist/portal-elements.js';
if (!existsSync(bundle) || !existsSync('dist/themes/default.css')) {
  console.error(`✗ ${bundle} or dist/themes/ is missing: the drop-in test needs the built bundle. Run npm run build first (npm test does).`);
  process.exit(1);
}
const newest = (dir) => Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
if (statSync(bundle).mtimeMs < newest('src')) {
  console.error(`✗ ${bundle} is older than src/: the drop-in test would check an old build. Run npm run build first (npm test does).`);
  process.exit(1);
}

export default {
  files: ['test/dropin/*.test.ts'],
  // Production Lit for the test page too (the page under test has its own, inside the bundle).
  nodeResolve: { exportConditions: ['production'] },
  // /examples/sample-article.html?csp comes with a strict Content-Security-Policy header (test/dropin/csp.test.ts).
  middleware: [cspMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), cspConsolePlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};

// Server rendering from the built package, in the browser (npm run test:ssr): test/ssr/*.test.ts render every
// component with @lit-labs/ssr from dist/ (the ssr-render command, test/plugins/ssr.mjs), load the HTML with
// JavaScript off and then hydrate it. The main config's engines (PORTAL_BROWSERS; scripts/test-browsers.mjs runs one
// after the other) and plugins. Runs after `npm run build` in `npm test`; on its own, build first: a missing or stale
// dist/ is refused here and by the command.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import base from './web-test-runner.config.mjs';
import { ssrPlugin } from './test/plugins/ssr.mjs';

const newest = (dir) => Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
if (!existsSync('dist/all.js') || !existsSync('dist/themes/default.css')) {
  console.error('✗ dist/all.js or dist/themes/ is missing: the SSR test renders the built package. Run npm run build first (npm test does).');
  process.exit(1);
}
if (statSync('dist/all.js').mtimeMs < newest('src')) {
  console.error('✗ dist/all.js is older than src/: the SSR test would render an old build. Run npm run build first (npm test does).');
  process.exit(1);
}

export default {
  ...base,
  files: ['test/ssr/*.test.ts'],
  plugins: [...base.plugins.filter((p) => p.name != 'ssr'), ssrPlugin()],
  // dist/ is not src/: no coverage of it.
  coverage: false,
};

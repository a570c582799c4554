// The Chromium finder lives in the shipped audit (src/audit/chromium.ts); the tests, benches and the
// audit's own scripts import it from here. Node 20 cannot read TypeScript: scripts/ts-hooks.mjs does.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
const finder = await import('../src/audit/chromium.ts');

export const { INSTALL_HINT, MIN_CHROMIUM, findChromium, chromiumMajor, CHROMIUM_ARGS } = finder;

// `npm run fuzz` (scripts/fuzz.mjs): the property tests of test/property/ only, with many runs per tag
// (FUZZ_RUNS, default 10,000) and a seed that reproduces (FUZZ_SEED, printed by scripts/fuzz.mjs).
import base from './web-test-runner.config.mjs';
import { fuzzParamsPlugin } from './test/plugins/fuzz-params.mjs';

export default {
  ...base,
  files: ['test/property/*.test.ts'],
  plugins: [...base.plugins.filter((p) => p.name !== 'fuzz-params'), fuzzParamsPlugin({ defaultRuns: 10000 })],
  // Coverage is the ordinary suite's business; here it would only slow the runs down.
  coverage: false,
  // One property of 10,000 runs is one mocha test: minutes, not seconds.
  testFramework: { config: { timeout: 3600000 } },
  testsFinishTimeout: 4 * 3600000,
  browserStartTimeout: 120000,
};

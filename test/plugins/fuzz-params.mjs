/**
 * A test-runner command that tells the property tests (test/property/) how many runs to make per tag and
 * with which seed, so that a failing seed printed by one run reproduces in another:
 *
 *   const { runs, seed, path } = await executeServerCommand('fuzz-params');
 *
 * The numbers come from the environment, set by `npm run fuzz` (scripts/fuzz.mjs) or by hand:
 * FUZZ_RUNS (default `defaultRuns`), FUZZ_SEED (default: one seed drawn when the runner starts, the same
 * for every test file of that run) and FUZZ_PATH (fast-check's path to replay one counterexample).
 */
import process from 'node:process';

export const fuzzParamsPlugin = ({ defaultRuns = 500 } = {}) => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${process.env.FUZZ_SEED}`);
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  if (!(runs > 0)) throw new Error(`FUZZ_RUNS must be a positive number, not ${process.env.FUZZ_RUNS}`);
  const path = process.env.FUZZ_PATH || undefined;
  return {
    name: 'fuzz-params',
    executeCommand({ command }) {
      if (command !== 'fuzz-params') return undefined;
      return { runs, seed, path };
    },
  };
};

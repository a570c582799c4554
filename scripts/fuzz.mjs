#!/usr/bin/env node
/**
 * `npm run fuzz`: the property tests of test/property/ with many runs per tag (10,000 unless told), in
 * Chromium, with one seed for the whole run, printed first, so that a failure reproduces:
 *
 *   npm run fuzz                                   a fresh seed, 10,000 runs per tag
 *   npm run fuzz -- --seed 1234                    the same runs again (FUZZ_SEED=1234 works too)
 *   npm run fuzz -- --seed 1234 --path "17:3:0"    only the counterexample fast-check printed, at once
 *   npm run fuzz -- --runs 2000 --tag article-card one tag (the test file's name), fewer runs
 *
 * A failing property prints its seed, its path and the shrunk counterexample, and the line to run again.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const env = { ...process.env };
const files = [];
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s);
  const value = () => inline ?? args[++i];
  if (flag === '--seed') env.FUZZ_SEED = value();
  else if (flag === '--runs') env.FUZZ_RUNS = value();
  else if (flag === '--path') env.FUZZ_PATH = value();
  else if (flag === '--tag') files.push(`test/property/${value().replace(/^portal-/, '')}.test.ts`);
  else {
    console.error(`✗ unknown option ${args[i]}. Use --seed N, --runs N, --path P, --tag name`);
    process.exit(2);
  }
}
env.FUZZ_SEED ||= String((Date.now() ^ (Math.random() * 0x100000000)) | 0);
env.FUZZ_RUNS ||= '10000';
if (!/^-?\d+$/.test(env.FUZZ_SEED)) {
  console.error(`✗ the seed must be an integer, not ${env.FUZZ_SEED}`);
  process.exit(2);
}
console.log(`fuzz: seed ${env.FUZZ_SEED}, ${env.FUZZ_RUNS} runs per tag${env.FUZZ_PATH ? `, path ${env.FUZZ_PATH}` : ''}${files.length ? `, ${files.join(' ')}` : ''}`);
console.log(`      again: npm run fuzz -- --seed ${env.FUZZ_SEED}${files.length ? files.map((f) => ` --tag ${f.split('/').pop().replace('.test.ts', '')}`).join('') : ''}\n`);

const start = performance.now();
const child = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.fuzz.config.mjs', ...(files.length ? ['--files', ...files] : [])], { env, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  const s = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`\nfuzz: seed ${env.FUZZ_SEED}, ${env.FUZZ_RUNS} runs per tag, ${s} s: ${code === 0 ? 'passed' : 'FAILED'}`);
  process.exit(code ?? (signal ? 1 : 0));
});

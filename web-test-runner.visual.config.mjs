// The visual baselines (test/visual/stories.visual.ts), in Debian's Chromium only:
//   npm run test:visual                               compare every story × theme × width with its baseline
//   npm run test:visual -- --update-visual-baseline   write the current look as the new baselines
//
// The baselines are content-addressed: test/visual/screenshots/baselines.json maps each screenshot's name
// ("baseline/375/default/components-figure--zoom.png") to the SHA-256 of its PNG, stored once in
// test/visual/screenshots/store/<sha>.png. Many stories look the same in several themes (a skip ribbon out of
// sight, a story whose colours every light theme shares), so some 830 names share far fewer files.
// A failure writes, under test/visual/screenshots/failed/, <name>-actual.png, <name>-diff.png and
// <name>-expected.png (the baseline, copied from the store). An update replaces only the baselines that a
// comparison would fail, leaves the same three images of each in test/visual/screenshots/updated/ for review, and
// removes stored files no name points to any more.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pngQuantize } from '@napi-rs/image';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

// Chromium only, whatever PORTAL_BROWSERS says (the base config would launch all three engines without it):
// a screenshot depends on the engine's rasteriser, and the baselines are Chromium's.
process.env.PORTAL_BROWSERS = 'chromium';
const { default: base } = await import('./web-test-runner.config.mjs');

// The plugin's own comparison (its pixelmatch and pngjs), to keep a baseline an update would not change.
const fromPlugin = createRequire(fileURLToPath(import.meta.resolve('@web/test-runner-visual-regression/plugin')));
const pixelmatch = fromPlugin('pixelmatch');
const { PNG } = fromPlugin('pngjs');
/**
 * The share of pixels (%) that differ past the threshold (100 when the sizes differ), and, for a screenshot of
 * up to 8 million pixels, the diff image. Encoding the diff of the gallery (1280 × 29,000 px) would outlast the
 * 20 s the browser waits for a command's answer.
 */
const changed = (a, b) => {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return { percent: 100 };
  const diff = x.width * x.height <= 8e6 ? new PNG({ width: x.width, height: x.height }) : undefined;
  const pixels = pixelmatch(x.data, y.data, diff?.data ?? null, x.width, x.height, diffOptions);
  return { percent: (pixels / (x.width * x.height)) * 100, image: diff && PNG.sync.write(diff) };
};

const baseDir = 'test/visual/screenshots';
const diffOptions = { threshold: 0.1, includeAA: false };
const failureThreshold = 0.1;
const storeDir = join(baseDir, 'store');
const indexFile = join(baseDir, 'baselines.json');
const update = process.argv.includes('--update-visual-baseline');

/** name → sha256 of the stored PNG; read once, written back (sorted) after each new baseline. */
const index = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : {};
/** The index's key for a baseline's path: relative to baseDir, with forward slashes. */
const keyOf = (filePath) => relative(resolve(baseDir), filePath).split('\\').join('/');
const stored = (sha) => join(storeDir, `${sha}.png`);
/** Writes of the index, one after another. */
let writing = Promise.resolve();
const writeIndex = () =>
  (writing = writing.then(() =>
    writeFile(indexFile, `${JSON.stringify(Object.fromEntries(Object.entries(index).sort(([a], [b]) => (a < b ? -1 : 1))), null, 1)}\n`),
  ));

/** The baseline image for a path, from the store; undefined when there is none. */
const baseline = async (filePath) => {
  const sha = index[keyOf(filePath)];
  return sha ? readFile(stored(sha)).catch(() => undefined) : undefined;
};

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  coverage: false,
  // VISUAL_GREP=Gallery npm run test:visual: only the screenshots whose test name matches. stories.visual.ts asks for
  // the pattern (the visual-grep command below) and registers only those: with mocha's own grep every other test
  // counted as failed in the runner's summary.
  testFramework: { config: { timeout: 120000 } },
  // Some 830 screenshots: minutes, not the default two.
  testsFinishTimeout: 30 * 60 * 1000,
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      baseDir,
      update,
      // A pixel counts as changed past pixelmatch's colour distance 0.1 (anti-aliasing left out);
      // a screenshot fails when more than 0.1 % of its pixels changed.
      diffOptions,
      failureThresholdType: 'percent',
      failureThreshold,
      // Named without the browser: only Chromium takes them, whatever its launcher is called.
      getBaselineName: ({ name }) => join('baseline', name),
      getFailedName: ({ name }) => join('failed', `${name}-actual`),
      getDiffName: ({ name }) => join('failed', `${name}-diff`),
      getBaseline: ({ filePath }) => baseline(filePath),
      // A baseline is stored as a palette PNG (libimagequant, quality 90-100, deterministic): about a third of
      // Chromium's PNG, and the full-colour screenshot still matches it with no pixel over the threshold.
      // An update keeps a baseline the new screenshot still matches (within the threshold, as a comparison would
      // pass): only what changed gets a new file. For each one it replaces it leaves <name>-expected.png,
      // -actual.png and -diff.png in test/visual/screenshots/updated/, to look at before committing.
      async saveBaseline({ filePath, content }) {
        const old = await baseline(filePath);
        if (old) {
          const diff = changed(old, content);
          if (diff.percent <= failureThreshold) return;
          const review = join(baseDir, 'updated', keyOf(filePath).replace(/^baseline\//, '').replace(/\.png$/, ''));
          await mkdir(dirname(review), { recursive: true });
          await Promise.all([writeFile(`${review}-expected.png`, old), writeFile(`${review}-actual.png`, content), diff.image ? writeFile(`${review}-diff.png`, diff.image) : undefined]);
        }
        const png = await pngQuantize(content, { minQuality: 90, maxQuality: 100, speed: 4 });
        const sha = createHash('sha256').update(png).digest('hex');
        await mkdir(storeDir, { recursive: true });
        if (!existsSync(stored(sha))) await writeFile(stored(sha), png);
        index[keyOf(filePath)] = sha;
        await writeIndex();
      },
      // Next to the actual image and the diff: the expected one, from the store.
      async saveFailed({ filePath, content }) {
        await mkdir(dirname(filePath), { recursive: true });
        await writeFile(filePath, content);
        const expectedPath = filePath.replace(join('failed', ''), join('baseline', '')).replace(/-actual\.png$/, '.png');
        const expected = await baseline(expectedPath);
        if (expected) await writeFile(filePath.replace(/-actual\.png$/, '-expected.png'), expected);
      },
    }),
    {
      name: 'visual-grep',
      executeCommand: ({ command }) => (command === 'visual-grep' ? { grep: process.env.VISUAL_GREP ?? '' } : undefined),
    },
    {
      name: 'visual-baseline-store',
      // After an update, a stored file that no name points to any more goes.
      async serverStop() {
        if (!update) return;
        await writing;
        const used = new Set(Object.values(index).map((sha) => `${sha}.png`));
        for (const file of await readdir(storeDir).catch(() => [])) if (!used.has(file)) await rm(join(storeDir, file));
      },
    },
  ],
};

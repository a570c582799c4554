// The visual baselines (test/visual/stories.visual.ts), in Debian's Chromium only:
//   npm run test:visual                               compare every story × theme × width with its baseline
//   npm run test:visual -- --update-visual-baseline   write the current look as the new baselines
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pngQuantize } from '@napi-rs/image';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from './web-test-runner.config.mjs';

const baseDir = 'test/visual/screenshots';

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  coverage: false,
  // VISUAL_GREP=Gallery npm run test:visual: only the screenshots whose test name matches.
  testFramework: { config: { timeout: 120000, ...(process.env.VISUAL_GREP ? { grep: process.env.VISUAL_GREP } : {}) } },
  // Some 830 screenshots: minutes, not the default two.
  testsFinishTimeout: 30 * 60 * 1000,
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      baseDir,
      update: process.argv.includes('--update-visual-baseline'),
      // A pixel counts as changed past pixelmatch's colour distance 0.1 (anti-aliasing left out);
      // a screenshot fails when more than 0.1 % of its pixels changed.
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThresholdType: 'percent',
      failureThreshold: 0.1,
      getFailedName: ({ browser, name }) => join(browser, 'failed', `${name}-actual`),
      getDiffName: ({ browser, name }) => join(browser, 'failed', `${name}-diff`),
      // A baseline is stored as a palette PNG (libimagequant, quality 90-100, deterministic): about a third of
      // Chromium's PNG, and the full-colour screenshot still matches it with no pixel over the threshold.
      async saveBaseline({ filePath, content }) {
        await mkdir(dirname(filePath), { recursive: true });
        await writeFile(filePath, await pngQuantize(content, { minQuality: 90, maxQuality: 100, speed: 4 }));
      },
      // Next to the actual image and the diff: the expected one, copied from the baseline.
      async saveFailed({ filePath, content }) {
        await mkdir(dirname(filePath), { recursive: true });
        await writeFile(filePath, content);
        const expected = filePath.replace(`${join('failed', '')}`, join('baseline', '')).replace(/-actual\.png$/, '.png');
        await copyFile(expected, filePath.replace(/-actual\.png$/, '-expected.png')).catch(() => undefined);
      },
    }),
  ],
};

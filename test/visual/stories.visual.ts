/**
 * Visual baselines (Chromium): every story of the Storybook, in every theme of
 * src/themes, at 375 px and 1280 px, in the pinned fonts (test/fonts.ts),
 * cropped to the story's root and compared with the committed baselines
 * (test/visual/screenshots/baselines.json, which names each screenshot's PNG in
 * test/visual/screenshots/store/; web-test-runner.visual.config.mjs sets the
 * threshold). A failure writes the expected, actual and diff images to
 * test/visual/screenshots/failed/.
 *
 *   npm run test:visual                               compare
 *   npm run test:visual -- --update-visual-baseline   accept the new look as the baseline
 *
 * The pages that show every theme at once (Themes/Gallery, Tokens, Studio) are
 * taken once per width. Chromium only: a screenshot depends on the engine's
 * rasteriser; the engine-neutral layout assertions are test/layout.test.ts.
 */
import { takeWarnings, useTheme } from '../helpers.js';
import { setViewport, executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render } from 'lit';
import { stories, themeOrder } from './stories.js';
// What Storybook's preview (.storybook/preview.ts) adds to every story, the mock portal page's styles: without them the
// skip ribbon's page frame was unstyled, its search field and button in the machine's default font.
import pageFrameCss from '../../.storybook/page-frame.css?raw';

document.head.append(Object.assign(document.createElement('style'), { textContent: pageFrameCss }));

const WIDTHS = [375, 1280] as const;
const { names } = (await executeServerCommand('portal-themes')) as { names: string[] };
const THEMES = themeOrder(names);
/** VISUAL_GREP (web-test-runner.visual.config.mjs): only the screenshots whose test name matches are registered. */
const { grep } = (await executeServerCommand('visual-grep')) as { grep: string };
const wanted = (title: string): boolean => !grep || new RegExp(grep).test(title);

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

describe('visual baselines: every story, theme and width (Chromium)', function () {
  this.timeout(120000);
  let container: HTMLElement;
  before(() => {
    document.body.style.margin = '0';
    // No caret blinking or transition caught half way.
    document.head.append(Object.assign(document.createElement('style'), { textContent: '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }' }));
  });
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    container.style.display = 'flow-root';
  });
  afterEach(() => {
    render(null, container);
    container.remove();
    document.documentElement.lang = 'vi';
    takeWarnings();
  });

  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      for (const story of stories) {
        if (!story.themed && theme !== THEMES[0]) continue;
        const name = `${width}/${story.themed ? theme : 'all-themes'}/${slug(story.title)}--${slug(story.name)}`;
        const title = `${story.id}, ${story.themed ? theme : 'every theme'}, ${width} px`;
        if (!wanted(title)) continue;
        it(title, async () => {
          await setViewport({ width, height: 900 });
          await useTheme(theme);
          const root = await story.show(container, { locale: 'vi', theme });
          await visualDiff(root, name);
        });
      }
    }
  }
});

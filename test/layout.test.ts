/**
 * What a picture cannot explain, for every story at a phone's width (375 px)
 * and a desktop's (1280 px), in the default theme: no story scrolls sideways,
 * no box is wider than the box it sits in (unless that one scrolls), no image
 * failed to load, no text is covered by another element (checked with
 * elementFromPoint at each line of text), and no number range ("2016-2021")
 * breaks across lines. Engine-neutral: the screenshots are
 * test/visual/stories.visual.ts, in Chromium only.
 */
import { takeWarnings, useTheme } from './helpers.js';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import { stories, deepQueryAll } from './visual/stories.js';
import { overflows, coveredText, brokenImages, sidewaysScroll, brokenRanges } from './visual/layout.js';

/** Stories that show a failed image on purpose, and the images they mean. */
const BROKEN_ON_PURPOSE: Record<string, RegExp> = {
  'Components/Figure › BrokenImage': /\/anh\/khong-co\.jpg$/,
};

const WIDTHS = [375, 1280] as const;

describe('layout: every story at 375 and 1280 px', function () {
  this.timeout(60000);
  let container: HTMLElement;
  before(async () => {
    await useTheme('default');
    document.body.style.margin = '0';
  });
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    container.className = 'story-root';
  });
  afterEach(async () => {
    render(null, container);
    container.remove();
    window.scrollTo(0, 0);
    document.documentElement.lang = 'vi';
    // A story's own dev warnings (a story that shows a bad input on purpose) are not this test's subject.
    takeWarnings();
    await setViewport({ width: 800, height: 600 });
  });

  for (const story of stories) {
    for (const width of WIDTHS) {
      it(`${story.id} at ${width} px: no sideways scroll, no box wider than its container, every image loads, no text covered, no range broken`, async () => {
        await setViewport({ width, height: 800 });
        const root = await story.show(container, { locale: 'vi', theme: 'default' });
        const problems = [
          ...sidewaysScroll(),
          ...overflows(root),
          ...brokenImages(root).filter((src) => !BROKEN_ON_PURPOSE[story.id]?.test(src)).map((src) => `image failed to load: ${src}`),
          ...coveredText(root),
          ...brokenRanges(root),
        ];
        expect(problems, problems.slice(0, 12).join('\n')).to.deep.equal([]);
        expect(deepQueryAll(root, 'img').length + root.textContent!.trim().length, 'the story shows something').to.be.greaterThan(0);
      });
    }
  }
});

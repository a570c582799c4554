/**
 * Every story of "Components/Article card" and "Components/Article list",
 * rendered as Storybook renders it (meta args, story args, the Locale global)
 * with the default theme: each passes axe, keeps its text in the light DOM, and
 * prints no warning. Storybook's own a11y panel runs axe too, but only when a
 * person opens the story.
 */
import { loadTheme, shadowOnlyText } from './helpers.js';
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import * as cardStories from '../stories/article-card.stories.js';
import * as listStories from '../stories/article-list.stories.js';

type Render = (args: Record<string, unknown>, context: { globals: Record<string, unknown> }) => TemplateResult;
interface StoryModule {
  default: { title: string; args?: Record<string, unknown>; render: Render };
  [name: string]: unknown;
}

for (const module of [cardStories, listStories] as unknown as StoryModule[]) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && /^[A-Z]/.test(name) && typeof value === 'object') as [
    string,
    { args?: Record<string, unknown>; render?: Render },
  ][];

  describe(`stories: ${meta.title}`, () => {
    before(() => loadTheme());
    afterEach(() => {
      document.documentElement.lang = 'vi';
    });

    it('has a Playground, an English story and an Accessibility guidance story', () => {
      expect(stories.map(([name]) => name)).to.include.members(['Playground', 'English', 'AccessibilityGuidance']);
    });

    for (const [name, story] of stories) {
      for (const locale of ['vi', 'en']) {
        it(`${name} (${locale}) passes axe, with every word in the light DOM`, async () => {
          document.documentElement.lang = locale;
          const render = story.render ?? meta.render;
          const root = await fixture<HTMLElement>(render({ ...meta.args, ...story.args }, { globals: { locale } }));
          const elements = [...root.querySelectorAll('portal-article-card, portal-article-list')];
          expect(elements.length, 'the story shows the components').to.be.greaterThan(0);
          await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          for (const el of elements) expect(shadowOnlyText(el)).to.equal('');
          await expect(root).to.be.accessible();
        });
      }
    }
  });
}

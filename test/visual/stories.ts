/**
 * Every story of the Storybook, rendered as Storybook renders it (meta and
 * story args, meta and story decorators, the Locale and Theme globals), for the
 * tests that look at what designers and readers see: test/layout.test.ts
 * (engine-neutral layout assertions) and test/visual/stories.visual.ts (the
 * screenshot baselines, Chromium). The Vite-only imports of the stories are
 * served by test/plugins/vite-imports.mjs.
 */
import { render, type TemplateResult } from 'lit';
import '../../src/all.js';
import * as articleCard from '../../stories/article-card.stories.js';
import * as articleList from '../../stories/article-list.stories.js';
import * as article from '../../stories/article.stories.js';
import * as attendanceList from '../../stories/attendance-list.stories.js';
import * as figure from '../../stories/figure.stories.js';
import * as page from '../../stories/page.stories.js';
import * as skipRibbon from '../../stories/skip-ribbon.stories.js';
import * as themes from '../../stories/themes.stories.js';
import * as tokens from '../../stories/tokens.stories.js';
import * as themeStudio from '../../stories/theme-studio.stories.js';
import { settled } from '../helpers.js';

interface Context {
  globals: Record<string, unknown>;
  args: Record<string, unknown>;
  viewMode: 'story';
}
type Render = (args: Record<string, unknown>, context: Context) => TemplateResult;
type Decorator = (story: () => unknown, context: Context) => unknown;
interface Annotations {
  args?: Record<string, unknown>;
  render?: Render;
  decorators?: Decorator[];
  name?: string;
  parameters?: Record<string, unknown>;
}
interface StoryModule {
  default: Annotations & { title: string };
  [name: string]: unknown;
}

export interface Story {
  /** "Components/Figure › Zoom": the Storybook title and the story's export name. */
  id: string;
  title: string;
  name: string;
  /** Whether the story's look depends on the theme toolbar (the gallery and the tokens page show every theme at once). */
  themed: boolean;
  show(container: HTMLElement, globals: { locale: 'vi' | 'en'; theme: string }): Promise<HTMLElement>;
}

/** Pages that show every theme side by side and ignore the toolbar's theme. */
const THEME_FREE = new Set(['Themes/Gallery', 'Themes/Tokens', 'Themes/Studio']);

const modules = [articleCard, articleList, article, attendanceList, figure, skipRibbon, page, themes, tokens, themeStudio] as unknown as StoryModule[];

export const stories: Story[] = modules.flatMap((module) => {
  const meta = module.default;
  return Object.entries(module)
    .filter(([name, value]) => name !== 'default' && /^[A-Z]/.test(name) && typeof value === 'object' && value !== null)
    .map(([name, value]): Story => {
      const story = value as Annotations;
      return {
        id: `${meta.title} › ${name}`,
        title: meta.title,
        name,
        themed: !THEME_FREE.has(meta.title),
        async show(container, globals) {
          const args = { ...meta.args, ...story.args };
          const context: Context = { globals, args, viewMode: 'story' };
          const draw = story.render ?? meta.render;
          if (!draw) throw new Error(`${meta.title} › ${name} has no render function`);
          // Storybook applies story decorators inside meta decorators.
          const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
          const result = decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => draw(args, context))();
          document.documentElement.lang = globals.locale;
          render(result, container);
          await settled(container);
          // Every picture loads now, not when scrolled to: a baseline shows the photo, not its placeholder.
          for (const img of deepQueryAll(container, 'img')) (img as HTMLImageElement).loading = 'eager';
          await Promise.all(deepQueryAll(container, 'img').map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
          await settled(container);
          await document.fonts.ready;
          return container;
        },
      };
    });
});

/** Every element matching `selector` under `root`, in the light DOM and in every open shadow root. */
export const deepQueryAll = (root: ParentNode, selector: string): Element[] => {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
};

/** The theme order of the toolbar: default first, each light theme before its dark one. */
export { themeOrder } from '../../src/theme-builder/core.js';

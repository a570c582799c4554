import { html } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { card, lang, pageText, stay, tokenStyle, type ArticleCardArgs } from './article-templates.js';
import { news, newsVi, type SampleLang } from './sample-content.js';
import guidanceMarkdown from './accessibility/article-list.md?raw';
import { guidanceStory } from './accessibility/guidance.js';

type ArticleListArgs = ArticleCardArgs & {
  /** Story only: the width of the list's container. */
  width?: string;
  /** Story only: how many news items. */
  items?: number;
};

const heading = { vi: 'Tin hoạt động', en: 'Council activities' } as const;
const latest = { vi: 'Tin mới', en: 'Latest news' } as const;
const seeAll = { vi: 'Xem tất cả', en: 'See all' } as const;

const list = (l: SampleLang, args: ArticleListArgs = {}) => html`
  <div style="max-width: ${args.width ?? '64rem'}">
    <portal-article-list style=${tokenStyle(args)} @click=${stay}>
      <h2>${heading[l]}</h2>
      ${news(l)
        .slice(0, args.items ?? 4)
        .map((item) => card(item))}
      <a href="/tin-hoat-dong">${seeAll[l]}</a>
    </portal-article-list>
  </div>
`;

const source = `<portal-article-list>
  <h2>Tin hoạt động</h2>
${newsVi
  .map(
    (item) => `  <portal-article-card>
    <h3><a href="${item.href}">${item.title}</a></h3>
    <a href="${item.categoryHref}">${item.category}</a>
    <time datetime="${item.date}">${item.date.split('-').reverse().join('/')}</time>
    <p>${item.excerpt}</p>
    <img src="…" alt="" width="900" height="600" loading="lazy" />
  </portal-article-card>`,
  )
  .join('\n')}
  <a href="/tin-hoat-dong">Xem tất cả</a>
</portal-article-list>`;

/** stories/accessibility/article-list.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Article list');

const meta: Meta<ArticleListArgs> = {
  title: 'Components/Article list',
  component: 'portal-article-list',
  tags: ['autodocs'],
  decorators: [pageText as Decorator<ArticleListArgs>],
  args: { width: '64rem', items: 4 },
  argTypes: {
    width: { control: 'text', description: "Story only: the width of the list's container.", table: { category: 'story' } },
    items: { control: { type: 'range', min: 1, max: 4 }, description: 'Story only: how many news items.', table: { category: 'story' } },
  },
  render: (args, { globals }) => list(lang(globals), args),
  parameters: { docs: { source: { language: 'html', code: source } } },
};
export default meta;

type Story = StoryObj<ArticleListArgs>;

/**
 * The sample article among its neighbouring news items. Narrow the container
 * (Controls: width) to see the columns follow the list's width; the
 * `--portal-article-list-*` tokens set the most columns, the narrowest column
 * and the gap.
 */
export const Playground: Story = {};

/** A "latest news" column beside an article: compact cards, one column, an `<h3>` because it sits under a section heading. */
export const Sidebar: Story = {
  render: (_args, { globals }) => {
    const l = lang(globals);
    return html`<div style="max-width: 20rem">
      <portal-article-list @click=${stay}>
        <h3>${latest[l]}</h3>
        ${news(l).map((item) => card(item, { variant: 'compact', level: 4 }))}
        <a href="/tin-moi">${seeAll[l]}</a>
      </portal-article-list>
    </div>`;
  },
};

/** Inside `lang="en"`: the English items, and the "See all" link after them. */
export const English: Story = {
  render: (args) => html`<div lang="en">${list('en', args)}</div>`,
};

/** How the list behaves for keyboard and screen-reader users, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  parameters: { docs: { description: { story: guidance } } },
};

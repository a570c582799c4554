import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { card, column, lang, pageText, tokenStyle, type ArticleCardArgs } from './article-templates.js';
import { longTitle, news, newsVi, type SampleNews } from './sample-content.js';
import guidanceMarkdown from './accessibility/article-card.md?raw';
import { guidanceStory } from './accessibility/guidance.js';

const source = (item: SampleNews, attrs = '', date = item.date.split('-').reverse().join('/')) => `<portal-article-card${attrs}>
  <h3><a href="${item.href}">${item.title}</a></h3>
  <a href="${item.categoryHref}">${item.category}</a>
  <time datetime="${item.date}">${date}</time>
  <p>${item.excerpt}</p>
  <img src="/anh/hoi-nghi.jpg" alt="" width="900" height="600" loading="lazy" />
</portal-article-card>`;

/** stories/accessibility/article-card.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Article card');

const meta: Meta<ArticleCardArgs> = {
  title: 'Components/Article card',
  component: 'portal-article-card',
  tags: ['autodocs'],
  decorators: [pageText],
  args: { width: '22rem', image: true, cardWritesDate: false },
  argTypes: {
    variant: { control: 'select', options: ['vertical', 'horizontal', 'compact', 'featured'] },
    'date-format': { control: 'select', options: ['numeric', 'numeric-time', 'long'] },
    width: { control: 'text', description: 'Story only: the width of the column the card sits in.', table: { category: 'story' } },
    image: { control: 'boolean', description: 'Story only: give the card a photo.', table: { category: 'story' } },
    cardWritesDate: {
      control: 'boolean',
      description: 'Story only: leave the `<time datetime>` empty; the card writes its text in the page language, in `date-format`.',
      table: { category: 'story' },
    },
  },
  render: (args, { globals }) =>
    column(
      args.width ?? '22rem',
      card(news(lang(globals))[0]!, {
        variant: args.variant,
        dateFormat: args['date-format'],
        image: args.image !== false,
        cardWritesDate: args.cardWritesDate === true,
        style: tokenStyle(args),
      }),
    ),
};
export default meta;

type Story = StoryObj<ArticleCardArgs>;

/**
 * The sample article as a card. Change the variant, the column width, the date
 * pattern or the tokens in the Controls panel; the Locale toolbar switches the
 * language (a date the card wrote itself follows it).
 */
export const Playground: Story = {
  args: { cardWritesDate: true, 'date-format': 'long' },
  parameters: { docs: { source: { language: 'html', code: source(newsVi[0]!, ' date-format="long"', '') } } },
};

/** The default: the photo above the title, date, category and excerpt. */
export const Vertical: Story = {
  parameters: { docs: { source: { language: 'html', code: source(newsVi[0]!) } } },
};

/**
 * The photo beside the text whenever the card has 30rem, above it when
 * narrower. Both cards below have `variant="horizontal"`: the layout follows
 * the width each card is given, not the window.
 */
export const Horizontal: Story = {
  render: (_args, { globals }) => {
    const [first, second] = news(lang(globals));
    return html`<div style="display: grid; gap: 2rem">
      ${column('40rem', card(first!, { variant: 'horizontal' }))} ${column('20rem', card(second!, { variant: 'horizontal' }))}
    </div>`;
  },
  parameters: { docs: { source: { language: 'html', code: source(newsVi[0]!, ' variant="horizontal"') } } },
};

/** Title, category and date only: for sidebars and "latest news" columns. The photo and excerpt stay in the markup but are not shown. */
export const Compact: Story = {
  render: (_args, { globals }) => column('20rem', html`<div style="display: grid; gap: 1rem">${news(lang(globals)).map((item) => card(item, { variant: 'compact' }))}</div>`),
  parameters: { docs: { source: { language: 'html', code: source(newsVi[0]!, ' variant="compact"') } } },
};

/** The lead story of a home page: a large title. Here with an `<h2>`, as the first item under the page's `<h1>`. */
export const Featured: Story = {
  render: (_args, { globals }) => column('44rem', card(news(lang(globals))[0]!, { variant: 'featured', level: 2 })),
  parameters: { docs: { source: { language: 'html', code: source(newsVi[0]!, ' variant="featured"').replace(/h3>/g, 'h2>') } } },
};

/**
 * A very long title full of stacked diacritics (Ủ, Ộ, Ặ) in a narrow column:
 * it wraps, its lines never touch, and nothing is cut off.
 */
export const VeryLongTitle: Story = {
  name: 'Very long title',
  render: (_args, { globals }) => {
    const l = lang(globals);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 2rem; align-items: start">
      ${column('14rem', card(news(l)[0]!, { title: longTitle[l] }))} ${column('36rem', card(news(l)[0]!, { title: longTitle[l], variant: 'horizontal' }))}
    </div>`;
  },
};

/** No photo: the card is just text, with no empty box where the photo would be. */
export const MissingImage: Story = {
  name: 'Missing image',
  render: (_args, { globals }) => column('22rem', card(news(lang(globals))[1]!, { image: false })),
};

/**
 * Inside `lang="en"`, whatever the document's language: the English sample,
 * and a date the card writes into an empty `<time datetime>` in the long
 * English pattern.
 */
export const English: Story = {
  render: () => html`<div lang="en">${column('22rem', card(news('en')[0]!, { cardWritesDate: true, dateFormat: 'long' }))}</div>`,
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<div lang="en">
  <portal-article-card date-format="long">
    <h3><a href="/tin-hoat-dong/hoi-nghi-giao-ban-lan-thu-ba">Third briefing conference…</a></h3>
    <a href="/tin-hoat-dong">Council activities</a>
    <time datetime="2018-03-13"></time>
    <p>On the afternoon of 13 March, in Duy Tiên district…</p>
    <img src="/anh/hoi-nghi.jpg" alt="" width="900" height="600" loading="lazy" />
  </portal-article-card>
</div>
<!-- the card writes "13 March 2018" into the empty <time> -->`,
      },
    },
  },
};

/** How the card behaves for keyboard, pointer and screen-reader users, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  render: (_args, { globals }) => {
    const [first, second] = news(lang(globals));
    return html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); max-width: 48rem">
      ${card(first!)} ${card(second!)}
    </div>`;
  },
  parameters: { docs: { description: { story: guidance }, source: { language: 'html', code: source(newsVi[0]!) } } },
};

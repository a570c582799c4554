import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, articlePage, esc, frameText, prose, type SampleLang } from './sample-content.js';
import guidanceMarkdown from './accessibility/article.md?raw';
import { guidanceStory } from './accessibility/guidance.js';

type ArticleArgs = {
  /** The component's CSS custom properties, from the manifest, as Controls. */
  [token: `--${string}`]: string | undefined;
  jsonld?: boolean;
  publisher?: string;
  /** Story only: the headline element, h1 or h2. */
  headingLevel?: 1 | 2;
  /** Story only: author, source and updated date. */
  byline?: boolean;
  /** Story only: a body with a list, a quote, a table and a figure, not only paragraphs. */
  richBody?: boolean;
};

const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');


/** A placeholder drawing in place of the conference photo (the stories load nothing from the network). */
const PLACEHOLDER = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 900 600'><rect width='900' height='600' fill='#d8dce3'/><circle cx='450' cy='250' r='90' fill='#a3aab8'/><rect x='270' y='370' width='360' height='160' rx='80' fill='#a3aab8'/></svg>",
)}`;

interface MarkupOptions {
  level?: 1 | 2;
  byline?: boolean;
  richBody?: boolean;
  jsonld?: boolean;
  publisher?: string;
  /** `lang` on the element itself, for an article in another language than the page. */
  markLang?: boolean;
  style?: string;
}

/** The article's markup as a portal writes it: every part in reading order, in the light DOM. */
const markup = (l: SampleLang, o: MarkupOptions = {}): string => {
  const a = article(l);
  const p = articlePage(l);
  const h = `h${o.level ?? 1}`;
  const attrs = [
    'role="article"',
    o.markLang ? `lang="${l}"` : '',
    o.jsonld ? 'jsonld' : '',
    o.jsonld && o.publisher ? `publisher="${esc(o.publisher)}"` : '',
    o.style ? `style="${esc(o.style)}"` : '',
  ].filter(Boolean);
  const rich = o.richBody
    ? `
  <p>${esc(p.listIntro)}</p>
  <ul>
${p.list.map((item) => `    <li>${esc(item)}</li>`).join('\n')}
  </ul>
  <blockquote><p>${esc(p.quote)}</p></blockquote>
  <figure>
    <img src="${PLACEHOLDER}" alt="${esc(p.figureAlt)}" width="900" height="600">
    <figcaption>${esc(p.figureCaption)}</figcaption>
  </figure>
  <table>
    <caption>${esc(p.tableCaption)}</caption>
    <thead><tr><th scope="col">${esc(p.tableHead[0])}</th><th scope="col">${esc(p.tableHead[1])}</th></tr></thead>
    <tbody>
${p.tableRows.map(([who, what]) => `      <tr><td>${esc(who)}</td><td>${esc(what)}</td></tr>`).join('\n')}
    </tbody>
  </table>`
    : '';
  const byline = o.byline
    ? `
  <p slot="byline">${esc(p.source)}</p>
  <p slot="byline">${esc(p.updatedLabel)} <time datetime="2018-03-14T08:00+07:00">${esc(p.updatedShown)}</time></p>`
    : '';
  return `<portal-article ${attrs.join(' ')}>
  <a slot="category" href="/tin-hoat-dong">${esc(a.category)}</a>
  <${h} slot="headline">${prose(a.title)}</${h}>
  <p slot="dateline"><time datetime="2018-03-13">${esc(p.date)}</time>, ${esc(p.place)}</p>
  <p slot="lead">${prose(p.lead)}</p>
${a.paragraphs
  .slice(1)
  .map((text) => `  <p>${prose(text)}</p>`)
  .join('\n')}
  <p>${prose(p.seeAlso)} <a href="/van-ban/ke-hoach-doi-moi-2016-2021">${prose(p.planTitle)}</a>.</p>${rich}${byline}
</portal-article>`;
};

/** The tokens set in the Controls panel, as an inline style. */
const tokenStyle = (args: ArticleArgs): string =>
  Object.entries(args)
    .filter((e): e is [string, string] => e[0].startsWith('--') && typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');

/** The page around the article: a surface, and the page's own link and focus styles, as a portal has. */
const pageStyles = html`<style>
  .sb-article-page {
    padding: var(--portal-space-6, 1.5rem);
    background: var(--portal-color-surface, #ffffff);
    color: var(--portal-color-text, #1b1d21);
    font-family: var(--portal-font-family, system-ui, sans-serif);
  }
  .sb-article-page a {
    color: var(--portal-color-link, #0b4fa8);
  }
  .sb-article-page button {
    font: inherit;
  }
  .sb-article-page :is(a, button):focus-visible {
    outline: var(--portal-focus-ring-width, 3px) solid var(--portal-focus-ring-color, #0b4fa8);
    outline-offset: var(--portal-focus-ring-offset, 2px);
  }
  .sb-article-page figcaption {
    font-size: var(--portal-font-size-sm, 0.875rem);
    color: var(--portal-color-text-muted, #4a5060);
  }
  .sb-article-page header,
  .sb-article-page nav,
  .sb-article-page footer {
    margin-block-end: var(--portal-space-4, 1rem);
  }
  .sb-article-page nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portal-space-4, 1rem);
    padding: 0;
    list-style: none;
  }
</style>`;

/** The article in a <main>, so it stands as it would on an article page. */
const onPage = (code: string) => html`${pageStyles}
  <main class="sb-article-page">${unsafeHTML(code)}</main>`;

const meta: Meta<ArticleArgs> = {
  title: 'Components/Article',
  component: 'portal-article',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  argTypes: {
    headingLevel: { control: false, table: { disable: true } },
    byline: { control: false, table: { disable: true } },
    richBody: { control: false, table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<ArticleArgs>;

const story = (category: string) => ({ disable: false, category });

/**
 * The whole article, in the page language (Locale toolbar). The Controls turn
 * on the optional parts, the JSON-LD, a level-2 headline and a richer body, and
 * change the tokens. The JSON-LD is a `<script>` child of the element: open the
 * browser's inspector to see it.
 */
export const Playground: Story = {
  args: { jsonld: false, publisher: articlePage('vi').publisher, headingLevel: 1, byline: true, richBody: true },
  argTypes: {
    headingLevel: {
      control: 'inline-radio',
      options: [1, 2],
      description: 'Story only: the headline element you write, `h1` or `h2` (the level is yours).',
      table: story('story'),
    },
    byline: { control: 'boolean', description: 'Story only: author, source and updated date (`slot="byline"`).', table: story('story') },
    richBody: { control: 'boolean', description: 'Story only: a list, a quote, a figure and a table in the body.', table: story('story') },
  },
  render: (args, { globals }) =>
    onPage(
      markup(lang(globals), {
        level: args.headingLevel,
        byline: args.byline,
        richBody: args.richBody,
        jsonld: args.jsonld,
        publisher: args.publisher,
        style: tokenStyle(args),
      }),
    ),
  parameters: { docs: { source: { language: 'html', code: markup('vi', { byline: true, jsonld: true, publisher: articlePage('vi').publisher }) } } },
};

/**
 * The article alone, without its optional parts (no author, source, updated
 * date or JSON-LD), in English: `lang="en"` on the element wins over the page
 * language.
 */
export const EnglishWithoutOptionalParts: Story = {
  name: 'English, without optional parts',
  render: (args) => onPage(markup('en', { markLang: true, style: tokenStyle(args) })),
  parameters: { docs: { source: { language: 'html', code: markup('en', { markLang: true }) } } },
};

/**
 * Every optional part, in Vietnamese: source and updated date in the byline,
 * NewsArticle JSON-LD with the publisher, and a body with a list, a quote, a
 * figure and a table, each spaced by the article with no change to the block.
 */
export const VietnameseWithAllOptionalParts: Story = {
  name: 'Vietnamese, with every optional part',
  render: (args) =>
    onPage(markup('vi', { markLang: true, byline: true, richBody: true, jsonld: true, publisher: articlePage('vi').publisher, style: tokenStyle(args) })),
  parameters: {
    docs: {
      source: { language: 'html', code: markup('vi', { markLang: true, byline: true, richBody: true, jsonld: true, publisher: articlePage('vi').publisher }) },
    },
  },
};

/**
 * Where the page already has its `h1` (a section page that shows a full
 * article), write the headline as `h2`: the level is the element you write.
 */
export const HeadlineAtLevel2: Story = {
  name: 'Headline at level 2',
  render: (args, { globals }) => {
    const l = lang(globals);
    return html`${pageStyles}
      <main class="sb-article-page">
        <h1>${article(l).category}</h1>
        ${unsafeHTML(markup(l, { level: 2, style: tokenStyle(args) }))}
      </main>`;
  },
  parameters: { docs: { source: { language: 'html', code: `<h1>${article('vi').category}</h1>\n${markup('vi', { level: 2 })}` } } },
};

/** stories/accessibility/article.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Article', 'The canvas shows the article on a small portal page: header, navigation, the article, footer. Print it (<kbd>Ctrl</kbd>+<kbd>P</kbd>, or <kbd>⌘</kbd>+<kbd>P</kbd>) to see the print version.');

/** How the article behaves for keyboard and screen-reader users, how it prints, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  render: (args, { globals }) => {
    const l = lang(globals);
    const t = frameText[l];
    return html`${pageStyles}
      <div class="sb-article-page">
        <header>
          <p><strong>${t.siteName}</strong></p>
          <button type="button">${l === 'en' ? 'Tiếng Việt' : 'English'}</button>
        </header>
        <nav aria-label=${t.navLabel}>
          <ul>
            ${t.nav.slice(0, 4).map((item, i) => html`<li><a href=${`/chuyen-muc/${i + 1}`}>${item}</a></li>`)}
          </ul>
        </nav>
        <main>${unsafeHTML(markup(l, { byline: true, richBody: true, style: tokenStyle(args) }))}</main>
        <p data-portal-print="hide"><a href="/tin-hoat-dong">${l === 'en' ? 'More council activities' : 'Tin hoạt động khác'}</a></p>
        <footer><p>${t.footer}</p></footer>
      </div>`;
  },
  parameters: {
    docs: {
      description: { story: guidance },
      source: {
        language: 'html',
        code: `<header>… <button type="button">English</button></header>
<nav aria-label="${frameText.vi.navLabel}">…</nav>
<main>
${markup('vi', { byline: true })}
</main>
<p data-portal-print="hide"><a href="/tin-hoat-dong">Tin hoạt động khác</a></p>
<footer>…</footer>`,
      },
    },
  },
};

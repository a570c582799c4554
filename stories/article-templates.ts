/**
 * Templates the article card and list stories share: a card written as an
 * author writes it, the Controls' tokens as inline styles, and the page
 * language from the Locale toolbar. (Not a stories file: Storybook would list
 * these exports as stories.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DatePattern } from '../src/internal/date.js';
import type { ArticleCardVariant } from '../src/components/article-card/article-card.js';
import { prose, thumbnail, type SampleLang, type SampleNews } from './sample-content.js';

/** Sample text in a Lit template, with its number ranges kept on one line (sample-content.ts, prose()). */
export const text = (s: string) => unsafeHTML(prose(s));

export type ArticleCardArgs = {
  /** The component's CSS custom properties, from the manifest, as Controls. */
  [token: `--${string}`]: string | undefined;
  variant?: ArticleCardVariant;
  'date-format'?: DatePattern;
  /** Story only: the width of the column the card sits in. */
  width?: string;
  /** Story only: show the thumbnail. */
  image?: boolean;
  /** Story only: leave the `<time datetime>` empty, so the card writes the date in the page language. */
  cardWritesDate?: boolean;
};

/** The tokens set in the Controls panel, as inline custom properties on the host. */
export const tokenStyle = (args: ArticleCardArgs) =>
  styleMap(
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
    ),
  );

export const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');

/** The page's link targets are not part of Storybook: the cards stay on the story. */
export const stay = (event: Event): void => {
  if ((event.target as Element).closest?.('a')) event.preventDefault();
};

export interface CardOptions {
  variant?: ArticleCardVariant | undefined;
  dateFormat?: DatePattern | undefined;
  image?: boolean;
  cardWritesDate?: boolean;
  level?: 2 | 3 | 4;
  title?: string;
  style?: ReturnType<typeof tokenStyle>;
}

/** One news item as an author writes it: heading with link, category, date, excerpt, photo. */
export const card = (item: SampleNews, { variant, dateFormat, image = true, cardWritesDate = false, level = 3, title = item.title, style }: CardOptions = {}): TemplateResult => {
  const link = html`<a href=${item.href}>${text(title)}</a>`;
  const heading = level === 2 ? html`<h2>${link}</h2>` : level === 4 ? html`<h4>${link}</h4>` : html`<h3>${link}</h3>`;
  return html`<portal-article-card
    variant=${variant ?? nothing}
    date-format=${dateFormat ?? nothing}
    style=${style ?? nothing}
    @click=${stay}
  >
    ${heading}
    <a href=${item.categoryHref}>${item.category}</a>
    <time datetime=${item.date}>${cardWritesDate ? nothing : item.date.split('-').reverse().join('/')}</time>
    <p>${text(item.excerpt)}</p>
    ${image ? html`<img src=${thumbnail(item.hue)} alt="" width="900" height="600" loading="lazy" />` : nothing}
  </portal-article-card>`;
};

/** A column of the given width, as in a portal's grid or sidebar. */
export const column = (width: string, content: TemplateResult | TemplateResult[]) => html`<div style="max-width: ${width}">${content}</div>`;

/** The page's own text style, from the theme tokens: the card and list inherit font and line height, as on a portal page. */
export const pageText: Decorator<ArticleCardArgs> = (story) =>
  html`<div style="font-family: var(--portal-font-family, system-ui, sans-serif); line-height: var(--portal-line-height-body, 1.6); color: var(--portal-color-text, #1b1d21)">
    ${story()}
  </div>`;

/// <reference types="vite/client" />
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FigureVariant } from '../src/components/figure/figure.js';
import { article, photos, type SampleLang } from './sample-content.js';
import { text as prose } from './article-templates.js';

import hoiNghi1 from './assets/hoi-nghi-1.svg?url&no-inline';
import hoiNghi1Full from './assets/hoi-nghi-1-1800.svg?url&no-inline';
import hoiNghi2 from './assets/hoi-nghi-2.svg?url&no-inline';
import hoiNghi2Full from './assets/hoi-nghi-2-1800.svg?url&no-inline';
import guidanceMarkdown from './accessibility/figure.md?raw';
import { guidanceStory } from './accessibility/guidance.js';

/**
 * The illustrations in stories/assets/ (generated, no network): 900 × 600, and
 * 1800 × 1200 for the zoom. Served as files, never inlined: a data: URL is
 * exactly what the figure refuses in data-full-src.
 */
const ASSETS: Record<string, string> = {
  'hoi-nghi-1': hoiNghi1,
  'hoi-nghi-1-1800': hoiNghi1Full,
  'hoi-nghi-2': hoiNghi2,
  'hoi-nghi-2-1800': hoiNghi2Full,
};

type FigureArgs = {
  /** The component's CSS custom properties, from the manifest, as Controls. */
  [token: `--${string}`]: string | undefined;
  variant?: FigureVariant;
  zoomable?: boolean;
  /** Playground: which of the article's two photos. */
  photo?: 1 | 2;
  /** Playground: show the caption. */
  caption?: boolean;
  /** Set by the component when the photo fails: documentation only, no control. */
  broken?: boolean;
};

interface FigureOptions {
  variant?: FigureVariant | undefined;
  zoomable?: boolean | undefined;
  photo?: 1 | 2 | undefined;
  caption?: boolean | undefined;
  /** `''` for a decorative image. */
  alt?: string;
  /** An address that does not exist, for the broken-image story. */
  src?: string;
  loading?: 'eager' | 'lazy';
}

/** The tokens set in the Controls panel, as inline custom properties on the host. */
const tokenStyle = (args: FigureArgs) =>
  styleMap(
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
    ),
  );

const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');

/** One of the sample's photos as a <portal-figure>, with the author's own <figure>. */
const figure = (l: SampleLang, args: FigureArgs, o: FigureOptions = {}): TemplateResult => {
  const p = photos(l)[(o.photo ?? 1) - 1]!;
  return html`
    <portal-figure variant=${ifDefined(o.variant)} ?zoomable=${o.zoomable ?? false} style=${tokenStyle(args)}>
      <figure>
        <img
          src=${o.src ?? ASSETS[p.file]!}
          data-full-src=${ASSETS[`${p.file}-1800`]!}
          alt=${o.alt ?? p.alt}
          width="900"
          height="600"
          loading=${ifDefined(o.loading)}
        />
        ${o.caption === false ? nothing : html`<figcaption>${p.caption} <small>${p.credit}</small></figcaption>`}
      </figure>
    </portal-figure>
  `;
};

/** An article column around the figures: headline, paragraphs, figures where they were published. */
const page = (l: SampleLang, body: TemplateResult, { width = '44rem', markLang = false } = {}): TemplateResult => {
  const a = article(l);
  return html`
    <main
      lang=${ifDefined(markLang ? l : undefined)}
      style="max-inline-size: ${width}; margin: 0 auto; padding: 1rem; font-family: var(--portal-font-family, sans-serif); line-height: var(--portal-line-height-body, 1.6); color: var(--portal-color-text, #1b1d21); background: var(--portal-color-surface, #ffffff)"
    >
      <article>
        <h1 style="font-size: 1.5rem; line-height: 1.5">${prose(a.title)}</h1>
        <p>${prose(a.paragraphs[0]!)}</p>
        ${body}
        ${a.paragraphs.slice(1).map((text) => html`<p>${prose(text)}</p>`)}
      </article>
    </main>
  `;
};

const source = (attrs = '', extra = ''): string => `<portal-figure${attrs}>
  <figure>
    <img src="/anh/hoi-nghi-1.jpg" ${extra}alt="${photos('vi')[0].alt}" width="900" height="600">
    <figcaption>
      ${photos('vi')[0].caption}
      <small>${photos('vi')[0].credit}</small>
    </figcaption>
  </figure>
</portal-figure>`;

/** stories/accessibility/figure.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Figure');

const meta: Meta<FigureArgs> = {
  title: 'Components/Figure',
  component: 'portal-figure',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    // Each story in its own frame: one <main> per page, and the zoom dialog is modal to its story only.
    docs: { story: { inline: false, height: '720px' } },
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'inset', 'float-start', 'float-end'] },
    zoomable: { control: 'boolean' },
    broken: { control: false },
    photo: { control: false, table: { disable: true } },
    caption: { control: false, table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<FigureArgs>;

/** The first photo of the sample article. Controls change the layout, the zoom, the photo and the tokens. */
export const Playground: Story = {
  args: { variant: 'full', zoomable: true, photo: 1, caption: true },
  argTypes: {
    photo: {
      control: 'inline-radio',
      options: [1, 2],
      description: 'Story only: which of the article\'s two photos.',
      table: { disable: false, category: 'story' },
    },
    caption: {
      control: 'boolean',
      description: 'Story only: show the caption.',
      table: { disable: false, category: 'story' },
    },
  },
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, args)),
  parameters: { docs: { source: { language: 'html', code: source(' zoomable') } } },
};

/** The default: the photo takes the width of the text column, the caption and credit under it. */
export const FullWidth: Story = {
  name: 'Full width',
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { loading: 'eager' })),
  parameters: { docs: { source: { language: 'html', code: source('', 'loading="eager" ') } } },
};

/** `variant="inset"`: narrower than the text (at most `--portal-figure-inset-size`), centred. */
export const Inset: Story = {
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { variant: 'inset', photo: 2 })),
  parameters: { docs: { source: { language: 'html', code: source(' variant="inset"') } } },
};

/** `variant="float-start"`: floated to the start side (left in Vietnamese and English); the text wraps around it. */
export const FloatStart: Story = {
  name: 'Float start',
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { variant: 'float-start', photo: 2 })),
  parameters: { docs: { source: { language: 'html', code: source(' variant="float-start"') } } },
};

/** `variant="float-end"`: floated to the end side; the text wraps around it. */
export const FloatEnd: Story = {
  name: 'Float end',
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { variant: 'float-end', photo: 2 })),
  parameters: { docs: { source: { language: 'html', code: source(' variant="float-end"') } } },
};

/**
 * The same floated figure in a column 20rem wide (a phone, a sidebar): below
 * `--portal-figure-float-breakpoint` (30rem) of its container it takes the full
 * width, and the text continues under it. No container query is needed.
 */
export const NarrowContainer: Story = {
  name: 'Narrow container',
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { variant: 'float-end', photo: 2 }), { width: '20rem' }),
  parameters: { docs: { source: { language: 'html', code: source(' variant="float-end"') } } },
};

/**
 * `zoomable`: a button over the photo, and a click on the photo, open the
 * full-resolution image (`data-full-src`) in a modal dialog that repeats the
 * caption. Try it with the keyboard: <kbd>Tab</kbd>, <kbd>Enter</kbd>,
 * <kbd>Esc</kbd>.
 */
export const Zoom: Story = {
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { zoomable: true })),
  parameters: { docs: { source: { language: 'html', code: source(' zoomable', 'data-full-src="/anh/hoi-nghi-1-1800.jpg" ') } } },
};

/**
 * Inside `lang="en"`, the zoom button is "Enlarge photo: …" and the dialog's
 * close button "Close", whatever the document's language.
 */
export const English: Story = {
  render: (args) => page('en', figure('en', args, { zoomable: true, variant: 'float-end', photo: 2 }), { markLang: true }),
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<article lang="en">
  <portal-figure zoomable variant="float-end">
    <figure>
      <img src="/photos/conference-2.jpg" alt="${photos('en')[1].alt}" width="900" height="600">
      <figcaption>${photos('en')[1].caption} <small>${photos('en')[1].credit}</small></figcaption>
    </figure>
  </portal-figure>
</article>`,
      },
    },
  },
};

/**
 * The file does not exist. The box keeps its size with a neutral placeholder,
 * the `alt` and the caption stay readable, the zoom button is left out, and the
 * console names the address.
 */
export const BrokenImage: Story = {
  name: 'Broken image',
  // The photo's 404 is what this story shows: the audit does not count it as a page error.
  tags: ['audit-expects-404'],
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { zoomable: true, src: '/anh/khong-co.jpg' })),
  parameters: { docs: { source: { language: 'html', code: source(' zoomable').replace('/anh/hoi-nghi-1.jpg', '/anh/khong-co.jpg') } } },
};

/**
 * Left: a decorative `alt=""`, right when the caption says everything the photo
 * shows (the reader skips the image and reads the caption). Right: no caption,
 * so it is a photo with its `alt` only; the zoom button is named after the `alt`.
 */
export const DecorativeAndUncaptioned: Story = {
  name: 'Decorative alt, no caption',
  render: (args, { globals }) =>
    page(
      lang(globals),
      html`${figure(lang(globals), args, { variant: 'float-start', alt: '' })}${figure(lang(globals), args, {
        variant: 'float-end',
        photo: 2,
        caption: false,
        zoomable: true,
      })}`,
    ),
};

/** How the figure and its zoom behave for keyboard and screen-reader users, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  render: (args, { globals }) => page(lang(globals), figure(lang(globals), args, { zoomable: true, variant: 'float-end' })),
  parameters: {
    docs: {
      description: { story: guidance },
      source: { language: 'html', code: source(' zoomable variant="float-end"', 'data-full-src="/anh/hoi-nghi-1-1800.jpg" ') },
    },
  },
};

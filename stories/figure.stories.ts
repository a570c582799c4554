/// <reference types="vite/client" />
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FigureVariant } from '../src/components/figure/figure.js';
import { article, photos, type SampleLang } from './sample-content.js';

import hoiNghi1 from './assets/hoi-nghi-1.svg?url&no-inline';
import hoiNghi1Full from './assets/hoi-nghi-1-1800.svg?url&no-inline';
import hoiNghi2 from './assets/hoi-nghi-2.svg?url&no-inline';
import hoiNghi2Full from './assets/hoi-nghi-2-1800.svg?url&no-inline';

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
        <h1 style="font-size: 1.5rem; line-height: 1.35">${a.title}</h1>
        <p>${a.paragraphs[0]}</p>
        ${body}
        ${a.paragraphs.slice(1).map((text) => html`<p>${text}</p>`)}
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

const guidance = `
#### The markup is yours, and already accessible

\`<portal-figure>\` wraps a real \`<figure>\` with an \`<img>\` (or \`<picture>\`) and a \`<figcaption>\`. Without JavaScript, or before the script loads, a reader already gets a figure with the photo and its caption. The component lays it out, reserves the photo's box, reports authoring errors, and adds the zoom.

#### What a screen reader announces

- The **figure** role, then the **image** by its \`alt\`, then the **caption** as the figure's content, then (with \`zoomable\`) the **button** "Phóng to ảnh: Đồng chí Lê Thị Thanh Hà…" / "Enlarge photo: Comrade Lê Thị Thanh Hà…".
- **The figure has no accessible name.** ARIA and HTML-AAM changed in w3c/aria#2224 (html-aam#359): a \`figcaption\` no longer names or describes its figure; it is read as the figure's content, in order. Chromium follows this (a test asserts it), and the component adds no \`aria-labelledby\` or \`aria-describedby\` to undo it: a 30-word caption as the figure's name would be read twice, once on entering the figure and again as its text. The caption belongs to its figure by being its \`<figcaption>\`, with or without JavaScript. If you need a short name for a figure (to find it in a list of figures), give it \`aria-label\` yourself.
- **\`alt\` says what the photo shows; the caption gives the context** (who, where, when). Do not repeat the caption in \`alt\`. When the caption really says everything the photo shows, write \`alt=""\`: the image is then skipped and the caption read. A missing \`alt\` is reported in the console with the \`src\`.
- **No caption**: the figure is just a photo with its \`alt\`, and the zoom button is named after the \`alt\`.
- In the zoom dialog, the reader announces a **modal dialog** named by the caption (or the \`alt\`), and lands on the **Đóng / Close** button. The page behind is inert: it cannot be reached by Tab, by a screen reader's virtual cursor, or by the mouse.

#### Keyboard (zoomable)

| Key | What happens |
| --- | --- |
| <kbd>Tab</kbd> | Reaches the zoom button over the photo's top corner (44 × 44 px, 3 px focus ring). |
| <kbd>Enter</kbd> / <kbd>Space</kbd> | Opens the full-resolution photo in a modal dialog; focus moves to **Đóng / Close**. |
| <kbd>Tab</kbd> in the dialog | Stays in the dialog (close button, and any link in the caption). |
| <kbd>Esc</kbd>, or <kbd>Enter</kbd> on **Đóng / Close** | Closes the dialog; focus returns to the zoom button. A click on the dark backdrop closes it too. |

#### WCAG 2.2 criteria it addresses

- **1.1.1 Non-text Content (A)**: \`alt\` is required (warned when missing); \`alt=""\` is allowed when the caption carries the content.
- **1.3.1 Info and Relationships (A)**: the caption is the figure's own \`<figcaption>\`, in the light DOM.
- **1.4.10 Reflow (AA)**: the photo never overflows its column; a floated figure becomes full width in a narrow container.
- **2.1.1 Keyboard (A), 2.4.3 Focus Order (A), 2.4.7 Focus Visible (AA)**: the zoom is a real button; focus moves into the dialog and back to the button.
- **2.4.11 Focus Not Obscured (AA)**: the dialog is modal and on top; nothing covers its close button.
- **2.5.8 Target Size (AA)**: both buttons are at least 44 × 44 px.
- **4.1.2 Name, Role, Value (A)**: the button is named for what it does, in the page language; the dialog is named by the caption.
- **2.3.3 Animation from Interactions (AAA)**: the dialog's short zoom-in is off under \`prefers-reduced-motion: reduce\`. In forced-colours mode the borders and focus rings stay visible in system colours.

#### What the author must still do

- Write an \`alt\` that says what is in the photo, and a caption that says who and where.
- Give every \`<img>\` its \`width\` and \`height\` (the file's pixel size) so the page does not jump when it loads (warned when missing).
- Write \`loading="eager"\` on the photo at the top of the article; every other photo is lazy by default.
- Put the credit in \`<small>\` at the end of the caption: "Ảnh: …" / "Photo: …".
- Offer \`data-full-src\` (or a \`srcset\`) for the zoom; an unsafe address (\`javascript:\`, \`data:\`) is refused.
`;

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

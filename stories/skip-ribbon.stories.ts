import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pageFrame, targets } from '../.storybook/page-frame.js';
import { frameText, type SampleLang } from './sample-content.js';
import guidanceMarkdown from './accessibility/skip-ribbon.md?raw';
import { guidanceStory } from './accessibility/guidance.js';

type SkipRibbonArgs = {
  /** The component's CSS custom properties, from the manifest, as Controls. */
  [token: `--${string}`]: string | undefined;
  /** Playground: leave the ribbon empty, so it writes its own link to <main>. */
  empty?: boolean;
  /** Playground: the link text; empty means the sample text in the page language. */
  label?: string;
  /** Playground: where the link goes. */
  target?: keyof typeof targets;
  /** The `portal-skip` event, logged in the Actions panel. */
  onPortalSkip?: (event: CustomEvent<{ target: HTMLElement }>) => void;
};

/** The tokens set in the Controls panel, as inline custom properties on the host. */
const tokenStyle = (args: SkipRibbonArgs) =>
  styleMap(
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
    ),
  );

const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');

/** The three links of SeveralLinks and AccessibilityGuidance, in page order. */
const severalLinks = (args: SkipRibbonArgs, l: SampleLang) => {
  const t = frameText[l];
  return html`
    <portal-skip-ribbon style=${tokenStyle(args)} @portal-skip=${args.onPortalSkip}>
      <a href=${`#${targets.main}`}>${t.skipMain}</a>
      <a href=${`#${targets.nav}`}>${t.skipNav}</a>
      <a href=${`#${targets.search}`}>${t.skipSearch}</a>
    </portal-skip-ribbon>
  `;
};

const severalLinksSource = `<body>
  <portal-skip-ribbon>
    <a href="#${targets.main}">${frameText.vi.skipMain}</a>
    <a href="#${targets.nav}">${frameText.vi.skipNav}</a>
    <a href="#${targets.search}">${frameText.vi.skipSearch}</a>
  </portal-skip-ribbon>
  <header>…</header>
  <main id="${targets.main}">…</main>
  <nav id="${targets.nav}" aria-label="${frameText.vi.navLabel}">…</nav>
  <form id="${targets.search}" role="search">…</form>
  <footer>…</footer>
</body>`;

/** stories/accessibility/skip-ribbon.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Skip ribbon', "Try it on this story's canvas: click the instruction box at its top (a click further down would start <kbd>Tab</kbd> from there), then use the keyboard.");

const meta: Meta<SkipRibbonArgs> = {
  title: 'Components/Skip ribbon',
  component: 'portal-skip-ribbon',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    // The ribbon is position: fixed; each story gets its own iframe so docs stay tidy.
    docs: { story: { inline: false, height: '460px' } },
  },
  argTypes: {
    // The CSS custom properties come from the manifest; .storybook/preview.ts gives them controls.
    empty: { control: false, table: { disable: true } },
    label: { control: false, table: { disable: true } },
    target: { control: false, table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<SkipRibbonArgs>;

/**
 * One link to the main content. Press <kbd>Tab</kbd> on the canvas to see the
 * ribbon; the Controls panel changes its text, its target and the tokens.
 */
export const Playground: Story = {
  args: { empty: false, label: '', target: 'main' },
  argTypes: {
    empty: {
      control: 'boolean',
      description: 'Story only: leave the ribbon empty, so it writes one link to `<main>` in the page language.',
      table: { disable: false, category: 'story' },
    },
    label: {
      control: 'text',
      description: 'Story only: the link text. Empty: the sample text in the page language.',
      table: { disable: false, category: 'story' },
    },
    target: {
      control: 'inline-radio',
      options: Object.keys(targets),
      description: 'Story only: the link target.',
      table: { disable: false, category: 'story' },
    },
  },
  render: (args, { globals }) => {
    const l = lang(globals);
    const id = targets[args.target ?? 'main'];
    // A new element when switching between empty and authored, as on a real page.
    const ribbon = keyed(
      args.empty ? 'empty' : 'authored',
      html`<portal-skip-ribbon style=${tokenStyle(args)} @portal-skip=${args.onPortalSkip}
        >${args.empty ? nothing : html`<a href=${`#${id}`}>${args.label || frameText[l].skipMain}</a>`}</portal-skip-ribbon
      >`,
    );
    return pageFrame({ lang: l, ribbon: html`${ribbon}` });
  },
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<portal-skip-ribbon>
  <a href="#${targets.main}">${frameText.vi.skipMain}</a>
</portal-skip-ribbon>
…
<main id="${targets.main}">…</main>`,
      },
    },
  },
};

/**
 * Three links, for the main content, the navigation and the search form, in
 * the order their targets appear on the page. Each link moves focus to its
 * target.
 */
export const SeveralLinks: Story = {
  name: 'Several links',
  render: (args, { globals }) => pageFrame({ lang: lang(globals), ribbon: severalLinks(args, lang(globals)) }),
  parameters: { docs: { source: { language: 'html', code: severalLinksSource } } },
};

/**
 * An empty ribbon inside an element with `lang="en"` writes its own link,
 * "Skip to main content", to the page's `<main>`. The nearest `lang` wins, even
 * when the document (Locale toolbar) is Vietnamese.
 */
export const English: Story = {
  render: (args) =>
    pageFrame({
      lang: 'en',
      markLang: true,
      ribbon: html`<portal-skip-ribbon style=${tokenStyle(args)} @portal-skip=${args.onPortalSkip}></portal-skip-ribbon>`,
    }),
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<div lang="en">
  <portal-skip-ribbon></portal-skip-ribbon>
  …
  <main id="${targets.main}">…</main>
</div>`,
      },
    },
  },
};

/** How the ribbon behaves for keyboard and screen-reader users, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  render: (args, { globals }) => {
    const l = lang(globals);
    const steps =
      l === 'en'
        ? ['Tab: the ribbon appears, the first link has focus.', 'Enter: focus moves to the main content.', 'Tab: focus continues inside the main content.']
        : ['Tab: thanh bỏ qua hiện ra, liên kết đầu tiên nhận tiêu điểm.', 'Enter: tiêu điểm chuyển đến nội dung chính.', 'Tab: tiêu điểm đi tiếp bên trong nội dung chính.'];
    return pageFrame({
      lang: l,
      ribbon: severalLinks(args, l),
      hint: html`<ol>
        ${steps.map((s) => html`<li>${s}</li>`)}
      </ol>`,
    });
  },
  parameters: {
    docs: {
      description: { story: guidance },
      source: { language: 'html', code: severalLinksSource },
    },
  },
};

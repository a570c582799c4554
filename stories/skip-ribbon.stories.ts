import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pageFrame, targets } from '../.storybook/page-frame.js';
import { frameText, type SampleLang } from './sample-content.js';

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

const guidance = `
Try it on this story's canvas: click the instruction box at its top (a click further down would start <kbd>Tab</kbd> from there), then use the keyboard.

#### Keyboard

| Key | What happens |
| --- | --- |
| <kbd>Tab</kbd> (first press on the page) | The ribbon appears at the top of the viewport and its first link takes focus, with a 3px focus ring. The ribbon must be the first thing in \`<body>\` for this. |
| <kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd> | Moves between the skip links. The ribbon stays visible while one of its links has focus and hides again when focus leaves it. |
| <kbd>Enter</kbd> | Follows the link: the page jumps to the target and focus moves to it (the ribbon adds \`tabindex="-1"\` to a target that is not focusable, and removes it on blur). The URL hash changes and \`portal-skip\` fires. |
| <kbd>Tab</kbd> after <kbd>Enter</kbd> | Continues inside the target: the first link or field in \`<main>\`, the navigation, or the search form, not back at the top of the page. |

#### What a screen reader announces

- Each skip link is a real \`<a href>\` in the light DOM, so it is announced with the **link** role and its text: "link, Bỏ qua để đến nội dung chính" (or "link, Skip to main content" on an English page). It is also listed in the reader's list of links.
- The ribbon itself adds no role, landmark or extra words; it is not announced.
- After <kbd>Enter</kbd>, the reader announces the target it lands on, for example the **main** landmark, and reads on from there.
- A link the ribbon writes itself (empty ribbon) is in the language of the nearest \`lang\`, so the reader pronounces it correctly.

#### WCAG 2.2 criteria it addresses

- **2.4.1 Bypass Blocks (A)**: a way to skip the header and navigation repeated on every page.
- **2.4.7 Focus Visible (AA)**: the ribbon becomes visible as soon as a link in it has focus, and the focused link has a 3px ring (\`--portal-focus-ring-*\`).
- **2.4.11 Focus Not Obscured (Minimum) (AA)**: the ribbon is fixed at the top above the page (\`--portal-skip-ribbon-z-index\`), so a sticky header cannot cover the focused link, and it hides once focus moves to the target, so it does not cover the target either.
- **2.5.8 Target Size (Minimum) (AA)**: every link is at least 44 × 44 CSS pixels, well above the 24 × 24 minimum.
- **1.4.3 Contrast (Minimum) (AA)**: the default link colour #0b4fa8 on #ffffff is 7.8:1 (4.5:1 needed).
- **1.4.11 Non-text Contrast (AA)**: the focus ring (#0b4fa8) and the rule under the ribbon (#1d3a6e) are well above 3:1 on white. In forced-colours mode the ribbon uses system colours.

#### What the author must still do

- **Give every target an id** and write the links as \`<a href="#id">\`. The ribbon warns in the console when no element has that id.
- **Write the links in page order**: the same order as their targets appear on the page (here: main content, navigation, search).
- **Keep exactly one \`<main>\`**: an empty ribbon links to the first \`<main>\` (or \`[role="main"]\`).
- Put the ribbon first in \`<body>\`, before the header, so the first <kbd>Tab</kbd> reaches it.
- Keep the link text short and in the page language; when a theme changes the tokens, keep 4.5:1 for the text and 3:1 for the focus ring.
`;

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

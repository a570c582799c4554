import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, largeMeeting, meeting, writtenMeeting, type SampleAttendee, type SampleLang } from './sample-content.js';
import guidanceMarkdown from './accessibility/attendance-list.md?raw';
import { text as prose } from './article-templates.js';
import { guidanceStory } from './accessibility/guidance.js';

type AttendanceArgs = {
  /** The component's CSS custom properties, from the manifest, as Controls. */
  [token: `--${string}`]: string | undefined;
  variant?: string;
  sort?: string;
  count?: boolean;
  'no-honorific'?: boolean;
  'heading-level'?: number;
  jsonld?: string;
  date?: string;
};

const lang = (globals: Record<string, unknown>): SampleLang => (globals.locale === 'en' ? 'en' : 'vi');

/** The tokens set in the Controls panel, as inline custom properties on the host. */
const tokenStyle = (args: AttendanceArgs) =>
  styleMap(
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
    ),
  );

/** The attributes from the Controls panel. A new element for other content, as on a real page. */
const list = (args: AttendanceArgs, content: TemplateResult | typeof nothing, data?: SampleAttendee[]) =>
  keyed(
    data ?? content,
    html`
  <portal-attendance-list
    style=${tokenStyle(args)}
    variant=${args.variant || nothing}
    sort=${args.sort || nothing}
    ?count=${args.count}
    ?no-honorific=${args['no-honorific']}
    heading-level=${args['heading-level'] ?? nothing}
    jsonld=${args.jsonld || nothing}
    date=${args.date || nothing}
    .attendees=${data}
    >${content}</portal-attendance-list
  >
`,
  );

/** A news article around the list, as on the portal. */
const inArticle = (l: SampleLang, body: unknown, opening = true) => {
  const a = article(l);
  return html`
    <article lang=${l} style="max-inline-size: 46rem; font-family: var(--portal-font-family, sans-serif); line-height: var(--portal-line-height-body, 1.6)">
      <p><small>${a.category}</small></p>
      <h2>${prose(a.title)}</h2>
      ${opening ? html`<p>${prose(a.paragraphs[0]!.split('. ')[0]!)}.</p>` : nothing} ${body}
    </article>
  `;
};

/**
 * The sample meeting written as plain light-DOM markup, as a CMS template
 * writes it: it reads right even if the script never loads.
 */
const writtenVi = html`${unsafeHTML(writtenMeeting('vi'))}`;

const writtenSource = `<portal-attendance-list>
${writtenMeeting('vi', { indent: '  ' })}
</portal-attendance-list>`;

const jsonSource = (data: SampleAttendee[]) => `<portal-attendance-list>
  <script type="application/json">
${JSON.stringify(data, null, 2)
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  </script>
</portal-attendance-list>`;

/** stories/accessibility/attendance-list.md, which the Accessibility page shows too. */
const guidance = guidanceStory(guidanceMarkdown, 'Components/Attendance list');

const meta: Meta<AttendanceArgs> = {
  title: 'Components/Attendance list',
  component: 'portal-attendance-list',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['', 'sentence'] },
    sort: { control: 'inline-radio', options: ['', 'name'] },
    count: { control: 'boolean' },
    'no-honorific': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 0, max: 6 } },
    jsonld: { control: 'text' },
    date: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<AttendanceArgs>;

/** The sample meeting, written as markup; the Controls panel changes the attributes and the tokens. */
export const Playground: Story = {
  args: { variant: '', sort: '', count: false, 'no-honorific': false, 'heading-level': 3 },
  render: (args, { globals }) => {
    const l = lang(globals);
    return inArticle(l, list(args, l === 'vi' ? writtenVi : nothing, l === 'vi' ? undefined : meeting('en')));
  },
  parameters: { docs: { source: { language: 'html', code: writtenSource } } },
};

/**
 * The sample report ("Hội nghị giao ban … lần thứ ba"), rebuilt faithfully:
 * Đồng chí Phạm Sỹ Lợi presiding with his two positions, then the six
 * attending bodies, in the order the report gives them.
 */
export const SampleMeeting: Story = {
  name: 'Sample meeting',
  render: (args) => inArticle('vi', list(args, writtenVi)),
  parameters: { docs: { source: { language: 'html', code: writtenSource } } },
};

/**
 * A large meeting: the presiding member and 64 delegates of the districts,
 * with counts ("65 đại biểu" in all), sorted by given name. The names are
 * made up.
 */
export const LargeMeeting: Story = {
  name: 'Large meeting (65 people)',
  args: { count: true, sort: 'name' },
  // The data is Vietnamese, so the article is too, whatever the Locale toolbar says.
  render: (args) => inArticle('vi', list(args, nothing, largeMeeting(64)), false),
  parameters: {
    docs: { source: { language: 'html', code: `<portal-attendance-list count sort="name"></portal-attendance-list>\n<script>list.attendees = [/* 65 people */];</script>` } },
  },
};

/**
 * `variant="sentence"`: the prose of a news report, for use inside an
 * article. The paragraph before it is the report's own.
 */
export const Sentence: Story = {
  args: { variant: 'sentence' },
  render: (args, { globals }) => {
    const l = lang(globals);
    return inArticle(l, list(args, l === 'vi' ? writtenVi : nothing, l === 'vi' ? undefined : meeting('en')));
  },
  parameters: { docs: { source: { language: 'html', code: writtenSource.replace('<portal-attendance-list>', '<portal-attendance-list variant="sentence">') } } },
};

/**
 * The data form for CMS feeds: a `<script type="application/json">` child.
 * It renders into the same light-DOM lists as the written form, so readers,
 * translation and search get the same text. With `jsonld`, schema.org JSON-LD
 * for search engines is written next to it.
 */
export const JsonForm: Story = {
  name: 'JSON form',
  args: { jsonld: article('vi').title, date: '2018-03-13' },
  render: (args) =>
    inArticle(
      'vi',
      list(
        args,
        html`<script type="application/json">
          ${JSON.stringify(meeting('vi'))}
        </script>`,
      ),
    ),
  parameters: { docs: { source: { language: 'html', code: jsonSource(meeting('vi')) } } },
};

/** Inside `lang="en"`, every generated word is English: "Presiding", "Attending", "Comrade", "1 delegate". */
export const English: Story = {
  args: { count: true },
  render: (args) => inArticle('en', list(args, nothing, meeting('en'))),
  parameters: { docs: { source: { language: 'html', code: `<div lang="en">\n${jsonSource(meeting('en')).replace('<portal-attendance-list>', '<portal-attendance-list count>')}\n</div>` } } },
};

/** How the list reads to screen-reader users, and what is left to the author. */
export const AccessibilityGuidance: Story = {
  name: 'Accessibility guidance',
  render: (args, { globals }) => {
    const l = lang(globals);
    return inArticle(l, list(args, l === 'vi' ? writtenVi : nothing, l === 'vi' ? undefined : meeting('en')));
  },
  parameters: { docs: { description: { story: guidance }, source: { language: 'html', code: writtenSource } } },
};

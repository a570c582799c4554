import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, largeMeeting, meeting, type SampleAttendee, type SampleLang } from './sample-content.js';

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
      <h2>${a.title}</h2>
      ${opening ? html`<p>${a.paragraphs[0]!.split('. ')[0]}.</p>` : nothing} ${body}
    </article>
  `;
};

/**
 * The sample meeting written as plain light-DOM markup, as a CMS template
 * writes it: it reads right even if the script never loads.
 */
const writtenVi = html`
  <ul data-role="presiding">
    <li><b>Phạm Sỹ Lợi</b>, <span>Phó Bí thư Thường trực Tỉnh uỷ</span>, <span>Chủ tịch HĐND tỉnh</span></li>
  </ul>
  <ul data-role="attending">
    <li>các thành viên Thường trực HĐND tỉnh</li>
    <li>đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh</li>
    <li>Lãnh đạo: Sở Nội vụ, Sở Tài chính</li>
    <li>Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh</li>
    <li>lãnh đạo các Ban HĐND tỉnh</li>
    <li>Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố</li>
  </ul>
`;

const writtenSource = `<portal-attendance-list>
  <ul data-role="presiding">
    <li><b>Phạm Sỹ Lợi</b>, <span>Phó Bí thư Thường trực Tỉnh uỷ</span>, <span>Chủ tịch HĐND tỉnh</span></li>
  </ul>
  <ul data-role="attending">
    <li>các thành viên Thường trực HĐND tỉnh</li>
    <li>đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh</li>
    <li>Lãnh đạo: Sở Nội vụ, Sở Tài chính</li>
    <li>Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh</li>
    <li>lãnh đạo các Ban HĐND tỉnh</li>
    <li>Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố</li>
  </ul>
</portal-attendance-list>`;

const jsonSource = (data: SampleAttendee[]) => `<portal-attendance-list>
  <script type="application/json">
${JSON.stringify(data, null, 2)
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  </script>
</portal-attendance-list>`;

const guidance = `
#### What a screen reader announces

- Each group is a heading ("Chủ trì", "Tham dự", "Khách mời" / "Presiding", "Attending", "Invited guests", level 3 unless \`heading-level\` says otherwise), followed by a real list that is **named by that heading**: "list, Chủ trì, 1 item". Headings let a reader jump between groups; the list name repeats the role when a reader enters the list from elsewhere.
- Each entry is one list item, read in order: the honorific and the **name** ("Đồng chí Phạm Sỹ Lợi"), then the **positions** in the order given ("Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh"). The role is the group around it, announced as the list's name.
- In the sentence variant the order is the report's own: name, positions, then the role ("… Chủ tịch HĐND tỉnh chủ trì").
- The lists keep their semantics without bullets: the component gives them \`role="list"\`, which Safari needs once \`list-style\` is \`none\`.
- Every word is in the light DOM, in the page language (\`lang\`), so read-aloud, translation and search get it, and a change of \`lang\` rewrites the generated words.

#### Keyboard

The list adds no tab stop and handles no key: it is text. Readers move through it with their reading keys (headings with <kbd>H</kbd>, lists with <kbd>L</kbd>, items with <kbd>I</kbd> in NVDA/JAWS).

#### WCAG 2.2 criteria it addresses

- **1.3.1 Info and Relationships (A)**: groups are headings and named lists; names are emphasised with \`<b>\` as well as by position.
- **1.3.2 Meaningful Sequence (A)**: the protocol order is kept as written; \`sort="name"\` is the author's choice.
- **2.4.6 Headings and Labels (AA)**: every group has a label; the heading level fits the page through \`heading-level\`.
- **3.1.2 Language of Parts (AA)**: the generated words follow the nearest \`lang\`.

#### What the author must still do

- **Pick the heading level** that fits the page's outline (\`heading-level\`, default 3), or \`heading-level="0"\` when the lists sit inside running text.
- **Write names in \`<b>\` and positions in \`<span>\`**, with the commas between them, so the page reads right without JavaScript and the sentence and JSON-LD find them.
- **Keep the protocol order** when writing the lists: presiding, co-presiding, attending, guests.
- If the page must read right without JavaScript, write the group headings yourself (\`<h3>Chủ trì</h3>\` before the list); the component then uses them and generates none.
`;

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

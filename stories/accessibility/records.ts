/**
 * What the tests record about each component, for its Accessibility page
 * (stories/accessibility/<name>.mdx): the WCAG 2.2 criteria its tests prove
 * (conformance.json, generated from the tags on the tests by scripts/conformance.mjs),
 * and what a screen reader says (the reviewed transcripts, test/transcripts/*.txt).
 */
import conformance from '../../conformance.json';

const transcripts = import.meta.glob<string>('../../test/transcripts/*.txt', { query: '?raw', import: 'default', eager: true });

interface Criterion {
  criterion: string;
  name: string;
  level: string;
  status: string;
  tests: { file: string; title: string; type: string }[];
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The table of criteria for `tag` (`portal-figure`), as markdown. */
export const conformanceMarkdown = (tag: string): string => {
  const criteria = ((conformance.components as Record<string, { criteria: Criterion[] }>)[tag]?.criteria ?? []) as Criterion[];
  const passed = criteria.filter((c) => c.status === 'pass').length;
  return [
    '## WCAG 2.2 criteria the tests prove',
    '',
    `Generated from the tests (\`conformance.json\`, shipped in the package as \`portal-elements/conformance.json\`): a test proves a criterion when its title carries a tag such as \`[wcag keyboard 2.1.1]\`. ${passed} of ${criteria.length} criteria are proven by a test; the others are named in the guidance above but need a person to review them (**needs review**), and none of them is a pass.`,
    '',
    '| Criterion | Level | Status | Proven by |',
    '| --- | --- | --- | --- |',
    ...criteria.map(
      (c) =>
        `| ${c.criterion} ${cell(c.name)} | ${c.level} | ${c.status === 'pass' ? 'pass' : 'needs review'} | ${
          c.tests.map((t) => `${t.type}: \`${t.file}\` "${cell(t.title.replace(/\s*\[wcag [^\]]*\]/g, ''))}"`).join('<br>') || '—'
        } |`,
    ),
  ].join('\n');
};

/** The transcripts of `name` (`figure`): each state, in Vietnamese and English, as markdown. */
export const transcriptsMarkdown = (name: string): string => {
  const files = Object.entries(transcripts)
    .filter(([path]) => path.split('/').at(-1)!.startsWith(`${name}.`))
    // Each state, Vietnamese first.
    .sort(([a], [b]) => a.replace(/\.vi\.txt$/, '.0.txt').localeCompare(b.replace(/\.vi\.txt$/, '.0.txt')));
  return [
    '## What a screen reader says, on record',
    '',
    `Recorded with \`@guidepup/virtual-screen-reader\` in the browser tests (\`test/transcripts/${name}.test.ts\`): once reading from the start to the end with its "next" command, once with real keys. Each transcript is a reviewed snapshot; a change to what is spoken fails the tests until \`npm run transcripts:update\` records it on purpose. The reader's own words (roles, "end of …", "level 3") are in English whatever the page's language; a real screen reader says them in its own interface language.`,
    '',
    ...files.flatMap(([path, text]) => {
      const [, state, lang] = path.split('/').at(-1)!.split('.');
      return [`### ${state}, ${lang === 'vi' ? 'Tiếng Việt' : 'English'}`, '', '```text', text.trimEnd(), '```', ''];
    }),
  ].join('\n');
};

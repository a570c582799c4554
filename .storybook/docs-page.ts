/**
 * The generated docs page of a component (autodocs) in the Locale toolbar's
 * language: Storybook's own page (Title, Subtitle, Description, Primary,
 * Controls, Stories) with the component's description and each story's
 * description taken from stories/docs-text.ts when the toolbar is Vietnamese,
 * and the English ones (JSDoc, `parameters.docs.description.story`) otherwise.
 * Each description is marked with its `lang`. A component or a story with no
 * Vietnamese text shows its English one (test/node/docs-locale.test.mjs fails
 * that). The argTypes table stays as Storybook writes it.
 *
 * React without JSX, as stories/lang.ts.
 */
import { createElement as h, Fragment, useContext } from 'react';
import {
  Anchor,
  Canvas,
  Controls,
  Description,
  DocsContext,
  Heading,
  Markdown,
  Primary,
  Subheading,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { useDocsLocale } from '../stories/lang.js';
import { docsVi } from '../stories/docs-text.js';

interface Story {
  id: string;
  name: string;
  tags?: string[];
  usesMount?: boolean;
  moduleExport: unknown;
  parameters: { docs?: { description?: { story?: string } } };
}

/** A description in one language, or nothing when there is none. */
const text = (lang: string, markdown: string | undefined) =>
  markdown ? h('div', { lang, 'data-docs-lang': lang }, h(Markdown, null, markdown)) : null;

export const LocalizedDocsPage = () => {
  const locale = useDocsLocale();
  const context = useContext(DocsContext) as unknown as { componentStories: () => Story[] };
  const { csfFile, preparedMeta } = useOf('meta', ['meta']) as unknown as {
    csfFile: { moduleExports: Record<string, unknown> };
    preparedMeta: { component?: unknown };
  };
  const vi = typeof preparedMeta.component === 'string' ? docsVi[preparedMeta.component] : undefined;
  const exportName = (story: Story) => Object.entries(csfFile.moduleExports).find(([, value]) => value === story.moduleExport)?.[0] ?? '';
  // As Storybook's Stories block: the autodocs stories, the first (Primary) left out.
  const stories = context
    .componentStories()
    .filter((s) => s.tags?.includes('autodocs') && !s.usesMount)
    .slice(1);
  // A story without a description (JSDoc or parameters.docs.description.story) has none in either language.
  const storyText = (story: Story) => {
    if (!story.parameters.docs?.description?.story) return null;
    const own = vi?.stories[exportName(story)];
    return locale === 'vi' && own ? text('vi', own) : h('div', { lang: 'en', 'data-docs-lang': 'en' }, h(Description, { of: story.moduleExport as never }));
  };
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    locale === 'vi' && vi ? text('vi', vi.component) : h('div', { lang: 'en', 'data-docs-lang': 'en' }, h(Description, { of: 'meta' })),
    h(Primary),
    h(Controls),
    stories.length
      ? h(
          Fragment,
          null,
          h(Heading, null, locale === 'vi' ? 'Các ví dụ' : 'Stories'),
          stories.map((story) =>
            h(
              Anchor,
              { key: story.id, storyId: story.id },
              h(Subheading, null, story.name),
              storyText(story),
              h(Canvas, { of: story.moduleExport as never, story: { __forceInitialArgs: true }, source: { __forceInitialArgs: true } } as never),
            ),
          ),
        )
      : null,
  );
};

/**
 * Each component's accessibility guidance lives once, in
 * stories/accessibility/<name>.md: its Accessibility page (<name>.mdx) renders
 * it, and so does its "Accessibility guidance" story, under the live example.
 */

/** Storybook's id for a title: "Components/Skip ribbon" → "components-skip-ribbon". */
const idOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The link to a component's Accessibility page (stories/accessibility/<name>.mdx). */
export const accessibilityPage = (title: string): string => `?path=/docs/${idOf(title)}--accessibility`;

/**
 * The guidance as the description of an "Accessibility guidance" story: what to
 * try on the canvas (`intro`), a link to the Accessibility page, then the
 * guidance with its headings one level down, under the story's own heading;
 * in Vietnamese (`lang` 'vi', from <name>.vi.md) on the docs page's Vietnamese side.
 */
export const guidanceStory = (markdown: string, title: string, intro = '', lang: 'vi' | 'en' = 'en'): string =>
  [
    intro,
    lang === 'vi'
      ? `Cùng hướng dẫn này trên một trang riêng, có bảng phím trước tiên: [Trợ năng](${accessibilityPage(title)}).`
      : `The same guidance as a page of its own, with the keyboard map first: [Accessibility](${accessibilityPage(title)}).`,
    markdown.replace(/^## /gm, '#### '),
  ]
    .filter(Boolean)
    .join('\n\n');

/**
 * The stories issue 6 asked for, rendered in Node: `npm run test:node`.
 *
 * - "Components/Article" has the story "English, without optional parts": the
 *   article in English (`lang="en"` on the element, whatever the Locale toolbar
 *   says), with none of its optional parts: no byline (author, source, updated
 *   date), no JSON-LD or publisher, no rich body (list, quote, figure, table),
 *   and no args that would turn one on.
 * - "Pages/Sample article" has the story "Sample article": the demo page
 *   (demo/content.ts), in the toolbar's language.
 *
 * The stories files are bundled with esbuild (Vite's `?raw` and `?url` imports
 * answered here; lit stays external) and each story's render() is rendered to
 * HTML with @lit-labs/ssr, so what is checked is what the story shows, not how
 * its source happens to be written. Storybook is not built.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the repo, so the bundle's `import 'lit'` resolves to node_modules/lit.
const outDir = join(root, 'node_modules/.cache/portal-elements-stories');
const outfile = join(outDir, `stories-${process.pid}.mjs`);

/** Vite's query imports: `?raw` is the file's text, `?url…` its path. */
const viteQueries = {
  name: 'vite-queries',
  setup(b) {
    b.onResolve({ filter: /\?(raw|url)/ }, (args) => {
      const [path, query] = args.path.split('?');
      return { path: join(args.resolveDir, path), namespace: query.startsWith('raw') ? 'raw' : 'url' };
    });
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
    b.onLoad({ filter: /.*/, namespace: 'url' }, (args) => ({ contents: `export default ${JSON.stringify(`/${args.path.slice(root.length + 1)}`)};`, loader: 'js' }));
  },
};

let mod, render, collectResult;

before(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    stdin: {
      contents: [
        "export * as articleStories from './stories/article.stories.ts';",
        "export * as pageStories from './stories/page.stories.ts';",
        "export { article } from './stories/sample-content.ts';",
        "export { pageArticle } from './demo/content.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@storybook/*'],
    plugins: [viteQueries],
    logLevel: 'silent',
  });
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResult } = await import('@lit-labs/ssr/lib/render-result.js'));
  mod = await import(pathToFileURL(outfile).href);
});

after(() => rmSync(outfile, { force: true }));

/** A story's name as Storybook shows it: its `name`, or the export name in words. */
const storyName = (exportName, story) => story.name ?? exportName.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

/** The stories of a CSF module: every named export but `__namedExportsOrder`, by the name Storybook shows. */
const storiesOf = (csf) =>
  Object.fromEntries(
    Object.entries(csf)
      .filter(([key]) => key !== 'default' && key !== '__namedExportsOrder')
      .map(([key, story]) => [storyName(key, story), story]),
  );

/** The story's HTML, as the canvas gets it with the given toolbar globals (Lit's part markers taken out). */
const html = async (meta, story, globals = {}) => {
  const args = { ...meta.args, ...story.args };
  const result = (story.render ?? meta.render)(args, { args, globals, parameters: {}, id: 'test', name: 'test' });
  return (await collectResult(render(result))).replace(/<!--.*?-->/gs, '');
};

/** The `<portal-article …>` start tag and everything inside it. */
const articleOf = (out) => {
  const start = out.indexOf('<portal-article');
  const end = out.indexOf('</portal-article>');
  assert.ok(start >= 0 && end > start, `no <portal-article> in:\n${out}`);
  return { tag: out.slice(start, out.indexOf('>', start) + 1), inner: out.slice(out.indexOf('>', start) + 1, end) };
};

/** The optional parts found in an article's markup. */
const optionalParts = ({ tag, inner }) =>
  Object.entries({
    byline: /slot="byline"/.test(inner),
    jsonld: /\sjsonld[\s=>]/.test(tag),
    publisher: /\spublisher=/.test(tag),
    'JSON-LD script': /<script/.test(inner),
    list: /<(ul|ol)[\s>]/.test(inner),
    quote: /<blockquote[\s>]/.test(inner),
    figure: /<figure[\s>]/.test(inner),
    table: /<table[\s>]/.test(inner),
  })
    .filter(([, found]) => found)
    .map(([part]) => part);

/** Markup with the sample's number-range spans (stories/sample-content.ts, prose()) taken out: the text as written. */
const unwrapped = (markup) => markup.replace(/<span class="portal-nowrap">([^<]*)<\/span>/g, '$1');

describe('Components/Article: "English, without optional parts"', () => {
  test('the article stories file is "Components/Article" and has the story', () => {
    assert.equal(mod.articleStories.default.title, 'Components/Article');
    assert.ok(storiesOf(mod.articleStories)['English, without optional parts'], `stories: ${Object.keys(storiesOf(mod.articleStories)).join(', ')}`);
  });

  test('the optional-parts check finds every part in the story that has them all (so it can fail)', async () => {
    const all = storiesOf(mod.articleStories)['Vietnamese, with every optional part'];
    assert.ok(all, 'the story "Vietnamese, with every optional part"');
    assert.deepEqual(optionalParts(articleOf(await html(mod.articleStories.default, all))), ['byline', 'jsonld', 'publisher', 'list', 'quote', 'figure', 'table']);
  });

  for (const locale of ['vi', 'en']) {
    test(`renders the article in English, with no optional part (Locale toolbar: ${locale})`, async () => {
      const meta = mod.articleStories.default;
      const story = storiesOf(mod.articleStories)['English, without optional parts'];
      const args = { ...meta.args, ...story.args };
      for (const arg of ['byline', 'richBody', 'jsonld']) assert.notEqual(args[arg], true, `the story's args turn on ${arg}`);
      const art = articleOf(unwrapped(await html(meta, story, { locale })));
      assert.match(art.tag, /\slang="en"/, `the article element is not marked English: ${art.tag}`);
      assert.deepEqual(optionalParts(art), [], `optional parts in the story`);
      const en = mod.article('en');
      const vi = mod.article('vi');
      assert.ok(art.inner.includes(en.title), 'the English headline');
      assert.ok(!art.inner.includes(vi.title), 'the Vietnamese headline is there too');
      assert.match(art.inner, /slot="headline"/);
      assert.match(art.inner, /slot="dateline"/);
    });
  }
});

describe('Pages/Sample article', () => {
  test('the page stories file is "Pages/Sample article" and has the story "Sample article"', () => {
    assert.equal(mod.pageStories.default.title, 'Pages/Sample article');
    assert.ok(storiesOf(mod.pageStories)['Sample article'], `stories: ${Object.keys(storiesOf(mod.pageStories)).join(', ')}`);
  });

  for (const locale of ['vi', 'en']) {
    test(`renders the whole demo page in the toolbar's language (${locale})`, async () => {
      const out = unwrapped(await html(mod.pageStories.default, storiesOf(mod.pageStories)['Sample article'], { locale }));
      for (const tag of ['portal-skip-ribbon', 'header', 'nav', 'main', 'portal-article', 'portal-attendance-list', 'portal-article-list', 'footer']) {
        assert.match(out, new RegExp(`<${tag}[\\s>]`), `<${tag}> in the page story`);
      }
      assert.ok(out.includes(mod.pageArticle(locale).title), `the ${locale} headline`);
      assert.ok(!out.includes(mod.pageArticle(locale === 'en' ? 'vi' : 'en').title), 'the other language is there too');
      assert.equal((out.match(/<h1[\s>]/g) ?? []).length, 1, 'one h1');
    });
  }
});

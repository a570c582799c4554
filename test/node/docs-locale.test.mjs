/**
 * Issue 20, part 3: the Storybook's docs pages speak Vietnamese and English, following the Locale toolbar as the
 * stories do. Every .mdx page under stories/ writes its prose twice, in <Vi> and in <En> (stories/lang.ts shows the
 * one the toolbar picked): no prose outside them, both blocks on every page with the same headings, the Vietnamese
 * block in Vietnamese, and Markdown it renders from a file (an Accessibility page's guidance) from <name>.vi.md in
 * <Vi>. Each page is compiled with Storybook's own MDX compiler, as the build does, and must use both blocks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import loader from '@storybook/addon-docs/mdx-loader';
import { root } from '../../src/theme-builder/node/repo.ts';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
const pages = walk(join(root, 'stories'));

/** Markdown rendered from generated records (the tests' own WCAG and screen-reader transcripts), not prose. */
const GENERATED = /^<Markdown>\{(conformanceMarkdown|transcriptsMarkdown)\([^)]*\)\}<\/Markdown>$/;

/** Letters only Vietnamese uses: a Vietnamese passage has many, an English one (names aside) few. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/**
 * The page's top level, outside fenced code: each line with the language block it is in ('vi', 'en' or null),
 * import/export statements (and the lines that continue them) left out.
 */
const lines = (mdx) => {
  const out = [];
  let block = null;
  let fence = false;
  let statement = false;
  for (const line of mdx.split('\n')) {
    if (/^```/.test(line)) fence = !fence;
    if (!fence && !block && /^(import|export) /.test(line)) {
      statement = !/;\s*$/.test(line);
      continue;
    }
    if (statement) {
      statement = !/^\S.*;\s*$|^\);?\s*$|^\};?\s*$/.test(line);
      continue;
    }
    const open = !fence && /^<(Vi|En)>\s*$/.exec(line);
    const close = !fence && /^<\/(Vi|En)>\s*$/.exec(line);
    if (open) {
      assert.equal(block, null, `<${open[1]}> inside <${block}>`);
      block = open[1].toLowerCase();
    } else if (close) {
      assert.equal(block, close[1].toLowerCase(), `</${close[1]}> closes <${block}>`);
      block = null;
    } else out.push({ line, block });
  }
  assert.equal(block, null, 'a language block is never closed');
  return out;
};

/** Exported to check the checker: a page's problems, in words. */
const problems = (mdx, file) => {
  const out = [];
  const all = lines(mdx);
  const outside = all.filter((l) => !l.block && l.line.trim() && !/^\{\/\*.*\*\/\}$/.test(l.line.trim()) && !/^<Meta\b.*\/>$/.test(l.line.trim()) && !GENERATED.test(l.line.trim()));
  for (const { line } of outside) out.push(`prose outside <Vi>/<En>: "${line.trim().slice(0, 60)}"`);
  const text = (lang) => all.filter((l) => l.block === lang).map((l) => l.line).join('\n');
  const vi = text('vi');
  const en = text('en');
  if (!vi.trim()) out.push('no <Vi> prose');
  if (!en.trim()) out.push('no <En> prose');
  const headings = (s) => [...s.matchAll(/^(#{1,6}) /gm)].map((m) => m[1]).join(' ');
  if (vi.trim() && en.trim() && headings(vi) !== headings(en)) out.push(`<Vi> has headings ${headings(vi)}, <En> ${headings(en)}`);
  const letters = (vi.match(VIETNAMESE) ?? []).length;
  if (vi.trim() && letters < 20) out.push(`the <Vi> block has ${letters} Vietnamese letters: is it Vietnamese?`);
  // Markdown from files: the Vietnamese file in <Vi>, the English one in <En>.
  const imports = new Map([...mdx.matchAll(/^import (\w+) from '([^']+\.md)\?raw';$/gm)].map((m) => [m[1], m[2]]));
  for (const [lang, body] of [['vi', vi], ['en', en]]) {
    for (const m of body.matchAll(/<Markdown>\{(\w+)\}<\/Markdown>/g)) {
      const path = imports.get(m[1]);
      if (!path) continue;
      if ((lang === 'vi') !== path.endsWith('.vi.md')) out.push(`<${lang === 'vi' ? 'Vi' : 'En'}> renders ${path}`);
      if (file && !existsSync(join(dirname(file), path))) out.push(`${path} is missing`);
    }
  }
  return out;
};

for (const file of pages) {
  const name = relative(root, file);
  test(`${name}: its prose in Vietnamese (<Vi>) and English (<En>), nothing outside them`, () => {
    assert.deepEqual(problems(readFileSync(file, 'utf8'), file), []);
  });

  test(`${name}: Storybook's MDX compiler builds it, with both language blocks from stories/lang.ts`, async () => {
    const code = await new Promise((resolve, reject) =>
      loader.call({ async: () => (error, out) => (error ? reject(error) : resolve(out)), getOptions: () => ({}), resourcePath: file }, readFileSync(file, 'utf8')),
    );
    assert.match(code, /import \{[^}]*\bVi\b[^}]*\} from ['"][./]*lang['"]/);
    assert.match(code, /_jsxs?\(Vi,/);
    assert.match(code, /_jsxs?\(En,/);
  });
}

test('every Markdown guidance file has its Vietnamese twin, with the same sections', () => {
  const dir = join(root, 'stories/accessibility');
  const english = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.vi.md'));
  assert.ok(english.length >= 6);
  for (const f of english) {
    const vi = join(dir, f.replace(/\.md$/, '.vi.md'));
    assert.ok(existsSync(vi), `stories/accessibility/${f} has no Vietnamese version`);
    const count = (s) => [...s.matchAll(/^## /gm)].length;
    assert.equal(count(readFileSync(vi, 'utf8')), count(readFileSync(join(dir, f), 'utf8')), `${f}: the Vietnamese version has other sections`);
  }
});

test('the check fails a page whose prose is in English only, or outside the blocks, or whose <Vi> is English', () => {
  const en = '<En>\n\n# Title\n\nSome prose.\n\n</En>\n';
  const vi = '<Vi>\n\n# Tiêu đề\n\nĐây là một đoạn văn bằng tiếng Việt có đủ dấu: ngôn ngữ, tiếp cận, điều hướng, được kiểm thử.\n\n</Vi>\n';
  assert.deepEqual(problems(`import { Meta } from 'x';\n\n<Meta title="T" />\n\n${vi}\n${en}`), []);
  assert.ok(problems(`<Meta title="T" />\n\n${en}`).includes('no <Vi> prose'));
  assert.ok(problems(`${vi}\n${en}\nA paragraph nobody translated.\n`).some((p) => p.startsWith('prose outside')));
  assert.ok(problems(`${en.replace(/En>/g, 'Vi>')}\n${en}`).some((p) => p.includes('Vietnamese letters')));
  assert.ok(problems(`${vi.replace('# Tiêu đề', '## Tiêu đề')}\n${en}`).some((p) => p.includes('headings')));
});

/*
 * The generated docs pages (autodocs): .storybook/docs-page.ts shows the component's and each story's description from
 * stories/docs-text.ts when the Locale toolbar is Vietnamese. Every component with autodocs has its Vietnamese
 * description there, and every story with a description (a JSDoc comment, which Storybook's CSF plugin makes its
 * parameters.docs.description.story, or that parameter written out) has its Vietnamese twin, in Vietnamese.
 */
const { docsVi } = await import('../../stories/docs-text.ts');

/** A stories file's component tag (when it has autodocs) and the export names of its stories that have a description. */
const described = (source) => {
  const tags = /^\s*tags: \[([^\]]*)\]/m.exec(source)?.[1] ?? '';
  const component = /^\s*component: '([^']+)'/m.exec(source)?.[1];
  const autodocs = /'autodocs'/.test(tags);
  const names = [];
  const parts = source.split(/^export const (\w+)\b/m);
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1];
    const jsdoc = /\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(before);
    if (jsdoc || /description: \{\s*story:/.test(parts[i + 1])) names.push(parts[i]);
  }
  return { component: autodocs ? component : undefined, names };
};

/** Exported to check the checker: what a stories file's docs page lacks in Vietnamese, in words. */
const missingVi = (source, texts) => {
  const { component, names } = described(source);
  if (!component) return [];
  const out = [];
  const vi = texts[component];
  const isVi = (s) => typeof s === 'string' && (s.match(VIETNAMESE) ?? []).length >= 3;
  if (!vi || !isVi(vi.component)) out.push(`${component}: no Vietnamese component description`);
  for (const name of names) if (!isVi(vi?.stories?.[name])) out.push(`${component}: story ${name} has no Vietnamese description`);
  for (const name of Object.keys(vi?.stories ?? {})) if (!names.includes(name)) out.push(`${component}: Vietnamese text for ${name}, which has no description (or no longer exists)`);
  return out;
};

const storiesFiles = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
const autodocs = storiesFiles.filter((f) => described(readFileSync(join(root, 'stories', f), 'utf8')).component);

test('the six components have generated docs pages (autodocs), and the docs page is the localized one', () => {
  assert.equal(autodocs.length, 6, autodocs.join(', '));
  assert.match(readFileSync(join(root, '.storybook/preview.ts'), 'utf8'), /docs: \{[^}]*\bpage: LocalizedDocsPage\b/);
});

for (const f of autodocs) {
  test(`stories/${f}: its docs page has the component's and every story's description in Vietnamese (stories/docs-text.ts)`, () => {
    const source = readFileSync(join(root, 'stories', f), 'utf8');
    assert.deepEqual(missingVi(source, docsVi), []);
    const { component, names } = described(source);
    assert.ok(names.length >= 3, `${f}: only ${names.length} described stories found`);
    // The guidance story's Vietnamese text is the Vietnamese guidance (<name>.vi.md), headings one level down.
    const md = /import guidanceMarkdown from '\.\/accessibility\/([\w-]+)\.md\?raw'/.exec(source)?.[1];
    if (md) {
      const first = /^## (.+)$/m.exec(readFileSync(join(root, 'stories/accessibility', `${md}.vi.md`), 'utf8'))?.[1];
      assert.ok(docsVi[component].stories.AccessibilityGuidance?.includes(`#### ${first}`), `${f}: the Vietnamese guidance story does not render ${md}.vi.md`);
    }
  });
}

test('the check fails a docs page without Vietnamese component text, a story without its twin, or an English twin', () => {
  const source = "const meta = {\n  component: 'x-card',\n  tags: ['autodocs'],\n};\n/** A story. */\nexport const One = {};\nexport const Two = { parameters: { docs: { description: { story: 'Hi' } } } };\nexport const Three = {};\n";
  const good = { 'x-card': { component: 'Một thẻ tin tức để đọc', stories: { One: 'Một ví dụ đầu tiên', Two: 'Ví dụ thứ hai của thẻ' } } };
  assert.deepEqual(described(source), { component: 'x-card', names: ['One', 'Two'] });
  assert.deepEqual(missingVi(source, good), []);
  assert.ok(missingVi(source, {}).includes('x-card: no Vietnamese component description'));
  assert.ok(missingVi(source, { 'x-card': { ...good['x-card'], stories: { One: good['x-card'].stories.One } } }).includes('x-card: story Two has no Vietnamese description'));
  assert.ok(missingVi(source, { 'x-card': { ...good['x-card'], stories: { ...good['x-card'].stories, One: 'An English story' } } }).includes('x-card: story One has no Vietnamese description'));
  assert.deepEqual(missingVi(source.replace("'autodocs'", "'!autodocs'"), {}), []);
});

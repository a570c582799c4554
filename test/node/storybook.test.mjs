/**
 * Storybook's docs pages, checked without a browser.
 *
 * Autodocs: each component's docs page is generated from dist/custom-elements.json
 * (`npm run test:node` runs `npm run analyze` first). These tests fail when the
 * manifest lacks what the page shows (a description for every attribute and
 * property, the slots, the parts, the CSS custom properties with their defaults,
 * the events), when the source has a part, a slot, a component token or an event
 * that the JSDoc does not document, when a documented default is not the
 * fallback the code uses, and when a component's stories would get no docs page.
 *
 * Accessibility pages: every component has stories/accessibility/<name>.mdx,
 * attached to its stories, rendering stories/accessibility/<name>.md (the same
 * text as its "Accessibility guidance" story), with the four sections, and every
 * WCAG success criterion it names is a WCAG 2.2 criterion with its right name
 * and level.
 *
 * Introduction: stories/introduction.mdx builds its tokens table from
 * src/themes/default.css with parseTheme(), README's with tokensFromCss(); the
 * two must read the same tokens, values and purposes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { tokensFromCss } from '../../scripts/docs.mjs';
import { parseTheme } from '../../src/theme-builder/core.ts';
import { root } from '../../src/theme-builder/node/repo.ts';

/** A `## heading` section of a markdown text, up to the next `## `. */
const section = (md, heading) => {
  const start = md.indexOf(`## ${heading}\n`);
  if (start < 0) return '';
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end < 0 ? undefined : end);
};

/**
 * WCAG 2.2 success criteria: number → [name, level]. 4.1.1 Parsing is obsolete
 * and removed in 2.2. Source: https://www.w3.org/TR/WCAG22/.
 */
export const WCAG22 = {
  '1.1.1': ['Non-text Content', 'A'],
  '1.2.1': ['Audio-only and Video-only (Prerecorded)', 'A'],
  '1.2.2': ['Captions (Prerecorded)', 'A'],
  '1.2.3': ['Audio Description or Media Alternative (Prerecorded)', 'A'],
  '1.2.4': ['Captions (Live)', 'AA'],
  '1.2.5': ['Audio Description (Prerecorded)', 'AA'],
  '1.2.6': ['Sign Language (Prerecorded)', 'AAA'],
  '1.2.7': ['Extended Audio Description (Prerecorded)', 'AAA'],
  '1.2.8': ['Media Alternative (Prerecorded)', 'AAA'],
  '1.2.9': ['Audio-only (Live)', 'AAA'],
  '1.3.1': ['Info and Relationships', 'A'],
  '1.3.2': ['Meaningful Sequence', 'A'],
  '1.3.3': ['Sensory Characteristics', 'A'],
  '1.3.4': ['Orientation', 'AA'],
  '1.3.5': ['Identify Input Purpose', 'AA'],
  '1.3.6': ['Identify Purpose', 'AAA'],
  '1.4.1': ['Use of Color', 'A'],
  '1.4.2': ['Audio Control', 'A'],
  '1.4.3': ['Contrast (Minimum)', 'AA'],
  '1.4.4': ['Resize Text', 'AA'],
  '1.4.5': ['Images of Text', 'AA'],
  '1.4.6': ['Contrast (Enhanced)', 'AAA'],
  '1.4.7': ['Low or No Background Audio', 'AAA'],
  '1.4.8': ['Visual Presentation', 'AAA'],
  '1.4.9': ['Images of Text (No Exception)', 'AAA'],
  '1.4.10': ['Reflow', 'AA'],
  '1.4.11': ['Non-text Contrast', 'AA'],
  '1.4.12': ['Text Spacing', 'AA'],
  '1.4.13': ['Content on Hover or Focus', 'AA'],
  '2.1.1': ['Keyboard', 'A'],
  '2.1.2': ['No Keyboard Trap', 'A'],
  '2.1.3': ['Keyboard (No Exception)', 'AAA'],
  '2.1.4': ['Character Key Shortcuts', 'A'],
  '2.2.1': ['Timing Adjustable', 'A'],
  '2.2.2': ['Pause, Stop, Hide', 'A'],
  '2.2.3': ['No Timing', 'AAA'],
  '2.2.4': ['Interruptions', 'AAA'],
  '2.2.5': ['Re-authenticating', 'AAA'],
  '2.2.6': ['Timeouts', 'AAA'],
  '2.3.1': ['Three Flashes or Below Threshold', 'A'],
  '2.3.2': ['Three Flashes', 'AAA'],
  '2.3.3': ['Animation from Interactions', 'AAA'],
  '2.4.1': ['Bypass Blocks', 'A'],
  '2.4.2': ['Page Titled', 'A'],
  '2.4.3': ['Focus Order', 'A'],
  '2.4.4': ['Link Purpose (In Context)', 'A'],
  '2.4.5': ['Multiple Ways', 'AA'],
  '2.4.6': ['Headings and Labels', 'AA'],
  '2.4.7': ['Focus Visible', 'AA'],
  '2.4.8': ['Location', 'AAA'],
  '2.4.9': ['Link Purpose (Link Only)', 'AAA'],
  '2.4.10': ['Section Headings', 'AAA'],
  '2.4.11': ['Focus Not Obscured (Minimum)', 'AA'],
  '2.4.12': ['Focus Not Obscured (Enhanced)', 'AAA'],
  '2.4.13': ['Focus Appearance', 'AAA'],
  '2.5.1': ['Pointer Gestures', 'A'],
  '2.5.2': ['Pointer Cancellation', 'A'],
  '2.5.3': ['Label in Name', 'A'],
  '2.5.4': ['Motion Actuation', 'A'],
  '2.5.5': ['Target Size (Enhanced)', 'AAA'],
  '2.5.6': ['Concurrent Input Mechanisms', 'AAA'],
  '2.5.7': ['Dragging Movements', 'AA'],
  '2.5.8': ['Target Size (Minimum)', 'AA'],
  '3.1.1': ['Language of Page', 'A'],
  '3.1.2': ['Language of Parts', 'AA'],
  '3.1.3': ['Unusual Words', 'AAA'],
  '3.1.4': ['Abbreviations', 'AAA'],
  '3.1.5': ['Reading Level', 'AAA'],
  '3.1.6': ['Pronunciation', 'AAA'],
  '3.2.1': ['On Focus', 'A'],
  '3.2.2': ['On Input', 'A'],
  '3.2.3': ['Consistent Navigation', 'AA'],
  '3.2.4': ['Consistent Identification', 'AA'],
  '3.2.5': ['Change on Request', 'AAA'],
  '3.2.6': ['Consistent Help', 'A'],
  '3.3.1': ['Error Identification', 'A'],
  '3.3.2': ['Labels or Instructions', 'A'],
  '3.3.3': ['Error Suggestion', 'AA'],
  '3.3.4': ['Error Prevention (Legal, Financial, Data)', 'AA'],
  '3.3.5': ['Help', 'AAA'],
  '3.3.6': ['Error Prevention (All)', 'AAA'],
  '3.3.7': ['Redundant Entry', 'A'],
  '3.3.8': ['Accessible Authentication (Minimum)', 'AA'],
  '3.3.9': ['Accessible Authentication (Enhanced)', 'AAA'],
  '4.1.2': ['Name, Role, Value', 'A'],
  '4.1.3': ['Status Messages', 'AA'],
};

/** "2.4.11 Focus Not Obscured (Minimum) (AA" → number, name, level; the level may be followed by ")" or ", …". */
const CRITERION = /\b(\d\.\d{1,2}\.\d{1,2}) ([A-Z][\w ,'()-]*?) \((A{1,3})[),]/g;
const criteriaIn = (text) => [...text.matchAll(CRITERION)].map(([, number, name, level]) => ({ number, name, level }));

/** Every mistake in the criteria a text names: an unknown number, a wrong name or level, a number written without its name and level. */
export const checkCriteria = (text) => {
  const problems = [];
  const found = criteriaIn(text);
  for (const { number, name, level } of found) {
    const official = WCAG22[number];
    if (!official) problems.push(`${number} is not a WCAG 2.2 success criterion`);
    else if (official[0] !== name || official[1] !== level) problems.push(`"${number} ${name} (${level})" should be "${number} ${official[0]} (${official[1]})"`);
  }
  const named = new Set(found.map((c) => c.number));
  for (const [number] of text.matchAll(/\b\d\.\d{1,2}\.\d{1,2}\b/g)) {
    if (!named.has(number)) problems.push(`${number} is named without "<name> (<level>)"`);
  }
  return problems;
};

const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));

/** Every element the library registers: its manifest declaration and its folder under src/components. */
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ d, path: mod.path, folder: mod.path.split('/')[2] })),
);

/** TypeScript without its comments (so a name in JSDoc or a CSS comment is not a use). */
const codeOf = (source) => {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file).replace(/\/\*[\s\S]*?\*\//g, ' ');
};

/** The code of every .ts file of a component's folder (class, styles, lazy chunks), without comments. */
const folderCode = (folder) =>
  readdirSync(join(root, 'src/components', folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => codeOf(read(`src/components/${folder}/${f}`)))
    .join('\n');

/** The rules after `:root` in the default theme: a component token may be used there (the skip target's outline). */
const themeRules = parseTheme(read('src/themes/default.css')).rules.replace(/\/\*[\s\S]*?\*\//g, ' ');

/** `var(--name, fallback)` → every fallback written for `name` (balanced parentheses). */
const fallbacks = (code, name) => {
  const out = [];
  for (let i = code.indexOf(`var(${name}`); i >= 0; i = code.indexOf(`var(${name}`, i + 1)) {
    let j = i + `var(${name}`.length;
    if (/[\w-]/.test(code[j])) continue; // a longer name that starts the same
    if (code[j] !== ',') {
      out.push(undefined);
      continue;
    }
    let depth = 1;
    const start = ++j;
    for (; j < code.length && depth; j++) depth += code[j] === '(' ? 1 : code[j] === ')' ? -1 : 0;
    out.push(code.slice(start, j - 1).trim().replace(/\s+/g, ' '));
  }
  return out;
};

/** What the source declares: parts, slots, component tokens, events. */
export const sourceApi = (code, folder) => {
  const parts = new Set([...code.matchAll(/\bpart=["']?([\w-]+)/g)].map((m) => m[1]));
  const slots = new Set();
  for (const m of code.matchAll(/<slot\b([^>]*)>/g)) {
    const attrs = m[1];
    const dynamic = /\bname=\$\{([^}]*)\}/.exec(attrs);
    const named = /\bname=["']?([\w-]*)/.exec(attrs);
    // A name chosen at runtime (name=${cond ? 'a' : ''}): each literal it can take.
    if (dynamic) for (const lit of dynamic[1].matchAll(/(['"])([\w-]*)\1/g)) slots.add(lit[2]);
    else slots.add(named ? named[1] : '');
  }
  const tokens = new Set([...code.matchAll(new RegExp(`--portal-${folder}-[a-z0-9-]*[a-z0-9]`, 'g'))].map((m) => m[0]));
  const events = new Set([...code.matchAll(/\bemit\(\s*['"]([\w-]+)['"]|new CustomEvent\(\s*['"]([\w-]+)['"]/g)].map((m) => m[1] ?? m[2]));
  return { parts, slots, tokens, events };
};

test('the cross-check reads parts, slots (also a name chosen at runtime), tokens and events from code', () => {
  const code = codeOf(
    "/** @csspart x - not code */ html`<div part=\"card\"><slot name=${a ? 'sentence' : ''}></slot><slot name=\"media\"></slot><slot></slot></div>`; css`a { gap: var(--portal-card-gap, 1px); /* --portal-card-comment */ }`; this.emit('portal-go', {});",
  );
  const api = sourceApi(code, 'card');
  assert.deepEqual([...api.parts], ['card']);
  assert.deepEqual([...api.slots].sort(), ['', 'media', 'sentence']);
  assert.deepEqual([...api.tokens], ['--portal-card-gap']);
  assert.deepEqual([...api.events], ['portal-go']);
  assert.deepEqual(fallbacks('a: var(--portal-x, var(--portal-y, 1rem)); b: var(--portal-x-y, 2px); c: var(--portal-x)', '--portal-x'), ['var(--portal-y, 1rem)', undefined]);
});

test('the manifest lists every registered element', () => {
  const defined = readdirSync(join(root, 'src/components')).flatMap((folder) => {
    const define = join(root, 'src/components', folder, 'define.ts');
    return existsSync(define) ? [...readFileSync(define, 'utf8').matchAll(/\.define\(\s*['"]([\w-]+)['"]/g)].map((m) => m[1]) : [];
  });
  assert.ok(defined.length >= 6, `found ${defined.length} define() calls`);
  assert.deepEqual(elements.map((e) => e.d.tagName).sort(), defined.sort());
});

test('Storybook reads the API tables from the manifest (setCustomElementsManifest in .storybook/preview.ts)', () => {
  const preview = codeOf(read('.storybook/preview.ts'));
  assert.match(preview, /setCustomElementsManifest\(/);
  assert.match(preview, /['"]\.\.\/dist\/custom-elements\.json['"]/);
});

for (const { d, path, folder } of elements) {
  const tag = d.tagName;

  test(`<${tag}>: the manifest has everything its docs page shows, each with a description`, () => {
    const missing = [];
    if (!(d.summary ?? d.description)?.trim()) missing.push('a @summary');
    const publicMembers = (d.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
    for (const m of publicMembers) if (!m.description?.trim()) missing.push(`a description of the ${m.static ? 'static ' : ''}${m.kind} ${m.name}${m.inheritedFrom ? ` (from ${m.inheritedFrom.name})` : ''}`);
    for (const a of d.attributes ?? []) if (!a.description?.trim()) missing.push(`a description of the attribute ${a.name}`);
    for (const s of d.slots ?? []) if (!s.description?.trim()) missing.push(`a description of the slot "${s.name}"`);
    for (const p of d.cssParts ?? []) if (!p.description?.trim()) missing.push(`a description of the part ${p.name}`);
    for (const p of d.cssProperties ?? []) {
      if (!p.description?.trim()) missing.push(`a description of ${p.name}`);
      if (!p.default?.trim()) missing.push(`a default for ${p.name} (@cssprop [${p.name}=default])`);
    }
    for (const e of d.events ?? []) {
      if (!e.description?.trim()) missing.push(`a description of the event ${e.name}`);
      if (!e.type?.text) missing.push(`the type of the event ${e.name} (@event {CustomEvent<…>} ${e.name})`);
    }
    assert.deepEqual(missing, [], `${path}: the JSDoc lacks ${missing.join('; ')}`);
  });

  test(`<${tag}>: every part, slot, component token and event in the source is documented, and nothing else`, () => {
    const api = sourceApi(folderCode(folder), folder);
    const names = (list) => new Set((list ?? []).map((x) => x.name));
    const same = (what, fromSource, documented, fix) =>
      assert.deepEqual([...documented].sort(), [...fromSource].sort(), `${path}: ${what} in the source vs. in the manifest. Fix: ${fix}`);
    same('parts', api.parts, names(d.cssParts), '@csspart <name> - <what it is>');
    same('slots ("" is the default slot)', api.slots, names(d.slots), '@slot <name> - <what goes there> (@slot - … for the default slot)');
    same('events', api.events, names(d.events), '@event {CustomEvent<detail>} <name> - <when it fires>');
    // Tokens: each one used in the folder is documented; a documented one may instead be used by the theme's rules.
    const documented = names(d.cssProperties);
    for (const token of api.tokens) assert.ok(documented.has(token), `${path}: ${token} is used but has no @cssprop [${token}=default] line`);
    for (const token of documented) assert.ok(api.tokens.has(token) || themeRules.includes(token), `${path}: ${token} is documented but used by nothing`);
  });

  test(`<${tag}>: each documented token default is the fallback the code uses`, () => {
    const code = `${folderCode(folder)}\n${themeRules}`;
    const wrong = [];
    for (const p of d.cssProperties ?? []) {
      for (const fallback of fallbacks(code, p.name)) {
        if (fallback !== p.default?.replace(/\s+/g, ' ')) wrong.push(`${p.name}: documented ${p.default}, the code falls back to ${fallback ?? '(nothing)'}`);
      }
    }
    assert.deepEqual(wrong, [], `${path}:\n  ${wrong.join('\n  ')}`);
  });
}

/* ------------------------------------------------------------------------ */
/* Stories: a docs page per component                                        */
/* ------------------------------------------------------------------------ */

/** The default export of a CSF file, as an object literal: `export default { … }` or `const meta = { … }; export default meta`. */
const metaOf = (path) => {
  const file = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const assignment = file.statements.find((s) => ts.isExportAssignment(s));
  if (!assignment) return undefined;
  let expr = assignment.expression;
  while (ts.isSatisfiesExpression(expr) || ts.isAsExpression(expr)) expr = expr.expression;
  if (ts.isIdentifier(expr)) {
    const decl = file.statements
      .filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations)
      .find((v) => ts.isIdentifier(v.name) && v.name.text === expr.text);
    expr = decl?.initializer;
    while (expr && (ts.isSatisfiesExpression(expr) || ts.isAsExpression(expr))) expr = expr.expression;
  }
  if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
  const prop = (name) => expr.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;
  const str = (node) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const tags = prop('tags');
  return {
    title: str(prop('title')),
    component: str(prop('component')),
    tags: tags && ts.isArrayLiteralExpression(tags) ? tags.elements.map(str) : [],
  };
};

const storyFiles = readdirSync(join(root, 'stories'))
  .filter((f) => f.endsWith('.stories.ts'))
  .map((f) => ({ file: f, path: `stories/${f}`, meta: metaOf(`stories/${f}`) }));

test('the stories reader finds title, component and tags in a meta object', () => {
  const stories = storyFiles.filter((s) => s.meta?.component);
  assert.ok(stories.length >= elements.length, `read ${stories.length} component stories files`);
});

for (const { d, folder } of elements) {
  const tag = d.tagName;
  const stories = storyFiles.filter((s) => s.meta?.component === tag);

  test(`<${tag}>: one stories file names it as component: and has tags: ['autodocs'], so a docs page is generated`, () => {
    assert.equal(stories.length, 1, `stories files with component: '${tag}': ${stories.map((s) => s.path).join(', ') || 'none'}`);
    assert.ok(stories[0].meta.tags.includes('autodocs'), `${stories[0].path}: add tags: ['autodocs'] to the default export`);
    assert.ok(stories[0].meta.title, `${stories[0].path}: the default export needs a title`);
  });

  test(`<${tag}>: has an Accessibility page, attached to its stories, with the guidance its story shows`, () => {
    const mdxPath = `stories/accessibility/${folder}.mdx`;
    const mdPath = `stories/accessibility/${folder}.md`;
    assert.ok(existsSync(join(root, mdxPath)), `${mdxPath} is missing`);
    assert.ok(existsSync(join(root, mdPath)), `${mdPath} is missing`);
    const mdx = read(mdxPath);
    const storiesFile = stories[0]?.file.replace(/\.ts$/, '');
    assert.match(mdx, new RegExp(`import \\* as (\\w+) from '\\.\\./${storiesFile}'[\\s\\S]*<Meta of=\\{\\1\\} name="Accessibility"`), `${mdxPath}: attach it with <Meta of={…} name="Accessibility" /> to ../${storiesFile}`);
    assert.match(mdx, new RegExp(`from '\\./${folder}\\.md\\?raw'`), `${mdxPath}: render ./${folder}.md`);
    // The guidance story shows the same file, and each links to the other.
    const story = read(`stories/${storiesFile}.ts`);
    assert.match(story, new RegExp(`from '\\./accessibility/${folder}\\.md\\?raw'`), `stories/${storiesFile}.ts: the Accessibility guidance story should show ./accessibility/${folder}.md`);
    const id = stories[0].meta.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    assert.ok(mdx.includes(`?path=/story/${id}--accessibility-guidance`), `${mdxPath}: link to the Accessibility guidance story`);
    // guidanceStory() (stories/accessibility/guidance.ts) adds the link to the page, from the title it is given.
    assert.ok(
      story.includes(`guidanceStory(guidanceMarkdown, '${stories[0].meta.title}'`),
      `stories/${storiesFile}.ts: describe the guidance story with guidanceStory(guidanceMarkdown, '${stories[0].meta.title}'), which links to the Accessibility page`,
    );
  });

  test(`<${tag}>: its accessibility guidance has the keyboard, the screen reader, WCAG 2.2 and the author's part`, () => {
    const md = read(`stories/accessibility/${folder}.md`);
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const [want, re] of [
      ['## Keyboard', /^Keyboard/],
      ['## What a screen reader announces', /^What a screen reader announces$/],
      ['## WCAG 2.2 success criteria it addresses', /^WCAG 2\.2 success criteria it addresses$/],
      ['## What the author must still do', /^What the author must still do$/],
    ]) {
      assert.ok(headings.some((h) => re.test(h)), `stories/accessibility/${folder}.md lacks "${want}" (has: ${headings.join(' | ')})`);
    }
    const wcag = section(md, 'WCAG 2.2 success criteria it addresses');
    assert.deepEqual(checkCriteria(wcag), [], `stories/accessibility/${folder}.md`);
    assert.ok(criteriaIn(wcag).length >= 3, `stories/accessibility/${folder}.md names fewer than three success criteria`);
  });
}

test('the criteria check catches a wrong name, a wrong level, an unknown number and a bare number', () => {
  assert.deepEqual(checkCriteria('**2.4.11 Focus Not Obscured (Minimum) (AA)** and **2.1.1 Keyboard (A), 2.4.7 Focus Visible (AA)**, **1.4.8 Visual Presentation (AAA, helped)**'), []);
  assert.deepEqual(checkCriteria('**2.5.8 Target Size (AA)**'), ['"2.5.8 Target Size (AA)" should be "2.5.8 Target Size (Minimum) (AA)"']);
  assert.deepEqual(checkCriteria('**1.4.3 Contrast (Minimum) (A)**'), ['"1.4.3 Contrast (Minimum) (A)" should be "1.4.3 Contrast (Minimum) (AA)"']);
  assert.deepEqual(checkCriteria('**4.1.1 Parsing (A)**'), ['4.1.1 is not a WCAG 2.2 success criterion']);
  assert.deepEqual(checkCriteria('(**1.3.2 Meaningful Sequence**)'), ['1.3.2 is named without "<name> (<level>)"']);
});

/* ------------------------------------------------------------------------ */
/* Introduction                                                               */
/* ------------------------------------------------------------------------ */

test('the Introduction exists, and its tokens table reads the same tokens as README.md', () => {
  const mdx = read('stories/introduction.mdx');
  assert.match(mdx, /<Meta title="Introduction"/);
  // It builds the table at build time from the theme itself, never from a copy.
  assert.match(mdx, /from '\.\.\/src\/themes\/default\.css\?raw'/);
  assert.match(mdx, /parseTheme\(/);
  const css = read('src/themes/default.css');
  const inStorybook = parseTheme(css).tokens.map(({ name, value, purpose }) => ({ name, value, purpose }));
  assert.deepEqual(inStorybook, tokensFromCss(css));
  // And no token row written by hand: a table row that starts with a token would go stale.
  assert.doesNotMatch(mdx, /^\|\s*`--portal-/m, 'stories/introduction.mdx: a hand-written token row; the table is generated');
});

test('the Introduction links to every Accessibility page', () => {
  const mdx = read('stories/introduction.mdx');
  for (const { d } of elements) {
    const meta = storyFiles.find((s) => s.meta?.component === d.tagName)?.meta;
    const id = meta?.title?.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    assert.ok(mdx.includes(`?path=/docs/${id}--accessibility`), `stories/introduction.mdx: no link to the Accessibility page of <${d.tagName}>`);
  }
});

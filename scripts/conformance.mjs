/**
 * conformance.json: for each component, the WCAG 2.2 success criteria its tests prove, and with which test
 * (issue 16, part 5; the model is USWDS's per-component accessibility test data).
 *
 * Generated from the tests themselves: a test proves a criterion when its title ends with a tag,
 *
 *   it('Tab to the trigger, Enter opens, Escape closes [wcag keyboard 2.1.1 2.1.2 2.4.3]', …)
 *   (or itIn(['chromium'], '… (Chromium: …) [wcag …]', …), a test only some engines run)
 *
 * that is `[wcag <type> <criterion>…]`, the type one of TYPES. The component is the test file's: test/figure.test.ts,
 * test/figure.nojs.test.ts and test/transcripts/figure.test.ts are `<portal-figure>`'s. Those criteria are "pass".
 * The criteria a component's accessibility guidance (stories/accessibility/<name>.md, its "WCAG 2.2" section) says it
 * addresses and no test proves are listed with status "needs-review" and no test: a person has to judge them.
 *
 *   node scripts/conformance.mjs            writes conformance.json (the committed copy Storybook shows)
 *   node scripts/conformance.mjs --out F    writes F instead (npm run build: dist/conformance.json)
 *   node scripts/conformance.mjs --check    fails if conformance.json is not what the tests say now
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES = ['axe', 'keyboard', 'accessibility-tree', 'screen-reader', 'visual', 'unit', 'manual'];
const CRITERIA = new Map(JSON.parse(readFileSync(join(root, 'scripts/wcag22.json'), 'utf8')).map(([criterion, name, level]) => [criterion, { name, level }]));

/** Every test file of the browser suite (the drop-in and property tests hold no tags). */
const testFiles = (dir = join(root, 'test')) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['transcripts'].includes(e.name) ? testFiles(path) : [];
    return e.name.endsWith('.test.ts') ? [path] : [];
  });

const components = () => readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, 'define.ts')));

/** The tagged tests of one file: { title, type, criteria }, and the problems found. */
export const tagsOf = (source, file) => {
  const tests = [];
  const problems = [];
  for (const [, , title] of source.matchAll(/\b(?:it\(|itIn\(\s*\[[^\]]*\]\s*,)\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    for (const [tag, body] of title.matchAll(/\[wcag\b([^\]]*)\]/g)) {
      const [type, ...criteria] = body.trim().split(/\s+/);
      if (!TYPES.includes(type)) problems.push(`${file}: "${tag}" names no test type first (one of ${TYPES.join(', ')})`);
      if (!criteria.length) problems.push(`${file}: "${tag}" names no criterion`);
      for (const c of criteria) if (!CRITERIA.has(c)) problems.push(`${file}: "${tag}" names ${c}, which is not a WCAG 2.2 success criterion`);
      tests.push({ title: title.replace(/\\(.)/g, '$1'), type, criteria });
    }
  }
  return { tests, problems };
};

/** The criteria the guidance page lists under its "WCAG 2.2" heading. */
const addressed = (name) => {
  const path = join(root, 'stories/accessibility', `${name}.md`);
  if (!existsSync(path)) return [];
  const section = readFileSync(path, 'utf8').split(/^## /m).find((s) => s.startsWith('WCAG')) ?? '';
  return [...new Set(section.match(/\b\d\.\d+\.\d+\b/g) ?? [])].filter((c) => CRITERIA.has(c));
};

const order = (a, b) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

export const generate = () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = components();
  const found = new Map(names.map((n) => [n, new Map()]));
  const problems = [];
  for (const path of testFiles().sort()) {
    const file = relative(root, path).split('\\').join('/');
    const result = tagsOf(readFileSync(path, 'utf8'), file);
    problems.push(...result.problems);
    if (!result.tests.length) continue;
    const name = basename(path).split('.')[0];
    if (!found.has(name)) {
      problems.push(`${file}: tagged tests, but no component src/components/${name}/ to credit them to`);
      continue;
    }
    for (const { title, type, criteria } of result.tests) {
      for (const c of criteria) {
        if (!found.get(name).has(c)) found.get(name).set(c, []);
        const list = found.get(name).get(c);
        if (!list.some((t) => t.file === file && t.title === title)) list.push({ file, title, type });
      }
    }
  }
  const out = { package: pkg.name, version: pkg.version, wcag: '2.2', components: {} };
  for (const name of names) {
    const tested = found.get(name);
    if (!tested.size) problems.push(`portal-${name}: no test proves any criterion (tag its tests: [wcag <type> <criterion>])`);
    const all = [...new Set([...tested.keys(), ...addressed(name)])].sort(order);
    out.components[`portal-${name}`] = {
      criteria: all.map((criterion) => ({
        criterion,
        ...CRITERIA.get(criterion),
        status: tested.has(criterion) ? 'pass' : 'needs-review',
        tests: tested.get(criterion) ?? [],
      })),
    };
  }
  return { json: `${JSON.stringify(out, null, 2)}\n`, problems };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { json, problems } = generate();
  if (problems.length) {
    console.error(`conformance: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  const committed = join(root, 'conformance.json');
  if (process.argv.includes('--check')) {
    const now = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
    if (now !== json) {
      console.error('conformance.json is stale: run node scripts/conformance.mjs');
      process.exit(1);
    }
  } else {
    const i = process.argv.indexOf('--out');
    writeFileSync(i > 0 ? process.argv[i + 1] : committed, json);
  }
}

// conformance.json (issue 16, part 5): generated from the [wcag …] tags on the tests by scripts/conformance.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generate, tagsOf } from '../../scripts/conformance.mjs';

test('a tag that names an unknown criterion, no type, or no criterion is a problem', () => {
  const source = [
    "it('one [wcag keyboard 2.1.1 4.1.1]', f);", // 4.1.1 Parsing is not in WCAG 2.2
    "it('two [wcag 2.4.7]', f);",
    "it(`three ${lang} [wcag axe]`, f);",
    "it('four [wcag visual 1.4.11]', f);",
  ].join('\n');
  const { tests, problems } = tagsOf(source, 'test/x.test.ts');
  assert.equal(tests.length, 4);
  assert.match(problems.join('\n'), /names 4\.1\.1, which is not a WCAG 2\.2 success criterion/);
  assert.match(problems.join('\n'), /"\[wcag 2\.4\.7\]" names no test type first/);
  assert.match(problems.join('\n'), /"\[wcag axe\]" names no criterion/);
  assert.equal(problems.length, 4); // "[wcag 2.4.7]" also names no criterion after its (missing) type
});

test('every tag in the suite names a known criterion, and every component has criteria its tests prove', () => {
  const { json, problems } = generate();
  assert.deepEqual(problems, []);
  const data = JSON.parse(json);
  assert.equal(data.wcag, '2.2');
  for (const tag of ['portal-skip-ribbon', 'portal-article-card', 'portal-article-list', 'portal-figure', 'portal-attendance-list', 'portal-article']) {
    const criteria = data.components[tag]?.criteria ?? [];
    assert.ok(criteria.some((c) => c.status === 'pass'), `${tag} has no criterion its tests prove`);
    for (const c of criteria) {
      // A pass names its tests; a criterion no test proves is not a pass.
      assert.equal(c.status === 'pass', c.tests.length > 0, `${tag} ${c.criterion}`);
      for (const t of c.tests) assert.match(readFileSync(new URL(`../../${t.file}`, import.meta.url), 'utf8'), /\[wcag /);
    }
  }
});

test('conformance.json is what the tests say now (fix: npm run conformance)', () => {
  assert.equal(readFileSync(new URL('../../conformance.json', import.meta.url), 'utf8'), generate().json, 'conformance.json is stale: npm run conformance');
});

test('package.json exports it, from the build', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./conformance.json'], './dist/conformance.json');
  assert.match(readFileSync(new URL('../../scripts/build.mjs', import.meta.url), 'utf8'), /scripts\/conformance\.mjs', \['--out', join\(dist, 'conformance\.json'\)\]/);
});

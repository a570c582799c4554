/**
 * The theme builder (src/theme-builder/, published as portal-elements/theme-builder)
 * and `npm run theme`: a badly chosen brand becomes a passing theme with every
 * adjustment reported; an impossible one is refused with a clear message; the
 * shipped themes are exactly what their recipes make.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTheme, contrast, describeAdjustment, describeFailures, parseTheme, ThemeError } from '../../src/theme-builder/core.ts';
import { createTheme } from '../../src/theme-builder/index.ts';
import { main } from '../../src/theme-builder/node/cli.ts';
import { shippedThemes } from '../../src/theme-builder/shipped.ts';
import { componentDefaults, pairs, themeCss, themeNames } from '../../src/theme-builder/node/repo.ts';

const PAIRS = pairs();

/** Every pair of both variants passes the gate. */
const assertPasses = (made) => {
  for (const v of [made.light, made.dark]) {
    assert.ok(v, 'a variant is missing');
    assert.deepEqual(describeFailures(v.name, checkTheme(v.css, PAIRS, componentDefaults()).rows), []);
  }
};

test('a badly chosen brand (#e53935: links at 3.9:1, white on it at 4.2:1) becomes a passing theme, every adjustment reported', () => {
  const brand = '#e53935';
  assert.ok(contrast(brand, '#ffffff') < 4.5, 'the brand is bad as link text on white to begin with');
  const made = createTheme({ brand, name: 'ha-tinh' });
  assertPasses(made);
  assert.equal(made.light.name, 'ha-tinh');
  assert.equal(made.dark.name, 'ha-tinh-dark');
  const report = made.adjustments.map(describeAdjustment);
  assert.ok(report.length >= 3, report.join('\n'));
  // Each line says what moved, from what to what, for which pair, and the ratio before and after.
  for (const line of report) assert.match(line, /^(light|dark): [a-z-]+ #[0-9a-f]{6} → #[0-9a-f]{6} for .+ on [a-z-]+ .*\(\d+\.\d\d → \d+\.\d\d, needs (3|4\.5)(; aims at [\d.]+ so every calculator agrees)?\)$/);
  assert.ok(report.some((l) => /^light: link #e53935 → #[0-9a-f]{6} for link on (surface|background) \(3\.\d\d → 4\.\d\d, needs 4\.5\)$/.test(l)), report.join('\n'));
  assert.ok(report.some((l) => /^light: brand #e53935 → #[0-9a-f]{6} for on-brand #ffffff on brand \(4\.2\d → 4\.\d\d, needs 4\.5\)$/.test(l)), report.join('\n'));
  // …and the report is in the file's header, so the file says how it was made.
  for (const a of made.adjustments.filter((x) => x.scheme === 'light')) assert.ok(made.light.css.includes(describeAdjustment(a)));
  // Only the lightness moved: the brand is still red.
  const { tokens } = made.light;
  assert.match(tokens['--portal-color-brand'], /^#[c-e][0-9a-f][0-4][0-9a-f][0-4][0-9a-f]$/);
});

test('a light brand (sky blue) and an amber one are darkened until they work, with dark text on amber', () => {
  assertPasses(createTheme({ brand: '#4fc3f7', name: 'sky' }));
  const amber = createTheme({ brand: '#ffc107', name: 'amber' });
  assertPasses(amber);
  const onBrand = amber.light.tokens['--portal-color-on-brand'];
  assert.ok(contrast(onBrand, '#000000') < contrast(onBrand, '#ffffff'), `text on an amber brand should be dark, is ${onBrand}`);
});

test('an accent becomes the text on the brand bar, moved only as far as it must', () => {
  const made = createTheme({ brand: '#b71c1c', accent: '#f9c80e', name: 'do-vang' });
  assertPasses(made);
  assert.equal(made.light.tokens['--portal-color-on-brand'], '#f9c80e');
  assert.ok(made.adjustments.some((a) => a.scheme === 'dark' && a.token === '--portal-color-on-brand'), 'the dark variant needs a lighter gold');
});

test('a theme is complete: every token of the default theme, its rules, and the scheme', () => {
  const made = createTheme({ brand: '#2e7d32', name: 'xanh' });
  const template = parseTheme(themeCss('default'));
  for (const v of [made.light, made.dark]) {
    const theme = parseTheme(v.css);
    assert.deepEqual(theme.tokens.map((t) => t.name), template.tokens.map((t) => t.name));
    assert.deepEqual(theme.tokens.map((t) => t.purpose), template.tokens.map((t) => t.purpose), 'purpose comments are kept');
    assert.equal(theme.rules.trim(), template.rules.trim());
    assert.equal(theme.scheme, v.scheme);
    for (const t of theme.tokens) assert.doesNotMatch(t.value, /var\(/);
  }
});

for (const [brand, why] of [
  ['#ffff00', /brand #ffff00 cannot work in a light theme: it reaches only 1\.\d\d:1 for brand on (surface|background) #[0-9a-f]{6} \(needs 3:1\), and getting there would move its lightness by 0\.\d\d .*more than the 0\.25/],
  ['#ffffff', /brand #ffffff cannot work in a light theme/],
  ['#000000', /brand #000000 cannot work in a dark theme: it reaches only 1\.\d\d:1 for brand on (surface|background) #[0-9a-f]{6} \(needs 3:1\)/],
]) {
  test(`an impossible brand (${brand}) is refused with a clear message`, () => {
    assert.throws(
      () => createTheme({ brand, name: 'khong-duoc' }),
      (error) => {
        assert.ok(error instanceof ThemeError);
        assert.match(error.message, why);
        assert.match(error.message, /has to reach 3:1 against both a light and a dark surface/);
        // The same reason as data, for tools that say it in their own words (the Storybook theme studio).
        const detail = error.details.find((d) => d.kind === 'brand');
        assert.ok(detail, JSON.stringify(error.details));
        assert.equal(detail.colour, brand);
        assert.ok(detail.ratio < detail.min && detail.min === 3, JSON.stringify(detail));
        assert.deepEqual(error.details.map((d) => d.message), error.problems);
        assert.equal(new Set(error.problems).size, error.problems.length, 'each reason once');
        return true;
      },
    );
  });
}

test('an accent that cannot be read on the brand is refused', () => {
  assert.throws(() => createTheme({ brand: '#b71c1c', accent: '#c62828', name: 'x' }), /accent #c62828 cannot work in a light theme: as text on the brand #[0-9a-f]{6} it reaches 1\.\d\d:1 \(needs 4\.5:1\)/);
});

test('bad input is refused before anything is derived', () => {
  assert.throws(() => createTheme({ brand: 'do', name: 'x' }), /brand "do" is not a CSS colour; write it as #rrggbb/);
  assert.throws(() => createTheme({ brand: 'rgb(200 0 0 / 50%)', name: 'x' }), /brand rgb\(200 0 0 \/ 50%\) is translucent/);
  assert.throws(() => createTheme({ brand: '#b71c1c', name: 'Hà Nam' }), /name "Hà Nam" must be lower-case letters, digits and hyphens/);
  assert.throws(() => createTheme({ brand: '#b71c1c', name: 'x-dark' }), /must not end in -dark/);
});

test('high contrast: 7:1 for text and 4.5:1 for UI', () => {
  const made = createTheme({ brand: '#1565c0', name: 'hc', contrast: 'high' });
  for (const v of [made.light, made.dark]) {
    const { rows } = checkTheme(v.css, PAIRS);
    assert.equal(parseTheme(v.css).contrast, 'high');
    for (const r of rows) assert.ok(r.ratio >= (r.pair.min >= 4.5 ? 7 : 4.5), `${v.name}: ${r.pair.where} ${r.ratio}`);
  }
});

test('a colour token and a pair that a component adds are derived and checked with no change to the builder', () => {
  const template = themeCss('default').replace(
    '  --portal-color-link:',
    '  --portal-color-border: #c4c8d0; /* Field and card outlines. */\n  --portal-color-link:',
  );
  const withBorder = [...PAIRS, { fg: '--portal-color-border', bg: '--portal-color-surface', min: 3, where: '<portal-x>: the outline' }];
  const made = createTheme({ brand: '#1565c0', name: 'x', template, pairs: withBorder });
  for (const v of [made.light, made.dark]) {
    const border = v.tokens['--portal-color-border'];
    assert.ok(contrast(border, v.tokens['--portal-color-surface']) >= 3, `${v.name}: border ${border}`);
    assert.deepEqual(describeFailures(v.name, checkTheme(v.css, withBorder).rows), []);
  }
  assert.ok(made.adjustments.some((a) => a.token === '--portal-color-border' && a.from === '#c4c8d0'), 'the light border was darkened, and said so');
});

test('the shipped themes are exactly what their recipes make (fix: npm run theme -- --shipped)', () => {
  const shipped = shippedThemes();
  for (const { file, css } of shipped) {
    assert.equal(themeCss(file.slice(0, -4)), css, `src/themes/${file} is out of date with src/theme-builder/shipped.ts or src/themes/default.css. Fix: npm run theme -- --shipped`);
  }
  const generated = new Set(shipped.map((s) => s.file.slice(0, -4)));
  assert.deepEqual(themeNames().filter((n) => n !== 'default' && !generated.has(n)), [], 'a theme in src/themes/ has no recipe in src/theme-builder/shipped.ts');
});

/** Runs the CLI in-process, capturing what it prints. */
const cli = (...args) => {
  const out = [];
  const err = [];
  const code = main(args, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

test('npm run theme -- --brand … --name … writes both files and prints the adjustments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-theme-'));
  try {
    const { code, err } = cli('--brand', '#e53935', '--name', 'ha-tinh', '--out', dir);
    assert.equal(code, 0, err);
    const all = `${PAIRS.length}/${PAIRS.length} pairs pass`;
    assert.match(err, new RegExp(`wrote .*ha-tinh\\.css \\(light\\): lowest \\d\\.\\d\\d:1 \\(needs [\\d.]+:1\\) for .+; ${all}`));
    assert.match(err, /wrote .*ha-tinh-dark\.css \(dark\)/);
    assert.match(err, /adjustments:\n {2}light: brand #e53935 → #/);
    const css = readFileSync(join(dir, 'ha-tinh.css'), 'utf8');
    assert.match(css, /Generated by `npm run theme -- --brand '#e53935' --name ha-tinh`/);
    assert.deepEqual(describeFailures('ha-tinh', checkTheme(css, PAIRS).rows), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm run theme refuses an impossible brand (exit 1) and a usage error (exit 2)', () => {
  const refused = cli('--brand', '#fffde7', '--name', 'x', '--out', '-');
  assert.equal(refused.code, 1);
  assert.match(refused.err, /^theme refused:\n {2}- brand #fffde7 cannot work in a light theme/);
  assert.equal(refused.out, '', 'nothing is written');
  const usage = cli('--brand', '#b71c1c');
  assert.equal(usage.code, 2);
  assert.match(usage.err, /--brand and --name are required/);
  assert.equal(cli('--colour', 'red').code, 2);
  assert.equal(cli('--brand').code, 2);
  const printed = cli('--brand', '#1565c0', '--name', 'x', '--out', '-', '--light-only');
  assert.equal(printed.code, 0);
  assert.match(printed.out, /^\/\*\n \* portal-elements theme "x"\n \* scheme: light/);
  assert.doesNotMatch(printed.out, /theme "x-dark"/);
});

test('tsc generates the declarations from the sources, for the DOM alone (no Node), and they are what a TypeScript user needs', async () => {
  const ts = (await import('typescript')).default;
  const { readdirSync, writeFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'portal-theme-types-'));
  try {
    // The published builder (everything in src/theme-builder/ but node/), as tsconfig.build.json compiles it,
    // with the browser's types only: an import of a Node module would not compile.
    const builder = join(src, 'theme-builder');
    const files = readdirSync(builder).filter((f) => f.endsWith('.ts')).map((f) => join(builder, f));
    const emit = ts.createProgram(files, {
      strict: true,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: src,
      outDir: out,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
      verbatimModuleSyntax: true,
    });
    const result = emit.emit();
    const report = (diagnostics, dir) =>
      diagnostics.map((d) => `${d.file ? `${d.file.fileName.slice(dir.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    assert.deepEqual(report([...ts.getPreEmitDiagnostics(emit), ...result.diagnostics], src), []);
    const declared = readFileSync(join(out, 'theme-builder/index.d.ts'), 'utf8');

    // What a portal developer writes against the generated declarations; a wrong field or a missing brand must not compile.
    const user = join(out, 'user.mts');
    writeFileSync(
      user,
      [
        "import { createTheme, checkTheme, declaredPairs, ThemeError, type ThemeVariant } from './theme-builder/index.js';",
        "const made = createTheme({ brand: '#b71c1c', accent: '#f9c80e', name: 'ha-nam' });",
        'const light: ThemeVariant | undefined = made.light;',
        "const rows = checkTheme(light?.css ?? '', declaredPairs()).rows.filter((r) => !r.ok).map((r) => r.ratio.toFixed(2));",
        "try { createTheme({ brand: '#ffff00', name: 'x' }); } catch (e) { if (e instanceof ThemeError) console.log(e.problems.join(), e.details.map((d) => d.kind), rows); }",
        '// @ts-expect-error the brand is required',
        "createTheme({ name: 'x' });",
        "// @ts-expect-error contrast is 'normal' or 'high'",
        "createTheme({ brand: '#000', name: 'x', contrast: 'max' });",
      ].join('\n'),
    );
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }');
    const check = ts.createProgram([user], {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    assert.deepEqual(report(ts.getPreEmitDiagnostics(check), out), []);

    // The declarations name exactly what the module exports at run time.
    const runtime = Object.keys(await import('../../src/theme-builder/index.ts')).sort();
    const names = new Set([
      ...[...declared.matchAll(/export declare (?:const|function|class) (\w+)/g)].map((m) => m[1]),
      ...[...declared.matchAll(/export \{([^}]*)\} from/g)].flatMap((m) => m[1].split(',').map((s) => s.trim())),
    ]);
    assert.deepEqual(runtime, [...names].sort(), declared);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

// Writes the generated parts of README.md: the tokens table (from src/themes/default.css),
// the shipped themes with their tightest contrast (src/themes/*.css against src/themes/pairs.json)
// and the API (from dist/custom-elements.json). `--check` fails if README.md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';

// The theme builder is TypeScript (src/theme-builder/): let Node read it first.
register('./ts-hooks.mjs', import.meta.url);
const { checkTheme, formatRatio, parseTheme, shortName, toHex } = await import('../src/theme-builder/core.ts');
const { componentDefaults, pairs, themeCss, themeNames } = await import('../src/theme-builder/node/repo.ts');

const root = new URL('../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');

/** `--portal-x: value; /* purpose *\/` lines of the default theme. */
export const tokensFromCss = (css) =>
  [...css.matchAll(/^\s*(--portal-[\w-]+):\s*([^;]+);\s*\/\*\s*(.*?)\s*\*\//gm)].map(([, name, value, purpose]) => ({ name, value: value.trim(), purpose }));

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const tokensTable = (tokens) =>
  ['| token | purpose | default |', '| --- | --- | --- |', ...tokens.map((t) => `| \`${t.name}\` | ${cell(t.purpose)} | \`${cell(t.value)}\` |`)].join('\n');

/** One row per shipped theme: scheme, brand, text on the brand, and the pair closest to its threshold. */
export const themesTable = () => {
  const rows = themeNames().map((name) => {
    const css = themeCss(name);
    const theme = parseTheme(css);
    const { rows: checked } = checkTheme(css, pairs(), componentDefaults());
    const tightest = checked.reduce((a, b) => (b.ratio / b.min < a.ratio / a.min ? b : a));
    const colour = (token) => `\`${toHex(theme.values.get(token)) ?? '—'}\``;
    const passing = checked.filter((r) => r.ok).length;
    return `| \`${name}\` | ${theme.scheme}${theme.contrast === 'high' ? ', high contrast' : ''} | ${colour('--portal-color-brand')} | ${colour('--portal-color-on-brand')} | ${passing}/${checked.length} | ${formatRatio(tightest.ratio)} for ${shortName(tightest.fgToken)} on ${shortName(tightest.bgToken)} (needs ${tightest.min}:1) |`;
  });
  return ['| theme | scheme | brand | text on brand | pairs passing | tightest pair |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
};

export const apiDocs = (manifest) => {
  const out = [];
  // By path: the analyzer lists modules in the order its file glob happens to return them, which varies.
  for (const mod of [...(manifest.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out.push(`### \`<${d.tagName}>\` (${d.name})`, '', d.summary ?? '', '');
      const attrs = d.attributes ?? [];
      if (attrs.length) {
        out.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
        for (const a of attrs) out.push(`| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
        out.push('');
      }
      const list = (title, items, fmt) => {
        if (!items?.length) return;
        out.push(`**${title}**`, '', ...items.map(fmt), '');
      };
      list('Slots', d.slots, (s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}: ${s.description ?? ''}`);
      list('Parts', d.cssParts, (p) => `- \`${p.name}\`: ${p.description ?? ''}`);
      list('CSS custom properties', d.cssProperties, (p) => `- \`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}: ${p.description ?? ''}`);
      list('Events', d.events, (e) => `- \`${e.name}\`${e.type?.text ? ` (\`${e.type.text}\`)` : ''}: ${e.description ?? ''}`);
    }
  }
  return out.join('\n').trim();
};

const replaceBetween = (text, marker, body) => {
  const re = new RegExp(`(<!-- ${marker} -->)[\\s\\S]*?(<!-- /${marker} -->)`);
  if (!re.test(text)) throw new Error(`README.md lacks <!-- ${marker} --> markers`);
  return text.replace(re, `$1\n${body}\n$2`);
};

export const generate = () => {
  let readme = read('README.md');
  readme = replaceBetween(readme, 'tokens', tokensTable(tokensFromCss(read('src/themes/default.css'))));
  readme = replaceBetween(readme, 'themes', themesTable());
  readme = replaceBetween(readme, 'api', apiDocs(JSON.parse(read('dist/custom-elements.json'))));
  return readme;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const next = generate();
  if (process.argv.includes('--check')) {
    if (next !== read('README.md')) {
      console.error('README.md is out of date with the tokens, the themes or custom-elements.json. Fix: npm run docs');
      process.exit(1);
    }
  } else {
    writeFileSync(new URL('README.md', root), next);
    console.log('README.md: tokens table and API updated');
  }
}

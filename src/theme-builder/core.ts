/**
 * The theme core: pure functions, no file system, so Node (the builder, the
 * CLI, the contrast gate, docs) and the browser (tests, Storybook's gallery)
 * share one implementation.
 *
 *   parseTheme(css)            the `:root` tokens of a theme file, with purposes and metadata
 *   resolveToken(name, …)      a token's literal value, following var() chains and fallbacks
 *   contrast(a, b)             the WCAG 2 contrast ratio (culori's wcagContrast)
 *   checkTheme(css, pairs)     every declared foreground/background pair of a theme, with its ratio
 *   createTheme(options)       derives the full colour set from one or two brand colours
 *   scopeTheme(css, selector)  a theme's tokens on another selector (the gallery shows themes side by side)
 *
 * Contrast thresholds come from the declared pairs (src/themes/pairs.json): 4.5:1
 * for text, 3:1 for large text, UI boundaries and the focus ring. A theme whose
 * header says `contrast: high` is held to 7:1 and 4.5:1 instead.
 */
import { clampChroma, converter, formatHex, modeHsl, modeLrgb, modeOklab, modeOklch, modeRgb, parse, useMode, wcagContrast } from 'culori/fn';

// Only the colour spaces used here (culori's tree-shakeable build): sRGB and its
// linear form (WCAG luminance), HSL input, and OKLab/OKLCH (lightness moves).
for (const mode of [modeRgb, modeLrgb, modeHsl, modeOklab, modeOklch]) useMode(mode);
const toOklch = converter('oklch');

export type Scheme = 'light' | 'dark';
export type ContrastLevel = 'normal' | 'high';

/** A foreground/background pair that something combines, with its threshold (src/themes/pairs.json). */
export interface Pair {
  /** The foreground token: text, a border, a focus ring. A global `--portal-*` token. */
  fg: string;
  /** The background token it sits on. A global `--portal-*` token. */
  bg: string;
  /** The WCAG 2 contrast it needs: 4.5 for text, 3 for large text, UI boundaries and focus rings. */
  min: number;
  /** Who combines them, and where: `page: links`, `<portal-skip-ribbon>: the links`. */
  where: string;
  /** The component tokens that carry the pair, when a component has its own (they default to fg/bg). */
  via?: { fg?: string; bg?: string };
}

export interface ThemeToken {
  name: string;
  value: string;
  purpose: string;
}

export interface ParsedTheme {
  /** The `--*` declarations of `:root`, in order. */
  tokens: ThemeToken[];
  values: Map<string, string>;
  /** From `color-scheme` on `:root`. */
  scheme: Scheme;
  /** From a `contrast: high` line in the header comment. */
  contrast: ContrastLevel;
  /** Everything before `:root`. */
  header: string;
  /** Everything after the `:root` block (but a dark theme's `@media print` block): the theme's own rules. */
  rules: string;
  /** A dark theme's `@media print { :root { … } }` block: the colours it prints with (its light sibling's). */
  print: { scheme: Scheme; values: Map<string, string> } | undefined;
}

export interface CheckRow {
  pair: Pair;
  /** The token actually checked: `pair.via.fg` when the theme sets it, else `pair.fg`. */
  fgToken: string;
  bgToken: string;
  fg: string | undefined;
  bg: string | undefined;
  /** The threshold in this theme (raised for high-contrast themes). */
  min: number;
  ratio: number;
  ok: boolean;
  problem?: string;
}

export interface Adjustment {
  scheme: Scheme;
  token: string;
  from: string;
  to: string;
  /** The pair that decided it, e.g. `link on surface`. */
  pair: string;
  min: number;
  before: number;
  after: number;
}

export interface ThemeVariant {
  /** The file name without .css: `<name>` or `<name>-dark`. */
  name: string;
  scheme: Scheme;
  contrast: ContrastLevel;
  /** Every colour token with its final value. */
  tokens: Record<string, string>;
  adjustments: Adjustment[];
  /** The theme file. */
  css: string;
}

export interface CreateThemeOptions {
  /** The province's brand colour, e.g. `#b71c1c`. */
  brand: string;
  /** An optional second colour, used for text on the brand (a gold on a red bar). */
  accent?: string;
  /** The theme's file name: lower-case letters, digits, hyphens. */
  name: string;
  /** `high`: 7:1 for text and 4.5:1 for UI instead of 4.5:1 and 3:1. */
  contrast?: ContrastLevel;
  /** Which variants to make (default both). */
  schemes?: Scheme[];
  /** The theme every other is derived from: src/themes/default.css. */
  template: string;
  /** The declared pairs: src/themes/pairs.json. */
  pairs: Pair[];
  /** Your own starting colours for any colour token (`{ '--portal-color-link': '#0000ee' }`); still adjusted until they pass. */
  colours?: Record<string, string>;
  /** Values for non-colour tokens, e.g. a wider focus ring. */
  overrides?: Record<string, string>;
  /** One line for the header. */
  description?: string;
  /** How the file was made, for its header. */
  generatedBy?: string;
  /** The light sibling's colour tokens, which the dark variant prints with, when the light one is not made here (default-dark prints with default.css). */
  light?: Record<string, string>;
}

export interface CreatedTheme {
  light?: ThemeVariant;
  dark?: ThemeVariant;
  adjustments: Adjustment[];
}

/* ------------------------------------------------------------------------ */
/* Parsing                                                                    */
/* ------------------------------------------------------------------------ */

/**
 * One declaration in a `:root` block, written out or minified: indent, name,
 * value, and the purpose comment after it on the same line.
 */
const DECLARATION = /(?<=^|[\s{;])([ \t]*)(--[\w-]+|color-scheme)\s*:\s*([^;{}]+?)\s*(?:;|(?=\})|$)[ \t]*(?:\/\*\s*(.*?)\s*\*\/)?/g;

/**
 * The tokens a theme file sets on `:root` (in order, with their purpose
 * comments), its `color-scheme`, the `contrast:` line of its header comment, and
 * everything after the `:root` block (the theme's own rules).
 */
export function parseTheme(css: string): ParsedTheme {
  const open = css.search(/:root\s*\{/);
  if (open < 0) return { tokens: [], values: new Map(), scheme: 'light', contrast: 'normal', header: '', rules: css, print: undefined };
  const bodyStart = css.indexOf('{', open) + 1;
  const bodyEnd = css.indexOf('}', bodyStart);
  const body = css.slice(bodyStart, bodyEnd);
  const tokens: ThemeToken[] = [];
  let scheme: Scheme = 'light';
  for (const [, , name, value, purpose] of body.matchAll(DECLARATION)) {
    if (name === 'color-scheme') scheme = /\bdark\b/.test(value) && !/\blight\b/.test(value) ? 'dark' : 'light';
    else tokens.push({ name, value: value.trim(), purpose: purpose ?? '' });
  }
  const header = css.slice(0, open);
  const contrast = /^\s*\*?\s*contrast:\s*high\b/m.test(header) ? 'high' : 'normal';
  // A dark theme ends with its paper colours (see PRINT): read apart from the theme's own rules.
  let rules = css.slice(bodyEnd + 1);
  let print: ParsedTheme['print'];
  const printBlock = PRINT.exec(rules);
  if (printBlock) {
    rules = rules.slice(0, printBlock.index);
    let printScheme: Scheme = 'light';
    const printValues = new Map<string, string>();
    for (const [, , name, value] of printBlock[1].matchAll(DECLARATION)) {
      if (name === 'color-scheme') printScheme = /\bdark\b/.test(value) && !/\blight\b/.test(value) ? 'dark' : 'light';
      else printValues.set(name, value.trim());
    }
    print = { scheme: printScheme, values: printValues };
  }
  return { tokens, values: new Map(tokens.map((t) => [t.name, t.value])), scheme, contrast, header, rules, print };
}

/**
 * The last block of a dark theme: `@media print { :root { color-scheme: light; … } }`,
 * the light sibling's colours for paper (browsers print without backgrounds,
 * so a dark theme's light text would be light on white). A comment may stand
 * before `:root`, written out or not (minified).
 */
const PRINT = /\s*@media\s+print\s*\{\s*(?:\/\*[^{}]*?\*\/\s*)?:root\s*\{([^{}]*)\}\s*\}\s*$/;

/**
 * The literal a value stands for: `var(--a, var(--b, #fff))` is followed
 * through `lookup` (theme tokens, then component defaults) and its fallbacks.
 * Returns undefined when nothing resolves.
 */
export function resolveValue(value: string | undefined, lookup: (name: string) => string | undefined, seen: Set<string> = new Set()): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*([\s\S]*))?\)$/.exec(v);
  if (!m) return v;
  const [, name, fallback] = m;
  if (!seen.has(name)) {
    const next = lookup(name);
    if (next !== undefined) {
      const resolved = resolveValue(next, lookup, new Set([...seen, name]));
      if (resolved !== undefined) return resolved;
    }
  }
  return fallback === undefined ? undefined : resolveValue(fallback, lookup, seen);
}

/**
 * A token's literal value in a theme: the theme's own value, else the
 * component's default (for component tokens), following var() chains.
 */
export const resolveToken = (name: string, values: Map<string, string>, componentDefaults: Record<string, string> = {}): string | undefined =>
  resolveValue(`var(${name})`, (n) => values.get(n) ?? componentDefaults[n]);

/**
 * `@cssprop [--portal-x=default] - purpose` lines of component sources: the
 * documented component tokens with their defaults.
 */
export function cssPropsFromSource(source: string): { name: string; default: string | undefined; description: string }[] {
  const out: { name: string; default: string | undefined; description: string }[] = [];
  for (const m of source.matchAll(/@cssprop\s+(?:\[\s*(--[\w-]+)\s*(?:=\s*((?:[^\]\n]|\](?!\s*-))*?))?\s*\]|(--[\w-]+))\s*(?:-\s*)?(.*)/g)) {
    out.push({ name: m[1] ?? m[3], default: m[2]?.trim(), description: m[4].trim() });
  }
  return out;
}

/* ------------------------------------------------------------------------ */
/* Colour                                                                     */
/* ------------------------------------------------------------------------ */

/**
 * An opaque colour as #rrggbb, or undefined if `value` is not a colour.
 */
export function toHex(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const c = parse(value.trim());
  if (!c || (c.alpha !== undefined && c.alpha < 1)) return undefined;
  return formatHex(c);
}

/**
 * The WCAG 2 contrast ratio of two colours (1 to 21).
 */
export const contrast = (a: string, b: string): number => wcagContrast(a, b);

/** The ratio as people read it: two decimals, cut (never rounded up to pass). */
export const formatRatio = (r: number): string => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

/**
 * What a pair must reach in a theme: its own minimum, raised to 7:1 (text) or
 * 4.5:1 (large text, UI) when the theme asks for high contrast.
 */
export const required = (min: number, level: ContrastLevel): number => (level === 'high' ? (min >= 4.5 ? 7 : 4.5) : min);

/** `--portal-color-text-muted` → `text-muted`, `--portal-focus-ring-color` → `focus-ring`. */
export const shortName = (token: string): string => token.replace(/^--portal-/, '').replace(/^color-/, '').replace(/-color$/, '');

/* ------------------------------------------------------------------------ */
/* The contrast gate                                                          */
/* ------------------------------------------------------------------------ */

/**
 * Every declared pair in one theme: the colours it resolves to, the ratio, and
 * whether it reaches its threshold. A pair's `via` names the component tokens
 * that carry it (`--portal-skip-ribbon-color`…): when the theme sets one, its
 * value is checked instead of the global token.
 * @param css the theme file
 * @param componentDefaults component token → its default (from @cssprop)
 */
export function checkTheme(css: string, pairs: Pair[], componentDefaults: Record<string, string> = {}): { scheme: Scheme; contrast: ContrastLevel; rows: CheckRow[] } {
  const theme = parseTheme(css);
  const rows = pairs.map((pair) => {
    const fgToken = pair.via?.fg && theme.values.has(pair.via.fg) ? pair.via.fg : pair.fg;
    const bgToken = pair.via?.bg && theme.values.has(pair.via.bg) ? pair.via.bg : pair.bg;
    const fg = toHex(resolveToken(fgToken, theme.values, componentDefaults));
    const bg = toHex(resolveToken(bgToken, theme.values, componentDefaults));
    const min = required(pair.min, theme.contrast);
    const row: CheckRow = { pair, fgToken, bgToken, fg, bg, min, ratio: 0, ok: false };
    if (!fg || !bg) {
      row.problem = `${!fg ? fgToken : bgToken} does not resolve to an opaque colour`;
      return row;
    }
    row.ratio = contrast(fg, bg);
    row.ok = row.ratio >= min;
    return row;
  });
  return { scheme: theme.scheme, contrast: theme.contrast, rows };
}

/**
 * One line per failing pair: theme, pair, colours, ratio and threshold.
 */
export const describeFailures = (themeName: string, rows: CheckRow[]): string[] =>
  rows
    .filter((r) => !r.ok)
    .map((r) =>
      r.problem
        ? `${themeName}: ${r.pair.fg} on ${r.pair.bg} (${r.pair.where}): ${r.problem}`
        : `${themeName}: ${r.fgToken} ${r.fg} on ${r.bgToken} ${r.bg} (${r.pair.where}) is ${formatRatio(r.ratio)}, needs ${r.min}:1`,
    );

/**
 * Theme names in the order people compare them: default first, then by name,
 * each light theme followed by its dark variant.
 */
export const themeOrder = (names: string[]): string[] => {
  const base = (n: string): string => n.replace(/-dark$/, '');
  const key = (n: string): [string, number] => [base(n) === 'default' ? '' : base(n), n.endsWith('-dark') ? 1 : 0];
  return [...names].sort((a, b) => {
    const [ka, da] = key(a);
    const [kb, db] = key(b);
    return ka === kb ? Number(da) - Number(db) : String(ka).localeCompare(String(kb));
  });
};

/* ------------------------------------------------------------------------ */
/* Scoping (the gallery)                                                      */
/* ------------------------------------------------------------------------ */

/**
 * The theme with its `:root` tokens moved to `selector`, so several themes can
 * be shown side by side on one page. The theme's other rules stay as they are.
 */
export const scopeTheme = (css: string, selector: string): string => css.replace(/:root(?=[\s,{])/g, selector);

/* ------------------------------------------------------------------------ */
/* The builder                                                                */
/* ------------------------------------------------------------------------ */

/**
 * How far (OKLCH lightness, 0–1) the builder may move a colour you chose (the
 * brand, the accent) before it refuses it: further, and it is no longer your
 * colour. Dark themes conventionally show a lighter tone of the brand, so the
 * dark variant may lighten it a little further.
 */
export const MAX_SHIFT: Record<Scheme, number> = { light: 0.25, dark: 0.35 };

/**
 * The builder aims this far above each threshold, so that every WCAG
 * calculator agrees (they differ in the sRGB knee, 0.03928 or 0.04045, and in
 * rounding); the gate itself checks the exact threshold.
 */
export const MARGIN: number = 0.05;

/**
 * The global colour roles the builder knows. Any other colour token in the
 * template (one a component added to default.css) is kept in light themes,
 * mirrored in dark ones, and then adjusted like the rest against every pair
 * that names it.
 */
const ROLE = {
  text: '--portal-color-text',
  muted: '--portal-color-text-muted',
  background: '--portal-color-background',
  surface: '--portal-color-surface',
  brand: '--portal-color-brand',
  onBrand: '--portal-color-on-brand',
  link: '--portal-color-link',
  visited: '--portal-color-link-visited',
  focus: '--portal-focus-ring-color',
};

const oklchHex = (l: number, c: number, h: number | undefined): string => formatHex(clampChroma({ mode: 'oklch', l: Math.min(1, Math.max(0, l)), c, h: h ?? 0 }, 'oklch'));

const lch = (hex: string): { l: number; c: number; h: number | undefined } => {
  const c = toOklch(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return { l: c.l, c: c.c ?? 0, h: c.h };
};

/**
 * A colour seeded in dark themes from a light-theme colour the builder has no
 * role for: light turns dark and dark turns light, hue kept.
 */
const mirror = (hex: string): string => {
  const { l, c, h } = lch(hex);
  return oklchHex(0.15 + (1 - l) * 0.8, c, h);
};

/** Visited links: the link's lightness and strength, in purple. */
const visitedFrom = (link: string): string => {
  const { l, c } = lch(link);
  return oklchHex(l, Math.max(c, 0.08), 305);
};

/**
 * Seeds for the colour roles, before any adjustment. Links, visited links and
 * the focus ring are seeded later, from the colours they follow.
 */
function seeds(scheme: Scheme, level: ContrastLevel, brand: string, accent: string | undefined): Record<string, string> {
  const { c, h } = lch(brand);
  const tint = Math.min(c, 0.008);
  const high = level === 'high';
  const light = scheme === 'light';
  return {
    [ROLE.background]: high ? (light ? '#ffffff' : '#000000') : oklchHex(light ? 0.975 : 0.17, tint, h),
    [ROLE.surface]: high ? (light ? '#ffffff' : '#000000') : light ? '#ffffff' : oklchHex(0.215, tint, h),
    [ROLE.text]: high ? (light ? '#000000' : '#ffffff') : oklchHex(light ? 0.22 : 0.94, Math.min(c, light ? 0.02 : 0.012), h),
    [ROLE.muted]: oklchHex(light ? (high ? 0.3 : 0.45) : high ? 0.88 : 0.76, Math.min(c, 0.03), h),
    [ROLE.brand]: brand,
    [ROLE.onBrand]: accent ?? '#ffffff',
    [ROLE.link]: brand,
  };
}

/**
 * The colour nearest to `seed` in OKLCH lightness (same hue, chroma clamped to
 * sRGB) that reaches every `min` against its background. Candidates are
 * judged as the hex they will be written as, so what passes here passes the gate.
 * @param limit the largest lightness change allowed
 */
export function nearestPassing(seed: string, against: { bg: string; min: number }[], limit = 1): { hex: string; shift: number } | undefined {
  const { l, c, h } = lch(seed);
  const passes = (hex: string): boolean => against.every(({ bg, min }) => contrast(hex, bg) >= min + MARGIN);
  if (passes(seed)) return { hex: seed, shift: 0 };
  // Walk outwards from the seed's lightness in both directions, in steps of 0.002.
  for (let step = 1; step <= 500; step++) {
    const d = step * 0.002;
    if (d > limit + 1e-9) break;
    for (const candidate of [l - d, l + d]) {
      if (candidate < 0 || candidate > 1) continue;
      const hex = oklchHex(candidate, c, h);
      if (passes(hex)) return { hex, shift: d };
    }
  }
  return undefined;
}

/**
 * Why the builder refused, as data, so a tool can say it in its own words
 * (the Storybook theme studio says it in Vietnamese and English). `message` is
 * the builder's own sentence, the same as in ThemeError.problems.
 */
export type ThemeProblem = { message: string } & (
  | { kind: 'name'; name: string }
  | { kind: 'name-dark'; name: string }
  | { kind: 'not-a-colour' | 'translucent'; field: 'brand' | 'accent'; value: string }
  /** The brand reaches only `ratio` against `bg` (`against` names the pair); `to` is where it would have to go, `shift` how far (more than `limit`). */
  | { kind: 'brand'; scheme: Scheme; colour: string; ratio: number; min: number; against: string; bg: string; limit: number; to?: string | undefined; shift?: number | undefined }
  /** The accent, as text on the brand, reaches only `ratio`, and no lightness within `limit` of it gets to `min`. */
  | { kind: 'accent'; scheme: Scheme; colour: string; brand: string; ratio: number; min: number; limit: number }
  | { kind: 'on-brand'; scheme: Scheme; brand: string; min: number }
  | { kind: 'token'; scheme: Scheme; token: string; message: string }
);

/** An error the builder raises for a colour it cannot use; `problems` lists each reason, `details` the same as data. */
export class ThemeError extends Error {
  readonly problems: string[];
  readonly details: ThemeProblem[];

  constructor(problems: (string | ThemeProblem)[]) {
    const details = problems.map((p): ThemeProblem => (typeof p === 'string' ? { kind: 'token', scheme: 'light', token: '', message: p } : p));
    super(details.map((d) => d.message).join('\n'));
    this.name = 'ThemeError';
    this.problems = details.map((d) => d.message);
    this.details = details;
  }
}

/** `bg` is the colour to contrast with; `label` names the pair for the report. */
interface Constraint {
  bg: string;
  min: number;
  label: string;
}

/**
 * The pair that decided an adjustment: the one the colour failed worst.
 */
function reason(before: string, after: string, against: Constraint[]): { pair: string; min: number; before: number; after: number } {
  const judged = against.map((a) => ({ ...a, was: contrast(before, a.bg), now: contrast(after, a.bg) }));
  const worst = judged.filter((j) => j.was < j.min).sort((x, y) => x.was / x.min - y.was / y.min)[0] ?? judged[0];
  return { pair: worst.label, min: worst.min, before: worst.was, after: worst.now };
}

/**
 * Derives the full token set of one theme variant from the brand (and accent).
 * `options.print`: a dark variant's paper colours (its light sibling's).
 */
function buildVariant(options: CreateThemeOptions & { scheme: Scheme; print?: Record<string, string> | undefined }): ThemeVariant {
  const { name, scheme, template, pairs } = options;
  const level = options.contrast ?? 'normal';
  const limit = MAX_SHIFT[scheme];
  const brand = toHex(options.brand)!;
  const accent = options.accent === undefined ? undefined : toHex(options.accent)!;
  const chosen = Object.fromEntries(Object.entries(options.colours ?? {}).map(([k, v]) => [k, toHex(v)!]));
  const tpl = parseTheme(template);
  const lookup = (n: string): string | undefined => tpl.values.get(n);
  /** Colour tokens of the template, in order. */
  const colourTokens = tpl.tokens.filter((t) => toHex(resolveValue(t.value, lookup)) !== undefined).map((t) => t.name);
  const known = new Set(colourTokens);
  const seed: Record<string, string> = { ...seeds(scheme, level, brand, accent), ...chosen };
  const colour: Record<string, string> = {};
  for (const token of colourTokens) {
    const fromTemplate = toHex(resolveValue(`var(${token})`, lookup))!;
    colour[token] = seed[token] ?? (scheme === 'dark' ? mirror(fromTemplate) : fromTemplate);
  }
  const relevant = pairs.filter((p) => known.has(p.fg) && known.has(p.bg));
  /** The pairs in which `token` is the foreground, against the current colours. */
  const asForeground = (token: string): Constraint[] =>
    relevant
      .filter((p) => p.fg === token)
      .map((p) => ({ bg: colour[p.bg], min: required(p.min, level), label: `${shortName(token)} on ${shortName(p.bg)}` }));

  const adjustments: Adjustment[] = [];
  const problems: ThemeProblem[] = [];
  const move = (token: string, to: string, against: Constraint[]): void => {
    const from = colour[token];
    if (from !== to) adjustments.push({ scheme, token, from, to, ...reason(from, to, against) });
    colour[token] = to;
  };
  const worstOf = (hex: string, against: Constraint[]): Constraint & { r: number } =>
    against.map((a) => ({ ...a, r: contrast(hex, a.bg) })).sort((a, b) => a.r / a.min - b.r / b.min)[0];

  // 1. The brand: a UI colour (rules, bars, boundaries) on every background it
  //    meets, and the background of on-brand text. It may move at most
  //    MAX_SHIFT, or it is no longer the province's colour. Text on it is the
  //    accent, or white, or (on a light brand) the theme's dark text colour: the
  //    brand moves as little as it must for one of them to work on it unchanged.
  const textOnBrand = relevant.filter((p) => p.fg === ROLE.onBrand && p.bg === ROLE.brand).map((p) => required(p.min, level));
  const textMin = known.has(ROLE.onBrand) ? Math.max(0, ...textOnBrand) : 0;
  const onBrandCandidates = chosen[ROLE.onBrand] || accent ? [colour[ROLE.onBrand]] : ['#ffffff', light(scheme) ? colour[ROLE.text] : colour[ROLE.background]];
  if (known.has(ROLE.brand)) {
    const brandPairs = asForeground(ROLE.brand);
    let best: { hex: string; shift: number; used: Constraint[]; text?: string | undefined } | undefined;
    // The first candidate that works wins: white text stays white if the brand can carry it.
    for (const text of textMin ? onBrandCandidates : []) {
      const used = [...brandPairs, { bg: text, min: textMin, label: `${shortName(ROLE.onBrand)} ${text} on ${shortName(ROLE.brand)}` }];
      const found = nearestPassing(brand, used, limit);
      if (found) {
        best = { ...found, used, text };
        break;
      }
    }
    // Not possible: the brand stays as close as it can be, and on-brand text moves instead (step 2).
    if (!best) {
      const found = nearestPassing(brand, brandPairs, limit);
      if (found) best = { ...found, used: brandPairs };
    }
    if (best) {
      move(ROLE.brand, best.hex, best.used);
      if (best.text) move(ROLE.onBrand, best.text, asForeground(ROLE.onBrand));
    } else {
      const worst = worstOf(brand, brandPairs);
      const wanted = nearestPassing(brand, brandPairs);
      problems.push({
        kind: 'brand',
        scheme,
        colour: brand,
        ratio: worst.r,
        min: worst.min,
        against: worst.label,
        bg: worst.bg,
        limit,
        to: wanted?.hex,
        shift: wanted?.shift,
        message:
          `brand ${brand} cannot work in a ${scheme} theme: it reaches only ${formatRatio(worst.r)} for ${worst.label} ${worst.bg} (needs ${worst.min}:1)` +
          (wanted
            ? `, and getting there would move its lightness by ${wanted.shift.toFixed(2)} (to ${wanted.hex}), more than the ${limit} that keeps it recognisably your colour.`
            : ', at any lightness.') +
          ` A brand colour has to reach ${required(3, level)}:1 against both a light and a dark surface; choose one of medium lightness (OKLCH L about 0.45–0.6), or pass a light colour as the accent instead.`,
      });
    }
  }

  // 2. On-brand text, when none of the candidates worked unchanged: an accent
  //    may move at most MAX_SHIFT; white may move as far as it must.
  if (known.has(ROLE.onBrand) && !problems.length) {
    const against = asForeground(ROLE.onBrand);
    const from = colour[ROLE.onBrand];
    const found = nearestPassing(from, against, accent && !chosen[ROLE.onBrand] ? limit : 1);
    if (found) {
      move(ROLE.onBrand, found.hex, against);
    } else {
      const worst = worstOf(from, against);
      problems.push(
        accent
          ? {
              kind: 'accent',
              scheme,
              colour: accent,
              brand: colour[ROLE.brand],
              ratio: worst.r,
              min: worst.min,
              limit,
              message: `accent ${accent} cannot work in a ${scheme} theme: as text on the brand ${colour[ROLE.brand]} it reaches ${formatRatio(worst.r)} (needs ${worst.min}:1), and no lightness within ${limit} of it gets there. Choose an accent much lighter or darker than the brand, or leave it out (text on the brand is then white or dark).`,
            }
          : {
              kind: 'on-brand',
              scheme,
              brand: colour[ROLE.brand],
              min: worst.min,
              message: `no text colour reaches ${worst.min}:1 on the brand ${colour[ROLE.brand]} in a ${scheme} theme. Choose a brand that is clearly darker or lighter.`,
            },
      );
    }
  }
  if (problems.length) throw new ThemeError(problems);

  // 3. Every other foreground, backgrounds first, then links, visited links and
  //    the focus ring (seeded from the final link colour, or from the text in
  //    high contrast), then anything a component added. These are derived
  //    colours: they may move as far as they must.
  const backgrounds = new Set(relevant.map((p) => p.bg));
  const rank = (t: string): number => (backgrounds.has(t) ? 0 : t === ROLE.link ? 1 : t === ROLE.visited ? 2 : t === ROLE.focus ? 3 : 4);
  const order = colourTokens.filter((t) => t !== ROLE.brand && t !== ROLE.onBrand).sort((a, b) => rank(a) - rank(b));
  for (const token of order) {
    if (!chosen[token] && token === ROLE.visited) colour[token] = visitedFrom(colour[ROLE.link] ?? brand);
    if (!chosen[token] && token === ROLE.focus) colour[token] = level === 'high' ? colour[ROLE.text] : (colour[ROLE.link] ?? brand);
    const against = asForeground(token);
    if (!against.length) continue;
    const found = nearestPassing(colour[token], against);
    if (found) move(token, found.hex, against);
    else problems.push({ kind: 'token', scheme, token, message: `${token} cannot reach ${against.map((a) => `${a.min}:1 for ${a.label} ${a.bg}`).join(' and ')} at any lightness` });
  }
  if (problems.length) throw new ThemeError(problems);

  const file = scheme === 'dark' ? `${name}-dark` : name;
  return {
    name: file,
    scheme,
    contrast: level,
    tokens: colour,
    adjustments,
    css: render(tpl, template, { ...options, name: file, brand, accent, scheme, contrast: level }, colour, adjustments, scheme === 'dark' ? options.print : undefined),
  };
}

const light = (scheme: Scheme): boolean => scheme === 'light';

/**
 * The theme file: a header (what it is, how it was made, every adjustment), the
 * template's `:root` block with the derived colours, and the template's rules.
 * @param print a dark theme's paper colours: its light sibling's
 */
function render(
  tpl: ParsedTheme,
  template: string,
  options: CreateThemeOptions & { scheme: Scheme; contrast: ContrastLevel },
  colour: Record<string, string>,
  adjustments: Adjustment[],
  print: Record<string, string> | undefined,
): string {
  const overrides = options.overrides ?? {};
  const open = template.search(/:root\s*\{/);
  const bodyStart = template.indexOf('{', open) + 1;
  const bodyEnd = template.indexOf('}', bodyStart);
  let body = template.slice(bodyStart, bodyEnd).replace(DECLARATION, (_line, indent: string, name: string, value: string, purpose: string | undefined) => {
    if (name === 'color-scheme') return `${indent}color-scheme: ${options.scheme};`;
    const next = colour[name] ?? overrides[name] ?? value.trim();
    return `${indent}${name}: ${next};${purpose === undefined ? '' : ` /* ${purpose} */`}`;
  });
  if (!/^\s*color-scheme\s*:/m.test(body)) body = `\n  color-scheme: ${options.scheme};${body}`;
  const lines = [
    `portal-elements theme "${options.name}"${options.description ? `: ${options.description}` : ''}`,
    `scheme: ${options.scheme}`,
    `contrast: ${options.contrast}`,
    `brand: ${options.brand}${options.accent ? `, accent: ${options.accent}` : ''}`,
    '',
    options.generatedBy ?? 'Generated by createTheme() (portal-elements/theme-builder).',
    'Every colour is derived from the brand and checked against every declared',
    'foreground/background pair (WCAG 2 contrast). Adjustments made:',
    ...(adjustments.length ? adjustments.map((a) => `  ${describeAdjustment(a)}`) : ['  none']),
  ];
  const header = `/*\n${lines.map((l) => ` *${l ? ` ${l}` : ''}`).join('\n')}\n */\n`;
  return `${header}:root {${body}}${tpl.rules}${print ? renderPrint(print) : ''}`;
}

/**
 * A dark theme's paper colours: the light sibling's colour tokens, in the
 * template's order, under `@media print` (see PRINT).
 */
const renderPrint = (colours: Record<string, string>): string =>
  [
    '',
    '@media print {',
    '  /* Paper: browsers print without backgrounds, so a dark theme prints with its light sibling\'s colours. */',
    '  :root {',
    '    color-scheme: light;',
    ...Object.entries(colours).map(([name, value]) => `    ${name}: ${value};`),
    '  }',
    '}',
    '',
  ].join('\n');

/**
 * One adjustment as a line of the report, e.g.
 * `light: link #e53935 → #d82a29 for link on background (3.93 → 4.55, needs 4.5)`.
 */
export const describeAdjustment = (a: Adjustment): string =>
  `${a.scheme}: ${shortName(a.token)} ${a.from} → ${a.to} for ${a.pair} (${a.before.toFixed(2)} → ${a.after.toFixed(2)}, needs ${a.min}${a.before >= a.min ? `; aims at ${a.min + MARGIN} so every calculator agrees` : ''})`;

/**
 * Derives a theme from one or two brand colours: the light variant and the
 * dark variant (file names `<name>` and `<name>-dark`). Every colour is moved in
 * lightness only, as little as needed, until every declared pair reaches its
 * threshold; each move is reported. A brand (or accent) that would have to
 * move more than MAX_SHIFT to work is refused with a ThemeError.
 */
export function createTheme(options: CreateThemeOptions): CreatedTheme {
  const problems: ThemeProblem[] = [];
  if (!options.name || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.name)) {
    problems.push({
      kind: 'name',
      name: options.name ?? '',
      message: `name "${options.name ?? ''}" must be lower-case letters, digits and hyphens (it becomes the file name), e.g. "ha-nam"`,
    });
  }
  for (const [key, value] of [
    ['brand', options.brand],
    ['accent', options.accent],
  ] as const) {
    if (key === 'accent' && value === undefined) continue;
    if (typeof value !== 'string' || !parse(value.trim())) {
      problems.push({ kind: 'not-a-colour', field: key, value: String(value ?? ''), message: `${key} "${value ?? ''}" is not a CSS colour; write it as #rrggbb, e.g. #b71c1c` });
    } else if (!toHex(value)) {
      problems.push({ kind: 'translucent', field: key, value, message: `${key} ${value} is translucent; theme colours must be opaque` });
    }
  }
  if (options.name?.endsWith('-dark')) {
    problems.push({ kind: 'name-dark', name: options.name, message: `name "${options.name}" must not end in -dark: the dark variant gets that suffix itself` });
  }
  if (problems.length) throw new ThemeError(problems);
  const schemes = options.schemes ?? ['light', 'dark'];
  const out: CreatedTheme = { adjustments: [] };
  const refused: ThemeProblem[] = [];
  // A dark variant prints with its light sibling's colours: the light variant
  // made here, else `options.light` (a sibling made elsewhere, as default.css),
  // else the light variant this brand would make.
  let print: Record<string, string> | undefined;
  for (const scheme of (['light', 'dark'] as const).filter((s) => schemes.includes(s))) {
    try {
      if (scheme === 'dark') print = out.light?.tokens ?? options.light ?? buildVariant({ ...options, scheme: 'light' }).tokens;
      const variant = buildVariant({ ...options, scheme, print });
      out[scheme] = variant;
      out.adjustments.push(...variant.adjustments);
    } catch (error) {
      if (!(error instanceof ThemeError)) throw error;
      // A dark variant that failed only because its light sibling did says nothing new.
      refused.push(...error.details.filter((d) => !refused.some((r) => r.message === d.message)));
    }
  }
  if (refused.length) throw new ThemeError(refused);
  return out;
}

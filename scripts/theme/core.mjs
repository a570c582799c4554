// @ts-check
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

/** @typedef {import('./core.d.mts').Pair} Pair */
/** @typedef {import('./core.d.mts').ThemeToken} ThemeToken */
/** @typedef {import('./core.d.mts').ParsedTheme} ParsedTheme */
/** @typedef {import('./core.d.mts').CheckRow} CheckRow */
/** @typedef {import('./core.d.mts').Adjustment} Adjustment */
/** @typedef {import('./core.d.mts').ThemeVariant} ThemeVariant */
/** @typedef {import('./core.d.mts').CreateThemeOptions} CreateThemeOptions */
/** @typedef {import('./core.d.mts').Scheme} Scheme */

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
 * @param {string} css
 * @returns {ParsedTheme}
 */
export function parseTheme(css) {
  const open = css.search(/:root\s*\{/);
  if (open < 0) return { tokens: [], values: new Map(), scheme: 'light', contrast: 'normal', header: '', rules: css, print: undefined };
  const bodyStart = css.indexOf('{', open) + 1;
  const bodyEnd = css.indexOf('}', bodyStart);
  const body = css.slice(bodyStart, bodyEnd);
  /** @type {ThemeToken[]} */
  const tokens = [];
  let scheme = /** @type {Scheme} */ ('light');
  for (const [, , name, value, purpose] of body.matchAll(DECLARATION)) {
    if (name === 'color-scheme') scheme = /\bdark\b/.test(value) && !/\blight\b/.test(value) ? 'dark' : 'light';
    else tokens.push({ name, value: value.trim(), purpose: purpose ?? '' });
  }
  const header = css.slice(0, open);
  const contrast = /^\s*\*?\s*contrast:\s*high\b/m.test(header) ? 'high' : 'normal';
  // A dark theme ends with its paper colours (see PRINT): read apart from the theme's own rules.
  let rules = css.slice(bodyEnd + 1);
  /** @type {ParsedTheme['print']} */
  let print;
  const printBlock = PRINT.exec(rules);
  if (printBlock) {
    rules = rules.slice(0, printBlock.index);
    /** @type {Scheme} */
    let printScheme = 'light';
    /** @type {Map<string, string>} */
    const printValues = new Map();
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
 * @param {string | undefined} value
 * @param {(name: string) => string | undefined} lookup
 * @param {Set<string>} [seen]
 * @returns {string | undefined}
 */
export function resolveValue(value, lookup, seen = new Set()) {
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
 * @param {string} name
 * @param {Map<string, string>} values
 * @param {Record<string, string>} [componentDefaults]
 */
export const resolveToken = (name, values, componentDefaults = {}) =>
  resolveValue(`var(${name})`, (n) => values.get(n) ?? componentDefaults[n]);

/**
 * `@cssprop [--portal-x=default] - purpose` lines of component sources: the
 * documented component tokens with their defaults.
 * @param {string} source
 * @returns {{ name: string, default: string | undefined, description: string }[]}
 */
export function cssPropsFromSource(source) {
  const out = [];
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
 * @param {string | undefined} value
 */
export function toHex(value) {
  if (value === undefined) return undefined;
  const c = parse(value.trim());
  if (!c || (c.alpha !== undefined && c.alpha < 1)) return undefined;
  return formatHex(c);
}

/**
 * The WCAG 2 contrast ratio of two colours (1 to 21).
 * @param {string} a
 * @param {string} b
 */
export const contrast = (a, b) => wcagContrast(a, b);

/** The ratio as people read it: two decimals, cut (never rounded up to pass). */
export const formatRatio = (/** @type {number} */ r) => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

/**
 * What a pair must reach in a theme: its own minimum, raised to 7:1 (text) or
 * 4.5:1 (large text, UI) when the theme asks for high contrast.
 * @param {number} min
 * @param {'normal' | 'high'} level
 */
export const required = (min, level) => (level === 'high' ? (min >= 4.5 ? 7 : 4.5) : min);

/** `--portal-color-text-muted` → `text-muted`, `--portal-focus-ring-color` → `focus-ring`. */
export const shortName = (/** @type {string} */ token) => token.replace(/^--portal-/, '').replace(/^color-/, '').replace(/-color$/, '');

/* ------------------------------------------------------------------------ */
/* The contrast gate                                                          */
/* ------------------------------------------------------------------------ */

/**
 * Every declared pair in one theme: the colours it resolves to, the ratio, and
 * whether it reaches its threshold. A pair's `via` names the component tokens
 * that carry it (`--portal-skip-ribbon-color`…): when the theme sets one, its
 * value is checked instead of the global token.
 * @param {string} css the theme file
 * @param {Pair[]} pairs
 * @param {Record<string, string>} [componentDefaults] component token → its default (from @cssprop)
 * @returns {{ scheme: Scheme, contrast: 'normal' | 'high', rows: CheckRow[] }}
 */
export function checkTheme(css, pairs, componentDefaults = {}) {
  const theme = parseTheme(css);
  const rows = pairs.map((pair) => {
    const fgToken = pair.via?.fg && theme.values.has(pair.via.fg) ? pair.via.fg : pair.fg;
    const bgToken = pair.via?.bg && theme.values.has(pair.via.bg) ? pair.via.bg : pair.bg;
    const fg = toHex(resolveToken(fgToken, theme.values, componentDefaults));
    const bg = toHex(resolveToken(bgToken, theme.values, componentDefaults));
    const min = required(pair.min, theme.contrast);
    /** @type {CheckRow} */
    const row = { pair, fgToken, bgToken, fg, bg, min, ratio: 0, ok: false };
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
 * @param {string} themeName
 * @param {CheckRow[]} rows
 */
export const describeFailures = (themeName, rows) =>
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
 * @param {string[]} names
 */
export const themeOrder = (names) => {
  const base = (/** @type {string} */ n) => n.replace(/-dark$/, '');
  const key = (/** @type {string} */ n) => [base(n) === 'default' ? '' : base(n), n.endsWith('-dark') ? 1 : 0];
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
 * @param {string} css
 * @param {string} selector
 */
export const scopeTheme = (css, selector) => css.replace(/:root(?=[\s,{])/g, selector);

/* ------------------------------------------------------------------------ */
/* The builder                                                                */
/* ------------------------------------------------------------------------ */

/**
 * How far (OKLCH lightness, 0–1) the builder may move a colour you chose (the
 * brand, the accent) before it refuses it: further, and it is no longer your
 * colour. Dark themes conventionally show a lighter tone of the brand, so the
 * dark variant may lighten it a little further.
 */
export const MAX_SHIFT = { light: 0.25, dark: 0.35 };

/**
 * The builder aims this far above each threshold, so that every WCAG
 * calculator agrees (they differ in the sRGB knee, 0.03928 or 0.04045, and in
 * rounding); the gate itself checks the exact threshold.
 */
export const MARGIN = 0.05;

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

/** @param {number} l @param {number} c @param {number | undefined} h */
const oklchHex = (l, c, h) => formatHex(clampChroma({ mode: 'oklch', l: Math.min(1, Math.max(0, l)), c, h: h ?? 0 }, 'oklch'));

/** @param {string} hex */
const lch = (hex) => {
  const c = toOklch(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return { l: c.l, c: c.c ?? 0, h: c.h };
};

/**
 * A colour seeded in dark themes from a light-theme colour the builder has no
 * role for: light turns dark and dark turns light, hue kept.
 * @param {string} hex
 */
const mirror = (hex) => {
  const { l, c, h } = lch(hex);
  return oklchHex(0.15 + (1 - l) * 0.8, c, h);
};

/** Visited links: the link's lightness and strength, in purple. */
const visitedFrom = (/** @type {string} */ link) => {
  const { l, c } = lch(link);
  return oklchHex(l, Math.max(c, 0.08), 305);
};

/**
 * Seeds for the colour roles, before any adjustment. Links, visited links and
 * the focus ring are seeded later, from the colours they follow.
 * @param {Scheme} scheme
 * @param {'normal' | 'high'} level
 * @param {string} brand
 * @param {string | undefined} accent
 */
function seeds(scheme, level, brand, accent) {
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
 * @param {string} seed
 * @param {{ bg: string, min: number }[]} against
 * @param {number} [limit] the largest lightness change allowed
 * @returns {{ hex: string, shift: number } | undefined}
 */
export function nearestPassing(seed, against, limit = 1) {
  const { l, c, h } = lch(seed);
  const passes = (/** @type {string} */ hex) => against.every(({ bg, min }) => contrast(hex, bg) >= min + MARGIN);
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

/** An error the builder raises for a colour it cannot use; `problems` lists each reason. */
export class ThemeError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'ThemeError';
    this.problems = problems;
  }
}

/**
 * @typedef {{ bg: string, min: number, label: string }} Constraint
 *   `bg` is the colour to contrast with; `label` names the pair for the report.
 */

/**
 * The pair that decided an adjustment: the one the colour failed worst.
 * @param {string} before
 * @param {string} after
 * @param {Constraint[]} against
 */
function reason(before, after, against) {
  const judged = against.map((a) => ({ ...a, was: contrast(before, a.bg), now: contrast(after, a.bg) }));
  const worst = judged.filter((j) => j.was < j.min).sort((x, y) => x.was / x.min - y.was / y.min)[0] ?? judged[0];
  return { pair: worst.label, min: worst.min, before: worst.was, after: worst.now };
}

/**
 * Derives the full token set of one theme variant from the brand (and accent).
 * @param {CreateThemeOptions & { scheme: Scheme, print?: Record<string, string> }} options
 *   `print`: a dark variant's paper colours (its light sibling's)
 * @returns {ThemeVariant}
 */
function buildVariant(options) {
  const { name, scheme, template, pairs } = options;
  const level = options.contrast ?? 'normal';
  const limit = MAX_SHIFT[scheme];
  const brand = /** @type {string} */ (toHex(options.brand));
  const accent = options.accent === undefined ? undefined : /** @type {string} */ (toHex(options.accent));
  const chosen = Object.fromEntries(Object.entries(options.colours ?? {}).map(([k, v]) => [k, /** @type {string} */ (toHex(v))]));
  const tpl = parseTheme(template);
  const lookup = (/** @type {string} */ n) => tpl.values.get(n);
  /** Colour tokens of the template, in order. */
  const colourTokens = tpl.tokens.filter((t) => toHex(resolveValue(t.value, lookup)) !== undefined).map((t) => t.name);
  const known = new Set(colourTokens);
  /** @type {Record<string, string>} */
  const seed = { ...seeds(scheme, level, brand, accent), ...chosen };
  /** @type {Record<string, string>} */
  const colour = {};
  for (const token of colourTokens) {
    const fromTemplate = /** @type {string} */ (toHex(resolveValue(`var(${token})`, lookup)));
    colour[token] = seed[token] ?? (scheme === 'dark' ? mirror(fromTemplate) : fromTemplate);
  }
  const relevant = pairs.filter((p) => known.has(p.fg) && known.has(p.bg));
  /** The pairs in which `token` is the foreground, against the current colours. */
  const asForeground = (/** @type {string} */ token) =>
    relevant
      .filter((p) => p.fg === token)
      .map((p) => ({ bg: colour[p.bg], min: required(p.min, level), label: `${shortName(token)} on ${shortName(p.bg)}` }));

  /** @type {Adjustment[]} */
  const adjustments = [];
  /** @type {string[]} */
  const problems = [];
  const move = (/** @type {string} */ token, /** @type {string} */ to, /** @type {Constraint[]} */ against) => {
    const from = colour[token];
    if (from !== to) adjustments.push({ scheme, token, from, to, ...reason(from, to, against) });
    colour[token] = to;
  };
  const worstOf = (/** @type {string} */ hex, /** @type {Constraint[]} */ against) =>
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
    /** @type {{ hex: string, shift: number, used: Constraint[], text?: string } | undefined} */
    let best;
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
      problems.push(
        `brand ${brand} cannot work in a ${scheme} theme: it reaches only ${formatRatio(worst.r)} for ${worst.label} ${worst.bg} (needs ${worst.min}:1)` +
          (wanted
            ? `, and getting there would move its lightness by ${wanted.shift.toFixed(2)} (to ${wanted.hex}), more than the ${limit} that keeps it recognisably your colour.`
            : ', at any lightness.') +
          ` A brand colour has to reach ${required(3, level)}:1 against both a light and a dark surface; choose one of medium lightness (OKLCH L about 0.45–0.6), or pass a light colour as the accent instead.`,
      );
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
          ? `accent ${accent} cannot work in a ${scheme} theme: as text on the brand ${colour[ROLE.brand]} it reaches ${formatRatio(worst.r)} (needs ${worst.min}:1), and no lightness within ${limit} of it gets there. Choose an accent much lighter or darker than the brand, or leave it out (text on the brand is then white or dark).`
          : `no text colour reaches ${worst.min}:1 on the brand ${colour[ROLE.brand]} in a ${scheme} theme. Choose a brand that is clearly darker or lighter.`,
      );
    }
  }
  if (problems.length) throw new ThemeError(problems);

  // 3. Every other foreground, backgrounds first, then links, visited links and
  //    the focus ring (seeded from the final link colour, or from the text in
  //    high contrast), then anything a component added. These are derived
  //    colours: they may move as far as they must.
  const backgrounds = new Set(relevant.map((p) => p.bg));
  const rank = (/** @type {string} */ t) => (backgrounds.has(t) ? 0 : t === ROLE.link ? 1 : t === ROLE.visited ? 2 : t === ROLE.focus ? 3 : 4);
  const order = colourTokens.filter((t) => t !== ROLE.brand && t !== ROLE.onBrand).sort((a, b) => rank(a) - rank(b));
  for (const token of order) {
    if (!chosen[token] && token === ROLE.visited) colour[token] = visitedFrom(colour[ROLE.link] ?? brand);
    if (!chosen[token] && token === ROLE.focus) colour[token] = level === 'high' ? colour[ROLE.text] : (colour[ROLE.link] ?? brand);
    const against = asForeground(token);
    if (!against.length) continue;
    const found = nearestPassing(colour[token], against);
    if (found) move(token, found.hex, against);
    else problems.push(`${token} cannot reach ${against.map((a) => `${a.min}:1 for ${a.label} ${a.bg}`).join(' and ')} at any lightness`);
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

/** @param {Scheme} scheme */
const light = (scheme) => scheme === 'light';

/**
 * The theme file: a header (what it is, how it was made, every adjustment), the
 * template's `:root` block with the derived colours, and the template's rules.
 * @param {ParsedTheme} tpl
 * @param {string} template
 * @param {CreateThemeOptions & { scheme: Scheme, contrast: 'normal' | 'high' }} options
 * @param {Record<string, string>} colour
 * @param {Adjustment[]} adjustments
 * @param {Record<string, string>} [print] a dark theme's paper colours: its light sibling's
 */
function render(tpl, template, options, colour, adjustments, print) {
  const overrides = options.overrides ?? {};
  const open = template.search(/:root\s*\{/);
  const bodyStart = template.indexOf('{', open) + 1;
  const bodyEnd = template.indexOf('}', bodyStart);
  let body = template.slice(bodyStart, bodyEnd).replace(DECLARATION, (line, indent, name, value, purpose) => {
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
 * @param {Record<string, string>} colours
 */
const renderPrint = (colours) =>
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
 * @param {Adjustment} a
 */
export const describeAdjustment = (a) =>
  `${a.scheme}: ${shortName(a.token)} ${a.from} → ${a.to} for ${a.pair} (${a.before.toFixed(2)} → ${a.after.toFixed(2)}, needs ${a.min}${a.before >= a.min ? `; aims at ${a.min + MARGIN} so every calculator agrees` : ''})`;

/**
 * Derives a theme from one or two brand colours: the light variant and the
 * dark variant (file names `<name>` and `<name>-dark`). Every colour is moved in
 * lightness only, as little as needed, until every declared pair reaches its
 * threshold; each move is reported. A brand (or accent) that would have to
 * move more than MAX_SHIFT to work is refused with a ThemeError.
 * @param {CreateThemeOptions} options
 * @returns {{ light?: ThemeVariant, dark?: ThemeVariant, adjustments: Adjustment[] }}
 */
export function createTheme(options) {
  const problems = [];
  if (!options.name || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.name)) {
    problems.push(`name "${options.name ?? ''}" must be lower-case letters, digits and hyphens (it becomes the file name), e.g. "ha-nam"`);
  }
  for (const [key, value] of /** @type {const} */ ([
    ['brand', options.brand],
    ['accent', options.accent],
  ])) {
    if (key === 'accent' && value === undefined) continue;
    if (typeof value !== 'string' || !parse(value.trim())) problems.push(`${key} "${value ?? ''}" is not a CSS colour; write it as #rrggbb, e.g. #b71c1c`);
    else if (!toHex(value)) problems.push(`${key} ${value} is translucent; theme colours must be opaque`);
  }
  if (options.name?.endsWith('-dark')) problems.push(`name "${options.name}" must not end in -dark: the dark variant gets that suffix itself`);
  if (problems.length) throw new ThemeError(problems);
  const schemes = options.schemes ?? ['light', 'dark'];
  /** @type {{ light?: ThemeVariant, dark?: ThemeVariant, adjustments: Adjustment[] }} */
  const out = { adjustments: [] };
  const refused = [];
  // A dark variant prints with its light sibling's colours: the light variant
  // made here, else `options.light` (a sibling made elsewhere, as default.css),
  // else the light variant this brand would make.
  /** @type {Record<string, string> | undefined} */
  let print;
  for (const scheme of /** @type {Scheme[]} */ (['light', 'dark']).filter((s) => schemes.includes(s))) {
    try {
      if (scheme === 'dark') print = out.light?.tokens ?? options.light ?? buildVariant({ ...options, scheme: 'light' }).tokens;
      const variant = buildVariant({ ...options, scheme, print });
      out[scheme] = variant;
      out.adjustments.push(...variant.adjustments);
    } catch (error) {
      if (!(error instanceof ThemeError)) throw error;
      refused.push(...error.problems);
    }
  }
  if (refused.length) throw new ThemeError(refused);
  return out;
}

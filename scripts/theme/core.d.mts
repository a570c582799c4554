/** Types of ./core.mjs (plain ESM with JSDoc, so Node runs it without a build). */

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

export declare function parseTheme(css: string): ParsedTheme;
export declare function resolveValue(value: string | undefined, lookup: (name: string) => string | undefined, seen?: Set<string>): string | undefined;
export declare function resolveToken(name: string, values: Map<string, string>, componentDefaults?: Record<string, string>): string | undefined;
export declare function cssPropsFromSource(source: string): { name: string; default: string | undefined; description: string }[];
export declare function toHex(value: string | undefined): string | undefined;
export declare function contrast(a: string, b: string): number;
export declare function formatRatio(r: number): string;
export declare function required(min: number, level: ContrastLevel): number;
export declare function shortName(token: string): string;
export declare function checkTheme(
  css: string,
  pairs: Pair[],
  componentDefaults?: Record<string, string>,
): { scheme: Scheme; contrast: ContrastLevel; rows: CheckRow[] };
export declare function describeFailures(themeName: string, rows: CheckRow[]): string[];
export declare function themeOrder(names: string[]): string[];
export declare function scopeTheme(css: string, selector: string): string;
export declare const MAX_SHIFT: Record<Scheme, number>;
export declare const MARGIN: number;
export declare function nearestPassing(seed: string, against: { bg: string; min: number }[], limit?: number): { hex: string; shift: number } | undefined;
export declare class ThemeError extends Error {
  constructor(problems: string[]);
  problems: string[];
}
export declare function describeAdjustment(a: Adjustment): string;
export declare function createTheme(options: CreateThemeOptions): CreatedTheme;

/** Types of portal-elements/theme-builder (scripts/theme/index.mjs). */
import type { CreateThemeOptions, CreatedTheme, Pair } from './core.mjs';

export type { Adjustment, CheckRow, ContrastLevel, CreatedTheme, CreateThemeOptions, Pair, Scheme, ThemeVariant } from './core.mjs';
export { checkTheme, contrast, describeAdjustment, describeFailures, formatRatio, MAX_SHIFT, parseTheme, scopeTheme, ThemeError } from './core.mjs';

/** The template every theme is derived from: portal-elements' default theme. */
export declare const defaultTemplate: () => string;
/** Every foreground/background pair the components combine, with its threshold. */
export declare const declaredPairs: () => Pair[];

/** Derives a theme (light and dark variants) from a brand colour and an optional accent. Throws a ThemeError for a colour that cannot work. */
export declare function createTheme(
  options: Omit<CreateThemeOptions, 'template' | 'pairs'> & Partial<Pick<CreateThemeOptions, 'template' | 'pairs'>>,
): CreatedTheme;

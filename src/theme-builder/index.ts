/**
 * portal-elements/theme-builder: derive a theme from one or two brand colours,
 * and check any theme against the declared colour pairs. Runs in Node and in
 * the browser (no file system here; the CLI, ./node/cli.ts, writes the files).
 *
 *   import { createTheme } from 'portal-elements/theme-builder';
 *   const { light, dark, adjustments } = createTheme({ brand: '#b71c1c', accent: '#f9c80e', name: 'ha-tinh' });
 *   // light.css → themes/ha-tinh.css, dark.css → themes/ha-tinh-dark.css
 *
 * The same as `npm run theme -- --brand '#b71c1c' --name ha-tinh` in this repository.
 */
import * as core from './core.js';
import * as defaults from './defaults.js';

export type { Adjustment, CheckRow, ContrastLevel, CreatedTheme, CreateThemeOptions, Pair, Scheme, ThemeProblem, ThemeVariant } from './core.js';
export { checkTheme, contrast, describeAdjustment, describeFailures, formatRatio, MAX_SHIFT, parseTheme, scopeTheme, ThemeError } from './core.js';

/** The template every theme is derived from: portal-elements' default theme. */
export const defaultTemplate: () => string = defaults.template;
/** Every foreground/background pair the components combine, with its threshold. */
export const declaredPairs: () => core.Pair[] = defaults.pairs;

/** What createTheme() needs: the template and the pairs default to portal-elements' own. */
export type ThemeOptions = Omit<core.CreateThemeOptions, 'template' | 'pairs'> & Partial<Pick<core.CreateThemeOptions, 'template' | 'pairs'>>;

/**
 * Derives a theme (light and dark variants) from a brand colour and an
 * optional accent. Throws a ThemeError, whose `problems` say why, for a colour
 * that cannot work.
 */
export const createTheme = (options: ThemeOptions): core.CreatedTheme => core.createTheme({ template: defaults.template(), pairs: defaults.pairs(), ...options });

// @ts-check
/**
 * portal-elements/theme-builder: derive a theme from one or two brand colours,
 * and check any theme against the declared colour pairs. Runs in Node.
 *
 *   import { createTheme } from 'portal-elements/theme-builder';
 *   const { light, dark, adjustments } = createTheme({ brand: '#b71c1c', accent: '#f9c80e', name: 'ha-tinh' });
 *   // light.css → themes/ha-tinh.css, dark.css → themes/ha-tinh-dark.css
 *
 * The same as `npm run theme -- --brand '#b71c1c' --name ha-tinh` in this repository.
 */
import * as core from './core.mjs';
import * as defaults from './defaults.mjs';

export { checkTheme, contrast, describeAdjustment, describeFailures, formatRatio, MAX_SHIFT, parseTheme, scopeTheme, ThemeError } from './core.mjs';

/** The template every theme is derived from: portal-elements' default theme. */
export const defaultTemplate = defaults.template;
/** Every foreground/background pair the components combine, with its threshold. */
export const declaredPairs = defaults.pairs;

/**
 * Derives a theme (light and dark variants) from a brand colour and an
 * optional accent. Throws a ThemeError, whose `problems` say why, for a colour
 * that cannot work.
 * @param {Omit<import('./core.d.mts').CreateThemeOptions, 'template' | 'pairs'> & Partial<Pick<import('./core.d.mts').CreateThemeOptions, 'template' | 'pairs'>>} options
 */
export const createTheme = (options) => core.createTheme({ template: defaults.template(), pairs: defaults.pairs(), ...options });

/**
 * The builder's defaults: the template every theme is derived from
 * (src/themes/default.css) and the declared pairs (src/themes/pairs.json),
 * imported as text so the same module works in Node, in the browser and in the
 * published bundle (where the build inlines both).
 */
import type { Pair } from './core.js';
import templateCss from '../themes/default.css?raw';
import pairsJson from '../themes/pairs.json?raw';

/** portal-elements' default theme, the template of every other. */
export const template = (): string => templateCss;

/** Every declared pair, a fresh copy each call. */
export const pairs = (): Pair[] => (JSON.parse(pairsJson) as { pairs: Pair[] }).pairs;

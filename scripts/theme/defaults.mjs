// @ts-check
/**
 * The builder's defaults, read from the repository: the template every theme
 * is derived from (src/themes/default.css) and the declared pairs
 * (src/themes/pairs.json). The published bundle dist/theme-builder.js carries
 * both inline instead (scripts/build.mjs replaces this module).
 */
import { readFileSync } from 'node:fs';

const src = new URL('../../src/themes/', import.meta.url);

/** @returns {string} */
export const template = () => readFileSync(new URL('default.css', src), 'utf8');

/** @returns {import('./core.d.mts').Pair[]} */
export const pairs = () => JSON.parse(readFileSync(new URL('pairs.json', src), 'utf8')).pairs;

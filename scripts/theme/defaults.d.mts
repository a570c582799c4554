import type { Pair } from './core.mjs';
export declare const template: () => string;
export declare const pairs: () => Pair[];

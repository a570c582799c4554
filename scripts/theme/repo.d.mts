import type { Pair } from './core.mjs';
export declare const root: string;
export declare const themeNames: () => string[];
export declare const themeCss: (name: string) => string;
export declare const pairs: () => Pair[];
export declare const componentSources: () => { path: string; source: string }[];
export declare const componentTokens: () => Map<string, { default: string | undefined; description: string; path: string }>;
export declare const componentDefaults: () => Record<string, string>;

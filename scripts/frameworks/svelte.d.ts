/**
 * `portal-elements/svelte`: the tags of portal-elements in Svelte's markup, with their attributes typed
 * (tsconfig.json: "types": ["portal-elements/svelte"]). The props come from svelte-elements.d.ts, which
 * custom-element-svelte-integration writes from the manifest; this file only puts them into the global
 * `svelteHTML.IntrinsicElements` that Svelte's language tools read (the generated file declares its
 * namespace inside a module, where nothing sees it). Copied into dist/frameworks/ by scripts/build.mjs.
 */
import type { CustomElements } from './svelte-elements.js';

declare global {
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements };

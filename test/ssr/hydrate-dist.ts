// Loaded into a frame by test/ssr/hydrate.test.ts: Lit's hydrate support first (it must be there before LitElement
// loads), then every component from the built package, as the README's "Server rendering" tells a portal to.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/all.js';

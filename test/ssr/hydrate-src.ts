// Loaded into a frame by test/article-card.upgrade.test.ts: Lit's hydrate support first (it must be there before
// LitElement loads), then the card and the figure from src/.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/components/article-card/define.js';
import '../../src/components/figure/define.js';

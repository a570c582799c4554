/** Registers every tag: the entry of the drop-in bundle `dist/portal-elements.js`. */
export * from './index.js';
import './components/skip-ribbon/define.js';
import './components/article/define.js';

/** Registers every tag: the entry of the drop-in bundle `dist/portal-elements.js`. */
export * from './index.js';
import './components/skip-ribbon/define.js';
import './components/article-card/define.js';
import './components/article-list/define.js';
import './components/figure/define.js';
import './components/attendance-list/define.js';
import './components/article/define.js';

/** The demo page's script (index.html): every tag, then the theme and language switchers. */
import '../src/all.js';
import { mountSwitchers } from './switchers.js';

mountSwitchers();

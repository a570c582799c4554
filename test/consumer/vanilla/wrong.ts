// tsc must fail on every line marked ✗ with that error code, and on no other line.
import 'portal-elements/article-card.js';
import 'portal-elements/figure.js';

const card = document.createElement('portal-article-card');
card.variant = 'diagonal'; // ✗ TS2322 not one of the variants
card.dateFormat = 'short'; // ✗ TS2322 not a date pattern
document.createElement('portal-figure').zoomable = 'yes'; // ✗ TS2322 a boolean

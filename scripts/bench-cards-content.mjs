/**
 * What `npm run bench:cards` and `npm run bench:ssr` render: 1,000 news cards with the sample content of the stories
 * (stories/sample-content.ts: the real item and its neighbours, cycled, each with a path of its own), written for
 * each candidate. Every candidate gets the same text, links, date and photo; only the wrapper and where the photo
 * goes differ. Load with `node --import ./scripts/register-ts.mjs` (the content is TypeScript).
 */
import { esc, newsVi, photosVi } from '../stories/sample-content.ts';

/** Cards per run: the scenario of issue 15. */
export const CARDS = 1000;

/** `text` with its words rotated by `k`: the same words and length, a different string. */
const rotate = (text, k) => {
  const words = text.split(' ');
  k %= words.length;
  return [...words.slice(k), ...words.slice(0, k)].join(' ');
};

/**
 * The i-th news item: the four sample items in turn, each with its own path, and its title and excerpt with their
 * words rotated, so that no two cards have the same text (as on a real portal, where gzip cannot make one card a
 * copy of the one before; with four texts repeated, 1,000 cards would compress as if they were four).
 */
export const item = (i) => {
  const n = newsVi[i % newsVi.length];
  const k = Math.floor(i / newsVi.length);
  return { ...n, href: `${n.href}-${i}`, title: rotate(n.title, k), excerpt: rotate(n.excerpt, k * 3), photo: `/assets/${photosVi[i % 2].file}.svg` };
};
export const items = (count = CARDS) => Array.from({ length: count }, (_, i) => item(i));

/** 2018-03-13 → 13/03/2018: the text an author writes, and what the card writes by default (`numeric`). */
export const dateText = (iso) => iso.split('-').reverse().join('/');

const title = (n) => `<h3><a href="${n.href}">${esc(n.title)}</a></h3>`;
const meta = (n, date = dateText(n.date)) => `<a href="${n.categoryHref}">${esc(n.category)}</a> <time datetime="${n.date}">${date}</time>`;
const excerpt = (n) => `<p>${esc(n.excerpt)}</p>`;
const img = (n, slot = '') => `<img${slot ? ` slot="${slot}"` : ''} src="${n.photo}" alt="" width="900" height="600" loading="lazy">`;

/** Each candidate's markup for one card. */
export const markup = {
  /** The floor: plain light DOM, laid out by the page's own CSS (PAGE_CSS). */
  floor: (n) => `<article class="card">${title(n)}${meta(n)}${excerpt(n)}${img(n)}</article>`,
  /** As the README writes it: title link in an h3, category link, a dated <time>, excerpt, the photo last. */
  portal: (n) => `<portal-article-card>${title(n)}${meta(n)}${excerpt(n)}${img(n)}</portal-article-card>`,
  /** The same with an empty <time datetime>: the card writes the date (its date module loads on first use). */
  'portal-empty-time': (n) => `<portal-article-card>${title(n)}${meta(n, '')}${excerpt(n)}${img(n)}</portal-article-card>`,
  /** A bare LitElement with a media slot and a default slot (scripts/bench-bare-card.mjs). */
  'bare-lit': (n) => `<bare-card>${img(n, 'media')}${title(n)}${meta(n)}${excerpt(n)}</bare-card>`,
  /** Shoelace's card: the photo in its `image` slot, the rest in the body. */
  shoelace: (n) => `<sl-card>${img(n, 'image')}${title(n)}${meta(n)}${excerpt(n)}</sl-card>`,
  /** Web Awesome's card: the photo in its `media` slot, the rest in the body. */
  webawesome: (n) => `<wa-card>${img(n, 'media')}${title(n)}${meta(n)}${excerpt(n)}</wa-card>`,
};

/**
 * The page CSS every candidate gets: a 3-column grid of cards, system fonts, and for the floor's plain <article>
 * the rules the portal card's shadow CSS applies (a wrapping flex box, the photo first at 3/2, the muted line).
 */
export const PAGE_CSS = `
  body { margin: 0; font: 1rem/1.6 system-ui, sans-serif; color: #1d2330; }
  main { max-inline-size: 72rem; margin: 0 auto; padding: 1rem; }
  #grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1.5rem; }
  img { max-inline-size: 100%; block-size: auto; }
  article.card { display: flex; flex-wrap: wrap; align-content: start; align-items: baseline; gap: 0.5rem; column-gap: 0.75rem; overflow-wrap: break-word; }
  article.card > * { margin: 0; }
  article.card > :not(a, span, time) { inline-size: 100%; }
  article.card > h3 { font-size: 1.25rem; line-height: 1.5; }
  article.card > :is(a, span, time) { font-size: 0.875rem; color: #4a5060; }
  article.card > img { order: -1; block-size: auto; aspect-ratio: 3/2; object-fit: cover; }
`;

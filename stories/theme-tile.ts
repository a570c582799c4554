/**
 * One component sample in a tile, for the pages that show the same samples in
 * several themes side by side (Themes/Gallery, Themes/Studio).
 */
import { render } from 'lit';
import type { ComponentSample } from '../test/fixtures/index.js';

/**
 * One sample, ready to sit next to the same sample in other themes: its ids
 * (and the links and labels that point at them) get a per-theme suffix, and a
 * `<main>` becomes a `<div>`, since a page has one main landmark.
 */
export const tile = (sample: ComponentSample, lang: 'vi' | 'en', theme: string): HTMLElement => {
  const box = document.createElement('div');
  box.className = 'gallery__tile';
  render(sample.render(lang), box);
  const ids = new Set([...box.querySelectorAll('[id]')].map((el) => el.id));
  const rename = (id: string) => (ids.has(id) ? `${id}--${theme}` : id);
  for (const el of box.querySelectorAll('[id]')) el.id = rename(el.id);
  for (const a of box.querySelectorAll('a[href^="#"]')) a.setAttribute('href', `#${rename(a.getAttribute('href')!.slice(1))}`);
  for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers', 'list', 'form']) {
    for (const el of box.querySelectorAll(`[${attr}]`)) el.setAttribute(attr, el.getAttribute(attr)!.split(/\s+/).map(rename).join(' '));
  }
  for (const main of box.querySelectorAll('main')) {
    const div = document.createElement('div');
    for (const { name, value } of main.attributes) div.setAttribute(name, value);
    div.append(...main.childNodes);
    main.replaceWith(div);
  }
  return box;
};

/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkTheme, formatRatio, parseTheme, scopeTheme, shortName, themeOrder, type Pair } from '../src/theme-builder/core.js';
import pairsFile from '../src/themes/pairs.json';
import { samples } from '../test/fixtures/index.js';
import { tile } from './theme-tile.js';

/** Every theme file in src/themes (the same files the build copies to dist/themes), by name. */
const themeFiles: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../src/themes/*.css', { query: '?raw', import: 'default', eager: true })).map(([path, css]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.css'.length),
    css,
  ]),
);
const themes = themeOrder(Object.keys(themeFiles));
const pairs = pairsFile.pairs as Pair[];

type Lang = 'vi' | 'en';
const text = {
  vi: {
    intro:
      'Mỗi hàng là một giao diện (theme) trong dist/themes, với mọi thành phần và bảng độ tương phản của từng cặp màu mà trang và các thành phần dùng. Thanh bỏ qua chỉ hiện khi một liên kết trong nó nhận tiêu điểm: nhấn Tab để xem nó trong ô của mình.',
    scheme: { light: 'sáng', dark: 'tối' },
    contrast: 'Độ tương phản',
    pair: 'Cặp màu',
    colours: 'Màu',
    ratio: 'Tỉ lệ',
    needs: 'Cần',
    result: 'Kết quả',
    pass: 'đạt',
    fail: 'không đạt',
    high: 'tương phản cao',
  },
  en: {
    intro:
      'Each row is one theme of dist/themes, with every component and the contrast table of every colour pair the page and the components use. The skip ribbon only shows while a link in it has focus: press Tab to see it in its tile.',
    scheme: { light: 'light', dark: 'dark' },
    contrast: 'Contrast',
    pair: 'Pair',
    colours: 'Colours',
    ratio: 'Ratio',
    needs: 'Needs',
    result: 'Result',
    pass: 'passes',
    fail: 'fails',
    high: 'high contrast',
  },
} as const;

const swatch = (hex: string | undefined) => html`<span class="gallery__swatch" style=${`background: ${hex ?? 'transparent'}`}></span>`;

/** The contrast table of one theme: every declared pair, its colours, ratio and threshold. */
const contrastTable = (theme: string, lang: Lang): TemplateResult => {
  const t = text[lang];
  const { rows } = checkTheme(themeFiles[theme]!, pairs);
  return html`
    <div class="gallery__scroll">
    <table class="gallery__table">
      <caption>
        ${t.contrast}: ${theme}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.pair}</th>
          <th scope="col">${t.colours}</th>
          <th scope="col">${t.ratio}</th>
          <th scope="col">${t.needs}</th>
          <th scope="col">${t.result}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row">${shortName(r.fgToken)} / ${shortName(r.bgToken)}<br /><small>${r.pair.where}</small></th>
            <td>${swatch(r.fg)} ${r.fg}<br />${swatch(r.bg)} ${r.bg}</td>
            <td>${formatRatio(r.ratio)}</td>
            <td>${r.min}:1</td>
            <td>${r.ok ? `✓ ${t.pass}` : `✗ ${t.fail}`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    </div>
  `;
};

const column = (theme: string, lang: Lang): TemplateResult => {
  const t = text[lang];
  const parsed = parseTheme(themeFiles[theme]!);
  return html`
    <section class="gallery__theme" data-gallery-theme=${theme} aria-labelledby=${`gallery-${theme}`}>
      <h2 id=${`gallery-${theme}`}>${theme}</h2>
      <p class="gallery__meta">${t.scheme[parsed.scheme]}${parsed.contrast === 'high' ? `, ${t.high}` : ''} · dist/themes/${theme}.css</p>
      ${samples.map(
        (sample) => html`<div class="gallery__sample">
          <h3>&lt;${sample.tag}&gt;</h3>
          ${tile(sample, lang, theme)}
        </div>`,
      )}
      ${contrastTable(theme, lang)}
    </section>
  `;
};

/** Each theme's tokens on its own column, plus the gallery's own layout (on the tokens, so it follows each theme). */
const styles = () => `
${themes.map((name) => scopeTheme(themeFiles[name]!, `[data-gallery-theme="${name}"]`)).join('\n')}
.gallery { display: grid; gap: 1rem; padding: 1rem; background: var(--portal-color-background); color: var(--portal-color-text); font-family: var(--portal-font-family); line-height: var(--portal-line-height-body); }
.gallery__intro { margin: 0; max-inline-size: 60rem; }
.gallery__themes { display: grid; gap: 1.5rem; min-inline-size: 0; }
.gallery__theme {
  display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); align-items: start; gap: var(--portal-space-3);
  padding: var(--portal-space-4); min-inline-size: 0;
  background: var(--portal-color-background); color: var(--portal-color-text);
  font-family: var(--portal-font-family); font-size: var(--portal-font-size-base); line-height: var(--portal-line-height-body);
  border: 4px solid var(--portal-color-brand); border-radius: var(--portal-radius);
}
.gallery__theme > :is(h2, .gallery__meta, .gallery__scroll) { grid-column: 1 / -1; }
.gallery__sample { display: grid; gap: var(--portal-space-2); min-inline-size: 0; }
.gallery__sample > .gallery__tile { min-inline-size: 0; overflow-x: auto; }
.gallery__theme h2 { margin: 0; padding: var(--portal-space-2) var(--portal-space-3); background: var(--portal-color-brand); color: var(--portal-color-on-brand); font-size: var(--portal-font-size-lg); line-height: var(--portal-line-height-heading); }
.gallery__theme h3 { margin: var(--portal-space-2) 0 0; font-size: var(--portal-font-size-base); line-height: var(--portal-line-height-heading); }
.gallery__meta { margin: 0; color: var(--portal-color-text-muted); font-size: var(--portal-font-size-sm); }
.gallery__theme a { color: var(--portal-color-link); }
.gallery__theme :focus-visible { outline: var(--portal-focus-ring-width) solid var(--portal-focus-ring-color); outline-offset: var(--portal-focus-ring-offset); }
/* A containing block: a position: fixed component (the skip ribbon) shows inside its tile. */
.gallery__tile { position: relative; transform: translateZ(0); min-block-size: 5rem; padding: var(--portal-space-3); background: var(--portal-color-surface); border-radius: var(--portal-radius); }
.gallery__table { border-collapse: collapse; font-size: var(--portal-font-size-sm); }
.gallery__table caption { text-align: start; font-weight: 700; padding-block: var(--portal-space-2); }
.gallery__table :is(th, td) { padding: var(--portal-space-1) var(--portal-space-2); border-block-end: 1px solid var(--portal-color-text-muted); text-align: start; vertical-align: top; }
.gallery__table small { color: var(--portal-color-text-muted); font-weight: 400; }
.gallery__table td { white-space: nowrap; }
.gallery__scroll { overflow-x: auto; min-inline-size: 0; max-inline-size: 100%; }
.gallery__swatch { display: inline-block; inline-size: 1em; block-size: 1em; vertical-align: -0.15em; border: 1px solid var(--portal-color-text); }
.gallery__table :is(td, th) { background: var(--portal-color-background); color: var(--portal-color-text); }
`;

const meta: Meta = {
  title: 'Themes/Gallery',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * Every component in every theme, side by side, with each theme's contrast
 * table: the pairs of src/themes/pairs.json, which the contrast gate checks
 * in `npm test`.
 */
export const Gallery: StoryObj = {
  render: (_args, { globals }) => {
    const lang: Lang = globals.locale === 'en' ? 'en' : 'vi';
    const style = Object.assign(document.createElement('style'), { textContent: styles() });
    return html`
      ${style}
      <div class="gallery">
        <p class="gallery__intro">${text[lang].intro}</p>
        <div class="gallery__themes">${themes.map((theme) => column(theme, lang))}</div>
      </div>
    `;
  },
};

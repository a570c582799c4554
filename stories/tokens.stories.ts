/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { parseTheme, resolveToken, themeOrder, toHex } from '../src/theme-builder/core.js';

/**
 * The documented token set, generated from the sources as README's table is:
 * the global tokens with their purpose comments from src/themes/default.css,
 * each one's value in every shipped theme, and the components' own tokens
 * from the Custom Elements Manifest (their @cssprop JSDoc).
 */
const themeFiles: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../src/themes/*.css', { query: '?raw', import: 'default', eager: true })).map(([path, css]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.css'.length),
    css,
  ]),
);
const themes = themeOrder(Object.keys(themeFiles));
const parsed = Object.fromEntries(themes.map((name) => [name, parseTheme(themeFiles[name]!)]));
const globals = parsed['default']?.tokens ?? [];

interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
}
// A glob, not an import: without `npm run analyze` the page shows the global tokens only.
const manifest = Object.values(import.meta.glob<Manifest>('../dist/custom-elements.json', { import: 'default', eager: true }))[0];
const componentTokens = (manifest?.modules ?? [])
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.cssProperties ?? []).map((p) => ({ ...p, tag: d.tagName ?? '' })));

type Lang = 'vi' | 'en';
const text = {
  vi: {
    global: 'Token chung (src/themes/default.css)',
    component: 'Token của từng thành phần (đặt trên thẻ, mặc định theo token chung)',
    values: 'Giá trị màu trong từng giao diện',
    token: 'Token',
    purpose: 'Công dụng',
    fallback: 'Mặc định',
    tag: 'Thành phần',
    missing: 'Chưa có custom-elements.json: chạy npm run analyze.',
  },
  en: {
    global: 'Global tokens (src/themes/default.css)',
    component: "Components' own tokens (set on the tag; they fall back to the global tokens)",
    values: 'Colour values in every theme',
    token: 'Token',
    purpose: 'Purpose',
    fallback: 'Default',
    tag: 'Component',
    missing: 'No custom-elements.json yet: run npm run analyze.',
  },
} as const;

const swatch = (hex: string | undefined) =>
  hex ? html`<span style=${`display: inline-block; inline-size: 1em; block-size: 1em; vertical-align: -0.15em; border: 1px solid currentColor; background: ${hex}`}></span>` : '';

const table = (caption: string, head: string[], rows: TemplateResult[]) => html`
  <table class="tokens__table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
`;

const page = (lang: Lang) => {
  const t = text[lang];
  const colourTokens = globals.filter((g) => toHex(resolveToken(g.name, parsed['default']!.values)));
  return html`
    <style>
      .tokens {
        display: grid;
        gap: 2rem;
        padding: 1rem;
        background: var(--portal-color-background, #f4f5f7);
        color: var(--portal-color-text, #1b1d21);
        font-family: var(--portal-font-family, sans-serif);
        line-height: var(--portal-line-height-body, 1.6);
      }
      .tokens__scroll {
        overflow-x: auto;
      }
      .tokens__table {
        border-collapse: collapse;
        font-size: var(--portal-font-size-sm, 0.875rem);
        background: var(--portal-color-surface, #ffffff);
      }
      .tokens__table caption {
        text-align: start;
        font-weight: 700;
        font-size: var(--portal-font-size-base, 1rem);
        padding-block: 0.5rem;
      }
      .tokens__table :is(th, td) {
        padding: 0.25rem 0.5rem;
        border-block-end: 1px solid var(--portal-color-text-muted, #4a5060);
        text-align: start;
        vertical-align: top;
      }
      .tokens__table code {
        font-family: ui-monospace, 'Noto Sans Mono', monospace;
        white-space: nowrap;
      }
    </style>
    <div class="tokens">
      <div class="tokens__scroll">
        ${table(
          t.global,
          [t.token, t.purpose, t.fallback],
          globals.map(
            (g) => html`<tr>
              <th scope="row"><code>${g.name}</code></th>
              <td>${g.purpose}</td>
              <td>${swatch(toHex(g.value))} <code>${g.value}</code></td>
            </tr>`,
          ),
        )}
      </div>
      <div class="tokens__scroll">
        ${table(
          t.values,
          [t.token, ...themes],
          colourTokens.map(
            (g) => html`<tr>
              <th scope="row"><code>${g.name}</code></th>
              ${themes.map((name) => {
                const hex = toHex(resolveToken(g.name, parsed[name]!.values));
                return html`<td>${swatch(hex)} <code>${hex ?? '—'}</code></td>`;
              })}
            </tr>`,
          ),
        )}
      </div>
      <div class="tokens__scroll">
        ${componentTokens.length
          ? table(
              t.component,
              [t.token, t.tag, t.purpose, t.fallback],
              componentTokens.map(
                (p) => html`<tr>
                  <th scope="row"><code>${p.name}</code></th>
                  <td><code>&lt;${p.tag}&gt;</code></td>
                  <td>${p.description ?? ''}</td>
                  <td><code>${p.default ?? ''}</code></td>
                </tr>`,
              ),
            )
          : html`<p>${t.missing}</p>`}
      </div>
    </div>
  `;
};

const meta: Meta = {
  title: 'Themes/Tokens',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** Every documented token: name, purpose, default; each colour in every theme; each component's own tokens. */
export const Tokens: StoryObj = {
  render: (_args, { globals: g }) => page(g.locale === 'en' ? 'en' : 'vi'),
};

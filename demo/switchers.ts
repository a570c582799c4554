/**
 * The demo page's theme and language switchers (index.html only; not part of the library).
 *
 * - Theme: a `<select>` with a visible label, one option per shipped theme file
 *   (light and dark). Picking one replaces the single theme `<link id="portal-theme">`
 *   and drops the dark variant that followed the system setting. A visual change
 *   only: focus and content stay where they are.
 * - Language: two toggle buttons (`aria-pressed`) in a labelled group. Activating
 *   one sets `<html lang>` and the title and swaps the page's content to that
 *   language, rendered from demo/content.ts (the same source as the Vietnamese
 *   HTML written into index.html). The switchers themselves are not re-rendered,
 *   so focus stays on the button.
 *
 * Without JavaScript there is nothing to switch: the placeholder stays empty and
 * the page is the Vietnamese one, complete.
 */
import { renderFooter, renderMain, renderNav, renderRibbon, renderSiteName, pageText, type PageOptions, type SampleLang } from './content.js';

/** Every theme in src/themes/ (and dist/themes/), in the order the select lists them. test/page.test.ts checks it against the files. */
export const THEMES = ['default', 'default-dark', 'blue', 'blue-dark', 'green', 'green-dark', 'red-gold', 'red-gold-dark', 'high-contrast', 'high-contrast-dark'] as const;
export type ThemeName = (typeof THEMES)[number];

const THEME_LABELS: Record<SampleLang, Record<string, string>> = {
  vi: { default: 'Mặc định', blue: 'Xanh dương', green: 'Xanh lá', 'red-gold': 'Đỏ vàng', 'high-contrast': 'Tương phản cao', dark: 'tối' },
  en: { default: 'Default', blue: 'Blue', green: 'Green', 'red-gold': 'Red and gold', 'high-contrast': 'High contrast', dark: 'dark' },
};

const WORDS = {
  vi: { theme: 'Giao diện', language: 'Ngôn ngữ' },
  en: { theme: 'Theme', language: 'Language' },
} as const;

const LANGS: readonly { lang: SampleLang; label: string }[] = [
  { lang: 'vi', label: 'Tiếng Việt' },
  { lang: 'en', label: 'English' },
];

export const themeLabel = (name: string, lang: SampleLang): string => {
  const dark = name.endsWith('-dark');
  const base = THEME_LABELS[lang][dark ? name.slice(0, -'-dark'.length) : name] ?? name;
  return dark ? `${base} (${THEME_LABELS[lang].dark})` : base;
};

const pageLang = (): SampleLang => (document.documentElement.lang === 'en' ? 'en' : 'vi');

/** Where the photos are, read from the page (the path index.html was written with). */
const options = (): PageOptions => {
  const src = document.querySelector('portal-figure img')?.getAttribute('src') ?? '/stories/assets/hoi-nghi-1.svg';
  return { assetBase: src.slice(0, src.lastIndexOf('/') + 1) };
};

const fromHtml = (html: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

/** Switches the theme; resolves when the stylesheet has loaded. */
export const setTheme = (name: string): Promise<void> => {
  if (!(THEMES as readonly string[]).includes(name)) return Promise.reject(new Error(`unknown theme "${name}"`));
  document.getElementById('portal-theme-dark')?.remove();
  const link = document.getElementById('portal-theme') as HTMLLinkElement | null;
  const select = document.querySelector<HTMLSelectElement>('#demo-theme');
  if (select) select.value = name;
  if (!link) return Promise.reject(new Error('no <link id="portal-theme"> on the page'));
  const href = link.getAttribute('href')!.replace(/[^/]+\.css$/, `${name}.css`);
  if (link.getAttribute('href') === href) return Promise.resolve();
  const next = Object.assign(document.createElement('link'), { id: 'portal-theme', rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve, reject) => {
    next.onload = () => resolve();
    next.onerror = () => reject(new Error(`theme ${name} did not load from ${href}`));
  });
  link.replaceWith(next);
  return loaded;
};

/** Writes the switchers' words in the page language. */
const labelSwitchers = (root: HTMLElement, lang: SampleLang): void => {
  root.querySelector('#demo-theme-label')!.textContent = WORDS[lang].theme;
  root.querySelector('#demo-lang-label')!.textContent = WORDS[lang].language;
  for (const option of root.querySelectorAll('option')) option.textContent = themeLabel(option.value, lang);
  for (const button of root.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.lang === lang));
};

/** Switches the page's language and content; the switchers keep focus. */
export const setLanguage = (lang: SampleLang): void => {
  const root = document.getElementById('demo-switchers');
  const o = options();
  document.documentElement.lang = lang;
  document.title = pageText(lang).documentTitle;
  const swap = (selector: string, html: string): void => document.querySelector(selector)?.replaceWith(fromHtml(html));
  swap('body > portal-skip-ribbon', renderRibbon(lang));
  swap('.portal-demo__site', renderSiteName(lang));
  swap('.portal-demo__nav', renderNav(lang));
  swap('.portal-demo__main', renderMain(lang, o));
  swap('.portal-demo__footer', renderFooter(lang));
  if (root) labelSwitchers(root, lang);
};

/** Fills the placeholder `#demo-switchers` (if the page has one) with the two switchers. */
export const mountSwitchers = (): HTMLElement | null => {
  const root = document.getElementById('demo-switchers');
  if (!root || root.childElementCount) return root;
  const lang = pageLang();
  const current = document.getElementById('portal-theme')?.getAttribute('href')?.match(/([^/]+)\.css$/)?.[1] ?? 'default';
  root.innerHTML = `<div class="portal-demo__field"><label id="demo-theme-label" for="demo-theme"></label>
    <select id="demo-theme">${THEMES.map((t) => `<option value="${t}">${t}</option>`).join('')}</select></div>
  <div role="group" aria-labelledby="demo-lang-label"><span id="demo-lang-label"></span>
    ${LANGS.map((l) => `<button type="button" lang="${l.lang}" aria-pressed="false">${l.label}</button>`).join('\n    ')}</div>`;
  const select = root.querySelector('select')!;
  select.value = current;
  select.addEventListener('change', () => void setTheme(select.value));
  for (const button of root.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      if (button.lang !== pageLang()) setLanguage(button.lang as SampleLang);
    });
  }
  labelSwitchers(root, lang);
  return root;
};

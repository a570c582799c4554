/**
 * Language for every component: the nearest `lang`, found by walking up from
 * the host through shadow roots (`closest()` alone stops at a shadow root,
 * whatwg/html#7039), then built-in strings for `vi` and `en` that a portal can
 * override or extend with `setStrings()`.
 */

/**
 * Every string a component generates, by key. Each component adds its keys by
 * declaration merging (`declare module '…/i18n.js' { interface PortalStrings { … } }`)
 * and ships its `vi` and `en` defaults as `static strings` on its class.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PortalStrings {}

export type Lang = string;

/** Strings by language, then by key. */
export type StringTable = Record<Lang, Partial<Record<keyof PortalStrings, string>>>;

/** The language used when the page names none, or one we have no strings for. */
export const DEFAULT_LANG = 'vi';

/** The languages every component ships strings for. */
const BUILT_IN = ['vi', 'en'];

/** What the portal set with `setStrings()`; it wins over the components' defaults. */
const overrides: StringTable = {};

/** Something that shows text in the page language and must refresh when it changes. */
export interface LangAware {
  refreshLang(): void;
}

const watchers = new Set<LangAware>();
let observer: MutationObserver | undefined;

const refreshAll = (): void => watchers.forEach((w) => w.refreshLang());

/** The primary subtag: `vi-VN` → `vi`. */
const primary = (tag: string | null | undefined): string => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]!;

/** `vi-VN` → `vi`; a language we have no strings for → `vi`. */
export const normalizeLang = (tag: string | null | undefined): Lang => {
  const base = primary(tag);
  return BUILT_IN.includes(base) || base in overrides ? base : DEFAULT_LANG;
};

/** The language that applies to `el`: its own `lang` or an ancestor's, across shadow roots. */
export const resolveLang = (el: Element): Lang => {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest('[lang]');
    if (hit) return normalizeLang(hit.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return DEFAULT_LANG;
};

/**
 * A string in `lang`: the portal's override, else the component's default, else
 * the Vietnamese override or default (for a language the portal added without
 * this key), else the key itself.
 */
export const term = (lang: Lang, key: keyof PortalStrings, defaults: StringTable): string => {
  const s = overrides[lang]?.[key] ?? defaults[lang]?.[key] ?? overrides[DEFAULT_LANG]?.[key] ?? defaults[DEFAULT_LANG]?.[key];
  // A string only: a key every object has (`toString`, `constructor`, `__proto__`) is no word of a table's.
  return typeof s == 'string' ? s : String(key);
};

/**
 * Overrides built-in strings, or adds a language:
 * `setStrings('vi', { skipToMain: 'Đến nội dung chính' })`. Components on the
 * page update at once.
 */
export const setStrings = (lang: Lang, strings: Partial<Record<keyof PortalStrings, string>>): void => {
  const key = primary(lang) || DEFAULT_LANG;
  overrides[key] = { ...overrides[key], ...strings };
  refreshAll();
};

/**
 * Starts following `lang` changes for `w`. One MutationObserver serves the
 * whole page; it is created on first use, never in a constructor.
 */
export const watchLang = (w: LangAware): void => {
  watchers.add(w);
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
};

export const unwatchLang = (w: LangAware): void => {
  watchers.delete(w);
};

/// <reference types="vite/client" />
import { setCustomElementsManifest, type ArgTypesEnhancer, type Decorator, type Preview } from '@storybook/web-components-vite';
import '../src/all.js';
import { themeOrder } from '../src/theme-builder/core.js';
import { themeMenu } from './theme-menu.js';
import { LocalizedDocsPage } from './docs-page.js';
import './page-frame.css';

/* ------------------------------------------------------------------------ */
/* API docs from the Custom Elements Manifest                                 */
/* ------------------------------------------------------------------------ */

interface ManifestItem {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  [key: string]: unknown;
}
interface ManifestDeclaration extends ManifestItem {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestItem[];
  slots?: ManifestItem[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

const MANIFEST = '../dist/custom-elements.json';
// A glob, not an import: a missing manifest (analyze not run yet) costs the API tables, not the Storybook.
const manifest = import.meta.glob<Manifest>('../dist/custom-elements.json', { import: 'default', eager: true })[MANIFEST];

const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * The manifest as the docs should show it: only public members, the default
 * slot under a visible name (Storybook drops slots named ""), and a tag name
 * for every registered class even if the analyzer missed the define() call.
 */
const forDocs = (source: Manifest): Manifest => {
  const copy = structuredClone(source);
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.kind !== 'class') continue;
    if (!declaration.tagName && customElements.get(kebab(declaration.name))) {
      declaration.tagName = kebab(declaration.name);
      console.warn(
        `[storybook] ${MANIFEST}: class ${declaration.name} has no tagName; assuming <${declaration.tagName}>. ` +
          `Fix: add "@tagname ${declaration.tagName}" to its JSDoc, or let the analyzer read define.ts.`,
      );
    }
    declaration.members = declaration.members?.filter(
      (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
    );
    declaration.slots = declaration.slots?.map((s) => (s.name ? s : { ...s, name: '(default)' }));
  }
  return copy;
};

/**
 * Controls for what the manifest lists: a colour picker or a text box for each
 * CSS custom property (a story applies them as inline styles on the host);
 * events, slots and parts are documentation only. A story's own setting wins.
 */
const manifestControls: ArgTypesEnhancer = ({ argTypes }) => {
  for (const [name, argType] of Object.entries(argTypes)) {
    if (argType.control !== undefined) continue;
    const category = argType.table?.category ?? '';
    if (category === 'css custom properties') {
      argType.control = { type: /(color|background)$/.test(name) ? 'color' : 'text' };
    } else if (['events', 'slots', 'css shadow parts'].includes(category)) {
      argType.control = false;
    }
  }
  return argTypes;
};

if (manifest) {
  setCustomElementsManifest(forDocs(manifest));
} else {
  console.warn(`[storybook] ${MANIFEST} is missing, so the docs show no API tables. Fix: npm run analyze.`);
}

/* ------------------------------------------------------------------------ */
/* Toolbar: theme and locale                                                  */
/* ------------------------------------------------------------------------ */

/** Every stylesheet in src/themes, by file name without .css: a new theme file appears here by itself. */
const themes: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../src/themes/*.css', { query: '?inline', import: 'default', eager: true })).map(
    ([path, css]) => [path.slice(path.lastIndexOf('/') + 1, -'.css'.length), css],
  ),
);
// default first, each light theme before its dark variant (as the gallery and dist/themes order them).
const themeNames = themeOrder(Object.keys(themes));
const defaultTheme = themeNames.includes('default') ? 'default' : (themeNames[0] ?? '');

/** The selected theme, in one <style id="portal-theme"> that is replaced, never added to. */
const withTheme: Decorator = (story, { globals }) => {
  const name = typeof globals.theme === 'string' && globals.theme in themes ? globals.theme : defaultTheme;
  const [style = document.createElement('style'), ...extra] = document.querySelectorAll<HTMLStyleElement>('style#portal-theme');
  extra.forEach((s) => s.remove());
  style.id = 'portal-theme';
  if (!style.isConnected) document.head.append(style);
  const css = themes[name] ?? '';
  if (style.textContent !== css) style.textContent = css;
  style.dataset.theme = name;
  return story();
};

/** The document language, which every component follows unless a closer `lang` says otherwise. */
const withLocale: Decorator = (story, { globals }) => {
  document.documentElement.lang = globals.locale === 'en' ? 'en' : 'vi';
  return story();
};

/**
 * Storybook's preview has <base target="_parent">, which would send an in-page
 * link such as a skip link to the manager window and replace Storybook with the
 * bare story. On a story canvas (also each iframe of a docs page whose stories
 * are not inline) links behave as on a real page; the docs page keeps _parent
 * for its own links.
 */
const withInPageLinks: Decorator = (story, { viewMode }) => {
  const base = document.querySelector('base');
  if (base) base.target = viewMode === 'story' ? '_self' : '_parent';
  return story();
};

const preview: Preview = {
  decorators: [withTheme, withLocale, withInPageLinks],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    theme: {
      description: 'Theme stylesheet from src/themes',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeMenu(themes),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Page language: <html lang>',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: defaultTheme,
    locale: 'vi',
  },
  parameters: {
    controls: { expanded: true },
    // axe on every story; a violation fails the story's test status instead of being a to-do.
    a11y: { test: 'error' },
    // The generated docs pages' prose in the Locale toolbar's language (.storybook/docs-page.ts, stories/docs-text.ts).
    docs: { toc: true, page: LocalizedDocsPage },
    // The Introduction (stories/introduction.mdx) first: it is the page Storybook opens on.
    options: { storySort: { order: ['Introduction', 'Components', 'Themes'] } },
  },
};

export default preview;

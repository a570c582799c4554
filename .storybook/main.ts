import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import remarkGfm from 'remark-gfm';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * A custom element cannot be defined twice, so hot-swapping a component module
 * leaves the old class in charge (and the define guard warns). Reload the
 * preview instead when a source module changes; theme CSS still updates in place.
 */
const reloadOnComponentChange = (): Plugin => ({
  name: 'portal-elements:reload-on-component-change',
  hotUpdate({ file }) {
    if (this.environment.name !== 'client' || !file.startsWith(src) || !file.endsWith('.ts')) return;
    this.environment.hot.send({ type: 'full-reload' });
    return [];
  },
});

/**
 * Storybook for portal-elements. Runs fully offline: no telemetry, no crash
 * reports, no "what's new" or version-update fetches (the npm scripts also pass
 * --no-version-updates and STORYBOOK_DISABLE_TELEMETRY=1).
 */
const config: StorybookConfig = {
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.ts',
    // Stories broken on purpose, only for the audit's own tests (test/node/audit.test.mjs).
    ...(process.env.PORTAL_AUDIT_FIXTURES ? ['../test/audit-fixtures/*.stories.ts'] : []),
  ],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-flavoured Markdown in the .mdx pages: the Introduction's component table is a Markdown table.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
  ],
  // The sample photos at the same path in the built Storybook as in the dev server and the tests
  // (test/fixtures/index.ts, so the Themes/Gallery and Themes/Studio samples, points at /stories/assets/…).
  staticDirs: [{ from: '../stories/assets', to: '/stories/assets' }],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // Our own config, not the root one: the library build must never leak in.
      builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) },
    },
  },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  viteFinal(config, { configType }) {
    // Belt and braces: whatever a future config adds, Storybook is never a library build.
    const build = { ...config.build };
    delete build.lib;
    // The dev server does not watch its build.outDir, by default dist/, where `npm run analyze`
    // writes the manifest; point it elsewhere so a new manifest reaches the docs without a restart.
    // (storybook build sets its own outDir, storybook-static.)
    if (configType === 'DEVELOPMENT') build.outDir = 'storybook-static';
    return {
      ...config,
      plugins: [...(config.plugins ?? []), reloadOnComponentChange()],
      // Storybook's own docs and manager chunks are large; that is not ours to fix.
      build: { ...build, chunkSizeWarningLimit: 2000 },
      optimizeDeps: {
        ...config.optimizeDeps,
        // @storybook/web-components imports lit/directive-helpers.js, which Vite's dev server would
        // otherwise serve unbundled next to the pre-bundled `lit`: two lit-html copies
        // ("Multiple versions of Lit loaded"). Pre-bundling it too keeps one copy.
        include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;

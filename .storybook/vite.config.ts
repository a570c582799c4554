import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config, so Storybook never depends on the root
 * vite.config.ts (library mode, entries, externals belong to `npm run build`).
 * Vite still reads tsconfig.json for the legacy decorators Lit uses.
 */
export default defineConfig({});

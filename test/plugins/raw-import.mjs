/**
 * Vite's `?raw` imports for the browser tests: `import text from './x.md?raw'`
 * gets the file's text as its default export, as in Storybook. The stories
 * import their accessibility guidance this way (stories/accessibility/*.md),
 * and test/article-card.stories.test.ts imports the stories.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import process from 'node:process';

export function rawImportPlugin({ rootDir = process.cwd() } = {}) {
  const root = resolve(rootDir);
  return {
    name: 'portal-raw-import',
    async serve(context) {
      if (!new URLSearchParams(context.request.querystring).has('raw')) return undefined;
      const file = resolve(root, `.${decodeURIComponent(context.path)}`);
      // Only files of this repository.
      if (!file.startsWith(root + sep)) return undefined;
      return { body: `export default ${JSON.stringify(await readFile(file, 'utf8'))};`, type: 'js' };
    },
  };
}

/**
 * Node module hooks that run this repository's TypeScript sources (the theme
 * builder in src/theme-builder/) in Node 20, which cannot strip types itself:
 *
 *   - a `.ts` file is transpiled by esbuild (types removed, nothing bundled);
 *   - `./x.js` from a `.ts` file finds `./x.ts` (TypeScript's own convention);
 *   - `./file.css?raw` (and any `?raw`) is the file's text as the default export,
 *     as in Vite and the test server (test/plugins/raw-import.mjs).
 *
 * Registered by scripts/register-ts.mjs (`node --import ./scripts/register-ts.mjs …`),
 * or by a script itself with module.register() before a dynamic import.
 * Development tooling only: the published builder is bundled by scripts/build.mjs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const fromTs = context.parentURL?.startsWith('file:') && context.parentURL.replace(/[?#].*$/, '').endsWith('.ts');
    if (fromTs && error?.code === 'ERR_MODULE_NOT_FOUND' && /^\.{1,2}\/.*\.js$/.test(specifier)) {
      return nextResolve(`${specifier.slice(0, -'.js'.length)}.ts`, context);
    }
    throw error;
  }
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:')) return nextLoad(url, context);
  const { pathname, searchParams } = new URL(url);
  if (searchParams.has('raw')) {
    const text = await readFile(fileURLToPath(`file://${pathname}`), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  if (pathname.endsWith('.ts') && !pathname.endsWith('.d.ts')) {
    const file = fileURLToPath(url);
    const { code } = await transform(await readFile(file, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      sourcefile: file,
      sourcemap: 'inline',
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
    });
    return { format: 'module', source: code, shortCircuit: true };
  }
  return nextLoad(url, context);
}

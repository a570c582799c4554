/// <reference types="node" />
/**
 * Reading this repository's themes and components, for the contrast gate, the
 * token tests, the docs, the browser tests' server commands and the CLI's
 * --shipped (Node only; not part of the published builder).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssPropsFromSource, themeOrder, type Pair } from '../core.js';

export const root: string = fileURLToPath(new URL('../../../', import.meta.url));
const themesDir = join(root, 'src/themes');
const componentsDir = join(root, 'src/components');

/** Theme names: the .css files of src/themes (which the build copies to dist/themes), in themeOrder. */
export const themeNames = (): string[] =>
  themeOrder(
    readdirSync(themesDir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => f.slice(0, -'.css'.length)),
  );

export const themeCss = (name: string): string => readFileSync(join(themesDir, `${name}.css`), 'utf8');

export const pairs = (): Pair[] => JSON.parse(readFileSync(join(themesDir, 'pairs.json'), 'utf8')).pairs;

/** Every .ts file under src/components, as `{ path, source }` (path relative to the repository). */
export const componentSources = (): { path: string; source: string }[] => {
  const out: { path: string; source: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push({ path: path.slice(root.length), source: readFileSync(path, 'utf8') });
    }
  };
  if (existsSync(componentsDir)) walk(componentsDir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
};

/** Documented component tokens (`@cssprop`), by name: `{ default, description, path }`. */
export const componentTokens = (): Map<string, { default: string | undefined; description: string; path: string }> => {
  const out = new Map<string, { default: string | undefined; description: string; path: string }>();
  for (const { path, source } of componentSources()) {
    for (const prop of cssPropsFromSource(source)) out.set(prop.name, { default: prop.default, description: prop.description, path });
  }
  return out;
};

/** Component token → its documented default, for resolving var() chains. */
export const componentDefaults = (): Record<string, string> =>
  Object.fromEntries([...componentTokens()].filter(([, t]) => t.default !== undefined).map(([name, t]) => [name, t.default!]));

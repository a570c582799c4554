/// <reference types="node" />
/**
 * conformance.json (made from the component tests' tags; see HELPERS contract in the README): which
 * WCAG criteria each portal-* component already covers. Read from --conformance, else the installed
 * package's `portal-elements/conformance.json`, else the repository's dist/ or root copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from './model.js';
import { CRITERIA } from './wcag.js';

export interface ConformanceData {
  package: string;
  version: string;
  wcag: string;
  components: Record<string, { criteria: { criterion: string; name: string; level: string; status: string; tests?: { file: string; title: string; type: string }[] }[] }>;
}

export interface Conformance {
  source: string;
  data: ConformanceData;
}

export const loadConformance = (explicit?: string): Conformance | undefined => {
  const candidates: string[] = [];
  if (explicit) candidates.push(resolve(explicit));
  try {
    candidates.push(createRequire(join(process.cwd(), 'x.js')).resolve('portal-elements/conformance.json'));
  } catch {
    // not installed where the audit runs
  }
  const here = fileURLToPath(new URL('.', import.meta.url));
  candidates.push(join(here, '../conformance.json'), join(here, '../../dist/conformance.json'), join(here, '../../conformance.json'));
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as ConformanceData;
    if (!data.components || typeof data.components !== 'object') throw new Error(`${file} is not a conformance.json: it has no "components"`);
    return { source: file, data };
  }
  if (explicit) throw new Error(`${explicit} does not exist`);
  return undefined;
};

/**
 * For one page: the portal components it uses that conformance.json knows, the criteria each covers
 * (status "pass"), and the WCAG 2.2 A/AA criteria that remain the page author's.
 */
export const coverage = (result: RunResult, conformance: Conformance) => {
  const used = Object.keys(result.tags).filter((t) => conformance.data.components[t]);
  const covered = new Map<string, string[]>();
  for (const tag of used) {
    for (const c of conformance.data.components[tag]!.criteria) {
      if (c.status !== 'pass') continue;
      covered.set(c.criterion, [...(covered.get(c.criterion) ?? []), tag]);
    }
  }
  const author = CRITERIA.map((c) => c.num).filter((n) => !covered.has(n));
  return { components: used, covered, author };
};

/**
 * The audit's data: what one page or story gave, and the report.
 */
import type { RawNode } from './in-page.js';

export type EngineId = 'axe-core' | 'ibm-equal-access' | 'html-codesniffer' | 'portal-elements';
export const ENGINE_NAMES: Record<EngineId, string> = {
  'axe-core': 'axe-core',
  'ibm-equal-access': 'IBM Equal Access',
  'html-codesniffer': 'HTML_CodeSniffer',
  'portal-elements': 'portal-elements page checks',
};

/** One engine's rule result on one run: the unit the summary table and the old report counted. */
export interface Violation {
  id: string;
  source: EngineId;
  impact?: string;
  help: string;
  helpUrl: string;
  wcag: string[];
  note?: string;
  fix: string;
  nodes: RawNode[];
}

/** One problem on one element for one criterion, after the engines' results are merged. */
export interface Finding {
  criterion: string;
  target: string;
  html: string;
  engines: EngineId[];
  rules: string[];
  summaries: string[];
  screenshot?: string;
}

export type Outcome = 'passed' | 'failed' | 'inapplicable' | 'cantTell';

export interface CriterionResult {
  outcome: Outcome;
  failed: number;
  review: number;
  /** Which engines tested it and found it passed or failed. */
  engines: EngineId[];
}

export interface RunResult {
  kind: 'page' | 'story';
  id: string;
  title: string;
  name: string;
  component: string;
  theme: string;
  lang: string;
  /** Every rule that failed, from any engine (the list the exit code counts). */
  violations: Violation[];
  /** The same failures, one per element and criterion, with the engines that agree. */
  findings: Finding[];
  /** What an engine could not decide (axe incomplete, IBM potential, HTML_CodeSniffer warnings), per element and criterion. */
  review: Finding[];
  /** Page errors: uncaught errors, console errors, failed scripts, stylesheets and images. */
  errors: RawNode[];
  criteria: Record<string, CriterionResult>;
  /** portal-* (and other custom) tags on the page, with counts. */
  tags: Record<string, number>;
  /** With conformance.json: the portal components on the page, the criteria they cover, and those left to the page author. */
  coverage?: { components: string[]; covered: Record<string, string[]>; author: string[] };
  ms: number;
}

export interface Report {
  date: string;
  tools: Record<string, string | undefined>;
  axeTags: string[];
  engines: EngineId[];
  mode: 'page' | 'storybook';
  target: string;
  lang: 'vi' | 'en';
  interrupted: boolean;
  summary: { runs: number; failed: number; violations: number; findings: number; review: number; errors: number };
  conformance?: { source: string; version: string };
  results: RunResult[];
}

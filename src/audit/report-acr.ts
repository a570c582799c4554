/**
 * An ACR draft in OpenACR YAML (GSA's schema, vendored in src/audit/schema/): WCAG 2.2 levels A and
 * AA. A criterion the automated checks failed is "does-not-support", with what failed. Every other
 * criterion is "not-evaluated" with notes that begin "Needs manual review" and give the steps:
 * automated checks never establish that a product supports a criterion, so this draft never says so.
 */
import { stringify } from 'yaml';
import { overall } from './report-html.js';
import type { Report } from './model.js';
import { CRITERIA, en301549, tt26, type Level } from './wcag.js';

export const NEEDS_REVIEW = 'Needs manual review';

export const renderAcr = (report: Report): string => {
  const chapter = (level: Level) => ({
    notes: `WCAG 2.2 level ${level}. Drafted by portal-audit from automated checks (${report.engines.join(', ')}) on ${report.results.length} page(s); every criterion not failed by them must be reviewed by a person.`,
    criteria: CRITERIA.filter((c) => c.level === level).map((c) => {
      const o = overall(report.results, c.num);
      const maps = [en301549(c.num) ? `EN 301 549 V3.2.1 clause ${en301549(c.num)}` : 'no EN 301 549 V3.2.1 clause (new in WCAG 2.2)', tt26(c.num) ?? 'not in TT 26/2020 (not in WCAG 2.0)'].join('; ');
      const failedPages = report.results.filter((r) => r.criteria[c.num]?.outcome === 'failed').map((r) => r.id);
      const notes =
        o.outcome === 'failed'
          ? `Automated checks found ${o.failed} failure(s) on ${failedPages.length} page(s): ${failedPages.slice(0, 5).join(', ')}${failedPages.length > 5 ? ', …' : ''}. Engines: ${o.engines.join(', ')}. See report.json for each element. ${maps}.`
          : `${NEEDS_REVIEW}. ${o.review ? `${o.review} result(s) an engine could not decide. ` : ''}${o.outcome === 'passed' ? `Automated checks (${o.engines.join(', ')}) found no failure, which does not establish support. ` : 'No automated check decides it. '}Steps: ${c.manual.en} ${maps}.`;
      return { num: c.num, components: [{ name: 'web', adherence: { level: o.outcome === 'failed' ? 'does-not-support' : 'not-evaluated', notes } }] };
    }),
  });
  const date = report.date.slice(0, 10);
  const doc = {
    title: 'Accessibility Conformance Report (draft by portal-audit)',
    product: { name: report.target, description: `Pages audited: ${report.results.map((r) => r.id).join(', ')}` },
    author: { name: 'portal-audit (automated draft; the auditor signs the final report)', email: '' },
    report_date: date,
    last_modified_date: date,
    version: 1,
    notes: 'A draft for the auditor: "does-not-support" where automated checks found failures; "not-evaluated" with "Needs manual review" and the steps everywhere else. No criterion is marked "supports" by automation.',
    evaluation_methods_used: `Automated: ${report.engines.join(', ')} in headless Chromium (${report.tools['chromium'] ?? ''}), plus page checks (reflow at 320 CSS px, text spacing, 200% zoom, focus not obscured, Tab order, skip link). Manual: none yet.`,
    license: 'CC-BY-4.0',
    catalog: '2.5-edition-wcag-2.2-en',
    chapters: { success_criteria_level_a: chapter('A'), success_criteria_level_aa: chapter('AA') },
  };
  return stringify(doc, { lineWidth: 0 });
};

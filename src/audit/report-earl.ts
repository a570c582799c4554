/**
 * EARL 1.0 in JSON-LD: for each page, one assertion per WCAG 2.2 A/AA criterion (passed, failed,
 * inapplicable or cantTell), asserted by the engines that tested it. The context is inline, so a
 * JSON-LD processor needs no network to read it.
 */
import { ENGINE_NAMES, type EngineId, type Report } from './model.js';
import { CRITERIA, type Criterion } from './wcag.js';

export const EARL_CONTEXT = {
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  sch: 'https://schema.org/',
  WCAG22: 'https://www.w3.org/TR/WCAG22/#',
  assertedBy: { '@id': 'earl:assertedBy', '@type': '@id' },
  subject: { '@id': 'earl:subject', '@type': '@id' },
  test: { '@id': 'earl:test', '@type': '@id' },
  result: { '@id': 'earl:result' },
  mode: { '@id': 'earl:mode', '@type': '@id' },
  outcome: { '@id': 'earl:outcome', '@type': '@id' },
  pointer: { '@id': 'earl:pointer' },
  info: { '@id': 'earl:info' },
  title: { '@id': 'dct:title' },
  description: { '@id': 'dct:description' },
  date: { '@id': 'dct:date', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
  hasVersion: { '@id': 'dct:hasVersion' },
  source: { '@id': 'dct:source', '@type': '@id' },
};

/** The anchor of a criterion in the WCAG 2.2 Recommendation (its name, lower-cased, dashed). */
export const wcagUrl = (c: Criterion) => `https://www.w3.org/TR/WCAG22/#${c.en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

const assertorId = (e: EngineId | 'portal-audit') => `_:${e}`;

export const renderEarl = (report: Report) => {
  const versions: Record<EngineId, string | undefined> = {
    'axe-core': report.tools['axe-core'],
    'ibm-equal-access': report.tools['accessibility-checker-engine'],
    'html-codesniffer': report.tools['html_codesniffer'],
    'portal-elements': report.tools['portal-elements'],
  };
  const graph: Record<string, unknown>[] = [
    { '@id': assertorId('portal-audit'), '@type': ['earl:Assertor', 'earl:Software'], title: 'portal-audit (portal-elements)', hasVersion: report.tools['portal-elements'] ?? '', description: 'Runs the engines below and merges their findings per element and criterion.' },
    ...report.engines.map((e) => ({ '@id': assertorId(e), '@type': ['earl:Assertor', 'earl:Software'], title: ENGINE_NAMES[e], hasVersion: versions[e] ?? '' })),
  ];
  for (const r of report.results) {
    const subject = /^[a-z]+:/.test(r.id) ? r.id : `urn:portal-audit:${encodeURIComponent(`${r.id}|${r.theme}|${r.lang}`)}`;
    graph.push({ '@id': subject, '@type': ['earl:TestSubject', 'sch:WebPage'], title: r.title, date: report.date });
    for (const c of CRITERIA) {
      const v = r.criteria[c.num];
      if (!v) continue;
      const failed = r.findings.filter((f) => f.criterion === c.num);
      const review = r.review.filter((f) => f.criterion === c.num);
      const description =
        v.outcome === 'failed'
          ? `${failed.length} failure(s): ${failed.slice(0, 5).map((f) => f.summaries[0] ?? f.rules.join(', ')).join(' | ')}`
          : v.outcome === 'cantTell'
            ? review.length
              ? `${review.length} result(s) an engine could not decide; needs manual review. ${c.manual.en}`
              : `No automated check decides this criterion; needs manual review. ${c.manual.en}`
            : v.outcome === 'passed'
              ? 'The automated checks that apply found no failure; they do not decide the criterion alone.'
              : 'The automated checks found nothing they apply to.';
      graph.push({
        '@type': 'earl:Assertion',
        assertedBy: v.engines.length ? v.engines.map(assertorId) : [assertorId('portal-audit')],
        subject,
        test: wcagUrl(c),
        mode: 'earl:automatic',
        result: {
          '@type': 'earl:TestResult',
          outcome: `earl:${v.outcome}`,
          description,
          date: report.date,
          ...(failed.length || review.length ? { pointer: [...new Set([...failed, ...review].map((f) => f.target))].slice(0, 20) } : {}),
        },
      });
    }
  }
  return { '@context': EARL_CONTEXT, '@graph': graph };
};

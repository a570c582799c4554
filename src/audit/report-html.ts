/**
 * The HTML report, in Vietnamese or English: summary, one verdict per criterion, findings per element
 * with the engines that agree and a screenshot, what needs review, page errors, and which criteria
 * the page's portal-elements components already cover.
 */
import { coverage, type Conformance } from './conformance.js';
import { ENGINE_NAMES, type Finding, type Outcome, type Report, type RunResult } from './model.js';
import { CRITERION, CRITERIA, byNum, en301549, tt26 } from './wcag.js';

const T = {
  en: {
    title: 'Accessibility audit',
    skip: 'Skip to the summary',
    none: 'no failures',
    failures: (n: number) => `${n} failure(s)`,
    page: 'Page',
    storybook: (n: number) => `Storybook: ${n} runs (stories × themes × languages)`,
    date: 'Date',
    engines: 'Engines',
    tools: 'Tools',
    summary: 'Summary',
    caption: 'Failures per page or component, theme and language (✓ n: n runs passed; ✗ n: a run with n rules violated, linked to its details)',
    component: 'Page or component',
    criteria: 'Criteria',
    criteriaCaption: 'One verdict per WCAG 2.2 criterion over all runs: failed, needs review (an engine could not decide, or only a person can), passed by the automated checks, not applicable',
    criterion: 'Criterion',
    level: 'Level',
    verdict: 'Verdict',
    mapping: 'EN 301 549 / TT 26/2020',
    outcome: { passed: 'passed (automated checks only)', failed: 'failed', inapplicable: 'not applicable', cantTell: 'needs review' } as Record<Outcome, string>,
    details: 'Failures',
    agree: (names: string[]) => `${names.length > 1 ? 'Engines that agree' : 'Found by'}: ${names.join(' + ')}`,
    rules: 'Rules',
    fix: 'Fix',
    manual: 'Check by hand',
    review: 'Needs review',
    reviewIntro: 'What an engine could not decide (axe incomplete, IBM potential violations, HTML_CodeSniffer warnings), per criterion, with counts:',
    errors: 'Page errors (failed scripts, stylesheets and images count here)',
    shot: (t: string) => `Screenshot of the failing element ${t}`,
    coverage: 'portal-elements components on this page',
    covered: 'Criteria the components already cover (by their tests; for their own part of the page)',
    author: 'Criteria that remain the page author\'s',
    noFailures: 'None.',
    bestPractice: 'best practice, no WCAG criterion',
  },
  vi: {
    title: 'Kiểm tra khả năng tiếp cận',
    skip: 'Bỏ qua, đến phần tóm tắt',
    none: 'không có lỗi',
    failures: (n: number) => `${n} lỗi`,
    page: 'Trang',
    storybook: (n: number) => `Storybook: ${n} lượt (câu chuyện × giao diện × ngôn ngữ)`,
    date: 'Ngày',
    engines: 'Công cụ kiểm tra',
    tools: 'Phiên bản công cụ',
    summary: 'Tóm tắt',
    caption: 'Lỗi theo trang hoặc thành phần, giao diện và ngôn ngữ (✓ n: n lượt đạt; ✗ n: một lượt vi phạm n quy tắc, có liên kết đến chi tiết)',
    component: 'Trang hoặc thành phần',
    criteria: 'Tiêu chí',
    criteriaCaption: 'Một kết luận cho mỗi tiêu chí WCAG 2.2 trên mọi lượt: không đạt, cần xem xét (công cụ không kết luận được, hoặc chỉ người kiểm tra làm được), đạt theo kiểm tra tự động, không áp dụng',
    criterion: 'Tiêu chí',
    level: 'Mức',
    verdict: 'Kết luận',
    mapping: 'EN 301 549 / TT 26/2020',
    outcome: { passed: 'đạt (chỉ kiểm tra tự động)', failed: 'không đạt', inapplicable: 'không áp dụng', cantTell: 'cần xem xét' } as Record<Outcome, string>,
    details: 'Lỗi',
    agree: (names: string[]) => `${names.length > 1 ? 'Các công cụ cùng phát hiện' : 'Phát hiện bởi'}: ${names.join(' + ')}`,
    rules: 'Quy tắc',
    fix: 'Cách sửa',
    manual: 'Kiểm tra thủ công',
    review: 'Cần xem xét',
    reviewIntro: 'Những điểm công cụ không kết luận được (axe incomplete, IBM potential violation, cảnh báo HTML_CodeSniffer), theo tiêu chí, kèm số lượng:',
    errors: 'Lỗi trang (tính cả script, stylesheet và ảnh không tải được)',
    shot: (t: string) => `Ảnh chụp phần tử bị lỗi ${t}`,
    coverage: 'Thành phần portal-elements trên trang',
    covered: 'Tiêu chí các thành phần đã đáp ứng (theo kiểm thử của chúng; cho phần của chính chúng)',
    author: 'Tiêu chí còn lại thuộc trách nhiệm người làm trang',
    noFailures: 'Không có.',
    bestPractice: 'thực hành tốt, không thuộc tiêu chí WCAG',
  },
};

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();

const scName = (num: string, lang: 'vi' | 'en') => {
  const c = CRITERION.get(num);
  return c ? `SC ${num} ${lang === 'vi' ? c.vi : c.en} (${c.level})` : num ? `SC ${num}` : '';
};

/** Over all runs: failed if any run failed, else needs review if any could not tell, else passed if any passed, else not applicable. */
export const overall = (results: RunResult[], num: string): { outcome: Outcome; failed: number; review: number; engines: string[] } => {
  const rs = results.map((r) => r.criteria[num]).filter((x) => !!x);
  const failed = rs.reduce((s, r) => s + r.failed, 0);
  const review = rs.reduce((s, r) => s + r.review, 0);
  const engines = [...new Set(rs.flatMap((r) => r.engines))];
  const outcome: Outcome = failed ? 'failed' : rs.some((r) => r.outcome === 'cantTell') ? 'cantTell' : rs.some((r) => r.outcome === 'passed') ? 'passed' : rs.length ? 'inapplicable' : 'cantTell';
  return { outcome, failed, review, engines };
};

export const renderHtml = (report: Report, conformance?: Conformance): string => {
  const t = T[report.lang];
  const lang = report.lang;
  const { results } = report;
  const themes = [...new Set(results.map((r) => r.theme))];
  const langs = [...new Set(results.map((r) => r.lang))];
  const components = [...new Set(results.map((r) => r.component))];
  const cols = themes.flatMap((th) => langs.map((l) => [th, l] as const));
  const anchors = new Map<RunResult, string>();
  const used = new Set<string>();
  for (const r of results) {
    const base = `run-${slug(`${r.id}-${r.theme}-${r.lang}`) || 'x'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    anchors.set(r, id);
  }
  const cell = (component: string, theme: string, l: string) => {
    const runs = results.filter((r) => r.component === component && r.theme === theme && r.lang === l);
    if (!runs.length) return '<td>—</td>';
    const bad = runs.filter((r) => r.violations.length);
    if (!bad.length) return `<td class="pass">✓ ${runs.length}</td>`;
    return `<td class="fail">${bad.map((r) => `<a href="#${anchors.get(r)}">✗ ${r.violations.length}${runs.length > 1 ? ` ${esc(r.name)}` : ''}</a>`).join('<br>')}</td>`;
  };
  const fixOf = (r: RunResult, f: Finding) => [...new Set(r.violations.filter((v) => f.rules.includes(v.id)).map((v) => v.fix))];
  const findingsHtml = (r: RunResult, list: Finding[], withFix: boolean) => {
    const byCriterion = new Map<string, Finding[]>();
    for (const f of list) byCriterion.set(f.criterion, [...(byCriterion.get(f.criterion) ?? []), f]);
    return [...byCriterion.keys()]
      .sort((a, b) => (!a ? 1 : !b ? -1 : byNum(a, b)))
      .map((num) => {
        const fs = byCriterion.get(num)!;
        const c = CRITERION.get(num);
        return `
  <div class="criterion">
    <h4>${num ? esc(scName(num, lang)) : esc(t.bestPractice)} <small>(${fs.length})</small></h4>
    ${withFix && c ? `<p><strong>${esc(t.manual)}:</strong> ${esc(c.manual[lang])}</p>` : ''}
    <ul>${fs
      .map(
        (f) => `<li>
      <p><code>${esc(f.target)}</code>: ${esc(f.summaries.join(' · '))}</p>
      <p class="engines">${esc(t.agree(f.engines.map((e) => ENGINE_NAMES[e])))}. ${esc(t.rules)}: ${f.rules.map((x) => `<code>${esc(x)}</code>`).join(', ')}</p>
      ${withFix ? fixOf(r, f).map((x) => `<p><strong>${esc(t.fix)}:</strong> ${esc(x)}</p>`).join('') : ''}
      ${f.html ? `<pre>${esc(f.html)}</pre>` : ''}
      ${f.screenshot ? `<img src="${esc(f.screenshot)}" alt="${esc(t.shot(f.target))}">` : ''}
    </li>`,
      )
      .join('')}</ul>
  </div>`;
      })
      .join('');
  };
  const shown = results.filter((r) => r.violations.length || r.review.length);
  const details = shown
    .map((r) => {
      const cov = conformance && r.kind === 'page' ? coverage(r, conformance) : undefined;
      const reviewCounts = new Map<string, number>();
      for (const f of r.review) reviewCounts.set(f.criterion, (reviewCounts.get(f.criterion) ?? 0) + 1);
      return `
<section id="${anchors.get(r)}" aria-labelledby="${anchors.get(r)}-h">
  <h3 id="${anchors.get(r)}-h">${esc(r.title)} › ${esc(r.name)} <small>${esc(r.theme)} · ${esc(r.lang)}</small></h3>
  <p>${esc(r.id)}</p>
  ${r.findings.length ? findingsHtml(r, r.findings, true) : `<p>${esc(t.noFailures)}</p>`}
  ${r.violations.some((v) => v.id === 'portal-page-error') ? `<h4>${esc(t.errors)}</h4><ul>${r.errors.map((e) => `<li>${esc(e.summary)}</li>`).join('')}</ul>` : ''}
  ${
    r.review.length
      ? `<details><summary>${esc(t.review)}: ${r.review.length}</summary>
    <p>${esc(t.reviewIntro)}</p>
    <ul>${[...reviewCounts].sort(([a], [b]) => byNum(a, b)).map(([num, n]) => `<li>${esc(scName(num, lang))}: ${n}</li>`).join('')}</ul>
    ${findingsHtml(r, r.review, false)}
  </details>`
      : ''
  }
  ${
    cov && cov.components.length
      ? `<h4>${esc(t.coverage)}: ${cov.components.map((c) => `<code>${esc(c)}</code>`).join(', ')}</h4>
  <p><strong>${esc(t.covered)}:</strong> ${[...cov.covered].sort(([a], [b]) => byNum(a, b)).map(([num, tags]) => `${esc(scName(num, lang))} (${tags.map(esc).join(', ')})`).join('; ') || '—'}</p>
  <p><strong>${esc(t.author)}:</strong> ${cov.author.map((n) => esc(`SC ${n}`)).join(', ')}</p>`
      : ''
  }
</section>`;
    })
    .join('');
  const criteriaRows = CRITERIA.map((c) => {
    const o = overall(results, c.num);
    const maps = [en301549(c.num), tt26(c.num)].filter(Boolean).join(' · ') || '—';
    return `<tr class="${o.outcome}"><th scope="row">${esc(c.num)} ${esc(lang === 'vi' ? c.vi : c.en)}</th><td>${c.level}</td><td>${esc(t.outcome[o.outcome])}${o.failed ? ` (${o.failed})` : ''}${o.review ? ` · ${esc(t.review)}: ${o.review}` : ''}</td><td>${esc(o.engines.map((e) => ENGINE_NAMES[e as keyof typeof ENGINE_NAMES] ?? e).join(', ') || '—')}</td><td>${esc(maps)}</td></tr>`;
  }).join('');
  const total = report.summary.violations;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)} — ${esc(report.target)}</title>
<style>
  body { font: 1rem/1.6 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; margin: 0; color: #1b1d21; background: #fff; overflow-wrap: break-word; }
  .skip { position: absolute; left: -10000px; } .skip:focus { position: static; display: inline-block; padding: 0.5rem; }
  main { margin: 1rem; max-width: 80rem; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; margin-block: 1rem; }
  th, td { border: 1px solid #6b7280; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
  td.pass, tr.passed td { color: #14532d; } td.fail, tr.failed td { color: #8b0000; font-weight: 700; }
  a { color: #0b4fa8; } a:focus-visible, .scroll:focus-visible, summary:focus-visible { outline: 3px solid #0b4fa8; outline-offset: 2px; }
  pre, code { white-space: pre-wrap; overflow-wrap: anywhere; }
  pre { background: #f4f5f7; padding: 0.5rem; }
  img { max-width: 100%; height: auto; border: 2px solid #8b0000; }
  .criterion { border-inline-start: 4px solid #8b0000; padding-inline-start: 1rem; margin-block: 1rem; }
  .engines { color: #4a5060; }
</style>
</head>
<body>
<a class="skip" href="#summary">${esc(t.skip)}</a>
<main id="main">
<h1>${esc(t.title)}: ${total ? esc(t.failures(total)) : esc(t.none)}</h1>
<p>${esc(report.mode === 'page' ? `${t.page}: ${report.target}` : t.storybook(results.length))}. ${esc(t.date)}: ${esc(report.date)}. ${esc(t.engines)}: ${esc(report.engines.map((e) => ENGINE_NAMES[e]).join(', '))}.${report.interrupted ? ' (interrupted / đã dừng giữa chừng)' : ''}</p>
<h2>${esc(t.tools)}</h2>
<ul>${Object.entries(report.tools)
    .filter(([, v]) => v)
    .map(([k, v]) => `<li>${esc(k)} ${esc(v)}</li>`)
    .join('')}</ul>
<h2 id="summary" tabindex="-1">${esc(t.summary)}</h2>
<div class="scroll" tabindex="0" role="region" aria-label="${esc(t.summary)}">
<table>
  <caption>${esc(t.caption)}</caption>
  <thead><tr><th scope="col">${esc(t.component)}</th>${cols.map(([th, l]) => `<th scope="col">${esc(th)} · ${esc(l)}</th>`).join('')}</tr></thead>
  <tbody>${components.map((c) => `<tr><th scope="row">${esc(c)}</th>${cols.map(([th, l]) => cell(c, th, l)).join('')}</tr>`).join('')}</tbody>
</table>
</div>
<h2>${esc(t.criteria)}</h2>
<div class="scroll" tabindex="0" role="region" aria-label="${esc(t.criteria)}">
<table>
  <caption>${esc(t.criteriaCaption)}</caption>
  <thead><tr><th scope="col">${esc(t.criterion)}</th><th scope="col">${esc(t.level)}</th><th scope="col">${esc(t.verdict)}</th><th scope="col">${esc(t.engines)}</th><th scope="col">${esc(t.mapping)}</th></tr></thead>
  <tbody>${criteriaRows}</tbody>
</table>
</div>
<h2>${esc(t.details)}</h2>
${details || `<p>${esc(t.noFailures)}</p>`}
</main>
</body>
</html>
`;
};

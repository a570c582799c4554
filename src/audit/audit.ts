/// <reference types="node" />
/**
 * The audit of one page (or one Storybook story) in an open puppeteer page: wait until its custom
 * elements are defined and rendered, run the engines, the portal rules and the page checks, and
 * merge everything into findings per element and WCAG criterion.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import {
  FIRST_FOCUSABLE,
  axeInPage,
  clippedTextInPage,
  focusIndicatorsInPage,
  focusedInPage,
  htmlcsInPage,
  ibmInPage,
  installHelpers,
  pageRulesInPage,
  reflowInPage,
  settleInPage,
  shadowOnlyTextInPage,
  tabbablesInPage,
  type EngineRun,
  type RawNode,
  type RawResult,
} from './in-page.js';
import type { CriterionResult, EngineId, Finding, RunResult, Violation } from './model.js';
import { CRITERIA } from './wcag.js';

const require = createRequire(import.meta.url);

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A story is a fragment, not a page: page-level rules only apply to pages. */
const PAGE_ONLY_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'landmark-complementary-is-top-level'];

/** `wcag1412` → `1.4.12`. */
export const scFromTags = (tags: string[]): string[] =>
  tags.map((t) => /^wcag(\d)(\d)(\d+)$/.exec(t)).filter((m): m is RegExpExecArray => !!m).map(([, a, b, c]) => `${a}.${b}.${c}`);

/** Our own rules, described like axe's. */
export const RULES: Record<string, { help: string; wcag: string[]; fix: string; note?: string }> = {
  'portal-shadow-only-text': {
    help: 'Reader-facing text must be in the light DOM, not only in a shadow root',
    wcag: ['1.3.1'],
    fix: 'Render the text into the light DOM (a slot presents it); shadow DOM holds layout and style only. Text only in a shadow root is lost to read-aloud tools, reader mode and translation.',
  },
  'portal-focus-indicator': {
    help: 'Every focusable element shows a visible focus indicator with at least 3:1 contrast',
    wcag: ['2.4.7', '1.4.11'],
    fix: 'Give :focus-visible an outline (e.g. var(--portal-focus-ring-width) solid var(--portal-focus-ring-color)) whose colour has 3:1 or more against the background; never remove the outline without a replacement.',
  },
  'portal-one-main': {
    help: 'The page has exactly one main landmark',
    wcag: ['1.3.1', '2.4.1'],
    fix: 'Wrap the page content in a single <main> element.',
  },
  'portal-one-h1': {
    help: 'The page has exactly one h1',
    wcag: ['1.3.1', '2.4.6'],
    fix: 'Give the page one <h1> (the article headline) and use h2–h6 below it.',
  },
  'portal-element-undefined': {
    help: 'Every custom element on the page is defined: its module loaded and ran',
    wcag: [],
    note: 'none directly: the reader would get the page without this component, and the other checks could not see it either',
    fix: 'Load the module that defines the element (check its <script type="module"> src, the server and the browser console) and make sure it calls customElements.define for this tag.',
  },
  'portal-page-error': {
    help: 'The page loads without errors: no uncaught error, no console error, no script, stylesheet or image that fails to load',
    wcag: [],
    note: 'none directly: a failed script, stylesheet or image leaves the page other than the one the audit should check',
    fix: 'Fix the error or the URL shown (open the page with the browser console open); serve the page over http(s), not file://, where module scripts are blocked.',
  },
  'portal-skip-link': {
    help: 'The first focusable element is a skip link to the main content, and it works from the keyboard',
    wcag: ['2.4.1'],
    fix: 'Put <portal-skip-ribbon><a href="#main-id">…</a></portal-skip-ribbon> first in <body>, pointing at the id of <main> (or of an element in it, such as the h1); do not cancel its click. Pressing Enter on it must move focus, or the next Tab, into the main content.',
  },
  'portal-javascript-url': {
    help: 'Links go somewhere: no href that runs script (javascript:)',
    wcag: ['4.1.2'],
    note: 'mapped to 4.1.2 because the element is announced as a link (role) but does not navigate; our choice of criterion',
    fix: 'Give the link the real URL of the article (a card links to its page); an action that stays on the page is a <button>.',
  },
  'portal-reflow': {
    help: 'At 320 CSS px wide the page does not scroll sideways',
    wcag: ['1.4.10'],
    fix: 'Let the element shrink: max-width: 100%, flex-wrap, no fixed widths in px wider than 320; put wide tables in a scrolling container.',
  },
  'portal-text-spacing': {
    help: 'Text spacing overrides (line 1.5, paragraph 2, letter 0.12, word 0.16 em) lose no text',
    wcag: ['1.4.12'],
    fix: 'Do not fix the height of boxes that hold text (use min-height), and do not clip text with overflow: hidden.',
  },
  'portal-zoom-200': {
    help: 'At 200% zoom no text is cut off',
    wcag: ['1.4.4'],
    fix: 'Size text boxes in rem/em or let them grow (min-height), and let lines wrap; do not clip text with overflow: hidden.',
  },
  'portal-focus-obscured': {
    help: 'A focused element is never entirely hidden by sticky or fixed content',
    wcag: ['2.4.11'],
    fix: 'Give the page scroll-padding-top (and scroll-margin on targets) at least the height of the sticky header, or do not make the header sticky.',
  },
  'portal-keyboard-trap': {
    help: 'Tab reaches every focusable element and leaves every widget: no keyboard trap',
    wcag: ['2.1.2', '2.1.1'],
    fix: 'Do not intercept Tab to keep focus inside an element (only a modal dialog may, and Esc must close it); every focusable element must be reachable with Tab.',
  },
};

export type Engine = 'axe' | 'ibm' | 'htmlcs';
export const ENGINE_ID: Record<Engine, EngineId> = { axe: 'axe-core', ibm: 'ibm-equal-access', htmlcs: 'html-codesniffer' };

/** The engines' browser scripts, read from the installed packages. */
export const engineSources = (engines: Engine[]): Record<Engine, string> => {
  const read = (spec: string, pkg: string) => {
    try {
      return readFileSync(require.resolve(spec), 'utf8');
    } catch {
      throw new Error(`${pkg} is not installed: npm install ${pkg} (the audit's engines are optional peer dependencies of portal-elements)`);
    }
  };
  return {
    axe: engines.includes('axe') ? read('axe-core/axe.min.js', 'axe-core') : '',
    ibm: engines.includes('ibm') ? read('accessibility-checker-engine/ace.js', 'accessibility-checker-engine') : '',
    htmlcs: engines.includes('htmlcs') ? read('html_codesniffer/build/HTMLCS.js', 'html_codesniffer') : '',
  };
};

export interface PageErrors {
  begin(): void;
  add(node: RawNode): void;
  end(): RawNode[];
}

/**
 * What goes wrong in a page while it loads and is checked: uncaught errors, console errors (not
 * warnings, but a component's warning that a module failed to load), and scripts, stylesheets and
 * images that fail to load or answer 4xx/5xx.
 */
export const watchPageErrors = (page: Page): PageErrors => {
  let problems: RawNode[] = [];
  const LOADED = ['script', 'stylesheet', 'image'];
  page.on('pageerror', (e) => problems.push({ target: 'page', html: '', summary: `uncaught error: ${(e as Error)?.message ?? e}` }));
  page.on('console', (m) => {
    const lost = /^warn/.test(m.type()) && /^<([a-z][\w-]*)[^>]*>(?: <[^>]+>)?: (a module failed to load .*)\. Fix: /.exec(m.text());
    if (lost) problems.push({ target: lost[1]!, html: '', summary: `<${lost[1]}> did not finish rendering: ${lost[2]}` });
    else if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) {
      const at = m.location()?.url;
      problems.push({ target: 'console', html: '', summary: `console error: ${m.text()}${at ? ` (${at})` : ''}` });
    }
  });
  page.on('requestfailed', (req) => {
    if (LOADED.includes(req.resourceType())) problems.push({ target: req.url(), html: '', summary: `the ${req.resourceType()} ${req.url()} failed to load: ${req.failure()?.errorText ?? 'unknown error'}` });
  });
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (LOADED.includes(type) && res.status() >= 400) problems.push({ target: res.url(), html: '', summary: `the ${type} ${res.url()} answered HTTP ${res.status()}` });
  });
  return {
    begin: () => {
      problems = [];
    },
    add: (node) => problems.push(node),
    end: () => {
      const answered = new Set(problems.filter((p) => / answered HTTP /.test(p.summary)).map((p) => p.target));
      return problems.filter((p) => !(answered.has(p.target) && / failed to load: /.test(p.summary)));
    },
  };
};

const fromRaw = (r: RawResult, source: EngineId): Violation => ({
  id: source === 'axe-core' ? r.rule : `${source === 'ibm-equal-access' ? 'ibm' : 'htmlcs'}:${r.rule}`,
  source,
  ...(r.impact ? { impact: r.impact } : {}),
  help: r.help,
  helpUrl: r.helpUrl,
  wcag: r.criteria,
  fix: source === 'axe-core' ? (r.nodes[0]?.summary || r.help) : r.help,
  nodes: r.nodes,
});

export const fromPortal = (id: string, nodes: RawNode[]): Violation => {
  const rule = RULES[id]!;
  return { id, source: 'portal-elements', impact: 'serious', help: rule.help, helpUrl: '', wcag: rule.wcag, ...(rule.note ? { note: rule.note } : {}), fix: rule.fix, nodes };
};

const frames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * The skip link with the keyboard: focus it, press Enter, and see where focus went. It works when
 * focus is now on or in the target, or, when the target cannot take focus, when the next Tab
 * reaches an element in or after the target.
 */
const skipLinkWorks = async (page: Page): Promise<RawNode | null> => {
  const link = await page.evaluateHandle((sel) => document.querySelector(sel) as HTMLAnchorElement, FIRST_FOCUSABLE);
  try {
    await link.evaluate((a) => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      window.scrollTo(0, 0);
      const sentinel = document.createElement('span');
      sentinel.tabIndex = 0;
      sentinel.dataset['portalAuditSentinel'] = '';
      document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))!.append(sentinel);
    });
    await link.focus();
    const where = (a: HTMLAnchorElement) => {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      const target = document.getElementById(id)!;
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      let host = el;
      while (host && host.getRootNode() !== document) host = (host.getRootNode() as ShadowRoot).host;
      const name = (n: Element | null) => (n && n !== document.body ? n.localName + (n.id ? `#${n.id}` : '') + (n.textContent?.trim() ? ` («${n.textContent.trim().slice(0, 40)}»)` : '') : 'nothing (the page itself)');
      return {
        id,
        onLink: host === a,
        inside: !!host && host !== document.body && (target === host || target.contains(host)),
        after: !!host && host !== document.body && host !== a && !!(target.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING),
        name: name(el),
      };
    };
    await page.keyboard.press('Enter');
    await frames(page);
    const entered = await link.evaluate(where);
    if (entered.inside) return null;
    await page.keyboard.press('Tab');
    await frames(page);
    const tabbed = await link.evaluate(where);
    if (tabbed.inside || tabbed.after) return null;
    return {
      target: await link.evaluate((a) => window.__portalAudit!.path(a)),
      html: await link.evaluate((a) => a.outerHTML.slice(0, 200)),
      summary: `pressing Enter on the skip link does not move focus to #${entered.id}: focus stays on ${entered.onLink ? 'the skip link' : entered.name}, and the next Tab reaches ${tabbed.name}, before the target`,
    };
  } finally {
    await page.evaluate(() => document.querySelector('[data-portal-audit-sentinel]')?.remove());
    await link.dispose();
  }
};

/**
 * Tab from the top of the page to the end: every stop is recorded. A stop hidden under fixed or
 * sticky content fails 2.4.11; a cycle that comes back before every tabbable element was reached,
 * and never leaves the page, is a keyboard trap (2.1.2).
 */
const tabWalk = async (page: Page): Promise<{ obscured: RawNode[]; trap: RawNode[]; stops: number }> => {
  const expected = await page.evaluate(tabbablesInPage);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const seen: string[] = [];
  const obscured: RawNode[] = [];
  const trap: RawNode[] = [];
  const limit = Math.min(400, expected.length * 2 + 10);
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await frames(page);
    const f = await page.evaluate(focusedInPage);
    if (!f) {
      if (seen.length) break; // focus left the page's last stop: the walk is complete
      continue;
    }
    if (f.covered && !obscured.some((o) => o.target === f.path)) obscured.push({ target: f.path, html: f.html, summary: `${f.name} is entirely hidden under ${f.coveredBy} when it has keyboard focus` });
    if (seen.includes(f.path)) {
      const missed = expected.filter((p) => !seen.includes(p));
      if (missed.length) {
        const loop = seen.slice(seen.indexOf(f.path));
        trap.push({ target: f.path, html: f.html, summary: `Tab cycles through ${loop.length} element(s) (${loop.slice(0, 4).join(', ')}${loop.length > 4 ? ', …' : ''}) and never reaches ${missed.length} other focusable element(s), such as ${missed[0]}` });
      }
      break;
    }
    seen.push(f.path);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  return { obscured, trap, stops: seen.length };
};

/** Page checks that no engine makes: reflow at 320 px, 200% zoom, text spacing. Restores the viewport. */
const layoutChecks = async (page: Page): Promise<Violation[]> => {
  const out: Violation[] = [];
  const viewport = page.viewport() ?? { width: 1280, height: 900 };
  try {
    await page.setViewport({ width: 320, height: 640 });
    await frames(page);
    const reflow = await page.evaluate(reflowInPage);
    if (reflow.scrollWidth > reflow.width + 1) out.push(fromPortal('portal-reflow', reflow.offenders.length ? reflow.offenders : [{ target: 'html', html: '', summary: `at ${reflow.width} CSS px the page is ${reflow.scrollWidth}px wide: it scrolls sideways` }]));
    // Text already clipped at full size is not what zoom or spacing did: only new clipping counts.
    await page.setViewport(viewport);
    await frames(page);
    const atFull = new Set((await page.evaluate(clippedTextInPage)).map((n) => n.target));
    // 200% zoom of a 1280 px window: a 640 CSS px layout viewport at device scale 2.
    await page.setViewport({ width: Math.round(viewport.width / 2), height: Math.round(viewport.height / 2), deviceScaleFactor: 2 });
    await frames(page);
    const zoomed = (await page.evaluate(clippedTextInPage)).filter((n) => !atFull.has(n.target));
    if (zoomed.length) out.push(fromPortal('portal-zoom-200', zoomed));
    await page.setViewport(viewport);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.dataset['portalAuditSpacing'] = '';
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      document.head.append(style);
    });
    await frames(page);
    const spaced = (await page.evaluate(clippedTextInPage)).filter((n) => !atFull.has(n.target));
    await page.evaluate(() => document.querySelector('style[data-portal-audit-spacing]')?.remove());
    if (spaced.length) out.push(fromPortal('portal-text-spacing', spaced));
  } finally {
    await page.setViewport(viewport);
    await frames(page);
  }
  return out;
};

/** One lock for everything that needs keyboard focus: with several pages open, only the one in front types. */
let keyboardQueue: Promise<unknown> = Promise.resolve();
const withKeyboard = <T>(page: Page, fn: () => Promise<T>): Promise<T> => {
  const run = keyboardQueue.then(async () => {
    await page.bringToFront();
    return fn();
  });
  keyboardQueue = run.catch(() => {});
  return run;
};

export interface AuditOptions {
  scope: string;
  pageLevel: boolean;
  wait: number;
  engines: Engine[];
  sources: Record<Engine, string>;
  /** Resources a story fails to load on purpose (its `audit-expects-404` tag): listed in the report, not a page error. */
  expected404?: boolean;
}

/**
 * One run after its page.goto: settle, audit, merge. `watch` has collected the page errors since
 * begin(); the run's violations include them.
 */
export const auditLoadedPage = async (page: Page, watch: PageErrors, meta: Omit<RunResult, 'violations' | 'findings' | 'review' | 'errors' | 'criteria' | 'tags' | 'ms'>, opts: AuditOptions): Promise<RunResult> => {
  const started = Date.now();
  const { undefinedTags, failed, tags } = await page.evaluate(settleInPage, opts.wait);
  await page.evaluate(installHelpers);
  const runs: { engine: EngineId; run: EngineRun }[] = [];
  for (const engine of opts.engines) {
    const global = { axe: 'axe', ibm: 'ace', htmlcs: 'HTMLCS' }[engine];
    if (!(await page.evaluate((g) => g in window, global))) await page.addScriptTag({ content: opts.sources[engine] });
    const run =
      engine === 'axe'
        ? await page.evaluate(axeInPage, AXE_TAGS, opts.scope, opts.pageLevel ? [] : PAGE_ONLY_RULES)
        : engine === 'ibm'
          ? await page.evaluate(ibmInPage)
          : await page.evaluate(htmlcsInPage);
    runs.push({ engine: ENGINE_ID[engine], run });
  }
  const violations: Violation[] = [];
  const reviews: Violation[] = [];
  for (const { engine, run } of runs) {
    for (const r of run.results) (r.outcome === 'failed' ? violations : reviews).push(fromRaw(r, engine));
  }
  const shadow = await page.evaluate(shadowOnlyTextInPage, opts.scope);
  if (shadow.length) violations.push(fromPortal('portal-shadow-only-text', shadow));
  const portalTested = new Set<string>(['1.3.1', '2.4.7', '1.4.11']);
  await withKeyboard(page, async () => {
    const focus = await page.evaluate(focusIndicatorsInPage, opts.scope);
    if (focus.length) violations.push(fromPortal('portal-focus-indicator', focus));
    if (opts.pageLevel) {
      const rules = await page.evaluate(pageRulesInPage, FIRST_FOCUSABLE);
      if (!rules['portal-skip-link']) {
        const broken = await skipLinkWorks(page);
        if (broken) rules['portal-skip-link'] = [broken];
      }
      for (const [id, nodes] of Object.entries(rules)) violations.push(fromPortal(id, nodes));
      const walk = await tabWalk(page);
      if (walk.obscured.length) violations.push(fromPortal('portal-focus-obscured', walk.obscured));
      if (walk.trap.length) violations.push(fromPortal('portal-keyboard-trap', walk.trap));
      for (const sc of ['2.4.1', '2.4.6', '4.1.2', '2.4.11', '2.1.1', '2.1.2']) portalTested.add(sc);
    }
  });
  if (opts.pageLevel) {
    violations.push(...(await layoutChecks(page)));
    for (const sc of ['1.4.10', '1.4.12', '1.4.4']) portalTested.add(sc);
  }
  if (undefinedTags.length) {
    violations.push(fromPortal('portal-element-undefined', undefinedTags.map(({ tag, html }) => ({ target: tag, html, summary: `<${tag}> is still not defined after ${opts.wait} ms: its module did not load, threw, or never defines it` }))));
  }
  const all = watch.end();
  const errors = opts.expected404 ? all.filter((e) => !/ answered HTTP 404$/.test(e.summary)) : all;
  for (const { tag, html, message } of failed) {
    if (!(message && errors.some((p) => p.summary.includes(message)))) errors.push({ target: tag, html, summary: `<${tag}> did not finish rendering: its updateComplete rejected with ${message}` });
  }
  if (errors.length) violations.push(fromPortal('portal-page-error', errors));
  const findings = merge(violations);
  const review = merge(reviews).filter((r) => !findings.some((f) => f.criterion === r.criterion && f.target === r.target));
  return { ...meta, violations, findings, review, errors, criteria: verdicts(runs, findings, review, portalTested), tags, ms: Date.now() - started };
};

/** Per element and criterion, one finding, with every engine and rule that reported it. */
export const merge = (violations: Violation[]): Finding[] => {
  const byKey = new Map<string, Finding>();
  for (const v of violations) {
    for (const criterion of v.wcag.length ? v.wcag : ['']) {
      for (const n of v.nodes) {
        const key = `${criterion}|${n.target}`;
        let f = byKey.get(key);
        if (!f) byKey.set(key, (f = { criterion, target: n.target, html: n.html, engines: [], rules: [], summaries: [] }));
        if (!f.engines.includes(v.source)) f.engines.push(v.source);
        if (!f.rules.includes(v.id)) f.rules.push(v.id);
        if (n.summary && !f.summaries.includes(n.summary)) f.summaries.push(n.summary);
        if (!f.html && n.html) f.html = n.html;
      }
    }
  }
  return [...byKey.values()];
};

/** One verdict per WCAG 2.2 A/AA criterion: failed, cantTell (an engine could not decide), passed (an automated check applied and found nothing), inapplicable. */
const verdicts = (runs: { engine: EngineId; run: EngineRun }[], findings: Finding[], review: Finding[], portalTested: Set<string>): Record<string, CriterionResult> => {
  const out: Record<string, CriterionResult> = {};
  for (const { num } of CRITERIA) {
    const failed = findings.filter((f) => f.criterion === num);
    const undecided = review.filter((f) => f.criterion === num);
    // A failure names the engines that found it; otherwise, the engines that tested the criterion.
    const engines = new Set<EngineId>(failed.flatMap((f) => f.engines));
    if (!failed.length) {
      for (const { engine, run } of runs) if (run.passed.includes(num)) engines.add(engine);
      if (portalTested.has(num)) engines.add('portal-elements');
    }
    const inapplicable = runs.some(({ run }) => run.inapplicable.includes(num));
    const outcome = failed.length ? 'failed' : undecided.length ? 'cantTell' : engines.size ? 'passed' : inapplicable ? 'inapplicable' : 'cantTell';
    out[num] = { outcome, failed: failed.length, review: undecided.length, engines: [...engines] };
  }
  return out;
};

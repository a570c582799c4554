/**
 * Functions that run inside the audited page (passed to puppeteer's page.evaluate, which sends their
 * source text): they may use only the DOM and what installHelpers() put on window, never anything of
 * this module's scope.
 */

/** A problem found on one element, named by the page-wide path that every engine's finding is keyed on. */
export interface RawNode {
  target: string;
  html: string;
  summary: string;
}

/** One engine's result for one rule: failed (violation) or cantTell (needs review), with its criteria. */
export interface RawResult {
  rule: string;
  outcome: 'failed' | 'cantTell';
  criteria: string[];
  help: string;
  helpUrl: string;
  impact?: string;
  bestPractice?: boolean;
  nodes: RawNode[];
}

/** What an engine reports for one page: its failures and undecided results, and the criteria it tested and found passed or inapplicable. */
export interface EngineRun {
  results: RawResult[];
  passed: string[];
  inapplicable: string[];
}

interface Helpers {
  path(el: Element): string;
  resolve(path: string): Element | null;
  html(el: Element): string;
}

declare global {
  interface Window {
    __portalAudit?: Helpers;
  }
}

/**
 * Installs window.__portalAudit: path(el) gives one stable name per element (ids when unique, else
 * nth-of-type steps, ` >>> ` where a step enters a shadow root), and resolve(path) finds it again.
 */
export function installHelpers(): void {
  if (window.__portalAudit) return;
  const step = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id) && root.querySelectorAll(`#${el.id}`).length === 1) return `#${el.id}`;
    const parent = el.parentElement;
    if (!parent) return el.localName;
    const same = [...parent.children].filter((c) => c.localName === el.localName);
    return same.length === 1 ? el.localName : `${el.localName}:nth-of-type(${same.indexOf(el) + 1})`;
  };
  const pathIn = (el: Element): string => {
    const parts: string[] = [];
    let n: Element | null = el;
    while (n) {
      const s = step(n);
      parts.unshift(s);
      if (s.startsWith('#')) break;
      n = n.parentElement;
    }
    return parts.join(' > ');
  };
  window.__portalAudit = {
    path(el) {
      const segments: string[] = [];
      let n: Element | null = el;
      while (n) {
        segments.unshift(pathIn(n));
        const root = n.getRootNode();
        n = root instanceof ShadowRoot ? root.host : null;
      }
      return segments.join(' >>> ');
    },
    resolve(path) {
      let scope: Document | ShadowRoot | null = document;
      let el: Element | null = null;
      for (const segment of path.split(' >>> ')) {
        if (!scope) return null;
        try {
          el = scope.querySelector(segment);
        } catch {
          return null; // not a path (a URL named by a page error)
        }
        scope = el?.shadowRoot ?? null;
      }
      return el;
    },
    html: (el) => el.outerHTML.slice(0, 300),
  };
}

/** In the page: text nodes inside shadow roots (not style/script/template), per host. */
export function shadowOnlyTextInPage(scope: string): RawNode[] {
  const h = window.__portalAudit!;
  const out: RawNode[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest('style, script, template')) text += n.textContent;
      }
      text = text.replace(/\s+/g, ' ').trim();
      if (text) out.push({ target: h.path(el), html: el.outerHTML.slice(0, 200), summary: `Text only in the shadow root: "${text.slice(0, 120)}"` });
      visit(el.shadowRoot);
    }
  };
  visit(document.querySelector(scope) ?? document);
  return out;
}

/** In the page: focus each focusable element and compare its indicator with the unfocused state. */
export function focusIndicatorsInPage(scope: string): RawNode[] {
  const h = window.__portalAudit!;
  const SELECTOR = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  interface Rgba { r: number; g: number; b: number; a: number }
  const parse = (c: string | undefined): Rgba | null => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)/.exec(c ?? '');
    if (!m) return null;
    let a = m[4] === undefined ? 1 : parseFloat(m[4]);
    if (m[4]?.endsWith('%')) a /= 100;
    return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a };
  };
  const lum = ({ r, g, b }: Rgba) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x: Rgba, y: Rgba) => {
    const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  /** Source-over alpha compositing of a colour on an opaque backdrop. */
  const over = (c: Rgba, bg: Rgba): Rgba => {
    const mix = (f: number, b: number) => c.a * f + (1 - c.a) * b;
    return { r: mix(c.r, bg.r), g: mix(c.g, bg.g), b: mix(c.b, bg.b), a: 1 };
  };
  /** The opaque colour behind an element: the first ancestor background that is not transparent. */
  const backdrop = (el: Element): Rgba => {
    for (let n: Element | undefined | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined)) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const snapshot = (el: Element) => {
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineOffset: parseFloat(s.outlineOffset) || 0, border: parseFloat(s.borderTopWidth) || 0, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  };
  const all: HTMLElement[] = [];
  const collect = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(SELECTOR)) all.push(el as HTMLElement);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document.querySelector(scope) ?? document);
  const out: RawNode[] = [];
  for (const el of all) {
    const before = snapshot(el);
    el.focus({ focusVisible: true, preventScroll: false } as FocusOptions);
    if (document.activeElement !== el && !el.matches(':focus')) continue; // not focusable after all (hidden, inert)
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      el.blur();
      continue;
    }
    const after = snapshot(el);
    el.blur();
    let reason = '';
    const outline = after.outlineStyle !== 'none' && after.outlineWidth > 0;
    const outlineChanged = outline && (before.outlineStyle !== after.outlineStyle || before.outlineWidth !== after.outlineWidth || before.outlineColor !== after.outlineColor);
    // A ring drawn inside the element's border lies on the element's own background (a button over a photo).
    const inside = outlineChanged && after.outlineOffset + after.outlineWidth <= -after.border;
    const bg = backdrop(inside ? el : (el.parentElement ?? el));
    const shadowChanged = after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow;
    if (!outlineChanged && !shadowChanged) {
      reason = 'no focus indicator: neither outline nor box-shadow changes on focus';
    } else {
      const color = parse(outlineChanged ? after.outlineColor : after.boxShadow);
      const r = color ? ratio(over(color, bg), bg) : 0;
      if (r < 3) reason = `focus indicator contrast ${r.toFixed(2)}:1 against the background${inside ? ' of the element it is drawn inside' : ''} (needs 3:1)${color && color.a < 1 ? `; its colour is ${Math.round(color.a * 100)}% opaque` : ''}`;
    }
    if (reason) out.push({ target: h.path(el), html: el.outerHTML.slice(0, 200), summary: reason });
  }
  return out;
}

/**
 * In the page: wait until every custom element (a tag with a dash) is defined and, for Lit
 * elements, has rendered (updateComplete), again for the elements those render, up to
 * `timeout` ms in all. Returns the tags still undefined, the elements whose updateComplete
 * rejected, and how many of each tag the page uses.
 */
export async function settleInPage(timeout: number): Promise<{ undefinedTags: { tag: string; html: string }[]; failed: { tag: string; html: string; message: string }[]; tags: Record<string, number> }> {
  const deadline = Date.now() + timeout;
  const within = (promise: Promise<unknown>) => Promise.race([promise, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
  const RESERVED = ['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'];
  const customs = () => {
    const found: Element[] = [];
    const visit = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (/^[a-z][^A-Z]*-/.test(el.localName) && !RESERVED.includes(el.localName) && el.namespaceURI === 'http://www.w3.org/1999/xhtml') found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  const whenDefined = (tag: string) => customElements.whenDefined(tag).catch(() => {});
  const seen = new Set<string>();
  const rendered = new WeakSet<Element>();
  const failed = new Map<Element, { tag: string; html: string; message: string }>();
  const isLit = (el: Element) => 'updateComplete' in el;
  const settled = (el: Element) =>
    Promise.resolve((el as unknown as { updateComplete: Promise<unknown> }).updateComplete).catch((e: unknown) => {
      if (!failed.has(el)) failed.set(el, { tag: el.localName, html: el.outerHTML.slice(0, 200), message: String((e as Error)?.message ?? e) });
    });
  for (let round = 0; round < 10 && Date.now() < deadline; round++) {
    const els = customs();
    const fresh = [...new Set(els.map((el) => el.localName))].filter((t) => !seen.has(t));
    const pending = els.filter((el) => isLit(el) && !rendered.has(el));
    if (!fresh.length && !pending.length) break;
    fresh.forEach((t) => seen.add(t));
    await within(Promise.all(fresh.map(whenDefined)));
    const lit = customs().filter(isLit);
    await within(Promise.all(lit.map(settled)));
    for (const el of lit) rendered.add(el);
  }
  await within(document.fonts.ready);
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const undefinedTags = new Map<string, string>();
  const tags: Record<string, number> = {};
  for (const el of customs()) {
    tags[el.localName] = (tags[el.localName] ?? 0) + 1;
    if (!customElements.get(el.localName) && !undefinedTags.has(el.localName)) undefinedTags.set(el.localName, el.outerHTML.slice(0, 200));
  }
  return { undefinedTags: [...undefinedTags].map(([tag, html]) => ({ tag, html })), failed: [...failed.values()], tags };
}

export const FIRST_FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** In the page: landmarks, h1, skip link target, and links whose href runs script. */
export function pageRulesInPage(firstFocusable: string): Record<string, RawNode[]> {
  const h = window.__portalAudit!;
  const out: Record<string, RawNode[]> = {};
  const mains = document.querySelectorAll('main, [role="main"]');
  if (mains.length !== 1) out['portal-one-main'] = [{ target: h.path(document.body), html: '', summary: `found ${mains.length} main landmarks` }];
  const h1s = [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')];
  if (h1s.length !== 1) out['portal-one-h1'] = [{ target: h.path(document.body), html: h1s.map((x) => x.outerHTML.slice(0, 80)).join(' '), summary: `found ${h1s.length} h1 elements` }];
  const first = document.querySelector(firstFocusable);
  const href = first?.getAttribute('href');
  const id = first?.localName === 'a' && href?.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
  const target = id && document.getElementById(id);
  const main = mains.length === 1 ? mains[0]! : null;
  let summary = '';
  if (!id) summary = 'the first focusable element is not a same-page skip link';
  else if (!target) summary = `the skip link's target #${id} does not exist`;
  else if (main && !(target === main || target.contains(main) || main.contains(target))) summary = `the skip link's target #${id} (<${target.localName}>) is not the main content: it neither is, contains nor lies inside the <main> landmark`;
  if (summary) out['portal-skip-link'] = [{ target: first ? h.path(first) : 'body', html: first?.outerHTML.slice(0, 200) ?? '', summary }];
  const scripted: RawNode[] = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    // The URL parser ignores leading spaces and control characters, and tabs and newlines anywhere.
    // eslint-disable-next-line no-control-regex -- the characters the URL parser strips
    if (/^javascript:/i.test(raw.replace(/[\u0000-\u0020]/g, ''))) scripted.push({ target: h.path(a), html: a.outerHTML.slice(0, 200), summary: `the link "${(a.textContent ?? '').trim().slice(0, 60)}" has href="${raw.slice(0, 60)}": it is announced as a link but goes nowhere, cannot be opened in a new tab, and does nothing without script` });
  }
  if (scripted.length) out['portal-javascript-url'] = scripted;
  return out;
}

/** In the page: axe-core (already injected) on the scope, violations and incomplete results, and the criteria it tested. */
export async function axeInPage(tags: string[], scope: string, disabled: string[]): Promise<EngineRun> {
  const h = window.__portalAudit!;
  interface AxeNode { target: (string | string[])[]; html: string; failureSummary?: string; any?: { message: string }[] }
  interface AxeRule { id: string; impact?: string; tags: string[]; help: string; helpUrl: string; nodes: AxeNode[] }
  interface AxeResults { violations: AxeRule[]; incomplete: AxeRule[]; passes: AxeRule[]; inapplicable: AxeRule[] }
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
  let r: AxeResults | undefined;
  // Storybook's a11y addon may be running axe on the same page: wait for it, then run ours.
  for (let attempt = 0; !r; attempt++) {
    try {
      r = await axe.run(document.querySelector(scope) ?? document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations', 'incomplete'],
      });
    } catch (e) {
      if (attempt > 50 || !/already running/i.test(String(e))) throw e;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const sc = (t: string[]) => t.map((x) => /^wcag(\d)(\d)(\d+)$/.exec(x)).filter((m): m is RegExpExecArray => !!m).map(([, a, b, c]) => `${a}.${b}.${c}`);
  const find = (target: (string | string[])[]): Element | null => {
    let scopeNode: Document | ShadowRoot | null = document;
    let el: Element | null = null;
    for (const part of target) {
      const chain = Array.isArray(part) ? part : [part];
      for (const s of chain) {
        if (!scopeNode) return null;
        el = scopeNode.querySelector(s);
        scopeNode = el?.shadowRoot ?? null;
      }
    }
    return el;
  };
  const convert = (v: AxeRule, outcome: 'failed' | 'cantTell'): RawResult => ({
    rule: v.id,
    outcome,
    criteria: sc(v.tags),
    help: v.help,
    helpUrl: v.helpUrl,
    ...(v.impact ? { impact: v.impact } : {}),
    bestPractice: v.tags.includes('best-practice') && !sc(v.tags).length,
    nodes: v.nodes.map((n) => {
      const el = find(n.target);
      const summary = (n.failureSummary ?? n.any?.map((a) => a.message).join('; ') ?? '').replace(/\s+/g, ' ').trim();
      return { target: el ? h.path(el) : n.target.flat().join(' '), html: n.html, summary };
    }),
  });
  return {
    results: [...r.violations.map((v) => convert(v, 'failed')), ...r.incomplete.map((v) => convert(v, 'cantTell'))],
    passed: [...new Set(r.passes.flatMap((v) => sc(v.tags)))],
    inapplicable: [...new Set(r.inapplicable.flatMap((v) => sc(v.tags)))],
  };
}

/** In the page: IBM Equal Access (ace.js, already injected) with its WCAG 2.2 ruleset, mapped to criteria. */
export async function ibmInPage(): Promise<EngineRun> {
  const h = window.__portalAudit!;
  interface Issue { ruleId: string; reasonId: string; value: [string, string]; path: { dom: string }; message: string; snippet: string }
  interface Checkpoint { num: string; wcagLevel: string; rules?: { id: string; reasonCodes?: string[] }[] }
  interface Checker { check(doc: Document, ids: string[]): Promise<{ results: Issue[] }>; getGuidelines(): { id: string; checkpoints: Checkpoint[] }[] }
  const ace = (window as unknown as { ace: { Checker: new () => Checker } }).ace;
  const checker = new ace.Checker();
  const report = await checker.check(document, ['WCAG_2_2']);
  const guideline = checker.getGuidelines().find((g) => g.id === 'WCAG_2_2');
  const criteriaOf = new Map<string, Set<string>>();
  for (const cp of guideline?.checkpoints ?? []) {
    if (!/^A{1,2}$/.test(cp.wcagLevel)) continue;
    for (const rule of cp.rules ?? []) {
      const keys = rule.reasonCodes?.length ? rule.reasonCodes.map((code) => `${rule.id}|${code}`) : [rule.id];
      for (const k of keys) {
        if (!criteriaOf.has(k)) criteriaOf.set(k, new Set());
        criteriaOf.get(k)!.add(cp.num);
      }
    }
  }
  const criteria = (i: Issue) => [...(criteriaOf.get(`${i.ruleId}|${i.reasonId}`) ?? criteriaOf.get(i.ruleId) ?? [])];
  const resolveXPath = (xpath: string): Element | null => {
    let node: Element | Document | ShadowRoot | null = document;
    for (const stepText of xpath.split('/').filter(Boolean)) {
      const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(stepText);
      if (!m || !node) return null;
      if (m[1] === '#document-fragment') {
        node = (node as Element).shadowRoot;
        continue;
      }
      const index = Number(m[2] ?? 1) - 1;
      const kids: Element[] = [...(node as ParentNode).children].filter((c) => c.localName === m[1]);
      node = kids[index] ?? null;
    }
    return node instanceof Element ? node : null;
  };
  const grouped = new Map<string, RawResult>();
  const passed = new Set<string>();
  for (const issue of report.results) {
    const [policy, result] = issue.value;
    const cs = criteria(issue);
    if (!cs.length) continue;
    if (result === 'PASS') {
      cs.forEach((x) => passed.add(x));
      continue;
    }
    if (policy !== 'VIOLATION') continue;
    const outcome = result === 'FAIL' ? 'failed' : result === 'POTENTIAL' || result === 'MANUAL' ? 'cantTell' : null;
    if (!outcome) continue;
    const key = `${issue.ruleId}|${outcome}`;
    if (!grouped.has(key)) grouped.set(key, { rule: issue.ruleId, outcome, criteria: cs, help: issue.message, helpUrl: '', nodes: [] });
    const el = resolveXPath(issue.path.dom);
    grouped.get(key)!.nodes.push({ target: el ? h.path(el) : issue.path.dom, html: el ? h.html(el) : issue.snippet, summary: issue.message });
  }
  return { results: [...grouped.values()], passed: [...passed], inapplicable: [] };
}

/** In the page: HTML_CodeSniffer (HTMLCS.js, already injected), standard WCAG2AA: errors fail, warnings need review. */
export async function htmlcsInPage(): Promise<EngineRun> {
  const h = window.__portalAudit!;
  interface Message { type: number; code: string; msg: string; element: Element | Document }
  const HTMLCS = (window as unknown as { HTMLCS: { process(std: string, el: Document, done: () => void, fail: () => void): void; getMessages(): Message[] } }).HTMLCS;
  const messages = await new Promise<Message[]>((ok, fail) => HTMLCS.process('WCAG2AA', document, () => ok(HTMLCS.getMessages()), () => fail(new Error('HTML_CodeSniffer failed to run'))));
  const grouped = new Map<string, RawResult>();
  for (const m of messages) {
    if (m.type !== 1 && m.type !== 2) continue; // 3 = notice: "check this by hand", on every page
    const sc = /Guideline\d_\d+\.(\d)_(\d+)_(\d+)/.exec(m.code);
    if (!sc) continue;
    const criterion = `${sc[1]}.${sc[2]}.${sc[3]}`;
    if (criterion === '4.1.1') continue; // Parsing: removed from WCAG 2.2 (always satisfied for HTML)
    const outcome = m.type === 1 ? 'failed' : 'cantTell';
    const rule = m.code.replace(/^WCAG2AA\.Principle\d\.Guideline\d_\d+\./, '');
    const key = `${rule}|${outcome}`;
    if (!grouped.has(key)) grouped.set(key, { rule, outcome, criteria: [criterion], help: m.msg, helpUrl: '', nodes: [] });
    const el = m.element instanceof Element ? m.element : document.documentElement;
    grouped.get(key)!.nodes.push({ target: h.path(el), html: h.html(el).slice(0, 200), summary: m.msg });
  }
  return { results: [...grouped.values()], passed: [], inapplicable: [] };
}

/**
 * In the page: elements whose text is clipped by their own box (overflow hidden/clip, content larger
 * than the box): what text spacing or zoom can cause. Returns their paths and how much is hidden.
 */
export function clippedTextInPage(): RawNode[] {
  const h = window.__portalAudit!;
  const out: RawNode[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    const clipsX = /hidden|clip/.test(s.overflowX);
    const clipsY = /hidden|clip/.test(s.overflowY);
    if (!clipsX && !clipsY) continue;
    if (!(el.textContent ?? '').trim()) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue; // visually hidden text (skip-link style) is not clipped text
    const lostY = clipsY ? el.scrollHeight - el.clientHeight : 0;
    const lostX = clipsX ? el.scrollWidth - el.clientWidth : 0;
    // A line clamp (-webkit-line-clamp) is a deliberate truncation with the full text elsewhere: not judged here.
    if (s.getPropertyValue('-webkit-line-clamp') && s.getPropertyValue('-webkit-line-clamp') !== 'none') continue;
    if (lostY > 2 || lostX > 2) out.push({ target: h.path(el), html: el.outerHTML.slice(0, 200), summary: `text is cut off by its box: ${lostX > 2 ? `${lostX}px wide ` : ''}${lostY > 2 ? `${lostY}px tall ` : ''}hidden (overflow: ${s.overflowX}/${s.overflowY})` });
  }
  return out;
}

/** In the page: does the page scroll sideways at this width, and which elements stick out (not inside a scrolling box, not a table, pre, map or video)? */
export function reflowInPage(): { scrollWidth: number; width: number; offenders: RawNode[] } {
  const h = window.__portalAudit!;
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const offenders: RawNode[] = [];
  if (scrollWidth > width + 1) {
    const EXEMPT = 'table, pre, code, video, canvas, svg, iframe, [role="application"], map';
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 1 || box.width === 0) continue;
      if (el.closest(EXEMPT)) continue;
      let scroller = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(p).overflowX)) scroller = true;
      }
      if (scroller) continue;
      // Report the outermost offender only.
      if (offenders.some((o) => window.__portalAudit!.resolve(o.target)?.contains(el))) continue;
      offenders.push({ target: h.path(el), html: el.outerHTML.slice(0, 200), summary: `at ${width} CSS px the element is ${Math.round(box.width)}px wide and reaches ${Math.round(box.right)}px: the page scrolls sideways (${scrollWidth}px)` });
      if (offenders.length >= 5) break;
    }
  }
  return { scrollWidth, width, offenders };
}

/** In the page: the deepest focused element (through shadow roots), with its box and whether something fixed or sticky covers it. */
export function focusedInPage(): { path: string; html: string; name: string; visible: boolean; covered: boolean; coveredBy: string; inBody: boolean } | null {
  const h = window.__portalAudit!;
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const box = el.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0;
  const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 40)}"` : ''}`;
  // Sample a 3×3 grid inside the box (within the viewport): covered when every sample hits something
  // else that is, or lies inside, a position: fixed or sticky element.
  let covered = visible;
  let coveredBy = '';
  const isFixed = (n: Element | null): Element | null => {
    for (let p = n; p; p = p.parentElement ?? ((p.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
      const pos = getComputedStyle(p).position;
      if (pos === 'fixed' || pos === 'sticky') return p;
    }
    return null;
  };
  let samples = 0;
  for (const fx of [0.15, 0.5, 0.85]) {
    for (const fy of [0.15, 0.5, 0.85]) {
      const x = box.left + box.width * fx;
      const y = box.top + box.height * fy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      samples++;
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const own: boolean = !!hit && (hit === el || el.contains(hit) || hit.contains(el) || (el.getRootNode() as ShadowRoot).host === hit);
      const fixed: Element | null = own ? null : isFixed(hit);
      if (!fixed || fixed.contains(el)) {
        covered = false;
      } else coveredBy = h.path(fixed);
    }
  }
  if (!samples) covered = false;
  let host: Element | null = el;
  while (host && host.getRootNode() !== document) host = (host.getRootNode() as ShadowRoot).host;
  return { path: h.path(el), html: el.outerHTML.slice(0, 200), name, visible, covered, coveredBy, inBody: !!host && document.body.contains(host) };
}

/** In the page: every element that Tab should reach (tabbable, rendered), by path, in the light DOM and open shadow roots. */
export function tabbablesInPage(): string[] {
  const h = window.__portalAudit!;
  const SELECTOR = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const out: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(SELECTOR) && (el as HTMLElement).tabIndex >= 0) {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (s.visibility !== 'hidden' && s.display !== 'none' && (box.width > 0 || box.height > 0) && !el.closest('[inert]')) out.push(h.path(el));
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

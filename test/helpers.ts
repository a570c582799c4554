/// <reference types="mocha" />
/**
 * Shared test helpers. Import this module first in every test file: it fails
 * any test that leaves an unexpected console warning or error behind (Lit dev
 * warnings included), so authoring warnings must be asserted, never ignored.
 */
// First: the fonts the tests measure, from npm, loaded before any test runs (see fonts.ts).
import './fonts.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

const litGlobal = globalThis as { litIssuedWarnings?: Set<string> };
// Lit's one-off "running in dev mode" notice is expected in tests; every other Lit warning is not.
(litGlobal.litIssuedWarnings ??= new Set()).add('dev-mode');

type Level = 'warn' | 'error';
const seen: { level: Level; text: string }[] = [];
// Recorded, not printed: a test asserts the ones it expects, and the guard below prints the rest.
for (const level of ['warn', 'error'] as const) {
  console[level] = (...args: unknown[]) => {
    seen.push({ level, text: args.map(String).join(' ') });
  };
}

/** Takes (and so expects) the warnings printed so far. */
export const takeWarnings = (): string[] => {
  const out = seen.filter((m) => m.level === 'warn').map((m) => m.text);
  for (let i = seen.length - 1; i >= 0; i--) if (seen[i]!.level === 'warn') seen.splice(i, 1);
  return out;
};

/** Asserts that exactly one warning was printed, and returns it. */
export const expectOneWarning = (pattern: RegExp): string => {
  const warnings = takeWarnings();
  expect(warnings, `warnings: ${JSON.stringify(warnings)}`).to.have.length(1);
  expect(warnings[0]).to.match(pattern);
  return warnings[0]!;
};

afterEach(function () {
  const left = seen.splice(0);
  if (left.length) {
    // Fails the test that left them (Mocha's hook.error() fails the current test), without a throw from the hook,
    // which would abort every later test of the file.
    (this as unknown as { test: { error(e: Error): void } }).test.error(new Error(`Unexpected console output:\n${left.map((m) => `${m.level}: ${m.text}`).join('\n')}`));
  }
});

/**
 * Resolves once every `portal-*` element under `root` has updated with every module it asked for (modules load on
 * first use, and `updateComplete` waits for them). A task goes by first, so that changes that reach the elements in
 * microtasks (a `lang` change, a slot change) have been seen. It waits on the code, never on the clock.
 */
export const settled = async (root: ParentNode = document): Promise<void> => {
  await new Promise((r) => setTimeout(r));
  for (const el of root.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')) if (el.localName.startsWith('portal-')) await el.updateComplete;
};

/**
 * Waits until `get` gives something, checking each time the elements have settled and a frame has gone by (a
 * browser event such as an image's load, a dialog's close, may be what it waits for). No deadline of its own: the
 * test's timeout is the only one, so a slow machine only makes it slower.
 */
export const until = async <T>(get: () => T | null | undefined | false): Promise<T> => {
  for (;;) {
    const value = get();
    if (value) return value;
    await settled();
    await new Promise((r) => requestAnimationFrame(r));
  }
};

/** Reader-facing text that exists only inside `el`'s shadow root (style and script excluded). */
export const shadowOnlyText = (el: Element): string => {
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('style, script, template')) text += n.textContent ?? '';
  }
  for (const child of root.querySelectorAll('*')) text += shadowOnlyText(child);
  return text.replace(/\s+/g, ' ').trim();
};

/**
 * Follows a same-page link with `link.click()`, and resolves once the location has the link's fragment. Chromium and
 * WebKit navigate to a fragment during click(); Firefox does it in a task after (WICG/navigation-api issue 19:
 * "aElement.click() for a fragment navigation link is asynchronous in Firefox"); hashchange comes after it in all
 * three. The link's fragment must differ from the location's (no hashchange otherwise).
 */
export const followLink = async (link: HTMLAnchorElement): Promise<void> => {
  const arrived = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  link.click();
  await arrived;
};

/** Moves focus back to the start of the document, as when a page has just loaded. */
export const resetFocus = (): void => {
  (document.activeElement as HTMLElement | null)?.blur();
  window.getSelection()?.removeAllRanges();
};

export interface A11yNode {
  role: string;
  name: string;
  level?: number;
  children?: A11yNode[];
}

/** The engine the tests run in: Chromium, Firefox or WebKit (Chromium's user agent also says Safari, WebKit's does not say Chrome). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * A test that only some engines can run, because it measures something only they expose. Its title must say so, e.g.
 * "… (Chromium: Layout Instability API)". In the other engines it is not registered at all (not skipped).
 */
export const itIn = (engines: (typeof engine)[], title: string, fn: Mocha.Func): void => {
  if (engines.includes(engine)) it(title, fn);
};

/**
 * Asserts role and name of every element `selector` matches (light DOM, tree order), as this engine's own
 * accessibility code computes them: Chromium's tree, WebKit's WebDriver computed role and label, Firefox's
 * WebDriver BiDi accessibility locator (see test/plugins/a11y-roles.mjs). Engine-neutral: use it for role and name.
 * An entry with `level` checks a heading's level too: Chromium's tree level; in WebKit and Firefox, whose WebDriver
 * has no level, the DOM's (aria-level, h1–h6) once the engine's own role for the element is heading. An entry without
 * `role` checks the name alone.
 */
export const expectRolesAndNames = async (selector: string, expected: { role?: string; name?: string; level?: number }[]): Promise<void> => {
  const actual = await executeServerCommand('a11y-roles', { selector, expected });
  expect(actual, `role and name of ${selector} in ${engine}`).to.deep.equal(expected);
};

/** Candidates for expectAllWithRole: every element HTML-AAM maps to a landmark role (or article), and any [role]. */
export const LANDMARKS = 'header, nav, main, footer, aside, section, form, search, article, [role]';
/** Candidates for expectAllWithRole: every element that can be a heading. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role]';

/**
 * Asserts which elements in the page this engine exposes with `role`, in document order: as many as `expected`, each
 * with the expected name and level (as expectRolesAndNames checks them). Chromium and Firefox search the whole
 * document by role (CDP Accessibility.queryAXTree, WebDriver BiDi's accessibility locator); WebKit, whose WebDriver
 * can only compute the role of a given element, computes it for every element `candidates` matches (LANDMARKS,
 * HEADINGS, or every element HTML-AAM maps to the role, and `[role]`). Light DOM only. Returns the elements.
 */
export const expectAllWithRole = async (role: string, candidates: string, expected: { name?: string; level?: number }[]): Promise<Element[]> => {
  const paths = (await executeServerCommand('a11y-find', { role, candidates })) as string[];
  const found = paths.map((p) => document.querySelector(p));
  const missing = paths.filter((_, i) => !found[i]);
  expect(missing, `elements with role ${role} that are not in the light DOM`).to.deep.equal([]);
  const elements = [...new Set(found as Element[])].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const describe = (el: Element) => `<${el.localName}> ${el.textContent!.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
  expect(elements.length, `elements with role ${role} in ${engine}:\n${elements.map(describe).join('\n')}`).to.equal(expected.length);
  if (elements.length) await expectRolesAndNames(elements.map((el) => paths[found.indexOf(el)]).join(', '), expected.map((e) => ({ role, ...e })));
  return elements;
};

/** Every node in an accessibility snapshot with the given role, in tree order. */
export const nodesWithRole = (node: A11yNode | null, role: string, out: A11yNode[] = []): A11yNode[] => {
  if (!node) return out;
  if (node.role === role) out.push(node);
  for (const child of node.children ?? []) nodesWithRole(child, role, out);
  return out;
};

/** Loads a shipped theme stylesheet into the test page, once, as a portal would. */
export const loadTheme = async (name = 'default'): Promise<void> => {
  const id = `portal-theme-${name}`;
  if (document.getElementById(id)) return;
  const link = Object.assign(document.createElement('link'), { id, rel: 'stylesheet', href: `/src/themes/${name}.css` });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
};

/**
 * The page in print as far as its stylesheets go, in every engine: the rules inside `@media print` (a media list that
 * names print) of the document's stylesheets and of the sheets adopted into the document (a component's), as this
 * engine parsed them, as one stylesheet to adopt for the screen. Only Chromium's DevTools protocol emulates print
 * media (emulateMedia); Firefox over WebDriver BiDi and WebKit over WebDriver cannot. Throws if there is none.
 */
export const printRulesAsScreen = (): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  const collect = (rules: CSSRuleList): void => {
    for (const rule of rules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      if ([...rule.media].some((m) => /^(only )?print\b/.test(m.trim()))) for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    }
  };
  for (const s of [...document.styleSheets, ...document.adoptedStyleSheets]) collect(s.cssRules);
  if (!sheet.cssRules.length) throw new Error("no @media print rule in the page's stylesheets");
  return sheet;
};

/** One way a test puts the page in print: its name, the engines that have it, and how to enter it. */
export type PrintWay = [name: string, engines: (typeof engine)[], enter: () => Promise<void>];

/**
 * The two ways to see the page in print, for a `describe` of print tests (call it in the describe's body: it adds
 * an afterEach there that leaves print, whichever way was taken):
 *
 * - Chromium's print emulation (DevTools protocol; Firefox over WebDriver BiDi and WebKit over WebDriver have none);
 * - in every engine, the print rules as this engine parsed them (`rules()`, by default printRulesAsScreen()) adopted
 *   into the document as screen rules, so each engine's own cascade says what paper gets from the stylesheets.
 */
export const printWays = (rules: () => CSSStyleSheet = printRulesAsScreen): PrintWay[] => {
  let adopted: CSSStyleSheet | undefined;
  afterEach(async () => {
    if (adopted) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== adopted);
    adopted = undefined;
    if (engine === 'chromium') await emulateMedia({ media: 'screen' });
  });
  return [
    [
      'print media emulated (Chromium: DevTools emulation)',
      ['chromium'],
      async () => {
        await emulateMedia({ media: 'print' });
        expect(matchMedia('print').matches, 'print media').to.equal(true);
      },
    ],
    [
      'the print rules as this engine parses them, applied on screen',
      ['chromium', 'firefox', 'webkit'],
      async () => {
        adopted = rules();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted];
      },
    ],
  ];
};

/** Emulates media features (forced-colors, prefers-reduced-motion…); `[]` resets them. */
export const emulateMediaFeatures = (features: { name: string; value: string }[]): Promise<unknown> =>
  executeServerCommand('media-features', features);

/**
 * Switches the page to one shipped theme, as a portal would load it: a single
 * `<link id="portal-theme">` that is replaced, never added to. `null` removes it.
 */
export const useTheme = async (name: string | null): Promise<void> => {
  const current = document.getElementById('portal-theme');
  const href = name === null ? null : `/src/themes/${name}.css`;
  if (current?.getAttribute('href') === href) return;
  if (href === null) {
    current?.remove();
    return;
  }
  const link = Object.assign(document.createElement('link'), { id: 'portal-theme', rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`theme ${name} did not load from ${href}`));
  });
  if (current) current.replaceWith(link);
  else document.head.append(link);
  await loaded;
};

/**
 * Chromium's whole accessibility tree under `selector` (default: the page), not
 * only Puppeteer's "interesting" nodes: a11ySnapshot drops a heading that holds
 * a link, and a list with its items. See test/plugins/a11y-tree.mjs.
 */
export const a11yTree = async (selector?: string): Promise<A11yNode> =>
  (await executeServerCommand('a11y-tree', selector ? { selector } : {})) as A11yNode;

/**
 * The accessibility tree under `selector` as a screen reader works with it: generic wrappers flattened into their
 * children, each node only { role, name, level?, children? }. Lists and list items stay (unlike a11ySnapshot).
 */
export const a11yOutline = (selector: string): Promise<A11yNode[]> =>
  executeServerCommand('a11y-tree', { selector, prune: true }) as Promise<A11yNode[]>;

/**
 * What this engine computes for each element `selector` matches, as expectRolesAndNames reads it, without asserting:
 * for a role that must NOT be there (a decorative image, a link without href, an inert link). In Firefox, whose
 * WebDriver BiDi locator can only confirm an expected role and name, an element without the expected role comes back
 * as `{ role: 'not <role>' }`; so assert `.not.equal(role)`, which fails in every engine if the role is there.
 */
export const rolesAndNames = (selector: string, expected: { role: string; name?: string }[]): Promise<{ role: string; name?: string }[]> =>
  executeServerCommand('a11y-roles', { selector, expected }) as Promise<{ role: string; name?: string }[]>;

/** The heading level the DOM gives `el` (aria-level, else the h1–h6 tag, else ARIA's 2 for role=heading; 0 if it is none), engine-neutral. */
export const domHeadingLevel = (el: Element): number =>
  Number(el.getAttribute('aria-level')) || Number(/^h([1-6])$/.exec(el.localName)?.[1] ?? 0) || (el.getAttribute('role') === 'heading' ? 2 : 0);

/**
 * The outline a screen reader works with under `selector` (headings with their level, lists with their name and
 * items, paragraphs, each item's text), read from the DOM as rendered (hidden nodes and those not rendered left out),
 * and checked against this engine's own accessibility code: every heading's and list's role and name, and the role of
 * each list's first item, and each heading's level (test/plugins/a11y-roles.mjs: Chromium's tree level; WebKit and
 * Firefox have no computed level, there the DOM's once the engine's role is heading). Structure comes from the DOM
 * (test/attendance-list.test.ts checks in Chromium that it agrees with the tree). A list item carries its text
 * (`text`), as a reader hears it.
 */
export const outline = async (selector: string): Promise<A11yNode[]> => {
  const root = document.querySelector(selector)!;
  const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string =>
    el.getAttribute('aria-label') ??
    (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => text((el.getRootNode() as Document).getElementById(id)!))
      .join(' ');
  const roleOf = (el: Element): string | undefined =>
    el.getAttribute('role') ??
    ({ h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', ul: 'list', ol: 'list', li: 'listitem', p: 'paragraph' } as Record<string, string>)[el.localName];
  const checks: { el: Element; role: string; name?: string; level?: number }[] = [];
  const pathOf = (el: Element): string => (el === root ? selector : `${pathOf(el.parentElement!)} > :nth-child(${[...el.parentElement!.children].indexOf(el) + 1})`);
  const walk = (el: Element): A11yNode[] => {
    const children = [...el.children].filter((c) => !(c as HTMLElement).hidden && c.checkVisibility()).flatMap(walk);
    const role = roleOf(el);
    if (!role || el === root || role === 'none' || role === 'presentation') return children;
    if (role === 'heading') {
      checks.push({ el, role, name: text(el), level: domHeadingLevel(el) });
      return [{ role, name: text(el), level: domHeadingLevel(el) }];
    }
    if (role === 'list') {
      checks.push({ el, role, name: nameOf(el) });
      const items = children.filter((c) => c.role === 'listitem');
      const first = [...el.children].find((c) => roleOf(c) === 'listitem' && !(c as HTMLElement).hidden);
      if (first) checks.push({ el: first, role: 'listitem' });
      return [{ role, name: nameOf(el), children: items }];
    }
    if (role === 'listitem') return [{ role, name: '', text: text(el), ...(children.length ? { children } : {}) } as A11yNode];
    return [{ role, name: role === 'paragraph' ? '' : nameOf(el), ...(children.length ? { children } : {}) }];
  };
  const tree = walk(root);
  // In document order, as the selector list matches them.
  checks.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (checks.length) await expectRolesAndNames(checks.map((c) => pathOf(c.el)).join(', '), checks.map(({ role, name, level }) => ({ role, ...(name === undefined ? {} : { name }), ...(level === undefined ? {} : { level }) })));
  return tree;
};


/**
 * The name this engine computes for `el` from its text: its text with each run of white space as one space, except in
 * WebKit, which leaves out a space that ends a text node where the line wraps right after it. A wrapped headline
 * "… nhiệm kỳ <span class="portal-nowrap">2016-2021</span>" whose line breaks before the span is named "… nhiệm
 * kỳ2016-2021" there (WebKitGTK 2.50's Get Computed Label; the same markup on one line keeps the space; a space that
 * starts a text node is kept, but the virtual screen reader's name computation trims it). An engine bug in how
 * WebKit turns rendered text into a name, not in the markup, so the tests expect it where it happens, and only there.
 */
export const nameFromText = (el: Element): string => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const lineOf = (node: Text, offset: number): number => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect().top;
  };
  const parts = nodes.map((node, i) => {
    const next = nodes.slice(i + 1).find((n) => n.data.trim());
    const last = node.data.trimEnd().length - 1;
    if (engine !== 'webkit' || !next || last < 0 || last === node.data.length - 1) return node.data;
    // The next word starts a new line: WebKit drops the space between.
    return lineOf(next, next.data.length - next.data.trimStart().length) > lineOf(node, last) + 1 ? node.data.trimEnd() : node.data;
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
};

/** Asserts that each element `selector` matches is an image named `names[i]`, in this engine's accessibility code. */
export const expectImages = (selector: string, names: string[]): Promise<void> => expectRolesAndNames(selector, names.map((name) => ({ role: 'image', name })));

/**
 * Asserts that each element `selector` matches is decorative: not an image in this engine's accessibility code.
 * Firefox's locator can only confirm a role, so there it must find the element as `none`; elsewhere the computed
 * role must not be `image`.
 */
export const expectDecorative = async (selector: string, count = 1): Promise<void> => {
  if (engine === 'firefox') return expectRolesAndNames(selector, Array.from({ length: count }, () => ({ role: 'none' })));
  const actual = await rolesAndNames(selector, Array.from({ length: count }, () => ({ role: 'image' })));
  expect(actual.map((n) => n.role), `computed roles of ${selector} in ${engine}`).to.have.length(count).and.not.include('image');
};

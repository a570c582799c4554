/// <reference types="mocha" />
/**
 * The property tests' harness: run counts and seed from the runner, one container for every run,
 * and the six invariants checked after each run of each tag.
 *
 * A case says what to build (markup, host attributes and properties, the page around it), how to
 * insert it (at once, removed and re-added, changed twice before awaiting…) and, from its own
 * knowledge of the input, which warnings it must produce. After the element has settled:
 *
 * 1. no uncaught error (window `error`, `unhandledrejection`);
 * 2. `updateComplete` resolved;
 * 3. the sentinel that hostile payloads set is unset, also after clicking every link and the element;
 * 4. no `href`/`action`/… (nor an `src` of a frame or script) that would run script, in the light DOM
 *    or in any shadow root;
 * 5. every word of authored text is still in the element's light DOM;
 * 6. the warnings are exactly the expected ones: each once, one line, naming the element and a fix.
 */
import { takeWarnings } from '../helpers.js';
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';

export { fc };

export interface FuzzParams {
  runs: number;
  seed: number;
  path?: string;
}

let params: Promise<FuzzParams> | undefined;
/** The run count and seed the runner was given (test/plugins/fuzz-params.mjs). */
export const fuzzParams = (): Promise<FuzzParams> => (params ??= executeServerCommand('fuzz-params') as Promise<FuzzParams>);

/** The global a hostile payload sets when it runs. */
export const SENTINEL = '__portalFuzzPwned';
const sentinel = globalThis as unknown as Record<string, unknown>;

// ---------------------------------------------------------------------------
// Uncaught errors, and clicks that would navigate
// ---------------------------------------------------------------------------

const errors: string[] = [];
const onError = (e: Event): void => {
  // Resource errors (an <img> that fails) travel through window in the capture phase too: those are the figure's.
  if (!(e instanceof ErrorEvent)) return;
  errors.push(`uncaught ${e.error instanceof Error ? `${e.error.name}: ${e.error.message}\n${e.error.stack}` : e.message}`);
  // Recorded here, not by mocha (which would end the test before fast-check could shrink and print the seed).
  e.preventDefault();
  e.stopImmediatePropagation();
};
const onRejection = (e: PromiseRejectionEvent): void => {
  const r = e.reason as unknown;
  errors.push(`unhandled rejection ${r instanceof Error ? `${r.name}: ${r.message}\n${r.stack}` : String(r)}`);
  e.preventDefault();
  e.stopImmediatePropagation();
};

const XLINK = 'http://www.w3.org/1999/xlink';
/** The protocols of a URL that would run script (or open a document of the attacker's) when followed or loaded. */
export const UNSAFE = ['javascript:', 'vbscript:', 'data:'];
export const protocolOf = (value: string): string => {
  try {
    return new URL(value, location.href).protocol;
  } catch {
    return '';
  }
};
const unsafe = (value: string | null): boolean => value != null && UNSAFE.includes(protocolOf(value));

const navigations: string[] = [];
/**
 * After every component's own handler: a click that would follow a link is recorded (an unsafe one is a
 * failure) and never followed, so the test page stays where it is.
 */
const onClick = (e: MouseEvent): void => {
  const a = e.composedPath().find((n): n is Element => n instanceof Element && n.localName == 'a');
  if (!a || e.defaultPrevented) return;
  const href = a.getAttribute('href') ?? a.getAttributeNS(XLINK, 'href');
  if (unsafe(href)) navigations.push(`a click followed ${a.outerHTML.slice(0, 300)}`);
  e.preventDefault();
};

let container: HTMLElement | undefined;
let onerrorBefore: OnErrorEventHandler = null;
let consoleErrorBefore: typeof console.error = console.error;

/** Sets up the page for a property: one container, reused by every run. */
export const setUp = (): HTMLElement => {
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection, true);
  // Mocha's own handler would fail the test at once, without the seed: errors are this harness's to report.
  onerrorBefore = window.onerror;
  window.onerror = null;
  // console.error (Lit reports an update that threw there) is an error of the run too.
  consoleErrorBefore = console.error;
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ')}`);
  document.addEventListener('click', onClick);
  container = document.createElement('div');
  container.id = 'fuzz';
  // At the top of the page, so that lazy images are in view and load.
  container.style.cssText = 'width: 40rem';
  document.body.prepend(container);
  return container;
};

export const tearDown = (): void => {
  window.removeEventListener('error', onError, true);
  window.removeEventListener('unhandledrejection', onRejection, true);
  window.onerror = onerrorBefore;
  console.error = consoleErrorBefore;
  document.removeEventListener('click', onClick);
  container?.remove();
  container = undefined;
};

// ---------------------------------------------------------------------------
// What a run checks
// ---------------------------------------------------------------------------

/** Every attribute that could run script, in `root` and in every shadow root below it: `[where, value]`. */
export const liveUnsafe = (root: Element): string[] => {
  const out: string[] = [];
  const visit = (el: Element): void => {
    for (const attr of ['href', 'action', 'formaction', 'ping']) if (unsafe(el.getAttribute(attr))) out.push(`<${el.localName} ${attr}="${el.getAttribute(attr)!.slice(0, 200)}">`);
    if (unsafe(el.getAttributeNS(XLINK, 'href'))) out.push(`<${el.localName} xlink:href="${el.getAttributeNS(XLINK, 'href')!.slice(0, 200)}">`);
    if (/^(script|iframe|frame|embed)$/.test(el.localName) && unsafe(el.getAttribute('src'))) out.push(`<${el.localName} src="${el.getAttribute('src')!.slice(0, 200)}">`);
    if (el.localName == 'object' && unsafe(el.getAttribute('data'))) out.push(`<object data="${el.getAttribute('data')!.slice(0, 200)}">`);
    for (const child of el.children) visit(child);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
  };
  visit(root);
  return out;
};

/** The words of each text node under `root` (light DOM only), counted: components add words, never merge or drop. */
export const words = (root: Node): Map<string, number> => {
  const out = new Map<string, number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const w of n.textContent!.split(/\s+/)) if (w) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
};

/** The authored words missing from `now` (with how many are missing). */
export const missingWords = (authored: Map<string, number>, now: Map<string, number>): string[] =>
  [...authored].filter(([w, n]) => (now.get(w) ?? 0) < n).map(([w, n]) => `${clip(w, 40)}×${n - (now.get(w) ?? 0)}`);

/** A warning the oracle expects: the exact message, or a pattern where the browser writes part of it (JSON.parse's words). */
export type Expected = string | RegExp;

const matches = (e: Expected, got: string): boolean => (typeof e == 'string' ? e == got : e.test(got));

/**
 * Compares the warnings printed with the oracle's: each `required` one exactly once, nothing that is not in
 * `required` or `allowed` (what an intermediate state of a run may also have said, at most once), each
 * message on one line, naming an element and giving a fix. Returns the problems, none when all is well.
 */
export const compareWarnings = (got: string[], required: Expected[], allowed: Expected[] = []): string[] => {
  const problems: string[] = [];
  for (const g of got) {
    if (!/^<portal-[a-z-]+[ >]/.test(g) || !/\. Fix: ./.test(g)) problems.push(`not in the warning format (element, problem, Fix:): ${clip(g)}`);
    if (/[\n\r\u2028\u2029]/.test(g)) problems.push(`a warning on more than one line: ${clip(g)}`);
    if (g.length > 2000) problems.push(`a warning of ${g.length} characters: ${clip(g)}`);
  }
  const seen = new Map<string, number>();
  for (const g of got) seen.set(g, (seen.get(g) ?? 0) + 1);
  for (const [g, n] of seen) if (n > 1) problems.push(`printed ${n} times: ${clip(g)}`);
  for (const r of required) {
    const n = got.filter((g) => matches(r, g)).length;
    if (n != 1) problems.push(`expected once, printed ${n} times: ${clip(String(r))}`);
  }
  for (const g of got) if (![...required, ...allowed].some((e) => matches(e, g))) problems.push(`unexpected warning: ${clip(g)}`);
  return problems;
};

// ---------------------------------------------------------------------------
// The oracle's words: the warning format of src/internal/warn.ts, written out independently
// ---------------------------------------------------------------------------

/** How a warning prints a value: whole up to 256 characters; a longer one by its first 256 and its length. */
export const printValue = (value: unknown): string => {
  const s = String(value);
  return s.length > 256 ? `${JSON.stringify(s.slice(0, 256))}… (${s.length} characters)` : JSON.stringify(s);
};

/** `<tag id="…" attr="value">`, as a warning names an element. */
export const named = (tag: string, id = '', attr?: string, value?: unknown): string =>
  `<${tag}${id ? ` id=${printValue(id)}` : ''}${attr ? (value == null ? ` ${attr}` : ` ${attr}=${printValue(value)}`) : ''}>`;

/** Text the way a warning prints the author's words inside its problem and fix: at most 512 characters, then the length. */
const printText = (s: string): string => (s.length > 512 ? `${s.slice(0, 512)}… (${s.length} characters)` : s);

/** A whole warning: `<host> <child attr="v">: problem. Fix: fix`. */
export const message = (where: string, problem: string, fix: string): string => `${where}: ${printText(problem)}. Fix: ${printText(fix)}`;

/** Shortens a long string for a failure message, keeping its length. */
export const clip = (s: string, n = 300): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);

// ---------------------------------------------------------------------------
// Running a property
// ---------------------------------------------------------------------------

/** A counterexample, readable: long strings shortened, with their length. */
const show = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v == 'string' ? clip(v, 160) : typeof v == 'function' ? '[function]' : v), 1)?.slice(0, 6000) ?? String(value);

/**
 * Runs `check` on `runs` cases from `arb` (the runner's count and seed), and fails with the seed, the
 * path and the shrunk counterexample, and the command that runs it again.
 */
export const property = async <T>(test: Mocha.Context, file: string, arb: fc.Arbitrary<T>, check: (c: T) => Promise<void>): Promise<void> => {
  const { runs, seed, path } = await fuzzParams();
  // Room for slow machines, but a run that hangs (an image that never settles) still ends the test.
  test.timeout(runs * 300 + 60000);
  const out = await fc.check(fc.asyncProperty(arb, check), { numRuns: runs, seed, ...(path ? { path } : {}) });
  if (!out.failed) return;
  const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  throw new Error(
    `Property failed after ${out.numRuns} run(s), shrunk ${out.numShrinks} time(s): seed ${out.seed}, path "${out.counterexamplePath}".\n` +
      `Again: npm run fuzz -- --seed ${out.seed} --path "${out.counterexamplePath}" --tag ${file}\n` +
      `   or: FUZZ_SEED=${out.seed} FUZZ_PATH="${out.counterexamplePath}" npx web-test-runner test/property/${file}.test.ts\n` +
      `Counterexample: ${show(out.counterexample?.[0])}\n${error}`,
  );
};

/** What one run found wrong, as one error (the property fails with it, and fast-check shrinks). */
export class Broken extends Error {}

export interface Outcome {
  /** The element under test. */
  el: Element;
  /** Whether its updateComplete rejected (invariant 2), and why. */
  rejected?: string;
  /** The authored words (invariant 5). */
  authored: Map<string, number>;
  /** The warnings the oracle requires, and those it allows from an intermediate state. */
  required: Expected[];
  allowed?: Expected[];
}

/** Starts a run: nothing left from the last one. */
export const begin = (): void => {
  // A payload that ran after the last run ended (an image's onerror, say) fails this one: it is never lost.
  const late = sentinel[SENTINEL] !== undefined;
  delete sentinel[SENTINEL];
  if (late) throw new Broken('a hostile payload ran after the previous run ended (the sentinel was set)');
  errors.length = 0;
  navigations.length = 0;
  takeWarnings();
};

/** Checks invariants 1–6 for a settled element; call `clicks` next, then `end`. */
export const checkSettled = (o: Outcome): void => {
  const problems: string[] = [...errors];
  errors.length = 0;
  if (o.rejected) problems.push(`updateComplete rejected: ${o.rejected}`);
  const live = liveUnsafe(o.el);
  if (live.length) problems.push(`live unsafe links: ${live.join(', ')}`);
  const missing = missingWords(o.authored, words(o.el));
  if (missing.length) problems.push(`authored text missing from the light DOM: ${missing.slice(0, 20).join(' ')}`);
  problems.push(...compareWarnings(takeWarnings(), o.required, o.allowed));
  fail(problems);
};

/** Clicks each link and then the element itself (the way a reader would, one at a time), closing any dialog a click opened. */
export const clickAll = (el: Element): void => {
  for (const a of el.querySelectorAll('a')) {
    (a as HTMLElement).click?.() ?? a.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    closeDialogs(el);
  }
  (el as HTMLElement).click();
  closeDialogs(el);
  // A click on the content (a card follows its title link on a click anywhere).
  for (const child of el.querySelectorAll<HTMLElement>(':scope>:not(a,button,dialog)')) {
    child.click?.();
    closeDialogs(el);
  }
  for (const b of el.querySelectorAll('button')) {
    b.click();
    closeDialogs(el);
  }
};

const closeDialogs = (el: Element): void => {
  for (const d of el.querySelectorAll('dialog')) {
    const live = liveUnsafe(d);
    if (live.length) navigations.push(`an open dialog holds ${live.join(', ')}`);
    d.close();
    d.remove();
  }
};

/** Ends a run: no error, no script, no unsafe navigation, and nothing printed since the check. */
export const end = (): void => {
  const problems: string[] = [...errors];
  if (sentinel[SENTINEL] !== undefined) problems.push(`a hostile payload ran (the sentinel is ${String(sentinel[SENTINEL])})`);
  problems.push(...navigations);
  const late = takeWarnings();
  if (late.length) problems.push(`warnings after the check (late, or caused by a click): ${late.map((w) => clip(w)).join(' | ')}`);
  fail(problems);
};

const fail = (problems: string[]): void => {
  if (problems.length) throw new Broken(problems.join('\n'));
};

/**
 * Resolves once every image under `root` has loaded or failed, for good: each is complete, and a task and a frame
 * go by without another load or error event. Not the first event alone: Firefox loads an image again when its
 * `loading` attribute is set after its first request (the figure and the card set loading="lazy"), firing load or
 * error a second time, and for an address it refuses (javascript:, a URL over 1 MiB) `complete` is false until then.
 */
export const imagesSettled = async (root: Element): Promise<void> => {
  const next = (img: HTMLImageElement) => new Promise((r) => ['load', 'error'].forEach((type) => img.addEventListener(type, r, { once: true })));
  for (;;) {
    await Promise.all([...root.querySelectorAll('img')].map(async (img) => {
      while (!img.complete) await next(img);
    }));
    let events = 0;
    const count = (): number => events++;
    root.addEventListener('load', count, true);
    root.addEventListener('error', count, true);
    await new Promise((r) => setTimeout(r));
    await new Promise((r) => requestAnimationFrame(r));
    root.removeEventListener('load', count, true);
    root.removeEventListener('error', count, true);
    if (!events && [...root.querySelectorAll('img')].every((img) => img.complete)) return;
  }
};

/** Awaits `el.updateComplete`, and says why it rejected, if it did. */
export const settle = async (el: Element): Promise<string | undefined> => {
  try {
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
    return undefined;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
};

// ---------------------------------------------------------------------------
// Putting a case on the page
// ---------------------------------------------------------------------------

/** One set of inputs: host attributes (null: absent), the light DOM as markup, and properties. */
export interface State {
  attrs: Record<string, string | null>;
  inner: string;
  props?: Record<string, unknown>;
}

export interface Mount {
  tag: string;
  /** The host's id ('' for none). */
  id: string;
  lang: string;
  insertion: 'plain' | 'readd' | 'detached' | 'twice' | 'settledTwice';
  /** The inputs the element starts with when it is changed while rendering (`twice`, `settledTwice`). */
  first?: State;
  final: State;
  /** Markup put in the container before the element: link targets, a <main>. */
  page?: string;
}

const fragment = (markup: string): DocumentFragment => {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
};

const setAttrs = (el: Element, attrs: Record<string, string | null>): void => {
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
};

/** Puts the case on the page the way `insertion` says, and waits for the element's updates. */
export const mount = async (m: Mount): Promise<{ el: HTMLElement; rejected?: string; authored: Map<string, number> }> => {
  const box = container!;
  box.replaceChildren(fragment(m.page ?? ''));
  if (m.lang) box.lang = m.lang;
  else box.removeAttribute('lang');
  const twice = m.insertion == 'twice' || m.insertion == 'settledTwice';
  const start = twice ? (m.first ?? m.final) : m.final;
  const el = document.createElement(m.tag);
  if (m.id) el.id = m.id;
  setAttrs(el, start.attrs);
  el.append(fragment(start.inner));
  const authored = words(fragment(m.final.inner));
  box.append(el);
  Object.assign(el, start.props);
  let rejected: string | undefined;
  const wait = async () => (rejected ??= await settle(el));
  if (m.insertion == 'readd') {
    el.remove();
    box.append(el);
  } else if (m.insertion == 'detached') {
    el.remove();
    await wait();
    box.append(el);
  } else if (twice) {
    if (m.insertion == 'settledTwice') await wait();
    setAttrs(el, m.final.attrs);
    // Attributes the first state had and the final one does not name are removed.
    for (const name of Object.keys(start.attrs)) if (!(name in m.final.attrs)) el.removeAttribute(name);
    if (start.inner != m.final.inner) el.replaceChildren(fragment(m.final.inner));
    Object.assign(el, m.final.props);
  }
  await wait();
  return { el, rejected, authored };
};

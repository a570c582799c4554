/**
 * Server-rendered pages in frames, for the tests of what a reader sees before, without and after the script
 * (test/ssr/hydrate.test.ts, test/article-card.upgrade.test.ts). Engine-neutral: iframes, srcdoc, sandbox,
 * MutationObserver and getBoundingClientRect.
 *
 * - `serverRender()` renders markup with @lit-labs/ssr in Node (the `ssr-render` command, test/plugins/ssr.mjs): from
 *   the built package (`dist`) or from src/ (`src`), as a portal's server would, hydration markers included.
 * - `openFrame()` loads a page into an iframe of a given width: with `scripts: false` it is sandboxed without
 *   allow-scripts, so the browser runs no script at all in it (JavaScript off) and only its HTML parser attaches the
 *   declarative shadow roots; with `scripts: true` nothing runs until `hydrate()` adds the module that loads
 *   @lit-labs/ssr-client's hydrate support and then the components.
 * - `boxes()` measures every element of a component (host, light DOM, shadow root) relative to the frame.
 * - `watch()` records what changes in the light DOM and the shadow roots (a second render replaces nodes).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Source = 'dist' | 'src';

/** The fragments rendered on the server (Node, @lit-labs/ssr), and what the server printed while rendering them. */
export const serverRender = (from: Source, fragments: string[]) =>
  executeServerCommand('ssr-render', { from, fragments }) as Promise<{ html: string[]; warnings: string[] }>;

/** A whole page around `body`: the theme stylesheet, no margin, and an inline script that marks the page when scripts run. */
export const page = (body: string, theme: string) =>
  '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
  `<link rel="stylesheet" href="${theme}"><style>body { margin: 0 }</style>` +
  '<script>document.documentElement.dataset.scripts = "on"</script>' +
  `</head><body>${body}</body></html>`;

export interface Frame {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** What the frame printed on its console (warn, error) and its uncaught errors, from when it opened. */
  said: string[];
}

/**
 * Loads `html` into a new iframe `width` px wide, and waits for its stylesheets, images and fonts. `scripts: false`
 * sandboxes it without allow-scripts (allow-same-origin only, so that the test can read it): no script runs in it.
 */
export const openFrame = async (html: string, { scripts, width }: { scripts: boolean; width: number }): Promise<Frame> => {
  const iframe = document.createElement('iframe');
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.style.cssText = `display: block; inline-size: ${width}px; block-size: 600px; border: 0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const said: string[] = [];
  if (scripts) {
    // Lit's one-off dev-mode notice is expected; any other message is recorded.
    (win as unknown as { litIssuedWarnings: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);
    for (const level of ['warn', 'error'] as const) win.console[level] = (...args: unknown[]) => said.push(`console.${level}: ${args.map(String).join(' ')}`);
    win.addEventListener('error', (e) => said.push(`uncaught: ${e.message}`));
    win.addEventListener('unhandledrejection', (e) => said.push(`unhandled rejection: ${String(e.reason)}`));
  }
  await doc.fonts.ready;
  await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
  return { iframe, doc, win, said };
};

/** Waits for a frame of `win`, so that what changed has been laid out. */
export const frameOf = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Loads `entry` (a module that imports the hydrate support, then the components) into the frame, and waits until
 * every `portal-*` element in it is defined and has updated with every module it asked for.
 */
export const hydrate = async (frame: Frame, entry: string): Promise<void> => {
  const { doc, win } = frame;
  const script = Object.assign(doc.createElement('script'), { type: 'module', src: entry });
  const ran = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${entry} did not load`)), { once: true });
  });
  doc.head.append(script);
  await ran;
  const elements = [...doc.querySelectorAll<Updating>('*')].filter((el) => el.localName.startsWith('portal-'));
  for (const el of elements) await win.customElements.whenDefined(el.localName);
  // Twice: an update can ask for a module (the zoom, the warnings' words) whose arrival updates again.
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => win.setTimeout(resolve));
    for (const el of elements) await el.updateComplete;
  }
  await frameOf(win);
};

/** The boxes a reader sees of the component `host`: itself and its light DOM (the content), in tree order. */
export const contentOf = (host: Element): Element[] => [host, ...host.querySelectorAll('*')];

/** The elements of `host`'s shadow root (not its styles): the same nodes must be there after hydration. */
export const shadowOf = (host: Element): Element[] => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll('*')].filter((el) => el.localName != 'style') : []);

/** A readable name for an element of a component: `<portal-figure> > <img>`, `#shadow <div part="card">`. */
export const nameOf = (el: Element): string => {
  const root = el.getRootNode();
  const part = el.getAttribute('part');
  const host = root instanceof (el.ownerDocument.defaultView as Window & typeof globalThis).ShadowRoot ? `${(root as ShadowRoot).host.localName} #shadow ` : '';
  return `${host}<${el.localName}${part ? ` part="${part}"` : ''}${el.getAttribute('slot') != null ? ` slot` : ''}>`;
};

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of `elements`, relative to the top left corner of `origin`. An element that is not laid out (display:
 * none) has no box: all zeros, wherever the origin is.
 */
export const boxes = (elements: Element[], origin: Element): Box[] => {
  const o = origin.getBoundingClientRect();
  return elements.map((el) => {
    const r = el.getBoundingClientRect();
    const shown = el.isConnected && el.getClientRects().length > 0;
    return shown ? { name: nameOf(el), x: r.x - o.x, y: r.y - o.y, width: r.width, height: r.height } : { name: nameOf(el), x: 0, y: 0, width: 0, height: 0 };
  });
};

/** The boxes of `after` that moved or changed size by more than `tolerance` px from `before`, as lines to print. */
export const moved = (before: Box[], after: Box[], tolerance: number): string[] =>
  before.flatMap((b, i) => {
    const a = after[i]!;
    const off = (['x', 'y', 'width', 'height'] as const).filter((k) => Math.abs(a[k] - b[k]) > tolerance);
    return off.length ? [`${b.name}: ${off.map((k) => `${k} ${b[k].toFixed(1)} → ${a[k].toFixed(1)}`).join(', ')}`] : [];
  });

/**
 * Records what changes under `roots` (subtrees): nodes removed, text changed, and nodes added. Hydration reuses the
 * server's DOM, so a second render of content shows as removed nodes or rewritten text.
 */
export const watch = (win: Window & typeof globalThis, roots: Node[]) => {
  // What the server wrote: a component may rewrite what it generated itself (its zoom button's words) on a later update.
  const existing = new Set<Node>();
  for (const root of roots) {
    const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) existing.add(n);
  }
  const records: MutationRecord[] = [];
  const observer = new win.MutationObserver((list) => records.push(...list));
  for (const root of roots) observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  return {
    /** Stops watching; returns, as lines to print, the server's nodes removed and texts changed, and the nodes added. */
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      const name = (n: Node) => (n.nodeType == 1 ? nameOf(n as Element) : `"${(n.textContent ?? '').trim().slice(0, 40)}"`);
      return {
        replaced: records.flatMap((r) =>
          r.type == 'characterData'
            ? existing.has(r.target)
              ? [`text changed in ${name(r.target.parentElement ?? r.target)}: "${(r.oldValue ?? '').slice(0, 40)}" → "${(r.target.textContent ?? '').slice(0, 40)}"`]
              : []
            : [...r.removedNodes].filter((n) => existing.has(n)).map((n) => `removed ${name(n)} from ${name(r.target)}`),
        ),
        added: records.flatMap((r) => [...r.addedNodes].filter((n) => n.isConnected).map((n) => `added ${name(n)} to ${name(r.target)}`)),
      };
    },
  };
};

/** The text nodes of `host`'s light DOM that a reader may get: not blank, not in a script, style or template. */
export const textsOf = (host: Element): Text[] => {
  const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim() && !n.parentElement!.closest('script, style, template')) out.push(n as Text);
  return out;
};

/** Whether the text is laid out (it has a box with an area): a reader sees it. */
export const isShown = (text: Text): boolean => {
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
};

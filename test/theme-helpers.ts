/**
 * Helpers for the tests that run every component sample in every theme:
 * the shipped themes and pairs (from the test server), a portal page around the
 * samples, and what the rendered result really combines (text and focus-ring
 * colours against the colour behind them, read from computed styles; a ring
 * drawn inside its element, against the element's own background).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { parseTheme, resolveToken, toHex, type Pair } from '../src/theme-builder/core.js';

export interface ThemeData {
  /** File names of src/themes/*.css without .css: default first, each light theme then its dark variant. */
  names: string[];
  pairs: Pair[];
  componentDefaults: Record<string, string>;
}

/** The shipped themes and the declared pairs, read by the test server from src/themes. */
export const themeData = (): Promise<ThemeData> => executeServerCommand('portal-themes') as Promise<ThemeData>;

/**
 * What a portal page gives the components around them: the page colours,
 * font and line-height from the theme, and themed links. The samples render
 * on this, as they would on a portal.
 */
export const PAGE_CSS = `
  body {
    background: var(--portal-color-background);
    color: var(--portal-color-text);
    font-family: var(--portal-font-family);
    font-size: var(--portal-font-size-base);
    line-height: var(--portal-line-height-body);
  }
  a { color: var(--portal-color-link); }
  a:visited { color: var(--portal-color-link-visited); }
  :focus-visible {
    outline: var(--portal-focus-ring-width) solid var(--portal-focus-ring-color);
    outline-offset: var(--portal-focus-ring-offset);
  }
`;

/** Adds PAGE_CSS to the document, once. */
export const usePortalPage = (): void => {
  if (document.getElementById('portal-page')) return;
  const style = Object.assign(document.createElement('style'), { id: 'portal-page', textContent: PAGE_CSS });
  document.head.prepend(style);
};

/** The theme's colour tokens by value: `#1b1d21` → [`--portal-color-text`]. */
export const tokensByColour = (css: string, componentDefaults: Record<string, string> = {}): Map<string, string[]> => {
  const theme = parseTheme(css);
  const out = new Map<string, string[]>();
  for (const { name } of theme.tokens) {
    const hex = toHex(resolveToken(name, theme.values, componentDefaults));
    if (hex) out.set(hex, [...(out.get(hex) ?? []), name]);
  }
  return out;
};

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const parseRgb = (value: string): Rgba | undefined => {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: alpha };
};

const hex = ({ r, g, b }: Rgba): string => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The element's parent in the flat tree: its slot, its parent, or its shadow root's host. */
export const flatParent = (node: Node): Element | null => {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
};

/** The opaque colour behind an element: its and its flat-tree ancestors' backgrounds, composited. */
export const backdrop = (el: Element | null): string => {
  const layers: Rgba[] = [];
  for (let n: Element | null = el; n; n = flatParent(n)) {
    const c = parseRgb(getComputedStyle(n).backgroundColor);
    if (c && c.a > 0) {
      layers.push(c);
      if (c.a >= 1) break;
    }
  }
  let out: Rgba = { r: 255, g: 255, b: 255, a: 1 }; // the canvas
  for (const layer of layers.reverse()) {
    out = { r: layer.r * layer.a + out.r * (1 - layer.a), g: layer.g * layer.a + out.g * (1 - layer.a), b: layer.b * layer.a + out.b * (1 - layer.a), a: 1 };
  }
  return hex(out);
};

/** The element really painted at a point, looking into shadow roots. */
const deepElementFromPoint = (x: number, y: number): Element | null => {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
};

/** Whether `node` is `ancestor` or below it in the flat tree. */
export const flatContains = (ancestor: Element, node: Element | null): boolean => {
  for (let n: Element | null = node; n; n = flatParent(n)) if (n === ancestor) return true;
  return false;
};

/** The focused element, looking into shadow roots. */
export const deepActiveElement = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

export interface RenderedPair {
  kind: 'text' | 'large text' | 'focus ring' | 'icon';
  /** A readable name of what was checked: the start of the text, or the focused element. */
  what: string;
  /** The element whose style it is. */
  el: Element;
  fg: string;
  bg: string;
}

/** Every node under `root` in tree order, light DOM and shadow roots alike. */
const allNodes = function* (root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    yield* allNodes(child);
    if (child instanceof Element && child.shadowRoot) yield* allNodes(child.shadowRoot);
  }
};

/**
 * The colour pairs the rendered result really shows under `root`: each visible
 * run of text (its colour and the colour behind it), each visible SVG shape's
 * fill and stroke (an icon: a graphic that must reach 3:1, WCAG 1.4.11), and
 * the focus ring of the focused element, if it is inside `root`.
 */
export const renderedPairs = (root: Element, { text = true } = {}): RenderedPair[] => {
  const out: RenderedPair[] = [];
  for (const node of text ? allNodes(root) : []) {
    if (!(node instanceof SVGGeometryElement)) continue;
    const svg = node.ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    if (!svg?.parentElement || !box || box.width < 1 || box.height < 1) continue;
    if (box.bottom > innerHeight || box.top < 0) svg.scrollIntoView({ block: 'center' });
    const at = svg.getBoundingClientRect();
    // Visible: what is painted at the icon's centre is the icon or what holds it (not a dialog's backdrop over it).
    if (!flatContains(svg.parentElement, deepElementFromPoint(at.left + at.width / 2, at.top + at.height / 2))) continue;
    const style = getComputedStyle(node);
    for (const paint of [style.fill, parseFloat(style.strokeWidth) > 0 ? style.stroke : 'none']) {
      const fg = parseRgb(paint);
      if (fg && fg.a > 0) out.push({ kind: 'icon', what: `the icon in <${svg.parentElement.localName}>`, el: node, fg: hex(fg), bg: backdrop(svg.parentElement) });
    }
  }
  for (const node of text ? allNodes(root) : []) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    const el = node.assignedSlot ?? node.parentElement;
    if (!el || el.closest('style, script, template')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    let box = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
    // Below the fold: bring it into view, so what is painted there can be asked.
    if (box && (box.bottom > innerHeight || box.top < 0)) {
      el.scrollIntoView({ block: 'center' });
      box = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
    }
    // Visible: something of it is painted, and what is painted at its first box is this text's element.
    if (!box || !flatContains(el, deepElementFromPoint(box.left + Math.min(box.width / 2, 4), box.top + box.height / 2))) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const fg = parseRgb(style.color);
    if (!fg || fg.a === 0) continue;
    out.push({ kind: large ? 'large text' : 'text', what: `"${node.data.trim().slice(0, 40)}"`, el, fg: hex(fg), bg: backdrop(el) });
  }
  const focused = deepActiveElement();
  if (focused && flatContains(root, focused)) {
    const style = getComputedStyle(focused);
    const ring = parseRgb(style.outlineColor);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && ring) {
      // A ring drawn inside the element's border (a negative outline-offset, as the figure's zoom button over its photo) lies on the element's own background; any other on what is behind the element.
      const inside = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) <= -parseFloat(style.borderTopWidth);
      out.push({ kind: 'focus ring', what: `the focus ring of <${focused.localName}>`, el: focused, fg: hex(ring), bg: backdrop(inside ? focused : flatParent(focused)) });
    }
  }
  return out;
};

/** The component an element belongs to (`<portal-x>`, through slots and shadow roots), or `page`. */
export const ownerOf = (el: Element): string => {
  for (let n: Element | null = el; n; n = flatParent(n)) if (n.localName.startsWith('portal-')) return `<${n.localName}>`;
  return 'page';
};

/** The threshold a rendered pair needs: 4.5:1 for text, 3:1 for large text, icons and focus rings. */
export const needs = (r: RenderedPair): number => (r.kind === 'text' ? 4.5 : 3);

/**
 * Each rendered pair that no declared pair covers, as a sentence with the fix.
 * A pair covers it when its tokens have the rendered colours in this theme and
 * its threshold is the one the kind needs (4.5 for text, 3 for large text and rings).
 */
export const undeclared = (rendered: RenderedPair[], pairs: Pair[], byColour: Map<string, string[]>, label: string): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of rendered) {
    const fgTokens = byColour.get(r.fg) ?? [];
    const bgTokens = byColour.get(r.bg) ?? [];
    const need = needs(r);
    const key = `${r.kind} ${r.fg} ${r.bg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!fgTokens.length || !bgTokens.length) {
      const which = !fgTokens.length ? `${r.kind === 'focus ring' ? 'ring' : r.kind === 'icon' ? 'icon' : 'text'} colour ${r.fg}` : `background ${r.bg}`;
      problems.push(`${label}: ${r.what} (${r.kind}) is ${r.fg} on ${r.bg}; the ${which} is no colour token of this theme. Fix: colour it through a --portal-* token.`);
      continue;
    }
    const ok = pairs.some((p) => fgTokens.includes(p.fg) && bgTokens.includes(p.bg) && p.min >= need);
    if (!ok) {
      const suggestion = JSON.stringify({ fg: fgTokens[0], bg: bgTokens[0], min: need, where: `${ownerOf(r.el)}: ${r.kind === 'focus ring' ? 'the focus ring' : r.kind === 'icon' ? 'the icon' : 'the text'} of …` });
      problems.push(
        `${label}: ${r.what} (${r.kind}) is ${fgTokens.join('/')} ${r.fg} on ${bgTokens.join('/')} ${r.bg}, a pair not declared for ${r.kind} in src/themes/pairs.json, so the contrast gate does not check it in every theme. Fix: add ${suggestion}`,
      );
    }
  }
  return problems;
};

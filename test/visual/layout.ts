/**
 * Layout checks that hold in every engine (test/layout.test.ts and the
 * defect tests use them). Each returns a list of problems in words, empty when
 * the layout is sound.
 */

/** The flat-tree parent: a slotted node's slot, a shadow root's host. */
const flatParent = (node: Node): Element | null => {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
};

const flatContains = (ancestor: Element, node: Node | null): boolean => {
  for (let n: Node | null = node; n; n = n instanceof Element ? flatParent(n) : n.parentNode) if (n === ancestor) return true;
  return false;
};

const describe = (el: Element): string => {
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `<${el.localName}${cls}>${text ? ` "${text}"` : ''}`;
};

/** The page scrolls sideways. */
export const sidewaysScroll = (): string[] => {
  const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return over > 1 ? [`the page scrolls sideways by ${over} px (scrollWidth ${document.documentElement.scrollWidth})`] : [];
};

const hasBox = (el: Element): boolean => {
  const style = getComputedStyle(el);
  return style.display !== 'contents' && style.display !== 'none';
};

/** The nearest flat-tree ancestor that has a box of its own. */
const boxParent = (el: Element): Element | null => {
  let p = flatParent(el);
  while (p && !hasBox(p)) p = flatParent(p);
  return p;
};

/** Shown on screen: not hidden, and not inside a "visually hidden" box (clip-path or clip, such as an unfocused skip ribbon). */
const visible = (el: Element): boolean => {
  for (let n: Element | null = el; n; n = flatParent(n)) {
    const s = getComputedStyle(n);
    if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') return false;
    if (s.clipPath !== 'none' || (s.clip !== 'auto' && s.clip !== '')) return false;
  }
  return true;
};

/**
 * Boxes wider than the box they sit in: an element whose border box runs past
 * its parent's sides while the parent does not scroll or clip it. Out-of-flow
 * boxes (absolute, fixed) and the parent's own scroll containers are left out.
 */
export const overflows = (root: Element): string[] => {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.children) {
      check(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  const check = (el: Element) => {
    if (!hasBox(el) || !visible(el)) return;
    const style = getComputedStyle(el);
    if (style.position === 'absolute' || style.position === 'fixed') return;
    const parent = boxParent(el);
    if (!parent || !flatContains(root, parent)) return;
    const ps = getComputedStyle(parent);
    if (ps.overflowX !== 'visible' || ps.display.startsWith('inline')) return;
    const r = el.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const past = Math.max(r.right - p.right, p.left - r.left);
    if (past > 1) out.push(`${describe(el)} (${Math.round(r.width)} px) runs ${Math.round(past)} px past ${describe(parent)} (${Math.round(p.width)} px)`);
  };
  walk(root);
  return out;
};

/** The image sources under `root` (light DOM and shadow roots) that failed to load. */
export const brokenImages = (root: Element): string[] => {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLImageElement && el.complete && el.naturalWidth === 0 && el.currentSrc !== '') out.push(el.currentSrc);
      else if (el instanceof HTMLImageElement && el.complete && el.naturalWidth === 0) out.push(el.getAttribute('src') ?? '(no src)');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
};

/** The deepest element at a point, through open shadow roots. */
const deepElementFromPoint = (x: number, y: number): Element | null => {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
};


/**
 * Text that another element covers: for every line box of every visible text
 * node under `root` (light DOM; shadow text too), the element at the middle of
 * the line must be the text's own element, one inside it or one around it.
 * Lines outside the viewport are scrolled to first. Visually hidden text (a
 * 1 px clipped box) is left out.
 */
export const coveredText = (root: Element): string[] => {
  const out: string[] = [];
  const texts: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text && child.data.trim()) texts.push(child);
      else if (child instanceof Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  const range = document.createRange();
  for (const text of texts) {
    const owner = text.parentElement ?? (text.parentNode instanceof ShadowRoot ? text.parentNode.host : null);
    if (!owner || !visible(owner)) continue;
    // Slotted text whose element is not slotted anywhere is not rendered.
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.width < 2 || rect.height < 2) continue;
      let x = rect.left + Math.min(rect.width / 2, 8);
      let y = rect.top + rect.height / 2;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) {
        window.scrollBy(x < 0 || x > innerWidth ? x - innerWidth / 2 : 0, y - innerHeight / 2);
        const again = [...range.getClientRects()].find((r) => Math.abs(r.width - rect.width) < 1 && Math.abs(r.height - rect.height) < 1) ?? rect;
        x = again.left + Math.min(again.width / 2, 8);
        y = again.top + again.height / 2;
      }
      const hit = deepElementFromPoint(x, y);
      if (!hit) continue; // outside any scrollable reach
      if (flatContains(owner, hit) || flatContains(hit, owner)) continue;
      // A clipped, 1 px "visually hidden" box: not meant to be seen.
      const r = owner.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      out.push(`"${text.data.trim().slice(0, 40)}" in ${describe(owner)} is covered by ${describe(hit)}`);
      break;
    }
  }
  window.scrollTo(0, 0);
  return out;
};

/**
 * Number ranges ("2016-2021", "13-15/3") that a line break splits: for every
 * visible light-DOM text under `root` (and shadow text), each digits-hyphen-digits
 * run must lie on one line. A break after the hyphen reads as "2016-" and a
 * new line starting "2021".
 */
export const brokenRanges = (root: Element): string[] => {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) check(child);
      else if (child instanceof Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  const range = document.createRange();
  const check = (text: Text) => {
    const owner = text.parentElement ?? (text.parentNode instanceof ShadowRoot ? text.parentNode.host : null);
    if (!owner || !visible(owner)) return;
    for (const m of text.data.matchAll(/\d+[-\u2010\u2011\u2013]\d+/g)) {
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) out.push(`"${m[0]}" in ${describe(owner)} breaks across ${lines.size} lines`);
    }
  };
  walk(root);
  return out;
};

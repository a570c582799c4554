import { warn } from './warn.js';

const LINK = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE = ['http:', 'https:'];

/**
 * The one URL check used by every component that renders a link or an image.
 *
 * Allows http(s), relative, protocol-relative and `#fragment` URLs (and, for
 * links, `mailto:` and `tel:`). Anything else — `javascript:`, `data:`,
 * `vbscript:`, `blob:` … — is refused with a `warn()` and `undefined` is returned,
 * so the caller renders no live link or image. The scheme is read by the same
 * URL parser the browser uses, so tricks such as `java\tscript:` or leading
 * spaces are caught too.
 */
export const safeUrl = (
  host: Element,
  attr: string,
  value: string | null | undefined,
  kind: 'link' | 'image' = 'link',
  child?: Element,
): string | undefined => {
  if (value == null) return undefined;
  // A path, query or fragment on this site (`/tin/1`, `?p=2`, `#x`) is one without parsing it: nothing before it can
  // name a scheme. Not `//host`, nor `/\host` or `/` and a tab or a newline (the parser reads both as `//`).
  if (/^([?#]|\/(?![/\\\s]))/.test(value)) return value.trim();
  let protocol: string;
  try {
    protocol = new URL(value, 'https://portal.invalid/').protocol;
  } catch {
    protocol = '';
  }
  if ((kind === 'link' ? LINK : IMAGE).includes(protocol)) return value.trim();
  warn(
    host,
    protocol ? `${attr} uses a ${protocol} URL, which is refused as unsafe` : `${attr} is not a valid URL`,
    `use an http(s), relative or #fragment URL${kind === 'link' ? ' (or mailto:/tel:)' : ''}`,
    attr,
    value,
    child,
  );
  return undefined;
};

/**
 * The id a link points to when it is a `#fragment` on this same page, else null.
 * As the browser does (HTML's "find a potential indicated element"), the fragment
 * as written wins when an element has that id (`id="n%E1%BB%99i-dung"`), then the
 * decoded one (`id="nội-dung"`). A malformed escape (`#%E0%A4`) is looked up as
 * written instead of throwing.
 */
export const fragmentOf = (a: HTMLAnchorElement): string | null => {
  // An SVG <a> (`closest('a')` finds one too) has no `hash`: it is no same-page link here.
  const raw = a.hash?.slice(1);
  if (!raw || a.href.split('#')[0] !== location.href.split('#')[0]) return null;
  if (elementById(a, raw)) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** The element with `id` in the same tree as `host` (its document or shadow root). */
export const elementById = (host: Element, id: string): HTMLElement | null =>
  ((host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? document.getElementById(id)) as HTMLElement | null;

/**
 * Checks an author's light-DOM link for any component: an unsafe `href` is
 * removed (the text stays, no live link), and a `#fragment` that points at
 * nothing on the page is reported. An SVG `<a>` (which `querySelectorAll('a')`
 * finds too) is checked alike, its `xlink:href` as well, but is never a live
 * link to the components. Returns whether the link is a live HTML link.
 */
export const checkLink = (host: Element, a: HTMLAnchorElement): boolean => {
  for (const attr of ['xlink:href', 'href']) {
    const href = a.getAttribute(attr);
    if (href != null && safeUrl(host, attr, href, 'link', a) === undefined) a.removeAttribute(attr);
  }
  const href = a.getAttribute('href');
  // Only a link with a `#` can be one on this page: no other resolves its URL.
  const id = href?.includes('#') && fragmentOf(a);
  if (id && !elementById(host, id)) {
    warn(host, `no element has id="${id}", so the link leads nowhere`, `give the target id="${id}", or correct href`, 'href', href, a);
  }
  // An SVG <a> has no `hash`: never a live link to the components. Asked with `in`, not by reading it, which
  // would resolve the link's URL for every link of every card.
  return href != null && 'hash' in a;
};

/**
 * A plain primary click, which a component may act on. A click with a modifier
 * key or another button means "open it elsewhere", and one a page already
 * handled (`defaultPrevented`) is the page's: leave both to the browser.
 */
export const isPlainClick = (e: MouseEvent): boolean =>
  !(e.defaultPrevented || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);

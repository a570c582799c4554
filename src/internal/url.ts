import { warn } from './warn.js';

const LINK = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE = ['http:', 'https:'];

/** How much of an over-long URL is parsed to tell that it was refused for its length (see safeUrl). */
const HEAD = 2048;

/** `value` as this browser's URL parser reads it against a base on another site, or null if it refuses it. */
const parse = (value: string): URL | null => {
  try {
    return new URL(value, 'https://portal.invalid/');
  } catch {
    return null;
  }
};

/**
 * The scheme the URL Standard reads at the start of `value` (`javascript:`), or '' for none (a relative URL): leading
 * C0 controls and spaces skipped, every tab and line break removed, then a letter and letters, digits, +, - or . up to
 * the colon.
 */
const schemeOf = (value: string): string => {
  const m = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(/^[\0- ]+/, '').replace(/[\t\n\r]/g, ''));
  return m ? `${m[1]!.toLowerCase()}:` : '';
};

/**
 * The one URL check used by every component that renders a link or an image.
 *
 * Allows http(s), relative, protocol-relative and `#fragment` URLs (and, for
 * links, `mailto:` and `tel:`). Anything else — `javascript:`, `data:`,
 * `vbscript:`, `blob:` … — is refused with a `warn()` and `undefined` is returned,
 * so the caller renders no live link or image. The scheme is read by the same
 * URL parser the browser uses, so tricks such as `java\tscript:` or leading
 * spaces are caught too. A safe URL this browser's parser refuses for its length alone (Firefox: over 1 MiB) is
 * refused with a warning that says so.
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
  const allowed = kind === 'link' ? LINK : IMAGE;
  const parsed = parse(value);
  if (parsed && allowed.includes(parsed.protocol)) return value.trim();
  // Refused by this browser's parser, the URL's scheme is read as the URL Standard reads it: Firefox's parser refuses a
  // URL over 1 MiB (network.standard-url.max-length), and a data: URL with a tab or line break in its scheme (which
  // the standard removes first), so an unsafe scheme is still named as such.
  const protocol = parsed?.protocol ?? schemeOf(value);
  let problem = protocol && !allowed.includes(protocol) ? `${attr} uses a ${protocol} URL, which is refused as unsafe` : `${attr} is not a valid URL`;
  let fix = `use an http(s), relative or #fragment URL${kind === 'link' ? ' (or mailto:/tel:)' : ''}`;
  // A safe URL this browser refuses for its length alone (its start parses, cut in the path, query or fragment, where
  // no parser refuses anything): it would neither follow nor load it. Chromium and WebKit take it.
  if (!parsed && (!protocol || allowed.includes(protocol)) && value.length > HEAD) {
    const head = parse(value.slice(0, HEAD));
    if (head && allowed.includes(head.protocol) && (head.pathname.length > 1 || head.search || head.hash)) {
      [problem, fix] = [`${attr} is longer than this browser takes (${value.length} characters)`, 'shorten the URL'];
    }
  }
  warn(host, problem, fix, attr, value, child);
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
  if (!('hash' in a)) return null;
  // Firefox's parser refuses a URL over 1 MiB, and then `hash` is '': an href that is only a `#fragment` is read as
  // written. Else the parsed hash, when the link is to this page.
  const href = a.getAttribute('href')?.trim();
  const raw = a.hash ? (a.href.split('#')[0] === location.href.split('#')[0] ? a.hash.slice(1) : '') : href?.startsWith('#') ? href.slice(1) : '';
  if (!raw) return null;
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

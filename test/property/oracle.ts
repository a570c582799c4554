/**
 * The warnings the components must print, written out from their documented words (the components'
 * warnings.ts files, src/internal/url.ts, and their tests), for the property tests' oracle.
 */
import type { Url } from './arbitraries.js';
import { message, named } from './harness.js';
import { fixes } from '../../src/internal/ignored.js';

export const LINK_FIX = 'use an http(s), relative or #fragment URL (or mailto:/tel:)';
export const IMAGE_FIX = 'use an http(s), relative or #fragment URL';

/**
 * Whether this engine's URL parser refuses `value`, which the components read with it (not a path, query or fragment
 * on this site, which src/internal/url.ts takes without parsing): Firefox's refuses a URL over 1 MiB
 * (network.standard-url.max-length) and a scheme with a line break inside. The components then warn that it is not a
 * valid URL, whatever its verdict here (ok or unsafe): this browser would neither follow nor load it.
 */
export const refusedHere = (value: string): boolean => !/^([?#]|\/(?![/\\\s]))/.test(value) && !URL.canParse(value, 'https://portal.invalid/');

/**
 * The warning a link with `url` in `attr` on `child` (an `<a>`) must produce in `host` (`<tag id>`), or
 * none when the link is fine: a refused URL, or a `#fragment` with no target on the page.
 */
export const linkWarning = (host: string, url: Url, child = 'a', attr = 'href', kind: 'link' | 'image' = 'link'): string | null => {
  const where = `${host} ${named(child, '', attr, url.value)}`;
  const fix = kind == 'link' ? LINK_FIX : IMAGE_FIX;
  const v = url.verdict;
  if ((v.kind == 'ok' || v.kind == 'unsafe') && refusedHere(url.value)) return message(where, `${attr} is not a valid URL`, fix);
  if (v.kind == 'unsafe') return message(where, `${attr} uses a ${v.protocol} URL, which is refused as unsafe`, fix);
  if (v.kind == 'invalid') return message(where, `${attr} is not a valid URL`, fix);
  // A #fragment this engine's parser refuses (Firefox: over 1 MiB) has no parsed hash: the components, which read the
  // target from the parsed link, see no same-page link to check, and the browser would not follow it.
  if (v.kind == 'missing' && !URL.canParse(url.value, location.href)) return null;
  if (v.kind == 'missing' && kind == 'link') return message(where, `no element has id="${v.id}", so the link leads nowhere`, `give the target id="${v.id}", or correct href`);
  return null;
};

/**
 * The warning for an attribute `tag` does not read (src/internal/ignored.ts), written as `value`; `date` and
 * `publisher` are read when the element has `jsonld` (`jsonld` true here).
 */
export const ignoredWarning = (tag: string, id: string, attr: string, value: string | null | undefined, jsonld = false): string | null =>
  value == null || (jsonld && /^(date|publisher)$/.test(attr)) ? null : message(named(tag, id, attr, value), `${attr} does nothing here`, fixes[`${tag} ${attr}`]!);

/** The targets of the `#fragment` links that exist, for the page around the element. */
export const TARGETS = '<div id="tin-123"></div><div id="nội-dung"></div>';

/** Only the non-null ones, each once. */
export const set = (...messages: (string | null | undefined | false)[]): string[] => [...new Set(messages.filter((m): m is string => !!m))];

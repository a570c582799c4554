/**
 * One format for authoring errors, so a portal developer can find and fix them:
 *
 *   <portal-figure src="a.jpg">: alt is missing. Fix: describe the photo in alt, …
 *
 * The message names the element (its tag, its id when it has one), the attribute
 * and the value at fault, what is wrong, and the fix. Each distinct message is
 * printed once per element, so re-renders do not flood the console.
 */
const said = new WeakMap<Element, Set<string>>();

/** `s` cut to its first `n` characters, then (through `f`) followed by its length if it was longer: a megabyte is never printed whole. */
const clip = (s: string, n: number, f: (s: string) => string = String): string => f(s.slice(0, n)) + (s.length > n ? `… (${s.length} characters)` : '');

/** A value as a message prints it: JSON-quoted, which escapes quotes and control characters, so the message stays on one line; at most 256 characters of it. */
const quote = (value: unknown): string => clip(String(value), 256, JSON.stringify);

/** `<tag id="…" attr="value">`: how a message names an element. */
export const describe = (el: Element, attr?: string, value?: unknown): string => {
  let out = `<${el.localName}`;
  if (el.id) out += ` id=${quote(el.id)}`;
  if (attr) out += value == null ? ` ${attr}` : ` ${attr}=${quote(value)}`;
  return `${out}>`;
};

/**
 * Warns about an authoring error. `where` names the element; pass a child as
 * `child` when the attribute sits on a light-DOM child (a link in a ribbon).
 */
export const warn = (
  host: Element,
  problem: string,
  fix: string,
  attr?: string,
  value?: unknown,
  child?: Element,
): void => {
  const where = child ? `${describe(host)} ${describe(child, attr, value)}` : describe(host, attr, value);
  // The problem and the fix may quote the author's text too (a heading, an id): at most 512 characters of each.
  const message = `${where}: ${clip(problem, 512)}. Fix: ${clip(fix, 512)}`;
  let seen = said.get(host);
  if (!seen) said.set(host, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(message);
};

/**
 * The order in which modules loaded on first use arrive, set by the test and never by the machine's speed.
 *
 * Every module a component loads on first use comes through `modules.get` in the base class. `hold(/zoom/)`
 * makes the page behave as one that has not loaded that module yet and keeps each request for it waiting;
 * `requested(/zoom/)` resolves once a component has asked for it; `release(/zoom/)` lets it arrive now, for
 * the waiting requests and any later one, and `fail(/zoom/)` makes the waiting requests fail. Anything not held arrives as usual. After each test every request
 * still held is released and holding stops, so no test leaves another one waiting.
 */
import { modules, type Load } from '../src/internal/portal-element.js';

interface Held {
  name: string;
  go(): void;
  fail(error: Error): void;
}

const get = modules.get;
let patterns: RegExp[] = [];
let held: Held[] = [];
let asked: { pattern: RegExp; n: number; resolve(): void }[] = [];

modules.get = <T>(load: Load<T>): Promise<T> => {
  const name = String(load);
  if (!patterns.some((p) => p.test(name))) return get(load);
  return new Promise<T>((resolve, reject) => {
    held.push({ name, go: () => get(load).then(resolve, reject), fail: reject });
    asked = asked.filter((a) => !(waiting(a.pattern) >= a.n && (a.resolve(), true)));
  });
};

/** From now on, the modules whose loader matches `pattern` have not arrived, and each request for one waits. */
export const hold = (pattern: RegExp): void => {
  patterns.push(pattern);
  for (const load of modules.loaded.keys()) if (pattern.test(String(load))) modules.loaded.delete(load);
};

/** Resolves once `n` requests for modules matching `pattern` are waiting (at once if they already are). */
export const requested = (pattern: RegExp, n = 1): Promise<void> =>
  waiting(pattern) >= n ? Promise.resolve() : new Promise((resolve) => asked.push({ pattern, n, resolve }));

/** How many requests for modules matching `pattern` are waiting. */
export const waiting = (pattern: RegExp): number => held.filter((h) => pattern.test(h.name)).length;

const take = (pattern: RegExp): Held[] => {
  const out = held.filter((h) => pattern.test(h.name));
  held = held.filter((h) => !out.includes(h));
  return out;
};

/**
 * The module matching `pattern` arrives: every waiting request for it gets it now, and so does any later one
 * (it stops being held), as in a page where it has come. Returns how many requests were waiting.
 */
export const release = (pattern: RegExp): number => {
  patterns = patterns.filter((p) => String(p) != String(pattern));
  const out = take(pattern);
  out.forEach((h) => h.go());
  return out.length;
};

/** Makes every waiting request for a module matching `pattern` fail, as a chunk missing on the server would; it stays held. */
export const fail = (pattern: RegExp): number => {
  const out = take(pattern);
  out.forEach((h) => h.fail(new TypeError(`Failed to fetch dynamically imported module: ${h.name}`)));
  return out.length;
};

/** Stops holding anything and lets everything still waiting arrive. */
export const releaseAll = (): void => {
  patterns = [];
  asked = [];
  take(/[^]/).forEach((h) => h.go());
};

afterEach(releaseAll);

import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULT_LANG, resolveLang, term, unwatchLang, watchLang, type Lang, type LangAware, type PortalStrings, type StringTable } from './i18n.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';

/** Maps every `portal-*` event name to its `detail`. Components extend it. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PortalEventMap {}

type Detail<K extends keyof PortalEventMap> = PortalEventMap[K];

const warnedTags = new Set<string>();

/** Loads a module of a component's own that it needs only on first use: `() => import('./x.js')`. */
export type Load<T> = () => Promise<T>;
/**
 * @internal How every module loaded on first use arrives: `get` loads it (a test replaces `get` to hold one back
 * until it releases it, so the order of arrival is the test's, never the machine's speed), and `loaded` keeps
 * each one that has arrived, for the whole page, by its loader.
 */
export const modules = {
  get: <T>(load: Load<T>): Promise<T> => load(),
  loaded: new Map<Load<unknown>, unknown>(),
};
/**
 * Attributes an author might write by habit on one of the elements, which it does not read, matched against
 * ` name name … ` (the element's attribute names, a space either side): `date` and `publisher` only without
 * `jsonld`, the one thing they are for. ignored.ts has the words, by tag, and decides for each element.
 */
const UNREAD = 'datetime href heading heading-level src alt caption credit columns attendees headline category';
const IGNORED_ATTRS = new RegExp(` (${UNREAD.replace(/ /g, '|')}) |^(?!.* jsonld ).* (date|publisher) `);
/** Those names, observed by every element (a name an element does read is observed anyway). */
const OBSERVED = `${UNREAD} date publisher`.split(' ');
/** The words for attributes an element does not read, loaded the first time an element has one. */
const IGNORED: Load<{ run(host: Element): void }> = () => import('./ignored.js');
/** Whether the module `load` brings has arrived (some features run again once loaded, to undo their work). */
export const hasLoaded = (load: Load<unknown>): boolean => modules.loaded.has(load);

/**
 * The thin base every component extends: guarded registration, typed events,
 * one warning format, and the page language.
 */
export class PortalElement extends LitElement implements LangAware {
  /** @internal The library version that defined this class. */
  static readonly version = VERSION;

  /**
   * Registers `tag` unless it is already defined. If another copy of the library
   * defined it first, says so once and leaves that definition in place.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, this);
    } else if (existing !== this && !warnedTags.has(tag)) {
      warnedTags.add(tag);
      const other = (existing as Partial<typeof PortalElement>).version ?? 'unknown';
      console.warn(
        `<${tag}>: already defined by another copy of portal-elements (version ${other}); this copy (version ${VERSION}) is not used. Fix: load portal-elements once per page.`,
      );
    }
  }

  /** @internal The component's own `vi` and `en` strings; a portal overrides them with `setStrings()`. */
  static strings: StringTable = {};

  /**
   * Reactive properties are declared with `static properties` rather than
   * decorators: the decorator runtime and helper cost about 0.4 KB gzip in the
   * drop-in bundle, and the manifest reads both forms alike.
   */
  static override properties: PropertyDeclarations = { locale: { state: true } };

  /** @internal The page language that applies to this element (`vi` or `en`), kept up to date. */
  declare protected locale: Lang;

  constructor() {
    super();
    this.locale = DEFAULT_LANG;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.refreshLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** @internal Re-reads the language; called when `lang` or the strings change. */
  refreshLang(): void {
    this.locale = resolveLang(this);
    this.requestUpdate();
  }

  /** A built-in (or portal-supplied) string in the current language. */
  protected t(key: keyof PortalStrings): string {
    return term(this.locale, key, (this.constructor as typeof PortalElement).strings);
  }

  /** The attributes an element does not read are observed too, so that one written later is answered as well. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...OBSERVED];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Only for those names: a reflected property's own attribute must not cause another update.
    if (OBSERVED.includes(name)) this.requestUpdate();
  }

  /** After each update: an attribute the element does not read is not ignored without a word. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (IGNORED_ATTRS.test(` ${this.getAttributeNames().join(' ')} `)) this.use(IGNORED)?.run(this);
  }

  /** Dispatches a `portal-*` event that bubbles and crosses shadow roots. */
  protected emit<K extends keyof PortalEventMap & `portal-${string}`>(name: K, detail: Detail<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
  }

  /** Modules on their way (see `use()`); the element updates again when they arrive. */
  #loading?: Promise<unknown>;

  /** Resolves once the element has updated with every module it asked `use()` for loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p; (p = this.#loading); done = await super.getUpdateComplete()) {
      await p;
      // Cleared only once it has arrived, so that every caller waiting at the same time waits for it too.
      if (this.#loading == p) this.#loading = undefined;
    }
    return done;
  }

  /**
   * A module loaded on first use (a separate chunk for npm users, inlined in the drop-in): the module if it
   * has arrived; otherwise starts loading it, updates again when it arrives (or calls `then` instead, for a
   * module whose work needs no update: a card's date), and gives `undefined` now.
   * The update on arrival reads the element as it is then, so whatever changed while the module was on its
   * way (the element removed, put back, given new input twice), the last state wins. A module that fails to
   * load (a chunk missing on the server) is reported, never thrown, and asked for again on the next use.
   */
  protected use<T>(load: Load<T>, then = (): unknown => this.requestUpdate()): T | undefined {
    return (
      (modules.loaded.get(load) as T | undefined) ??
      void (this.#loading = Promise.all([
        this.#loading,
        modules.get(load).then(
          (m) => {
            modules.loaded.set(load, m);
            then();
          },
          (e) => this.warn(`a module failed to load (${e})`, 'serve all of dist/ together'),
        ),
      ]))
    );
  }

  /** An authoring error in the shared format: element, attribute, value, problem, fix. */
  protected warn(problem: string, fix: string, attr?: string, value?: unknown, child?: Element): void {
    warn(this, problem, fix, attr, value, child);
  }
}

import { html, type PropertyValues } from 'lit';
import { PortalElement } from '../../internal/portal-element.js';
import { baseStyles } from '../../internal/styles.js';
import { checkLink, elementById, fragmentOf, isPlainClick } from '../../internal/url.js';
import { styles } from './skip-ribbon.styles.js';

declare module '../../internal/portal-element.js' {
  interface PortalEventMap {
    'portal-skip': { target: HTMLElement };
  }
}

declare module '../../internal/i18n.js' {
  interface PortalStrings {
    /** The link an empty `<portal-skip-ribbon>` generates. */
    skipToMain: string;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-skip': CustomEvent<{ target: HTMLElement }>;
  }
}

const TARGET = 'data-portal-skip-target';
/** The targets that hold a tabindex we added: only these get it removed. */
const added = new WeakSet<Element>();

/**
 * Skip links for the top of a portal page: the SharePoint "Skip Ribbon
 * Commands / Skip to main content", done right.
 *
 * Write the links yourself as `<a href="#id">` children: they work without
 * JavaScript, and several keep their order. Left empty, the ribbon writes one
 * light-DOM link to the page's `<main>`, labelled in the page language
 * ("Bỏ qua để đến nội dung chính" / "Skip to main content").
 *
 * The ribbon is visually hidden until one of its links has focus, then shows
 * fixed at the top of the viewport. Activating a same-page link moves focus to
 * the target (adding `tabindex="-1"` while it has focus, if it had none) and
 * still changes the URL hash. Other links are left alone.
 *
 * @summary Skip links that appear on focus and move focus to their target.
 *
 * @slot - The skip links: `<a href="#id">` elements, in reading order.
 *
 * @csspart ribbon - The bar that holds the links while one has focus.
 *
 * @cssprop [--portal-skip-ribbon-background=var(--portal-color-surface, #ffffff)] - The ribbon's background.
 * @cssprop [--portal-skip-ribbon-color=var(--portal-color-link, #0b4fa8)] - The links' text colour.
 * @cssprop [--portal-skip-ribbon-border-color=var(--portal-color-brand, #1d3a6e)] - The rule under the ribbon.
 * @cssprop [--portal-skip-ribbon-z-index=10000] - Keeps the ribbon above the page header.
 * @cssprop [--portal-skip-ribbon-target-outline=none] - The outline of the target while it holds focus, set in the theme stylesheet (a target is not a control, so GOV.UK hides it too; without a theme the browser's own outline shows).
 *
 * @event {CustomEvent<{ target: HTMLElement }>} portal-skip - A skip link moved focus to its target.
 */
export class PortalSkipRibbon extends PortalElement {
  static override styles = [baseStyles, styles];

  /** @internal The built-in `vi` and `en` strings; a portal overrides them with `setStrings()`. */
  static override strings = {
    vi: { skipToMain: 'Bỏ qua để đến nội dung chính' },
    en: { skipToMain: 'Skip to main content' },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    // The targets may come later in the page than the ribbon: check again once it is parsed.
    document.addEventListener('DOMContentLoaded', this.#check, { once: true });
    this.#check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    document.removeEventListener('DOMContentLoaded', this.#check);
  }

  /** The link the ribbon wrote itself, when it was empty; its text follows the language. */
  #generated?: HTMLAnchorElement;

  // Links removed before the first render leave the slot empty without a slotchange: check once it exists.
  protected override firstUpdated(): void {
    this.#check();
  }

  protected override updated(changed: PropertyValues): void {
    if (this.#generated && changed.has('locale')) this.#generated.textContent = this.t('skipToMain');
  }

  protected override render() {
    return html`<div part="ribbon"><slot @slotchange=${this.#check}></slot></div>`;
  }

  /** Fills an empty ribbon, refuses unsafe URLs, and warns about missing targets. */
  #check = (): void => {
    if (document.readyState === 'loading') return;
    if (!this.querySelector('a')) this.#generate();
    for (const a of this.querySelectorAll('a')) checkLink(this, a);
  };

  #generate(): void {
    const main = document.querySelector('main, [role="main"]');
    if (!main) {
      this.warn('the ribbon is empty and the page has no <main>', 'add <main>, or write <a href="#id"> links in the ribbon');
      return;
    }
    main.id ||= 'portal-main';
    const a = (this.#generated = document.createElement('a'));
    a.href = `#${main.id}`;
    a.textContent = this.t('skipToMain');
    this.append(a);
  }

  #onClick = (event: MouseEvent): void => {
    const a = isPlainClick(event) && (event.target as Element).closest('a');
    const id = a && fragmentOf(a);
    const target = id && elementById(this, id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      added.add(target);
    }
    // The same listener is never added twice, however often the link is used.
    target.addEventListener('blur', onTargetBlur, { once: true });
    target.setAttribute(TARGET, '');
    target.focus();
    // A hidden or inert target cannot take focus: then nothing skipped, and nothing is left behind.
    if (target.matches(':focus')) this.emit('portal-skip', { target });
    else onTargetBlur.call(target);
  };
}

function onTargetBlur(this: HTMLElement): void {
  this.removeAttribute(TARGET);
  if (added.delete(this)) this.removeAttribute('tabindex');
}

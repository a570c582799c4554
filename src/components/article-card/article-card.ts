import { html } from 'lit';
import { formatParts, parseDate, type DatePattern } from '../../internal/date.js';
import { PortalElement, type Load } from '../../internal/portal-element.js';
import { adopt } from '../../internal/adopt.js';
import { checkLink, isPlainClick } from '../../internal/url.js';
import { lightStyles, styles } from './article-card.styles.js';
import type { say, Warning } from './warnings.js';

/** The headings a card title may be written with; the author picks the level. */
const HEADING = ':is(h2,h3,h4,h5,h6)';
/** The title link: the card's one tab stop, which a click anywhere on the card follows. */
const LINK = `${HEADING} a[href]`;
/** The card's shadow tree: its two boxes and two slots, nothing bound. */
const TEMPLATE = html`<div part="card"><slot name="media"></slot><div part="body"><slot></slot></div></div>`;
/** The words of the warnings, which only a card with bad input needs. */
const WARN: Load<{ say: typeof say }> = () => import('./warnings.js');

export type ArticleCardVariant = 'vertical' | 'horizontal' | 'compact' | 'featured';

/**
 * One news item in a list: thumbnail, title link, date, category and excerpt,
 * for portal home and category pages.
 *
 * The content is the author's own light DOM, so it reads as a news item with
 * JavaScript off:
 *
 * ```html
 * <portal-article-card>
 *   <h3><a href="/tin/123">Hội nghị giao ban …</a></h3>
 *   <a href="/tin-hoat-dong">Tin hoạt động</a>
 *   <time datetime="2018-03-13">13/03/2018</time>
 *   <p>Chiều 13/3, tại huyện Duy Tiên, …</p>
 *   <img src="anh.jpg" alt="" width="900" height="600" loading="lazy" />
 * </portal-article-card>
 * ```
 *
 * - The title is a heading at the level the page needs (`<h2>`–`<h6>`) holding
 *   the link. That link is the card's only tab stop and its name is the title.
 * - The whole card is clickable: a plain click anywhere that is not on another
 *   link or control, and not the end of a text selection, clicks the title link
 *   once. Ctrl/⌘/Shift-clicks are left to the browser: use them on the title.
 * - A category is a direct-child `<a>` (a separate tab stop) or `<span>`; it
 *   sits on one line with the date. The text keeps the order you write it in.
 * - A direct-child `<img>` becomes the thumbnail (`slot="media"`): `alt=""`
 *   unless you wrote an `alt`, `loading="lazy"` unless you wrote `loading`,
 *   covered into a reserved aspect ratio, so nothing moves when it loads.
 * - A `<time datetime>` left empty gets its text from the shared date
 *   formatter, in the page language, in the card's first update, and
 *   follows the language: prefer writing the date's text
 *   yourself, which readers without JavaScript get too. There is no
 *   attribute that makes a date or a link out of nothing: what only
 *   JavaScript writes, a reader without it never gets.
 *
 * @summary A news item: title link, date, category, excerpt and thumbnail; the whole card is clickable.
 *
 * @slot - The title heading with its link, the date `<time>`, the category and the excerpt, in reading order.
 * @slot media - The thumbnail: a direct-child `<img>` is put here by itself.
 *
 * @csspart card - The card: thumbnail and text, laid out for the variant. It draws no box; a theme can give it one (background, border, padding).
 * @csspart body - The text beside or under the thumbnail.
 *
 * @cssprop [--portal-article-card-gap=var(--portal-space-2, 0.5rem)] - Space between the thumbnail, the title, the date and the excerpt.
 * @cssprop [--portal-article-card-title-size=var(--portal-font-size-lg, 1.25rem)] - The title's font size (`featured`: `--portal-font-size-2xl`).
 * @cssprop [--portal-article-card-aspect-ratio=3/2] - The thumbnail's shape, reserved before it loads.
 */
export class PortalArticleCard extends PortalElement {
  /** Its own reset, not the shared one: the two boxes have no animation, and every server-rendered card repeats it. */
  static override styles = styles;

  static override properties = {
    variant: { reflect: true },
    dateFormat: { attribute: 'date-format' },
  };

  /** The layout: `vertical` (default), `horizontal` (thumbnail beside the text when the card has 30rem), `compact` (no thumbnail or excerpt) or `featured` (large). */
  declare variant?: ArticleCardVariant;
  /** How the card writes the text of an empty `<time datetime>`: `numeric` (13/03/2018, the default), `numeric-time` or `long`. */
  declare dateFormat?: DatePattern;

  /** The `<time>` whose text the card wrote, and so rewrites when the language changes. */
  #time?: HTMLTimeElement;
  /** The children the content was last checked with: a `slotchange` that leaves them as they were checks nothing. */
  #checked?: Element[];
  /** The shadow root's `slotchange` listener: one function per card, so adding it again on each connection adds nothing. */
  #slotchange = (): void => this.#onSlotChange();

  override connectedCallback(): void {
    super.connectedCallback();
    adopt(this, lightStyles);
    // Not bindings in the template (no parts for Lit to make per card), and added once: the same listener added again
    // on a later connection is no second one. Clicks on the card itself, which every click inside it reaches (called
    // with `this` as the card); the keyboard needs none: Tab reaches the title link and Enter follows it. A child
    // added or removed, on the shadow root (the first connection made it), which every `slotchange` inside it reaches.
    this.addEventListener('click', this.#onClick);
    this.renderRoot.addEventListener('slotchange', this.#slotchange);
  }

  /** Layout only, with no bindings: the same for every card, cloned once per card and never updated. */
  protected override render() {
    return TEMPLATE;
  }

  /** Checks the content after each update (the first, a module's arrival, a change of variant or language). */
  protected override updated(): void {
    this.#check();
  }

  /**
   * A child added or removed (`slotchange`), not the assignment of the first render, nor the card's own move of a
   * photo to `media`: the same children are not checked twice. Compared in place, with no copy of the children.
   */
  #onSlotChange(): void {
    const kids = this.children;
    const was = this.#checked;
    // Before the first update (a server-rendered shadow root whose photo just went to `media`): it checks them all.
    if (!was) return;
    // One step past the end: a child more, or one less, differs there too.
    for (let i = 0; i <= was.length; i++) if (kids[i] != was[i]) return this.#check();
  }

  /** Checks the content and writes what the card generates. */
  #check(): void {
    // An unknown variant is laid out as vertical: said, not silent.
    if (this.variant && !/^(vertical|horizontal|compact|featured)$/.test(this.variant)) this.#say('variant', this.variant);
    // Unsafe links (the title's or the category's) lose their href first, with a warning.
    for (const a of this.querySelectorAll('a')) checkLink(this, a);
    // The title link is the card's name and destination: missing, empty or refused, the card says so.
    if (!this.querySelector(LINK)?.textContent!.trim()) this.#say('link');
    // A direct-child `<img>` is the thumbnail: in `media`, with `alt=""` and `loading="lazy"` unless written.
    for (const img of (this.#checked = [...this.children])) {
      if (img.localName == 'img') {
        img.slot ||= 'media';
        // Only where missing: writing alt="" over alt="" is still a change of attribute, for every card.
        if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
        if (!img.hasAttribute('loading')) img.setAttribute('loading', 'lazy');
      }
    }
    this.#date();
  }

  /**
   * The date: an empty `<time datetime>`, or one whose text the card wrote, gets the text in the page language,
   * in this update (the shared formatter is in the core: no module to wait for, no frame without the date).
   */
  #date(): void {
    const time = this.querySelector('time');
    const value = time?.getAttribute('datetime');
    const parts = value && parseDate(value);
    const pattern = this.dateFormat;
    if (!value) return;
    if (!parts) this.#say('datetime', value, time!);
    else if (time == this.#time || !time!.textContent!.trim()) {
      if (pattern && !/^(numeric|numeric-time|long)$/.test(pattern)) this.#say('date-format', pattern);
      // An unknown pattern is written as numeric, as no pattern is.
      (this.#time = time!).textContent = formatParts(parts, pattern!, this.locale);
    }
  }

  /**
   * Reports bad input; the words load on first use (warnings.ts), so a page without bad input never fetches them.
   * Until they arrive nothing is said: the update on their arrival checks again, and says what is still wrong.
   */
  #say(key: Warning, value?: string, child?: Element): void {
    this.use(WARN)?.say(this, key, value, child);
  }

  /**
   * A plain click follows the title link, unless it landed on something inside
   * the card that takes focus itself (a link, a button, a field: the click is
   * that one's own) or ended a text selection in the card.
   */
  #onClick(event: MouseEvent): void {
    // Only the card's own content counts: the first focusable node on the way up must be the card itself, not a
    // link or control inside it (a focusable ancestor, such as a tabpanel with tabindex="0", is not the card's).
    // A selection in the card means this click ended it; one elsewhere on the page (an image keeps it) is not this click's.
    const selection = getSelection();
    if (isPlainClick(event) && !(String(selection) && selection?.containsNode(this, true)) && event.composedPath().find((node) => node == this || (node as HTMLElement).tabIndex >= 0) == this) {
      this.querySelector<HTMLElement>(LINK)?.click();
    }
  }
}

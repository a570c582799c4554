import { html } from 'lit';
import { parseDate } from '../../internal/date.js';
import { PortalElement, type Load } from '../../internal/portal-element.js';
import { adopt } from '../../internal/adopt.js';
import { baseStyles } from '../../internal/styles.js';
import { checkLink } from '../../internal/url.js';
import { documentStyles, styles } from './article.styles.js';

/** Marks the JSON-LD script the article wrote, so it finds it again and never writes it twice. */
export const MARK = 'data-portal-article';
/** Set on each link in the article to its resolved address, which print shows after the link's text. */
const HREF = 'data-portal-href';

/**
 * A module of its own, loaded on first use (a separate chunk for npm users, inlined in the drop-in): `run` does
 * its part of a check, from what the article found.
 */
export interface Part {
  run(host: PortalArticle, headline: Element | null, dates: Record<string, string>, category: Element | null, times: HTMLTimeElement[]): void;
}
/** `jsonld`: the NewsArticle script. */
const JSONLD: Load<Part> = () => import('./jsonld.js');
/** The words of the warnings, which only a page with bad input needs. */
const WARN: Load<Part> = () => import('./warnings.js');
/** Tables: each a Tab stop while it scrolls sideways, and only then. */
const TABLES: Load<{ run(host: PortalArticle): void }> = () => import('./tables.js');

/**
 * A full news article: category, headline, dateline, lead, body and byline,
 * laid out for reading and for print.
 *
 * Everything is the page's own light DOM, and the element is the article
 * itself. Write `role="article"` on it and its parts in reading order, so the
 * page reads the same before (or without) JavaScript:
 *
 * ```html
 * <portal-article role="article">
 *   <a slot="category" href="/tin-hoat-dong">Tin hoạt động</a>
 *   <h1 slot="headline">Hội nghị giao ban …</h1>
 *   <p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>
 *   <p slot="lead">…</p>
 *   <p>…</p>
 *   <p slot="byline">Văn phòng HĐND tỉnh · Cập nhật: <time datetime="2018-03-14T15:30+07:00">15:30 14/03/2018</time></p>
 * </portal-article>
 * ```
 *
 * - The headline's level is the element you write: `h1` on an article page,
 *   `h2` where the page already has its `h1`.
 * - `role="article"` is added if you leave it out (do not also wrap the
 *   element in `<article>`: that would make two articles).
 * - The first article in a document or shadow root adopts a small stylesheet there (and in the page), for what
 *   shadow CSS cannot reach: images in the article never overflow it; lists
 *   of the body get room for their markers and space between items; tables
 *   get cell padding and borders, and a wide one scrolls sideways inside the
 *   column (while it does, the article makes it a Tab stop, named by its caption).
 *   In print the page chrome (`portal-skip-ribbon`, `nav`, `[role=navigation]`,
 *   `[role=search]`, buttons, and anything marked `data-portal-print="hide"`)
 *   is hidden, each link in the article prints its full address after its
 *   text, and images and figures are never split across pages nor taller
 *   than one.
 * - The article checks its content when it first renders and whenever its
 *   direct children change: links (`checkLink`, and the resolved address
 *   print shows, in `data-portal-href`), the headline, the category, and the
 *   `<time datetime>` in the dateline and byline. The JSON-LD code and the
 *   words of the warnings are modules of their own, loaded on first use;
 *   `updateComplete` waits for them.
 *
 * @summary A full news article: category, headline, dateline, lead, body and byline, with print styles and optional JSON-LD.
 *
 * @slot category - The category, as a link: `<a slot="category" href="…">Tin hoạt động</a>`.
 * @slot headline - The headline, an `h1` (or the level that fits the page): `<h1 slot="headline">…</h1>`.
 * @slot dateline - A real `<time datetime>` and a place: `<p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>`. Its first `<time>` is the published date.
 * @slot lead - The lead paragraph: `<p slot="lead">…</p>`.
 * @slot - The body: paragraphs, lists, quotes, tables, figures, attendance lists. Each direct child gets the same gap after it.
 * @slot byline - Optional author, source and updated date, in one element or several. Its first `<time datetime>` is the updated date.
 *
 * @cssprop [--portal-article-measure=42rem] - The reading width: the article's maximum inline size.
 * @cssprop [--portal-article-gap=var(--portal-space-4, 1rem)] - The space after each block. Set it on the article, or on one child for that child alone.
 */
export class PortalArticle extends PortalElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    ...PortalElement.properties,
    jsonld: { type: Boolean },
    publisher: {},
  };

  /**
   * Writes NewsArticle JSON-LD into the light DOM, for rich search results: headline (the headline's text, on one
   * line), datePublished and dateModified (the dateline's and the byline's first valid `<time datetime>`; without an
   * updated date, the published one), image (the first image in the article) and publisher.
   */
  declare jsonld?: boolean;
  /** The publisher's name in the JSON-LD, e.g. "Hội đồng nhân dân tỉnh Hà Nam". */
  declare publisher?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Into the root that holds the article (a shadow root's rules do not reach past it), and into the page
    // itself, whose print rules hide the page's chrome.
    adopt(this, documentStyles);
    adopt(document.documentElement, documentStyles);
    this.role ||= 'article';
    this.renderRoot.addEventListener('slotchange', this.#sync);
  }

  protected override updated(): void {
    this.#sync();
  }

  protected override render() {
    return html`<slot name="category"></slot><slot name="headline"></slot><slot name="dateline"></slot><slot name="lead"></slot><slot></slot><slot name="byline"></slot>`;
  }

  /** Checks the author's content and keeps the JSON-LD up to date. */
  #sync = (): void => {
    // Children may still be arriving from the parser: check once it is done.
    if (document.readyState == 'loading') return document.addEventListener('DOMContentLoaded', this.#sync, { once: true });
    // Print shows each link's full address after its text: not the category's, nor a link to this same page.
    for (const a of this.querySelectorAll('a')) {
      if (checkLink(this, a) && !a.slot && a.href.split('#')[0] != location.href.split('#')[0]) a.setAttribute(HREF, a.href);
      else a.removeAttribute(HREF);
    }
    // A wide table scrolls sideways in the column: a Tab stop while it does, so the keyboard can scroll it too.
    if (this.querySelector('table')) this.use(TABLES)?.run(this);
    const headline = this.querySelector(':scope>:is(h1,h2,h3,h4,h5,h6)[slot=headline]');
    // The category is a link to its section; a category that is no link and holds none is plain text.
    const category = this.querySelector(':scope>[slot=category]:not(a,:has(a))');
    // The first valid date of each: the dateline's is the published date, the byline's the updated date.
    const dates: Record<string, string> = {};
    const times: HTMLTimeElement[] = [];
    for (const time of this.querySelectorAll<HTMLTimeElement>(':scope>:is([slot=dateline],[slot=byline]) time')) {
      if (parseDate(time.dateTime)) dates[time.closest('[slot]')!.slot] ??= time.dateTime;
      else times.push(time);
    }
    // Bad input: no headline, a category that is no link, dates that are not ISO 8601 (left out of the JSON-LD).
    if (!headline || category || times[0]) this.use(WARN)?.run(this, headline, dates, category, times);
    if (this.jsonld) this.use(JSONLD)?.run(this, headline, dates, category, times);
    else this.querySelector(`:scope>script[${MARK}]`)?.remove();
  };
}

import { html } from 'lit';
import { PortalElement } from '../../internal/portal-element.js';
import { baseStyles } from '../../internal/styles.js';
import { checkLink } from '../../internal/url.js';
import { styles } from './article-list.styles.js';

/**
 * A list of news items (`<portal-article-card>`s, or any elements) with an
 * optional heading and a "see all" link, laid out in columns that follow the
 * list's own width.
 *
 * ```html
 * <portal-article-list>
 *   <h2>Tin hoạt động</h2>
 *   <portal-article-card>…</portal-article-card>
 *   <portal-article-card>…</portal-article-card>
 *   <a href="/tin-hoat-dong">Xem tất cả</a>
 * </portal-article-list>
 * ```
 *
 * - Every child is a list item (`role="listitem"`, unless it has a role) of a
 *   `role="list"` container, so it stays a list for screen readers without
 *   bullets: Safari drops the list role of a `<ul>` with `list-style: none`.
 * - A direct-child heading (`<h2>`–`<h6>`, the level the page needs) is the
 *   list's heading, and a direct-child `<p>` its introduction, both above the
 *   items (not items themselves); a direct-child `<a>` is its "see all" link,
 *   after them. The list writes no content of its own: the heading and the
 *   link, in the page's language, are yours, so they are there without
 *   JavaScript too.
 *
 * @summary A list of news cards with a heading and a "see all" link; columns and gap from tokens.
 *
 * @slot - The items, usually `<portal-article-card>`s. Each gets `role="listitem"`.
 * @slot heading - The list's heading and introduction; a direct-child heading (`<h1>`–`<h6>`) or `<p>` is put here by itself.
 * @slot more - The "see all" link; a direct-child `<a>` is put here by itself.
 *
 * @csspart list - The grid of items (`role="list"`).
 *
 * @cssprop [--portal-article-list-columns=3] - The most columns, when the list is wide enough.
 * @cssprop [--portal-article-list-min-width=16rem] - The narrowest a column gets before the list uses fewer columns.
 * @cssprop [--portal-article-list-gap=var(--portal-space-6, 1.5rem)] - Space between the items, and around the heading and the link.
 */
export class PortalArticleList extends PortalElement {
  static override styles = [baseStyles, styles];

  protected override render() {
    // A child added later with its own slot="heading" or slot="more" is checked too.
    return html`<slot name="heading" @slotchange=${this.updated}></slot><div part="list" role="list"><slot @slotchange=${this.updated}></slot></div><slot name="more" @slotchange=${this.updated}></slot>`;
  }

  /** Sorts the children into heading, link and items. */
  protected override updated(): void {
    for (const el of this.children) {
      const a = el.localName == 'a';
      // Every link, also one its author put in a slot already (`slot="more"`).
      if (a) checkLink(this, el as HTMLAnchorElement);
      if (el.slot) continue;
      // A heading, and a paragraph that introduces the list, go above it: never list items.
      if (/^(h\d|p)$/.test(el.localName)) el.slot = 'heading';
      else if (a) el.slot = 'more';
      else el.role ||= 'listitem';
    }
  }
}

/**
 * What an author writes by habit on an element that does not read it, and what to write instead. Loaded only when
 * an element has such an attribute (the core's pattern of their names): a page without one never fetches these words.
 * Each is said once per element, in the one warning format, with the attribute and its value.
 */
import { warn } from './warn.js';

/** By `tag attribute`: the fix. */
export const fixes: Record<string, string> = {
  'portal-article-card datetime': 'write the date inside the card: <time datetime="2018-03-13">13/03/2018</time>',
  'portal-article-card href': 'put the link on the title: <h3><a href="/tin/123">…</a></h3>',
  'portal-article-card heading-level': 'write the title in the heading the page needs, <h2> to <h6>',
  'portal-article-card src': 'write the thumbnail inside the card: <img src="anh.jpg" alt="" width="900" height="600">',
  'portal-article-list href': 'write the "see all" link yourself, as the last child: <a href="/tin-hoat-dong">Xem tất cả</a>',
  'portal-article-list heading': 'write the heading yourself, as the first child: <h2>Tin hoạt động</h2>',
  'portal-article-list heading-level': 'write the heading in the level the page needs, <h2> to <h6>, as the first child',
  'portal-article-list columns': 'set the CSS custom property --portal-article-list-columns',
  'portal-figure src': 'write the photo inside: <figure><img src="anh.jpg" alt="…" width="900" height="600"></figure>',
  'portal-figure alt': 'write alt on the <img> inside',
  'portal-figure caption': 'write the caption inside the <figure>: <figcaption>…</figcaption>',
  'portal-figure credit': 'write the credit in the caption: <figcaption>… <small>Ảnh: …</small></figcaption>',
  'portal-attendance-list attendees': 'give the data in a child <script type="application/json">, or set the attendees property from script',
  'portal-attendance-list date': 'the date is only for the JSON-LD: add jsonld="<the meeting\'s name>", or leave date out',
  'portal-article headline': 'write the headline inside: <h1 slot="headline">…</h1>',
  'portal-article category': 'write the category inside, as a link: <a slot="category" href="…">…</a>',
  'portal-article datetime': 'write the date in the dateline: <p slot="dateline"><time datetime="2018-03-13">13/3</time></p>',
  'portal-article publisher': 'the publisher is only for the JSON-LD: add jsonld, or leave publisher out',
  'portal-skip-ribbon href': 'write the links inside: <a href="#noi-dung">Bỏ qua để đến nội dung chính</a>',
};

/** Warns about each attribute of `host` that it does not read (the core's pattern found one). */
export const run = (host: Element): void => {
  for (const name of host.getAttributeNames()) {
    const fix = fixes[`${host.localName} ${name}`];
    // `date` and `publisher` are read, but only for the JSON-LD: without jsonld (attribute or property) they do nothing.
    if (fix && !(/^(date|publisher)$/.test(name) && (host.hasAttribute('jsonld') || (host as { jsonld?: unknown }).jsonld))) warn(host, `${name} does nothing here`, fix, name, host.getAttribute(name));
  }
};

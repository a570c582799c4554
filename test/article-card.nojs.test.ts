/**
 * Without JavaScript (here: neither tag is ever registered), a card is still a
 * proper news item: a heading at the authored level holding a working link, the
 * date, the excerpt and the photo, in order; a list still has its heading, its
 * items and its "see all" link. With the theme, a photo fits its column.
 */
import { expectAllWithRole, followLink, HEADINGS } from './helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.';
const EXCERPT = 'Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.';
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"/>')}`;

const page = () =>
  fixture<HTMLElement>(html`
    <div style="width: 20rem">
      <portal-article-list>
        <h2>Tin hoạt động</h2>
        <portal-article-card>
          <h3><a href="#tin-123">${TITLE}</a></h3>
          <a href="#tin-hoat-dong">Tin hoạt động</a>
          <time datetime="2018-03-13">13/03/2018</time>
          <p>${EXCERPT}</p>
          <img src=${PHOTO} alt="" width="900" height="600" />
        </portal-article-card>
        <a href="#tin-hoat-dong">Xem tất cả</a>
      </portal-article-list>
      <div id="tin-123"></div>
      <div id="tin-hoat-dong"></div>
    </div>
  `);

describe('<portal-article-card> and <portal-article-list> without JavaScript', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('are never registered in this file', () => {
    expect(customElements.get('portal-article-card')).to.equal(undefined);
    expect(customElements.get('portal-article-list')).to.equal(undefined);
  });

  it('read as a heading, a news item with a working title link, its date and excerpt, and a "see all" link', async () => {
    const root = await page();
    // Every heading and link on the page, as this engine exposes them.
    await expectAllWithRole('heading', HEADINGS, [
      { name: 'Tin hoạt động', level: 2 },
      { name: TITLE, level: 3 },
    ]);
    await expectAllWithRole('link', 'a, area, [role]', [{ name: TITLE }, { name: 'Tin hoạt động' }, { name: 'Xem tất cả' }]);
    const text = root.querySelector('portal-article-card')!.innerText;
    expect(text.indexOf(TITLE)).to.be.lessThan(text.indexOf('13/03/2018'));
    expect(text.indexOf('13/03/2018')).to.be.lessThan(text.indexOf(EXCERPT));
    await followLink(root.querySelector<HTMLAnchorElement>('h3 a')!);
    expect(location.hash).to.equal('#tin-123');
  });

  it('with the theme, lays the card out flat as after upgrade, the list as a block, and fits the photo to the column', async () => {
    const css = await (await fetch('/src/themes/default.css')).text();
    const style = Object.assign(document.createElement('style'), { textContent: css });
    document.head.append(style);
    try {
      const root = await page();
      const card = root.querySelector('portal-article-card')!;
      expect(getComputedStyle(card).display, 'the card layout, flat: the photo first, as after upgrade').to.equal('flex');
      const img = card.querySelector('img')!.getBoundingClientRect();
      expect(img.width).to.be.at.most(root.getBoundingClientRect().width);
      expect(img.height / img.width).to.be.closeTo(2 / 3, 0.01);
    } finally {
      style.remove();
    }
  });
});

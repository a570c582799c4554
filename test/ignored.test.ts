/**
 * No attribute an author might write by habit is ignored without a word: each one an element does not read is
 * answered by one warning that names the element, the attribute, its value and what to write instead; the
 * content stays as written. The same element without that attribute says nothing.
 */
import { settled, takeWarnings } from './helpers.js';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';

const PHOTO = '/stories/assets/hoi-nghi-1.svg';

/** A valid element of each tag, with `attrs` on its opening tag. */
const valid: Record<string, (attrs: string) => string> = {
  'portal-article-card': (a) => `<portal-article-card ${a}><h3><a href="/tin/1">Hội nghị giao ban</a></h3><time datetime="2018-03-13">13/03/2018</time></portal-article-card>`,
  'portal-article-list': (a) => `<portal-article-list ${a}><h2>Tin hoạt động</h2><portal-article-card><h3><a href="/tin/1">Tin</a></h3></portal-article-card><a href="/tin-hoat-dong">Xem tất cả</a></portal-article-list>`,
  'portal-figure': (a) => `<portal-figure ${a}><figure><img src="${PHOTO}" alt="Toàn cảnh hội nghị" width="900" height="600"><figcaption>Toàn cảnh <small>Ảnh: Văn phòng</small></figcaption></figure></portal-figure>`,
  'portal-attendance-list': (a) => `<portal-attendance-list ${a}><ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b>, <span>Chủ tịch HĐND tỉnh</span></li></ul></portal-attendance-list>`,
  'portal-article': (a) => `<portal-article role="article" ${a}><h1 slot="headline">Hội nghị giao ban</h1><p slot="dateline"><time datetime="2018-03-13">13/3</time></p><p>Nội dung.</p></portal-article>`,
  'portal-skip-ribbon': (a) => `<portal-skip-ribbon ${a}><a href="#noi-dung">Bỏ qua để đến nội dung chính</a></portal-skip-ribbon><main id="noi-dung">Nội dung</main>`,
};

/** [tag, attribute, value, what the fix must say]. */
const cases: [string, string, string, RegExp][] = [
  ['portal-article-card', 'datetime', '2018-03-13', /<time datetime="2018-03-13">/],
  ['portal-article-card', 'href', '/tin/123', /link on the title/],
  ['portal-article-card', 'heading-level', '3', /<h2> to <h6>/],
  ['portal-article-card', 'src', 'anh.jpg', /<img src/],
  ['portal-article-list', 'href', '/tin-hoat-dong', /"see all" link yourself/],
  ['portal-article-list', 'heading', 'Tin hoạt động', /heading yourself/],
  ['portal-article-list', 'heading-level', '2', /<h2> to <h6>/],
  ['portal-article-list', 'columns', '4', /--portal-article-list-columns/],
  ['portal-figure', 'src', 'anh.jpg', /<img src/],
  ['portal-figure', 'alt', 'Toàn cảnh', /alt on the <img>/],
  ['portal-figure', 'caption', 'Toàn cảnh', /<figcaption>/],
  ['portal-figure', 'credit', 'Ảnh: Văn phòng', /<small>Ảnh: …<\/small>/],
  ['portal-attendance-list', 'attendees', '[{"name":"Phạm Sỹ Lợi"}]', /<script type="application\/json">/],
  ['portal-attendance-list', 'date', '2018-03-13', /add jsonld=/],
  ['portal-article', 'headline', 'Hội nghị', /<h1 slot="headline">/],
  ['portal-article', 'category', 'Tin hoạt động', /<a slot="category"/],
  ['portal-article', 'datetime', '2018-03-13', /<p slot="dateline"><time datetime/],
  ['portal-article', 'publisher', 'HĐND tỉnh Hà Nam', /add jsonld/],
  ['portal-skip-ribbon', 'href', '#noi-dung', /write the links inside/],
];

const mount = async (markup: string) => {
  fixtureCleanup();
  const root = await fixture<HTMLElement>(html`<div lang="vi">${unsafeStatic(markup)}</div>`);
  await settled(root);
  return root;
};
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('attributes an element does not read', () => {
  for (const [tag, attr, value, fix] of cases) {
    it(`<${tag} ${attr}>: one warning with the element, the attribute, its value and the fix; the content is kept`, async () => {
      const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const root = await mount(valid[tag]!(`${attr}="${escaped}"`));
      const [warning, ...more] = takeWarnings();
      expect(more, `one warning: ${JSON.stringify([warning, ...more])}`).to.deep.equal([]);
      expect(warning).to.contain(`<${tag} ${attr}=${JSON.stringify(value)}>: ${attr} does nothing here. Fix: `);
      expect(warning!.split('Fix: ')[1]).to.match(fix);
      const clean = await mount(valid[tag]!(''));
      expect(takeWarnings(), 'without the attribute: no warning').to.deep.equal([]);
      expect(text(root.querySelector(tag)!)).to.equal(text(clean.querySelector(tag)!));
    });
  }

  it('date and publisher are read for the JSON-LD: with jsonld, no warning', async () => {
    await mount(valid['portal-attendance-list']!('jsonld="Hội nghị giao ban" date="2018-03-13"'));
    await mount(valid['portal-article']!('jsonld publisher="HĐND tỉnh Hà Nam"'));
    expect(takeWarnings()).to.deep.equal([]);
  });

  it('jsonld set as a property counts too', async () => {
    fixtureCleanup();
    const box = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    const list = document.createElement('portal-attendance-list');
    list.jsonld = 'Hội nghị giao ban';
    list.setAttribute('date', '2018-03-13');
    list.innerHTML = '<ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b></li></ul>';
    box.append(list);
    await settled(box);
    expect(takeWarnings()).to.deep.equal([]);
  });

  it('an attribute added later is answered too, once', async () => {
    const root = await mount(valid['portal-article-card']!(''));
    const card = root.querySelector('portal-article-card')!;
    card.setAttribute('datetime', '2018-03-14');
    await settled(root);
    card.setAttribute('variant', 'featured');
    await settled(root);
    expect(takeWarnings()).to.deep.equal(['<portal-article-card datetime="2018-03-14">: datetime does nothing here. Fix: write the date inside the card: <time datetime="2018-03-13">13/03/2018</time>']);
  });
});

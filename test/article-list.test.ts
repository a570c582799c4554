import { a11yTree, domHeadingLevel, engine, expectOneWarning, expectRolesAndNames, itIn, loadTheme, nodesWithRole, resetFocus, rolesAndNames, shadowOnlyText, type A11yNode } from './helpers.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/components/article-card/define.js';
import '../src/components/article-list/define.js';
import type { PortalArticleList } from '../src/components/article-list/article-list.js';

/** Neighbouring news items of the sample portal's "Tin hoạt động" list, newest first. */
const NEWS = [
  ['tin-125', 'Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị của cử tri tại huyện Lý Nhân', '2018-03-20'],
  ['tin-124', 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.', '2018-03-13'],
  ['tin-123', 'Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát tình hình thực hiện dự án đầu tư công năm 2018', '2018-03-06'],
  ['tin-122', 'Tổ đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp thứ sáu tại thành phố Phủ Lý', '2018-02-27'],
] as const;

const cards = (n = 3) =>
  NEWS.slice(0, n).map(
    ([id, title, date]) => html`<portal-article-card><h3><a href=${`/tin/${id}`}>${title}</a></h3><time datetime=${date}></time><p>Tóm tắt tin.</p></portal-article-card>`,
  );
const targets = html`<div id="tin-hoat-dong"></div>`;

const SEE_ALL = { vi: 'Xem tất cả', en: 'See all' } as const;

const list = async ({ lang = 'vi' as 'vi' | 'en', width = '60rem', more = true, n = 3, style = '' } = {}) => {
  const root = await fixture<HTMLElement>(html`
    <div lang=${lang} style="width: ${width}">
      <portal-article-list style=${style || nothing}>
        <h2>${lang === 'vi' ? 'Tin hoạt động' : 'Council activities'}</h2>
        ${cards(n)}
        ${more ? html`<a href="#tin-hoat-dong">${SEE_ALL[lang]}</a>` : nothing}
      </portal-article-list>
      ${targets}
    </div>
  `);
  const el = root.querySelector('portal-article-list')!;
  await el.updateComplete;
  return el;
};

const lists = (tree: A11yNode) => nodesWithRole(tree, 'list');
const items = (node: A11yNode) => (node.children ?? []).filter((c) => c.role === 'listitem');

afterEach(() => {
  document.documentElement.lang = 'vi';
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<portal-article-list>', () => {
  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en'] as const) {
      it(`passes axe with a heading, cards and a "see all" link (${lang}) [wcag axe 1.3.1 1.4.3 4.1.2]`, async () => {
        const el = await list({ lang });
        await expect(el.parentElement).to.be.accessible();
      });

      it(`passes axe with compact and horizontal cards in a narrow column (${lang}) [wcag axe 1.3.1 1.4.3 4.1.2]`, async () => {
        const root = await fixture<HTMLElement>(html`
          <div lang=${lang} style="width: 18rem">
            <portal-article-list>
              <h3>${lang === 'vi' ? 'Tin mới' : 'Latest news'}</h3>
              <portal-article-card variant="compact"><h4><a href="/tin/125">${NEWS[0][1]}</a></h4><time datetime="2018-03-20"></time></portal-article-card>
              <portal-article-card variant="horizontal"><h4><a href="/tin/124">${NEWS[1][1]}</a></h4><time datetime="2018-03-13"></time><p>Tóm tắt.</p></portal-article-card>
            </portal-article-list>
          </div>
        `);
        await expect(root).to.be.accessible();
      });
    }
  });

  describe('accessibility tree', () => {
    for (const n of [1, 3, 4]) {
      it(`is a list with ${n} item(s), each holding one link named by its title [wcag accessibility-tree 1.3.1 4.1.2]`, async () => {
        const el = await list({ n, more: false });
        const cards = [...el.querySelectorAll(':scope > portal-article-card')];
        expect(cards).to.have.length(n);
        await expectRolesAndNames('portal-article-list > portal-article-card', cards.map(() => ({ role: 'listitem' })));
        await expectRolesAndNames('portal-article-card a', NEWS.slice(0, n).map(([, title]) => ({ role: 'link', name: title })));
        // Each item's one heading, at the card's authored level; the list's own heading outside the list, at the level the author wrote.
        for (const card of cards) expect([...card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map(domHeadingLevel)).to.deep.equal([3]);
        const heading = el.querySelector(':scope > h2')!;
        expect(el.shadowRoot!.querySelector('[part=list]')!.contains(heading.assignedSlot), 'the heading is not in the list').to.equal(false);
        expect(domHeadingLevel(heading)).to.equal(2);
        await expectRolesAndNames('portal-article-list > h2', [{ role: 'heading', name: 'Tin hoạt động' }]);
      });
    }

    itIn(['chromium'], 'is a list of 1, 3, 4 items, each with one link and a level-3 heading, the level-2 heading outside it (Chromium: its accessibility tree has the structure and levels) [wcag accessibility-tree 1.3.1 4.1.2]', async () => {
      for (const n of [1, 3, 4]) {
        fixtureCleanup();
        await list({ n, more: false });
        const tree = await a11yTree();
        const [only, ...more] = lists(tree);
        expect(more, 'one list').to.deep.equal([]);
        expect(items(only!)).to.have.length(n);
        for (const [i, item] of items(only!).entries()) {
          expect(nodesWithRole(item, 'link').map((l) => l.name)).to.deep.equal([NEWS[i]![1]]);
          expect(nodesWithRole(item, 'heading').map((h) => h.level)).to.deep.equal([3]);
        }
        // The heading is outside the list, at the level the author wrote.
        expect(nodesWithRole(only!, 'heading').map((h) => h.name)).to.not.include('Tin hoạt động');
        expect(nodesWithRole(tree, 'heading').filter((h) => h.level === 2).map((h) => h.name)).to.deep.equal(['Tin hoạt động']);
      }
      fixtureCleanup();
      await fixture(html`<portal-article-list><h4>Tin liên quan</h4>${cards(2)}</portal-article-list>`);
      expect(nodesWithRole(await a11yTree(), 'heading').find((h) => h.name === 'Tin liên quan')!.level, 'an authored h4').to.equal(4);
    });

    for (const n of [1, 3]) {
      // Safari drops the list role of a list styled `list-style: none`; an explicit role="list" keeps it in every engine.
      it(`keeps list semantics in every engine: a list of ${n} list item(s), each card's title a link`, async () => {
        await list({ n, more: false });
        await expectRolesAndNames('portal-article-list > portal-article-card', NEWS.slice(0, n).map(() => ({ role: 'listitem' })));
        await expectRolesAndNames('portal-article-card h3 a', NEWS.slice(0, n).map(([, title]) => ({ role: 'link', name: title })));
        await expectRolesAndNames('portal-article-list > h2', [{ role: 'heading', name: 'Tin hoạt động' }]);
      });
    }

    itIn(['chromium', 'webkit'], 'the items\' container in the shadow root is a list (Chromium, WebKit: Firefox\'s WebDriver BiDi accessibility locator does not search shadow roots)', async () => {
      await list({ n: 3, more: false });
      await expectRolesAndNames('portal-article-list >>> [part=list]', [{ role: 'list', name: '' }]);
    });

    it('puts an introduction paragraph under the heading, above the list, and not in it', async () => {
      const el = await fixture<PortalArticleList>(html`
        <portal-article-list><h2>Tin hoạt động</h2><p>Hoạt động của Thường trực HĐND tỉnh.</p>${cards(2)}</portal-article-list>
      `);
      await el.updateComplete;
      await expectRolesAndNames('portal-article-list > portal-article-card', [{ role: 'listitem' }, { role: 'listitem' }]);
      const p = el.querySelector('p:not(portal-article-card p)')!;
      expect(p.hasAttribute('role'), 'no role on the paragraph').to.equal(false);
      const [intro] = await rolesAndNames('portal-article-list > p', [{ role: 'listitem' }]);
      expect(intro!.role, `the paragraph is no list item in ${engine}`).to.not.equal('listitem');
      expect(el.shadowRoot!.querySelector('[part=list]')!.contains(p.assignedSlot), 'not slotted into the list').to.equal(false);
      const [h2, list] = [el.querySelector('h2')!.getBoundingClientRect(), el.shadowRoot!.querySelector('[part=list]')!.getBoundingClientRect()];
      const box = p.getBoundingClientRect();
      expect(box.top, 'under the heading').to.be.at.least(h2.bottom);
      expect(box.bottom, 'above the list').to.be.at.most(list.top);
    });

    it('keeps the heading level the author chose [wcag accessibility-tree 1.3.1]', async () => {
      const el = await fixture<PortalArticleList>(html`<portal-article-list><h4>Tin liên quan</h4>${cards(2)}</portal-article-list>`);
      await expectRolesAndNames('portal-article-list > h4', [{ role: 'heading', name: 'Tin liên quan' }]);
      expect(domHeadingLevel(el.querySelector(':scope > h4')!)).to.equal(4);
    });

    for (const lang of ['vi', 'en'] as const) {
      it(`puts the author's "see all" link after the list, in the light DOM, not as an item (${lang})`, async () => {
        const el = await list({ lang });
        const a = el.querySelector<HTMLAnchorElement>(':scope > a')!;
        expect(a.slot).to.equal('more');
        expect(a.hasAttribute('role'), 'no role on the link').to.equal(false);
        expect(el.shadowRoot!.querySelector('[part=list]')!.contains(a.assignedSlot), 'not a list item').to.equal(false);
        await expectRolesAndNames('portal-article-list > a', [{ role: 'link', name: SEE_ALL[lang] }]);
        // The last link of the page, after every title.
        await expectRolesAndNames('portal-article-list a', [...NEWS.slice(0, 3).map(([, title]) => ({ role: 'link', name: title })), { role: 'link', name: SEE_ALL[lang] }]);
        const [items, link] = [el.shadowRoot!.querySelector('[part=list]')!.getBoundingClientRect(), a.getBoundingClientRect()];
        expect(link.top, 'under the items').to.be.at.least(items.bottom);
      });
    }

    it("keeps an author's own \"see all\" link and role, and makes a card added later a list item", async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <portal-article-list>
            <h2>Tin hoạt động</h2>
            ${cards(2)}
            <div role="separator"></div>
            <a href="#tin-hoat-dong">Xem tất cả tin hoạt động</a>
          </portal-article-list>
          ${targets}
        </div>
      `);
      const el = root.querySelector<PortalArticleList>('portal-article-list')!;
      expect(el.querySelector(':scope > a')!.slot).to.equal('more');
      expect(el.querySelector('[role="separator"]')!.getAttribute('role')).to.equal('separator');
      const late = document.createElement('portal-article-card');
      late.innerHTML = `<h3><a href="/tin/tin-122">${NEWS[3][1]}</a></h3>`;
      el.append(late);
      await new Promise((r) => setTimeout(r));
      expect(late.getAttribute('role')).to.equal('listitem');
      expect(el.querySelectorAll('[role="listitem"]')).to.have.length(3);
    });
  });

  describe('keyboard', () => {
    it('reaches each title once, then the "see all" link [wcag keyboard 2.1.1 2.4.3]', async () => {
      await list();
      resetFocus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(document.activeElement!.textContent!);
      }
      expect(stops).to.deep.equal([NEWS[0][1], NEWS[1][1], NEWS[2][1], 'Xem tất cả']);
      await sendKeys({ press: 'Enter' });
      expect(location.hash).to.equal('#tin-hoat-dong');
    });
  });

  describe('content in the light DOM', () => {
    it('keeps every reader-facing word in the light DOM', async () => {
      const el = await list();
      expect(shadowOnlyText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="list"]')!.getAttribute('role')).to.equal('list');
    });
  });

  describe("columns and gap: tokens, and the list's own width", () => {
    const lefts = (el: Element) => [...el.querySelectorAll('portal-article-card')].map((c) => Math.round(c.getBoundingClientRect().left));
    const columns = (el: Element) => new Set(lefts(el)).size;

    it('three columns by default in a wide list, fewer as the list narrows, whatever the viewport', async () => {
      expect(columns(await list({ width: '60rem', n: 4 }))).to.equal(3);
      expect(columns(await list({ width: '40rem', n: 4 }))).to.equal(2);
      expect(columns(await list({ width: '20rem', n: 4 }))).to.equal(1);
    });

    it('with the theme loaded, spaces the heading, the items and the link by the gap token', async () => {
      await loadTheme();
      const el = await list({ style: '--portal-article-list-gap: 20px' });
      const heading = el.querySelector('h2')!.getBoundingClientRect();
      const first = el.querySelector('portal-article-card')!.getBoundingClientRect();
      const cards = [...el.querySelectorAll('portal-article-card')].map((c) => c.getBoundingClientRect().bottom);
      const link = el.querySelector(':scope > a')!.getBoundingClientRect();
      expect(Math.round(first.top - heading.bottom)).to.equal(20);
      expect(Math.round(link.top - Math.max(...cards))).to.equal(20);
    });

    it('takes the most columns, the narrowest column and the gap from tokens', async () => {
      const el = await list({ width: '60rem', n: 4, style: '--portal-article-list-columns: 2; --portal-article-list-gap: 10px' });
      expect(columns(el)).to.equal(2);
      const [a, b] = el.querySelectorAll('portal-article-card');
      expect(Math.round(b!.getBoundingClientRect().left - a!.getBoundingClientRect().right)).to.equal(10);
      el.style.setProperty('--portal-article-list-columns', '4');
      el.style.setProperty('--portal-article-list-min-width', '20rem');
      expect(columns(el), 'no column narrower than 20rem').to.equal(2);
    });
  });

  describe('bad input', () => {
    it("refuses an author's javascript: link: the text stays, the live link goes", async () => {
      const el = await fixture<PortalArticleList>(
        // Bad input on purpose.
        // eslint-disable-next-line lit-a11y/anchor-is-valid
        html`<portal-article-list><h2>Tin</h2>${cards(1)}<a href="javascript:alert(1)">Xem tất cả</a></portal-article-list>`,
      );
      expectOneWarning(/^<portal-article-list> <a href="javascript:alert\(1\)">: href uses a javascript: URL/);
      const a = el.querySelector(':scope > a')!;
      expect(a.hasAttribute('href')).to.equal(false);
      expect(a.textContent).to.equal('Xem tất cả');
    });

    // Found by test/property/article-list.test.ts (issue 14): a link its author had put in a slot was never checked.
    it('checks a link already in slot="more" too', async () => {
      const el = await fixture<PortalArticleList>(
        // Bad input on purpose.
        // eslint-disable-next-line lit-a11y/anchor-is-valid
        html`<portal-article-list><h2>Tin</h2>${cards(1)}<a slot="more" href="javascript:alert(1)">Xem tất cả</a></portal-article-list>`,
      );
      expectOneWarning(/^<portal-article-list> <a href="javascript:alert\(1\)">: href uses a javascript: URL/);
      expect(el.querySelector(':scope > a')!.hasAttribute('href')).to.equal(false);
    });

    // Found by test/property/article-list.test.ts (issue 14, seed -1891430323): only the items' slot was listened to.
    for (const slot of ['more', 'heading']) {
      it(`checks a link added later to slot="${slot}"`, async () => {
        const el = await fixture<PortalArticleList>(html`<portal-article-list><h2>Tin</h2>${cards(1)}</portal-article-list>`);
        const a = Object.assign(document.createElement('a'), { slot, href: 'javascript:alert(1)', textContent: 'Xem tất cả' });
        el.append(a);
        await new Promise<void>((resolve) => el.shadowRoot!.addEventListener('slotchange', () => resolve(), { once: true }));
        expectOneWarning(/^<portal-article-list> <a href="javascript:alert\(1\)">: href uses a javascript: URL/);
        expect(a.hasAttribute('href')).to.equal(false);
      });
    }
  });
});

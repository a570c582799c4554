/**
 * Without JavaScript (here: the tag is never registered), the markup a portal
 * writes for <portal-article> still reads as an article: its category link,
 * its headline at the level the author chose, the dateline with its date, the
 * lead and the body, in that order.
 */
import { a11yTree, domHeadingLevel, expectRolesAndNames, followLink, itIn, nodesWithRole, type A11yNode } from './helpers.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const TITLE = 'Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện, thành phố lần thứ ba, nhiệm kỳ 2016-2021.';

const text = (node: A11yNode): string => (node.role === 'StaticText' ? node.name : (node.children ?? []).map(text).join(''));

describe('<portal-article> without JavaScript', () => {
  it('is never registered in this file', () => {
    expect(customElements.get('portal-article')).to.equal(undefined);
  });

  it('reads as one article with its category, headline, dateline, lead and body, in order', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <main>
        <portal-article role="article">
          <a slot="category" href="/tin-hoat-dong">Tin hoạt động</a>
          <h1 slot="headline">${TITLE}</h1>
          <p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>
          <p slot="lead">Thường trực HĐND tỉnh tổ chức Hội nghị giao ban lần thứ ba.</p>
          <p>Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND. <a href="/ky-hop">Kỳ họp thứ ba</a></p>
          <p slot="byline">Văn phòng HĐND tỉnh</p>
        </portal-article>
      </main>
    `);
    expect(el.querySelector('portal-article')!.shadowRoot === null, 'no shadow root').to.equal(true);
    await expectRolesAndNames('portal-article', [{ role: 'article' }]);
    await expectRolesAndNames('portal-article h1', [{ role: 'heading', name: TITLE }]);
    expect(domHeadingLevel(el.querySelector('h1')!)).to.equal(1);
    await expectRolesAndNames('portal-article a', [
      { role: 'link', name: 'Tin hoạt động' },
      { role: 'link', name: 'Kỳ họp thứ ba' },
    ]);
    await expectRolesAndNames('portal-article p', [{ role: 'paragraph' }, { role: 'paragraph' }, { role: 'paragraph' }, { role: 'paragraph' }]);
    // No shadow root: the reading order is the markup's.
    expect([...el.querySelectorAll('portal-article p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Chiều 13/3, tại huyện Duy Tiên',
      'Thường trực HĐND tỉnh tổ chức Hội nghị giao ban lần thứ ba.',
      'Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND. Kỳ họp thứ ba',
      'Văn phòng HĐND tỉnh',
    ]);
    expect(el.querySelector('time')!.dateTime).to.equal('2018-03-13');
  });

  itIn(['chromium'], 'reads as one article with its level-1 headline, links and paragraphs, in order (Chromium: its accessibility tree has levels)', async () => {
    fixtureSync<HTMLElement>(html`
      <main>
        <portal-article role="article">
          <a slot="category" href="/tin-hoat-dong">Tin hoạt động</a>
          <h1 slot="headline">${TITLE}</h1>
          <p slot="dateline"><time datetime="2018-03-13">Chiều 13/3</time>, tại huyện Duy Tiên</p>
          <p slot="lead">Thường trực HĐND tỉnh tổ chức Hội nghị giao ban lần thứ ba.</p>
          <p>Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND. <a href="/ky-hop">Kỳ họp thứ ba</a></p>
          <p slot="byline">Văn phòng HĐND tỉnh</p>
        </portal-article>
      </main>
    `);
    const articles = nodesWithRole(await a11yTree(), 'article');
    expect(articles).to.have.length(1);
    const [heading] = nodesWithRole(articles[0]!, 'heading');
    expect(heading).to.include({ name: TITLE, level: 1 });
    expect(nodesWithRole(articles[0]!, 'link').map((l) => l.name)).to.deep.equal(['Tin hoạt động', 'Kỳ họp thứ ba']);
    const paragraphs = nodesWithRole(articles[0]!, 'paragraph').map(text);
    expect(paragraphs).to.deep.equal([
      'Chiều 13/3, tại huyện Duy Tiên',
      'Thường trực HĐND tỉnh tổ chức Hội nghị giao ban lần thứ ba.',
      'Hội nghị đã tập trung đánh giá tình hình hoạt động của HĐND. Kỳ họp thứ ba',
      'Văn phòng HĐND tỉnh',
    ]);
  });

  it('keeps working links, reached with Tab in reading order', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <portal-article role="article">
        <a slot="category" href="#tin">Tin hoạt động</a>
        <h2 slot="headline">${TITLE}</h2>
        <p><a href="#ky-hop">Kỳ họp thứ ba</a></p>
        <p id="tin">Tin.</p>
        <p id="ky-hop">Kỳ họp.</p>
      </portal-article>
    `);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('Tin hoạt động');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('Kỳ họp thứ ba');
    await followLink(el.querySelector<HTMLAnchorElement>('[slot=category]')!);
    expect(location.hash).to.equal('#tin');
    history.replaceState(null, '', location.pathname + location.search);
    await expectRolesAndNames('portal-article h2', [{ role: 'heading', name: TITLE }]);
    expect(domHeadingLevel(el.querySelector('h2')!)).to.equal(2);
  });
});

/**
 * Without JavaScript (here: the tag is never registered), the written form of
 * <portal-attendance-list> is plain headings and lists: every name, position
 * and group label is there, and the lists are real lists.
 */
import { outline, type A11yNode } from './helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

const roles = (tree: A11yNode[], role: string): A11yNode[] => tree.flatMap((n) => [...(n.role === role ? [n] : []), ...roles(n.children ?? [], role)]);

describe('<portal-attendance-list> without JavaScript', () => {
  it('is never registered in this file', () => {
    expect(customElements.get('portal-attendance-list')).to.equal(undefined);
  });

  it('reads as headings and lists, with every name, position and label', async () => {
    const root = await fixture<HTMLElement>(html`
      <div id="root" lang="vi">
        <portal-attendance-list>
          <h3>Chủ trì</h3>
          <ul data-role="presiding">
            <li>Đồng chí <b>Phạm Sỹ Lợi</b>, <span>Phó Bí thư Thường trực Tỉnh uỷ</span>, <span>Chủ tịch HĐND tỉnh</span></li>
          </ul>
          <h3>Tham dự</h3>
          <ul data-role="attending">
            <li>các thành viên Thường trực HĐND tỉnh</li>
            <li>Lãnh đạo: Sở Nội vụ, Sở Tài chính</li>
          </ul>
        </portal-attendance-list>
      </div>
    `);
    // The rendered text, line by line: engines part blocks with blank lines of their own (WebKit puts one after a heading, and one at the end).
    expect(root.innerText.split('\n').filter((line) => line.trim())).to.deep.equal([
      'Chủ trì',
      'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh',
      'Tham dự',
      'các thành viên Thường trực HĐND tỉnh',
      'Lãnh đạo: Sở Nội vụ, Sở Tài chính',
    ]);
    // Headings and lists as this engine exposes them (role, name, level; structure from the DOM).
    const tree = await outline('#root');
    expect(roles(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Chủ trì', 3],
      ['Tham dự', 3],
    ]);
    expect(roles(tree, 'list').map((l) => (l.children ?? []).filter((c) => c.role === 'listitem').length)).to.deep.equal([1, 2]);
    await expect(root).to.be.accessible();
  });
});

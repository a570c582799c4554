import { a11yOutline, engine, expectOneWarning, itIn, outline, shadowOnlyText, takeWarnings, type A11yNode } from './helpers.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import sinon from 'sinon';
import '../src/components/attendance-list/define.js';
import type { PortalAttendanceList } from '../src/components/attendance-list/attendance-list.js';
import { setStrings } from '../src/internal/i18n.js';
import { articleVi, largeMeeting, meeting, meetingVi, writtenMeeting, type SampleLang } from '../stories/sample-content.js';

type Lang = SampleLang;

/** The sample meeting written as light-DOM markup, the way a CMS template writes it (same separators as the data form). */
const written = (lang: Lang) => unsafeHTML(writtenMeeting(lang));

/**
 * `<div id="root" lang>` around the content; resolves once the list has updated. It replaces the test's
 * earlier fixture, so `#root` (which a11yOutline reads) is always this one, never the first of several.
 */
const mount = async (lang: Lang, content: TemplateResult) => {
  fixtureCleanup();
  const root = await fixture<HTMLElement>(html`<div id="root" lang=${lang}>${content}</div>`);
  const list = root.querySelector('portal-attendance-list') as PortalAttendanceList;
  await list.updateComplete;
  return { root, list };
};

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
/**
 * The text as rendered, which read-aloud and translation tools take (whitespace between elements collapses), one
 * line per block: WebKit's innerText adds a blank line after a heading with a margin, and a newline at the end.
 */
const readable = (el: HTMLElement) => el.innerText.replace(/\n{2,}/g, '\n').trim();
/** Every character of the light DOM's text outside scripts (the JSON child's own text is not content), whitespace aside. */
const chars = (el: Element) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement!.localName !== 'script') out += n.textContent;
  return out.replace(/\s+/g, '');
};
const lists = (tree: A11yNode[]): A11yNode[] => tree.flatMap((n) => (n.role === 'list' ? [n] : lists(n.children ?? [])));
const roles = (tree: A11yNode[], role: string): A11yNode[] => tree.flatMap((n) => [...(n.role === role ? [n] : []), ...roles(n.children ?? [], role)]);
/** A list's entries as a screen reader reads them: the text of each list item. */
const entries = (list: A11yNode) => (list.children ?? []).filter((n) => n.role === 'listitem').map((li) => (li as A11yNode & { text: string }).text);
const json = (data: unknown) => html`<script type="application/json">${JSON.stringify(data)}</script>`;
const tick = () => new Promise((r) => setTimeout(r));
/** Every change in the light DOM under `targets` since the last call: its records, as the observer's callback gets them. */
const watchChanges = (targets: Iterable<Node>, options: MutationObserverInit) => {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  for (const t of targets) observer.observe(t, options);
  return {
    take: () => [...records.splice(0), ...observer.takeRecords()],
    disconnect: () => observer.disconnect(),
  };
};

afterEach(() => {
  document.documentElement.lang = 'vi';
});

describe('<portal-attendance-list>', () => {
  describe('accessibility (axe), every variant, vi and en', () => {
    const variants: [string, (lang: Lang) => TemplateResult][] = [
      ['written lists', (l) => html`<portal-attendance-list>${written(l)}</portal-attendance-list>`],
      ['JSON child', (l) => html`<portal-attendance-list>${json(meeting(l))}</portal-attendance-list>`],
      ['attendees property, with counts', (l) => html`<portal-attendance-list count .attendees=${largeMeeting(60)}></portal-attendance-list>${l}`],
      ['labels as paragraphs (heading-level="0")', (l) => html`<portal-attendance-list heading-level="0">${written(l)}</portal-attendance-list>`],
      ['sorted by name', (l) => html`<portal-attendance-list sort="name" .attendees=${largeMeeting(20)}></portal-attendance-list>${l}`],
      ['sentence', (l) => html`<p>Intro.</p><portal-attendance-list variant="sentence">${written(l)}</portal-attendance-list>`],
      ['JSON-LD, no honorific', (l) => html`<portal-attendance-list jsonld="Hội nghị" date="2018-03-13" no-honorific>${written(l)}</portal-attendance-list>`],
      ['co-presiding and guests', (l) =>
        html`<portal-attendance-list
          .attendees=${[
            { role: 'co-presiding', name: 'Phạm Sỹ Lợi', positions: ['Chủ tịch HĐND tỉnh'] },
            { role: 'co-presiding', name: 'Lê Thị Thanh Hà', positions: ['Phó Chủ tịch Thường trực HĐND tỉnh'] },
            { role: 'guest', body: 'Đoàn đại biểu Quốc hội tỉnh', members: [{ name: 'Nguyễn Văn A', positions: ['Phó Trưởng đoàn'] }] },
          ]}
        ></portal-attendance-list>${l}`],
    ];
    for (const lang of ['vi', 'en'] as const) {
      for (const [name, make] of variants) {
        it(`${name} (${lang}) [wcag axe 1.3.1 1.4.3]`, async () => {
          const { root } = await mount(lang, make(lang));
          await expect(root).to.be.accessible();
        });
      }
    }
  });

  describe('accessibility tree', () => {
    for (const [lang, presiding, attending] of [
      ['vi', 'Chủ trì', 'Tham dự'],
      ['en', 'Presiding', 'Attending'],
    ] as const) {
      it(`exposes one named list per group, with its items, after a level-3 heading (${lang}) [wcag accessibility-tree 1.3.1]`, async () => {
        await mount(lang, html`<portal-attendance-list>${written(lang)}</portal-attendance-list>`);
        const tree = await outline('#root');
        expect(roles(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
          [presiding, 3],
          [attending, 3],
        ]);
        const [chair, attend] = lists(tree);
        expect([chair!.name, attend!.name]).to.deep.equal([presiding, attending]);
        expect(entries(chair!)).to.deep.equal([
          lang === 'vi'
            ? 'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh'
            : "Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council",
        ]);
        expect(entries(attend!)).to.have.length(6);
      });
    }

    itIn(['chromium'], 'the outline read from the DOM is the accessibility tree, in every form and variant (Chromium: its accessibility tree has levels)', async () => {
      /** Chromium's pruned tree in the outline's shape: headings, lists with their items, paragraphs; an item's text from its StaticText. */
      const fromTree = (nodes: A11yNode[]): A11yNode[] =>
        nodes.flatMap((n): A11yNode[] => {
          const kids = fromTree(n.children ?? []);
          if (n.role === 'heading') return [{ role: 'heading', name: n.name, level: n.level }];
          if (n.role === 'list') return [{ role: 'list', name: n.name, children: kids.filter((c) => c.role === 'listitem') }];
          if (n.role === 'listitem') {
            const text = roles(n.children ?? [], 'StaticText').map((t) => t.name).join('').trim();
            return [{ role: 'listitem', name: '', text, ...(kids.length ? { children: kids } : {}) } as A11yNode];
          }
          if (n.role === 'paragraph') return [{ role: 'paragraph', name: '', ...(kids.length ? { children: kids } : {}) }];
          return kids;
        });
      const guests = [{ role: 'guest', body: 'Đoàn đại biểu Quốc hội tỉnh', members: [{ name: 'Nguyễn Văn A', positions: ['Phó Trưởng đoàn'] }] }];
      for (const form of [
        html`<portal-attendance-list>${written('vi')}</portal-attendance-list>`,
        html`<portal-attendance-list count>${json(meeting('en'))}</portal-attendance-list>`,
        html`<portal-attendance-list heading-level="0" .attendees=${largeMeeting(5)}></portal-attendance-list>`,
        html`<portal-attendance-list heading-level="2" .attendees=${guests}></portal-attendance-list>`,
        html`<portal-attendance-list variant="sentence">${written('vi')}</portal-attendance-list>`,
        html`<portal-attendance-list count><h4>Thành phần chủ trì</h4><ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b></li></ul></portal-attendance-list>`,
      ]) {
        await mount('vi', form);
        takeWarnings();
        const dom = await outline('#root');
        expect(dom.length, 'something to compare').to.be.greaterThan(0);
        expect(dom).to.deep.equal(fromTree(await a11yOutline('#root')));
      }
    });

    it('reads name, then positions, in the order given, for every person', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list no-honorific .attendees=${largeMeeting(60)}></portal-attendance-list>`);
      const [chair, attend] = lists(await outline('#root'));
      expect(entries(chair!)).to.deep.equal(['Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh']);
      const people = largeMeeting(60).slice(1) as { name: string; positions: string[] }[];
      expect(entries(attend!)).to.deep.equal(people.map((p) => [p.name, ...p.positions].join(', ')));
      expect(list.querySelectorAll('b')).to.have.length(61);
    });

    it('keeps list semantics: bullets (issue 20), and role="list" for a page whose CSS takes them away [wcag accessibility-tree 1.3.1]', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list>${written('vi')}</portal-attendance-list>`);
      for (const ul of list.querySelectorAll(':scope > ul')) {
        expect(getComputedStyle(ul).listStyleType).to.equal('disc');
        expect(ul.getAttribute('role')).to.equal('list');
      }
    });

    it('heading-level sets the level of the generated headings; 0 names the lists with paragraphs instead', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list heading-level="2">${written('vi')}</portal-attendance-list>`);
      expect(roles(await outline('#root'), 'heading').map((h) => h.level)).to.deep.equal([2, 2]);
      list.headingLevel = 0;
      await list.updateComplete;
      const tree = await outline('#root');
      expect(roles(tree, 'heading')).to.deep.equal([]);
      expect(lists(tree).map((l) => l.name)).to.deep.equal(['Chủ trì', 'Tham dự']);
      expect([...list.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.deep.equal(['Chủ trì', 'Tham dự']);
    });

    for (const level of ['7', '2.5', 'tiêu đề']) {
      it(`heading-level="${level}" is not a heading level: the labels are paragraphs`, async () => {
        const { list } = await mount('vi', html`<portal-attendance-list heading-level=${level}>${written('vi')}</portal-attendance-list>`);
        expect([...list.children].map((c) => c.localName)).to.deep.equal(['p', 'ul', 'p', 'ul']);
        expectOneWarning(
          new RegExp(`^<portal-attendance-list heading-level="${level}">: not a heading level, so the labels are paragraphs\\. Fix: use 1 to 6, or 0 for paragraphs$`),
        );
      });
    }

    it("uses the author's own heading as the label, and generates none", async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list count>
          <h4>Thành phần chủ trì</h4>
          <ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b>, <span>Chủ tịch HĐND tỉnh</span></li></ul>
        </portal-attendance-list>`,
      );
      const tree = await outline('#root');
      expect(roles(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([['Thành phần chủ trì', 4]]);
      expect(lists(tree)[0]!.name).to.equal('Thành phần chủ trì');
      expect(list.querySelector('h4')!.id).to.match(/^portal-al-\d+$/);
      expectOneWarning(/: the number is added only to generated labels, not to your own heading "Thành phần chủ trì"/);
    });

    for (const [lang, label] of [
      ['vi', 'Tham dự (3 đại biểu)'],
      ['en', 'Attending (3 delegates)'],
    ] as const) {
      it(`count adds the number of people to the label (${lang})`, async () => {
        const people = largeMeeting(3).slice(1);
        await mount(lang, html`<portal-attendance-list count .attendees=${[...people, { body: 'lãnh đạo các Ban HĐND tỉnh' }]}></portal-attendance-list>`);
        expect(lists(await outline('#root')).map((l) => l.name)).to.deep.equal([label]);
      });
    }

    it('count: "1 delegate" in English; a group of bodies only gets no count', async () => {
      await mount('en', html`<portal-attendance-list count .attendees=${meeting('en')}></portal-attendance-list>`);
      expect(lists(await outline('#root')).map((l) => l.name)).to.deep.equal(['Presiding (1 delegate)', 'Attending']);
    });
  });

  describe('two ways to author, one result', () => {
    for (const lang of ['vi', 'en'] as const) {
      it(`written lists, the JSON child and the attendees property give the same text and the same tree (${lang}) [wcag accessibility-tree 1.3.1]`, async () => {
        const forms = [
          html`<portal-attendance-list>${written(lang)}</portal-attendance-list>`,
          html`<portal-attendance-list>${json(meeting(lang))}</portal-attendance-list>`,
          html`<portal-attendance-list .attendees=${meeting(lang)}></portal-attendance-list>`,
        ];
        const results: { text: string; chars: string; tree: A11yNode[] }[] = [];
        for (const form of forms) {
          const { root } = await mount(lang, form);
          // The rendered text, every character of the light DOM (whitespace between elements aside), and the tree.
          results.push({ text: readable(root), chars: chars(root), tree: await outline('#root') });
        }
        expect(results[0]!.text).to.contain(lang === 'vi' ? 'Đồng chí Phạm Sỹ Lợi' : 'Comrade Phạm Sỹ Lợi');
        expect(lists(results[0]!.tree)).to.have.length(2);
        expect(results[1]).to.deep.equal(results[0]);
        expect(results[2]).to.deep.equal(results[0]);
      });
    }

    it('bodies with members render as a nested list in both forms', async () => {
      const data = [{ role: 'guest', body: 'Đoàn đại biểu Quốc hội tỉnh', members: [{ name: 'Nguyễn Văn A', positions: ['Phó Trưởng đoàn'] }] }];
      const { root: a } = await mount('vi', html`<portal-attendance-list .attendees=${data}></portal-attendance-list>`);
      const fromData = { text: readable(a), tree: await outline('#root') };
      const { root: b } = await mount(
        'vi',
        html`<portal-attendance-list
          ><ul data-role="guest">
            <li>Đoàn đại biểu Quốc hội tỉnh<ul><li><b>Nguyễn Văn A</b>, <span>Phó Trưởng đoàn</span></li></ul></li>
          </ul></portal-attendance-list
        >`,
      );
      expect({ text: readable(b), tree: await outline('#root') }).to.deep.equal(fromData);
      expect(fromData.text).to.equal('Khách mời\nĐoàn đại biểu Quốc hội tỉnh\nĐồng chí Nguyễn Văn A, Phó Trưởng đoàn');
    });

    it('new data replaces what the data rendered, and leaves written content alone', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list .attendees=${meetingVi}><p id="own">Danh sách do Văn phòng HĐND tỉnh cung cấp.</p></portal-attendance-list>`,
      );
      list.attendees = largeMeeting(5);
      await list.updateComplete;
      expect(list.querySelectorAll(':scope > ul')).to.have.length(2);
      expect(list.querySelectorAll(':scope > h3')).to.have.length(2);
      expect(list.querySelectorAll(':scope > ul[data-role="attending"] > li')).to.have.length(5);
      expect(list.querySelector('#own')).to.exist;
      list.attendees = undefined;
      await list.updateComplete;
      expect(list.querySelectorAll('ul, h3')).to.have.length(0);
      expect(list.querySelector('#own')).to.exist;
    });

    it('an entry without a role is attending', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list .attendees=${[{ name: 'Nguyễn Văn A' }]}></portal-attendance-list>`);
      expect(list.querySelector('ul')!.dataset.role).to.equal('attending');
    });
  });

  describe('data and written lists together (the written ones are the fallback without JavaScript)', () => {
    /** The written fallback an author puts next to the data: headings of their own for one group, none for the other. */
    const fallback = html`<h3 id="own-h">Chủ trì</h3>
      <ul data-role="presiding"><li>Đồng chí <b>Phạm Sỹ Lợi</b>, <span>Chủ tịch HĐND tỉnh</span></li></ul>
      <ul data-role="attending"><li>các thành viên Thường trực HĐND tỉnh</li></ul>`;

    it('with a JSON child, the data shows and the written lists (and their headings) hide: one group per role, the same tree as the data alone', async () => {
      await mount('vi', html`<portal-attendance-list>${json(meetingVi)}</portal-attendance-list>`);
      const alone = await outline('#root');
      const { list } = await mount('vi', html`<portal-attendance-list>${json(meetingVi)}${fallback}</portal-attendance-list>`);
      const tree = await outline('#root');
      expect(roles(tree, 'heading').map((h) => h.name)).to.deep.equal(['Chủ trì', 'Tham dự']);
      expect(tree).to.deep.equal(alone);
      expect(list.querySelector<HTMLElement>('#own-h')!.hidden).to.equal(true);
      expect([...list.querySelectorAll(':scope > ul[hidden]')]).to.have.length(2);
    });

    it('with attendees: the written lists show again when the data goes away', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list>${fallback}</portal-attendance-list>`);
      const before = await outline('#root');
      list.attendees = largeMeeting(3);
      await list.updateComplete;
      expect(roles(await outline('#root'), 'heading').map((h) => h.name)).to.deep.equal(['Chủ trì', 'Tham dự']);
      expect(lists(await outline('#root')).map((l) => l.children!.length)).to.deep.equal([1, 3]);
      list.attendees = undefined;
      await list.updateComplete;
      expect(await outline('#root')).to.deep.equal(before);
      expect(list.querySelectorAll('[hidden]')).to.have.length(0);
    });

    it('malformed JSON: the written lists stay visible, even after attendees came and went', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list><script type="application/json">[{"name": Phạm}]</script>${fallback}</portal-attendance-list>`);
      expectOneWarning(/invalid JSON/);
      const before = await outline('#root');
      expect(lists(before)).to.have.length(2);
      expect(list.querySelectorAll('[hidden]')).to.have.length(0);
      list.attendees = largeMeeting(3);
      await list.updateComplete;
      list.attendees = undefined;
      await list.updateComplete;
      expect(await outline('#root')).to.deep.equal(before);
    });
  });

  describe('language', () => {
    it('rewrites labels, counts and honorifics when the page language changes', async () => {
      const { root, list } = await mount('vi', html`<portal-attendance-list count>${written('vi')}</portal-attendance-list>`);
      root.removeAttribute('lang');
      document.documentElement.lang = 'en';
      await tick();
      await list.updateComplete;
      expect([...list.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Presiding (1 delegate)', 'Attending']);
      expect(list.querySelector('li')!.textContent).to.match(/^Comrade Phạm Sỹ Lợi,/);
      expect(list.textContent).to.not.contain('Đồng chí');
      expect(list.querySelectorAll('h3')).to.have.length(2);
    });

    it('a portal adds a role, and overrides a string, with setStrings()', async () => {
      setStrings('vi', { 'thu-ky': 'Thư ký', honorific: 'Đ/c' } as never);
      try {
        const { list } = await mount('vi', html`<portal-attendance-list .attendees=${[{ role: 'thu-ky', name: 'Trần Thị B', positions: ['Chuyên viên'] }]}></portal-attendance-list>`);
        expect(list.querySelector('h3')!.textContent).to.equal('Thư ký');
        expect(text(list.querySelector('li')!)).to.equal('Đ/c Trần Thị B, Chuyên viên');
        list.variant = 'sentence';
        await list.updateComplete;
        expect(list.querySelector('p')!.textContent).to.equal('Thư ký có Đ/c Trần Thị B, Chuyên viên.');
      } finally {
        document.querySelector('portal-attendance-list')!.remove();
        setStrings('vi', { 'thu-ky': undefined, honorific: undefined } as never);
      }
    });

    it('no-honorific leaves it out; an honorific the author wrote is kept, not doubled', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list no-honorific
          ><ul data-role="attending">
            <li><b>Nguyễn Văn A</b></li>
            <li>Ông <b>Trần Văn B</b></li>
          </ul></portal-attendance-list
        >`,
      );
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal(['Nguyễn Văn A', 'Ông Trần Văn B']);
      list.noHonorific = false;
      await list.updateComplete;
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal(['Đồng chí Nguyễn Văn A', 'Ông Trần Văn B']);
      list.count = true;
      await list.updateComplete;
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal(['Đồng chí Nguyễn Văn A', 'Ông Trần Văn B']);
      list.noHonorific = true;
      await list.updateComplete;
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal(['Nguyễn Văn A', 'Ông Trần Văn B']);
    });

    it('an update that leaves the entries as they are changes nothing in them (300 entries take longer than a frame to lay out again)', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list count>${written('vi')}</portal-attendance-list>`);
      const honorifics = [...list.querySelectorAll('li>b')].map((b) => b.previousSibling);
      expect(honorifics.map((n) => n?.textContent)).to.deep.equal(honorifics.map(() => 'Đồng chí '));
      const watch = watchChanges(list.querySelectorAll('ul'), { subtree: true, childList: true, characterData: true });
      try {
        list.count = false;
        await list.updateComplete;
        list.headingLevel = 2;
        list.jsonld = 'Hội nghị';
        await list.updateComplete;
        // The labels changed (outside the lists); the entries did not.
        expect([...list.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['Chủ trì', 'Tham dự']);
        expect(list.querySelector('script[type="application/ld+json"]')).to.exist;
        expect(watch.take().map((r) => `${r.type} in ${(r.target as Element).localName ?? r.target.parentElement!.localName}`)).to.deep.equal([]);
        // A new language changes each honorific's text, in the same text node: no entry is built again.
        document.documentElement.lang = 'en';
        list.closest('#root')!.removeAttribute('lang');
        await tick();
        await list.updateComplete;
        expect([...list.querySelectorAll('li>b')].map((b) => b.previousSibling)).to.deep.equal(honorifics);
        expect(honorifics.map((n) => n!.textContent)).to.deep.equal(honorifics.map(() => 'Comrade '));
        const changes = watch.take();
        expect(changes.map((r) => r.type)).to.deep.equal(honorifics.map(() => 'characterData'));
      } finally {
        watch.disconnect();
      }
    });
  });

  describe('sort="name"', () => {
    const people = ['Phạm Sỹ Lợi', 'Lê Thị Thanh Hà', 'Nguyễn Văn Ánh', 'Trần Văn An', 'Đỗ Thị Đào', 'Vũ Văn Dũng', 'Bùi Anh'].map((name) => ({ name }));

    it('keeps the authored order unless asked', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list no-honorific .attendees=${people}></portal-attendance-list>`);
      expect([...list.querySelectorAll('b')].map((b) => b.textContent)).to.deep.equal(people.map((p) => p.name));
    });

    it('orders people by given name (the last word), then the full name, in Vietnamese collation; bodies keep their place', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list sort="name" no-honorific .attendees=${[{ body: 'Lãnh đạo Sở Nội vụ' }, ...people]}></portal-attendance-list>`,
      );
      expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'Lãnh đạo Sở Nội vụ',
        'Trần Văn An',
        'Bùi Anh',
        'Nguyễn Văn Ánh',
        'Vũ Văn Dũng',
        'Đỗ Thị Đào',
        'Lê Thị Thanh Hà',
        'Phạm Sỹ Lợi',
      ]);
    });

    it('restores the order as written when sort is removed, in both forms, and sorts again when it comes back', async () => {
      const names = (list: Element) => [...list.querySelectorAll('li')].map((li) => li.textContent);
      const { list } = await mount('vi', html`<portal-attendance-list sort="name" no-honorific .attendees=${[{ body: 'Lãnh đạo Sở Nội vụ' }, ...people]}></portal-attendance-list>`);
      const sorted = names(list);
      expect(sorted[1]).to.equal('Trần Văn An');
      list.removeAttribute('sort');
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Lãnh đạo Sở Nội vụ', ...people.map((p) => p.name)]);
      list.sort = 'name';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(sorted);
      list.sort = undefined;
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Lãnh đạo Sở Nội vụ', ...people.map((p) => p.name)]);
      // Written lists, with an entry added while sorted: it goes after the ones written before it.
      const { list: w } = await mount(
        'vi',
        html`<portal-attendance-list sort="name" no-honorific
          ><ul data-role="attending"><li><b>Phạm Sỹ Lợi</b></li><li>Lãnh đạo Sở Nội vụ</li><li><b>Trần Văn An</b></li></ul></portal-attendance-list
        >`,
      );
      expect(names(w)).to.deep.equal(['Trần Văn An', 'Lãnh đạo Sở Nội vụ', 'Phạm Sỹ Lợi']);
      w.querySelector('ul')!.insertAdjacentHTML('afterbegin', '<li><b>Bùi Anh</b></li>');
      w.sort = undefined;
      await w.updateComplete;
      expect(names(w)).to.deep.equal(['Phạm Sỹ Lợi', 'Lãnh đạo Sở Nội vụ', 'Trần Văn An', 'Bùi Anh']);
    });

    it('an update that keeps the order moves no entry', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list sort="name" .attendees=${[{ body: 'Lãnh đạo Sở Nội vụ' }, ...people]}></portal-attendance-list>`);
      const ul = list.querySelector('ul')!;
      const before = [...ul.children];
      const watch = watchChanges([ul], { childList: true });
      try {
        list.count = true;
        await list.updateComplete;
        expect(list.querySelector('h3')!.textContent).to.equal('Tham dự (7 đại biểu)');
        expect(watch.take()).to.have.length(0);
        expect([...ul.children]).to.deep.equal(before);
        // The last name, changed to one that sorts first, moves the entries.
        [...ul.querySelectorAll('b')].at(-1)!.textContent = 'Phạm Văn A';
        list.requestUpdate();
        await list.updateComplete;
        expect(watch.take()).to.not.have.length(0);
        expect(ul.children[1]!.querySelector('b')!.textContent).to.equal('Phạm Văn A');
      } finally {
        watch.disconnect();
      }
    });

    it('creates one Intl.Collator for the page, never one per item or per element', async () => {
      const spy = sinon.spy(Intl, 'Collator');
      try {
        for (let i = 0; i < 3; i++) await mount('vi', html`<portal-attendance-list sort="name" .attendees=${largeMeeting(50)}></portal-attendance-list>`);
        expect(spy.callCount).to.be.at.most(1);
      } finally {
        spy.restore();
      }
    });
  });

  describe('variant="sentence"', () => {
    const publishedVi = articleVi.paragraphs[0]!.split('. ').find((s) => s.startsWith('Đồng chí Phạm Sỹ Lợi'))!;

    it('writes the sample meeting as its news report does (vi)', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list variant="sentence" .attendees=${meetingVi}></portal-attendance-list>`);
      const p = list.querySelector('p[slot="sentence"]')!;
      expect(p.textContent).to.equal(
        'Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì; tham dự có các thành viên Thường trực HĐND tỉnh; đại diện lãnh đạo: UBND, Ủy ban MTTQ tỉnh; Lãnh đạo: Sở Nội vụ, Sở Tài chính; Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh; lãnh đạo các Ban HĐND tỉnh; Thường trực HĐND, lãnh đạo các Ban HĐND các huyện, thành phố.',
      );
      // The published sentence, less its object "Hội nghị" (the meeting), which the list does not know.
      expect(p.textContent).to.equal(publishedVi.replace(' chủ trì Hội nghị;', ' chủ trì;').replace('tham dự Hội nghị có', 'tham dự có'));
    });

    it('writes it in English', async () => {
      const { list } = await mount('en', html`<portal-attendance-list variant="sentence">${written('en')}</portal-attendance-list>`);
      expect(list.querySelector('p')!.textContent).to.equal(
        "Comrade Phạm Sỹ Lợi, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council presiding; attending: the members of the Standing Committee of the Provincial People's Council; representatives of the leadership of the Provincial People's Committee and the Provincial Fatherland Front Committee; leaders of the Department of Home Affairs and the Department of Finance; leaders of the Offices of the Provincial Party Committee, People's Council and People's Committee; leaders of the committees of the Provincial People's Council; the Standing Committees and committee leaders of the district and city People's Councils.",
      );
    });

    it('shows only the sentence; the lists come back, and the sentence goes, with the list variant', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list variant="sentence">${written('vi')}</portal-attendance-list>`);
      let tree = await outline('#root');
      expect(lists(tree)).to.deep.equal([]);
      expect(roles(tree, 'paragraph')).to.have.length(1);
      list.variant = undefined;
      await list.updateComplete;
      tree = await outline('#root');
      expect(lists(tree)).to.have.length(2);
      expect(list.querySelector('p')).to.equal(null);
    });

    it('co-presiding, guests with members, and a capital letter first', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list
          variant="sentence"
          no-honorific
          .attendees=${[
            { role: 'guest', body: 'Đoàn đại biểu Quốc hội tỉnh', members: [{ name: 'Nguyễn Văn A' }, { name: 'Trần Thị B' }] },
            { role: 'co-presiding', name: 'Lê Thị Thanh Hà' },
          ]}
        ></portal-attendance-list>`,
      );
      expect(list.querySelector('p')!.textContent).to.equal('Khách mời có Đoàn đại biểu Quốc hội tỉnh: Nguyễn Văn A, Trần Thị B; Lê Thị Thanh Hà đồng chủ trì.');
    });

    it("lowercases only a label's first letter, and leaves an acronym as it is (a portal's own roles)", async () => {
      setStrings('vi', { 'dai-bieu-hdnd': 'Đại biểu HĐND', 'hdnd-huyen': 'HĐND các huyện' } as never);
      setStrings('en', { 'dai-bieu-hdnd': 'Deputies of the HĐND' } as never);
      try {
        const data = [
          { role: 'presiding', name: 'Phạm Sỹ Lợi' },
          { role: 'dai-bieu-hdnd', name: 'Nguyễn Văn A' },
          { role: 'hdnd-huyen', body: 'Thường trực HĐND huyện Duy Tiên' },
        ];
        const { list } = await mount('vi', html`<portal-attendance-list variant="sentence" no-honorific .attendees=${data}></portal-attendance-list>`);
        expect(list.querySelector('p')!.textContent).to.equal('Phạm Sỹ Lợi chủ trì; đại biểu HĐND có Nguyễn Văn A; HĐND các huyện có Thường trực HĐND huyện Duy Tiên.');
        const { list: en } = await mount('en', html`<portal-attendance-list variant="sentence" no-honorific .attendees=${data.slice(0, 2)}></portal-attendance-list>`);
        expect(en.querySelector('p')!.textContent).to.equal('Phạm Sỹ Lợi presiding; deputies of the HĐND: Nguyễn Văn A.');
      } finally {
        document.querySelectorAll('portal-attendance-list').forEach((e) => e.remove());
        setStrings('vi', { 'dai-bieu-hdnd': undefined, 'hdnd-huyen': undefined } as never);
        setStrings('en', { 'dai-bieu-hdnd': undefined } as never);
      }
    });

    it('leaves out a group with no entry to show (its people have no name), and writes nothing when no group has one', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list variant="sentence" .attendees=${[{ role: 'presiding', name: ' ' }, { name: 'Nguyễn Văn A' }]}></portal-attendance-list>`,
      );
      expectOneWarning(/a person has no name/);
      expect(list.querySelector('p')!.textContent).to.equal('Tham dự có Đồng chí Nguyễn Văn A.');
      list.attendees = [{ role: 'presiding', name: '' }];
      await list.updateComplete;
      expect(list.querySelector('p')).to.equal(null);
    });
  });

  describe('JSON-LD', () => {
    const ldOf = (list: Element) => JSON.parse(list.querySelector('script[type="application/ld+json"]')!.textContent!);

    it('describes the meeting as a schema.org Event: organizer and attendees as Person (jobTitle) or Organization', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list jsonld=${articleVi.title} date="2018-03-13">${written('vi')}</portal-attendance-list>`,
      );
      const ld = ldOf(list);
      expect(ld).to.deep.include({ '@context': 'https://schema.org', '@type': 'Event', name: articleVi.title, startDate: '2018-03-13' });
      expect(ld.organizer).to.deep.equal([{ '@type': 'Person', name: 'Phạm Sỹ Lợi', jobTitle: ['Phó Bí thư Thường trực Tỉnh uỷ', 'Chủ tịch HĐND tỉnh'] }]);
      expect(ld.attendee).to.deep.equal(meetingVi.slice(1).map((b) => ({ '@type': 'Organization', name: (b as { body: string }).body, member: [] })));
    });

    it('matches the people of the data form, members included, and is written once however often it updates', async () => {
      const data = [...largeMeeting(30), { role: 'guest', body: 'Đoàn ĐBQH tỉnh', members: [{ name: 'Nguyễn Văn A', positions: ['Phó Trưởng đoàn'] }] }];
      const { list } = await mount('en', html`<portal-attendance-list jsonld="Meeting" .attendees=${data}></portal-attendance-list>`);
      list.count = true;
      await list.updateComplete;
      expect(list.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      const ld = ldOf(list);
      expect(ld.organizer.map((p: { name: string }) => p.name)).to.deep.equal(['Phạm Sỹ Lợi']);
      expect(ld.attendee.slice(0, 30)).to.deep.equal(
        data.slice(1, 31).map((p) => ({ '@type': 'Person', name: (p as { name: string }).name, jobTitle: (p as { positions: string[] }).positions })),
      );
      expect(ld.attendee[30]).to.deep.equal({
        '@type': 'Organization',
        name: 'Đoàn ĐBQH tỉnh',
        member: [{ '@type': 'Person', name: 'Nguyễn Văn A', jobTitle: ['Phó Trưởng đoàn'] }],
      });
      list.jsonld = undefined;
      await list.updateComplete;
      expect(list.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('leaves out members without a name, and survives an empty body', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list jsonld="Hội nghị"
          ><ul data-role="guest">
            <li>Đoàn ĐBQH tỉnh<ul><li><b></b>, <span>Phó Trưởng đoàn</span></li><li><b>Nguyễn Văn A</b></li></ul></li>
            <li></li></ul
        ></portal-attendance-list>`,
      );
      expectOneWarning(/a person has no name, so is left out: ", Phó Trưởng đoàn"/);
      expect(ldOf(list).attendee).to.deep.equal([
        { '@type': 'Organization', name: 'Đoàn ĐBQH tỉnh', member: [{ '@type': 'Person', name: 'Nguyễn Văn A', jobTitle: [] }] },
        { '@type': 'Organization', member: [] },
      ]);
    });

    it('cannot close its script element early: "<" is escaped, and the JSON still parses to the same names', async () => {
      const name = 'Nguyễn Văn A</script><script>window.__pwned = 1</script>';
      const { list } = await mount('vi', html`<portal-attendance-list jsonld=${'</script>'} .attendees=${[{ name }]}></portal-attendance-list>`);
      expectOneWarning(/markup in the data is shown as text/);
      const script = list.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).to.not.contain('<');
      expect(ldOf(list).attendee[0].name).to.equal(name);
      expect(ldOf(list).name).to.equal('</script>');
      // Serialised as HTML (what a server-side renderer or a crawler sees), it is still one script.
      const doc = new DOMParser().parseFromString(list.outerHTML, 'text/html');
      expect(doc.querySelectorAll('script')).to.have.length(1);
    });
  });

  describe('bad input', () => {
    /**
     * Where a JSON warning places the error, in this engine's words: the engines word their JSON.parse errors apart.
     * V8 gives "position P (line L column C)" (or, with no position, the component adds "(position P, line L column C)");
     * SpiderMonkey (Firefox) gives "at line L column C of the JSON data"; JavaScriptCore (WebKit) gives no place, and the
     * component adds "(position P, line L column C)". `v8` is V8's form for this message.
     */
    const place = (position: number, line: number, column: number, v8: 'engine' | 'added' | 'end') =>
      engine === 'firefox'
        ? `at line ${line} column ${column} of the JSON data`
        : engine === 'webkit' || v8 === 'added'
          ? `\\(position ${position}, line ${line} column ${column}\\)`
          : v8 === 'end'
            ? `\\(line ${line} column ${column}\\)`
            : `position ${position} \\(line ${line} column ${column}\\)`;

    it('malformed JSON: warns with the position, line and column, and keeps the light DOM as it is', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list
          ><script type="application/json">
[{ "name": "Phạm Sỹ Lợi", }]
          </script
          ><p>Đồng chí Phạm Sỹ Lợi chủ trì.</p></portal-attendance-list
        >`,
      );
      expectOneWarning(
        new RegExp(`^<portal-attendance-list> <script type="application/json">: invalid JSON, so the content stays as it is: .*${place(27, 2, 27, 'engine')}\\. Fix: correct it$`),
      );
      expect(list.children).to.have.length(2);
      expect(list.querySelector('p')!.textContent).to.equal('Đồng chí Phạm Sỹ Lợi chủ trì.');
    });

    it('JSON that ends too early: the warning adds where (the end), as line and column', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list><script type="application/json">[{"name": "A"},\n</script></portal-attendance-list>`);
      const words = { chromium: 'Unexpected end of JSON input', firefox: 'JSON.parse: unexpected end of data', webkit: 'JSON Parse error: Unexpected EOF' }[engine];
      expectOneWarning(new RegExp(`: invalid JSON, so the content stays as it is: ${words} ${place(16, 2, 1, 'end')}\\. Fix: correct it$`));
      expect(list.querySelector('ul')).to.equal(null);
    });

    it('an unquoted value ("Unexpected token", which gives no position): the warning works out the position, line and column', async () => {
      await mount('vi', html`<portal-attendance-list><script type="application/json">[{"name": Phạm}]</script></portal-attendance-list>`);
      expectOneWarning(new RegExp(`: invalid JSON, so the content stays as it is: .*${place(10, 1, 11, 'added')}\\. Fix: correct it$`));
      // A longer text, where the message quotes only the text around the token, and the token is on a later line.
      const text = '[\n  { "name": "Nguyễn Văn A", "role": "guest" },\n  { "name": Phạm Sỹ Lợi, "positions": ["Chủ tịch HĐND tỉnh"] }\n]';
      await mount('vi', html`<portal-attendance-list><script type="application/json">${text}</script></portal-attendance-list>`);
      expectOneWarning(new RegExp(`^.*${place(text.indexOf('Phạm'), 3, 13, 'added')}\\. Fix: correct it$`, 's'));
    });

    // Found by test/property/attendance-list.test.ts (issue 14): the engine's words quoted the text with its line breaks.
    it('JSON with line breaks: the warning stays on one line', async () => {
      await mount('vi', html`<portal-attendance-list><script type="application/json">[\n{"name":\n"A"\n}\n,\n]</script></portal-attendance-list>`);
      const w = expectOneWarning(new RegExp(`: invalid JSON, so the content stays as it is: .*${place(19, 6, 1, 'added')}\\. Fix: correct it$`));
      expect(w).to.not.match(/[\n\r]/);
    });

    // Found by test/property/attendance-list.test.ts (issue 14): a heading-level the update read as 3 was reported
    // as "not a heading level", and only when another warning loaded the words.
    it('heading-level="3.0" is level 3: h3 labels and no warning, also beside another warning', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list heading-level="3.0"><ul data-role="quan-sat"><li><b>Nguyễn Văn A</b></li></ul></portal-attendance-list>`);
      expect(list.firstElementChild!.localName).to.equal('h3');
      expectOneWarning(/^<portal-attendance-list> <ul data-role="quan-sat">: unknown role\./);
    });

    // Found by test/property/attendance-list.test.ts (issue 14): a role every object has as a property was taken for a
    // known one, with "function toString() { [native code] }" as its label.
    for (const role of ['toString', 'constructor', '__proto__']) {
      it(`data-role="${role}" is an unknown role too`, async () => {
        const { list } = await mount('vi', html`<portal-attendance-list><ul data-role=${role}><li><b>Nguyễn Văn A</b></li></ul></portal-attendance-list>`);
        expectOneWarning(new RegExp(`^<portal-attendance-list> <ul data-role="${role}">: unknown role\\.`));
        expect(list.firstElementChild!.textContent).to.equal('Thành phần khác');
      });
    }

    // Found by test/property/attendance-list.test.ts (issue 14): any `date` went into the JSON-LD as its startDate.
    it('a date that is not ISO 8601: left out of the JSON-LD, with a warning', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list jsonld="Hội nghị" date="13/03/2018"><ul data-role="attending"><li><b>Nguyễn Văn A</b></li></ul></portal-attendance-list>`);
      expectOneWarning(/^<portal-attendance-list date="13\/03\/2018">: not an ISO 8601 date, so the JSON-LD has no startDate\. Fix: use YYYY-MM-DD$/);
      expect(JSON.parse(list.querySelector('script[type="application/ld+json"]')!.textContent!)).to.not.have.property('startDate');
    });

    it('an unknown role: shown under a generic group, with a warning', async () => {
      const { list } = await mount(
        'en',
        html`<portal-attendance-list .attendees=${[...meeting('en'), { role: 'observer', name: 'Nguyễn Văn A', positions: ['Journalist'] }]}></portal-attendance-list>`,
      );
      expectOneWarning(/^<portal-attendance-list> <ul data-role="observer">: unknown role\. Fix: use presiding, co-presiding, attending or guest, or add yours with setStrings\(\)$/);
      const tree = await outline('#root');
      expect(lists(tree).map((l) => l.name)).to.deep.equal(['Presiding', 'Attending', 'Others']);
      expect(entries(lists(tree)[2]!)).to.deep.equal(['Comrade Nguyễn Văn A, Journalist']);
      list.requestUpdate();
      await list.updateComplete;
      expect(takeWarnings(), 'said once').to.deep.equal([]);
    });

    for (const role of ['honorific', 'other', 'has', 'delegates']) {
      it(`data-role="${role}", another of the component's words but not a role: unknown, with a warning`, async () => {
        setStrings('vi', { has: ' có', delegates: 'đại biểu' });
        try {
          await mount('vi', html`<portal-attendance-list><ul data-role=${role}><li><b>Nguyễn Văn A</b></li></ul></portal-attendance-list>`);
          expectOneWarning(new RegExp(`^<portal-attendance-list> <ul data-role="${role}">: unknown role\\.`));
          expect(lists(await outline('#root')).map((l) => l.name)).to.deep.equal(['Thành phần khác']);
        } finally {
          document.querySelector('portal-attendance-list')!.remove();
          setStrings('vi', { has: undefined, delegates: undefined } as never);
        }
      });
    }

    it('two different unknown roles: two generic groups, named apart ("Others", "Others 2"), one warning each', async () => {
      await mount(
        'en',
        html`<portal-attendance-list .attendees=${[...meeting('en'), { role: 'observer', name: 'Nguyễn Văn A' }, { role: 'press', name: 'Trần Thị B' }]}></portal-attendance-list>`,
      );
      expect(takeWarnings().map((w) => w.replace(/:.*/, ''))).to.deep.equal(['<portal-attendance-list> <ul data-role="observer">', '<portal-attendance-list> <ul data-role="press">']);
      const tree = await outline('#root');
      expect(roles(tree, 'heading').map((h) => h.name)).to.deep.equal(['Presiding', 'Attending', 'Others', 'Others 2']);
      expect(lists(tree).map((l) => l.name)).to.deep.equal(['Presiding', 'Attending', 'Others', 'Others 2']);
    });

    it('an unknown variant or sort: warns, and shows the lists in the order written', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list variant="sentences" sort="ten" no-honorific .attendees=${largeMeeting(5)}></portal-attendance-list>`);
      expect(takeWarnings()).to.deep.equal([
        '<portal-attendance-list variant="sentences">: unknown variant, so the lists show. Fix: use variant="sentence" for the sentence, or leave variant out',
        '<portal-attendance-list sort="ten">: unknown sort, so the order stays as written. Fix: use sort="name" to order by given name, or leave sort out',
      ]);
      expect(list.querySelector('p')).to.equal(null);
      expect(lists(await outline('#root'))).to.have.length(2);
      expect([...list.querySelectorAll('ul[data-role="attending"] b')].map((b) => b.textContent)).to.deep.equal(
        largeMeeting(5).slice(1).map((p) => (p as { name: string }).name),
      );
    });

    it("count with the author's own heading: warns that the number is not added to it", async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list count>
          <h4>Thành phần chủ trì</h4>
          <ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b></li></ul>
          <ul data-role="attending"><li><b>Nguyễn Văn A</b></li></ul>
        </portal-attendance-list>`,
      );
      expectOneWarning(
        /^<portal-attendance-list count>: the number is added only to generated labels, not to your own heading "Thành phần chủ trì"\. Fix: write the number in your heading, or leave the heading out$/,
      );
      expect(list.querySelector('h4')!.textContent).to.equal('Thành phần chủ trì');
      expect(list.querySelector('h3')!.textContent).to.equal('Tham dự (1 đại biểu)');
    });

    it('a person without a name: left out (lists, sentence, JSON-LD, count), with a warning', async () => {
      const { list } = await mount(
        'vi',
        html`<portal-attendance-list count jsonld="Hội nghị" .attendees=${[{ name: 'Nguyễn Văn A' }, { name: '  ', positions: ['Chánh Văn phòng'] }, { positions: ['Phó Chánh Văn phòng'] }]}></portal-attendance-list>`,
      );
      const warnings = takeWarnings();
      expect(warnings).to.deep.equal([
        '<portal-attendance-list>: a person has no name, so is left out: ", Chánh Văn phòng". Fix: give the name',
        '<portal-attendance-list>: a person has no name, so is left out: ", Phó Chánh Văn phòng". Fix: give the name',
      ]);
      const [attend] = lists(await outline('#root'));
      expect(attend!.name).to.equal('Tham dự (1 đại biểu)');
      expect(entries(attend!)).to.deep.equal(['Đồng chí Nguyễn Văn A']);
      expect(JSON.parse(list.querySelector('script')!.textContent!).attendee).to.have.length(1);
      list.variant = 'sentence';
      await list.updateComplete;
      expect(list.querySelector('p')!.textContent).to.equal('Tham dự có Đồng chí Nguyễn Văn A.');
    });

    it('script or markup in names and positions is shown as text, never parsed', async () => {
      const name = '<img src=x onerror="window.__pwned=1">Nguyễn Văn A';
      const position = '<script>window.__pwned=1</script><b>Chủ tịch</b>';
      const { list } = await mount('vi', html`<portal-attendance-list .attendees=${[{ name, positions: [position] }, { body: '<i>Sở</i> Nội vụ' }]}></portal-attendance-list>`);
      expectOneWarning(/^<portal-attendance-list>: markup in the data is shown as text\. Fix: give plain text$/);
      expect(list.querySelectorAll('img, script, i').length, 'elements parsed from the data').to.equal(0);
      expect(list.querySelectorAll('b')).to.have.length(1);
      expect(list.querySelector('b')!.textContent).to.equal(name);
      expect(list.querySelector('span')!.textContent).to.equal(position);
      expect(list.querySelectorAll('li')[1]!.textContent).to.equal('<i>Sở</i> Nội vụ');
      await tick();
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('data that is not an array of objects: each odd entry is a person without a name, and nothing throws', async () => {
      const { list } = await mount('vi', html`<portal-attendance-list>${json({ attendees: [] })}</portal-attendance-list>`);
      expectOneWarning(/^<portal-attendance-list>: a person has no name, so is left out: ""\. Fix: give the name$/);
      expect(list.querySelectorAll('li[hidden]')).to.have.length(1);
      const odd = [null, 'Nguyễn Văn A', { name: 'Trần Thị B', positions: 'Chuyên viên' }, { body: 'Đoàn ĐBQH tỉnh', members: [5] }];
      const { list: other } = await mount('vi', html`<portal-attendance-list .attendees=${odd}></portal-attendance-list>`);
      expect(takeWarnings(), 'one message, said once').to.have.length(1);
      expect(other.querySelectorAll('li[hidden]')).to.have.length(3);
      expect([...other.querySelectorAll(':scope > ul > li:not([hidden])')].map(text)).to.deep.equal(['Đồng chí Trần Thị B, Chuyên viên', 'Đoàn ĐBQH tỉnh']);
    });
  });

  describe('content in the light DOM', () => {
    it('keeps every reader-facing word in the light DOM, in every variant', async () => {
      for (const variant of [undefined, 'sentence']) {
        const { list } = await mount(
          'vi',
          html`<portal-attendance-list count jsonld="Hội nghị" variant=${variant ?? nothing} .attendees=${meetingVi}></portal-attendance-list>`,
        );
        expect(shadowOnlyText(list)).to.equal('');
        expect(list.shadowRoot!.querySelector('[part="base"] slot')).to.exist;
      }
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab goes from the link before to the link after', async () => {
      const { root } = await mount(
        'vi',
        html`<a href="#truoc" id="before">Trước</a><portal-attendance-list count .attendees=${largeMeeting(10)}></portal-attendance-list
          ><a href="#sau" id="after">Sau</a>`,
      );
      root.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(root.querySelector('#after'));
    });
  });
});

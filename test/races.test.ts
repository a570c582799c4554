/**
 * Every module loaded on first use, in every order of arrival that a page can produce: the element removed before
 * the module arrives (and put back after), removed and put back before, moved to another document, given new input
 * twice while it loads, and two elements waiting for the same module. The order is the test's own (test/seam.ts
 * holds each module until the test releases it), never the machine's speed. In each case: nothing is thrown (no
 * error, no rejected updateComplete), the last state wins, and the author's text is all still there.
 */
import { takeWarnings } from './helpers.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { fail, hold, release, requested } from './seam.js';
import '../src/all.js';
import type { PortalArticle } from '../src/components/article/article.js';
import type { PortalAttendanceList } from '../src/components/attendance-list/attendance-list.js';
import type { PortalFigure } from '../src/components/figure/figure.js';
import type { PortalElement } from '../src/internal/portal-element.js';

const PHOTO = '/stories/assets/hoi-nghi-1.svg';
const WIDE = Array.from({ length: 12 }, (_, i) => `<th scope="col">Tháng ${i + 1}</th>`).join('');

type Host = PortalElement & HTMLElement;

/** One module loaded on first use, and how an element makes it load, changes its input, and shows the result. */
interface Path {
  name: string;
  /** Matches the module's loader (`() => import('./tables.js')`). */
  module: RegExp;
  /** Markup of one element that asks for the module on its first update. */
  markup: string;
  /** Two changes of input while the module loads: the first to something else, the second back to the markup's, which must win. */
  change: [(el: Host) => void, (el: Host) => void];
  /** Asserts what the module made of the markup's input, the element in the page. */
  check(el: Host): unknown;
  /** Warnings that the markup's input must produce (each once), for the modules that say something. */
  warnings?: RegExp[];
}

const jsonOf = (el: Element) => [...el.querySelectorAll(':scope>script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>);
const attendees = (names: string[]) => names.map((name) => ({ name, positions: ['Đại biểu HĐND tỉnh'] }));
const dateline = (datetime: string) => Object.assign(document.createElement('p'), { slot: 'dateline', innerHTML: `<time datetime="${datetime}">13/3</time>` });
const names = (el: Element) => [...el.querySelectorAll('li>b')].filter((b) => !b.closest('[hidden]')).map((b) => b.textContent);

const paths: Path[] = [
  {
    name: 'article tables (tables.ts)',
    module: /tables/,
    markup: `<portal-article role="article"><h1 slot="headline">Kết quả giám sát</h1><table><caption>Số cuộc giám sát theo tháng</caption><tr>${WIDE}</tr></table></portal-article>`,
    // The column widens (the table fits), then narrows again (it scrolls): the last width decides.
    change: [(el) => (el.parentElement!.style.width = '2000px'), (el) => (el.parentElement!.style.width = '200px')],
    check: async (el) => {
      const table = el.querySelector('table')!;
      expect(table.scrollWidth, 'the table scrolls in a 200px column').to.be.greaterThan(table.clientWidth);
      expect(table.getAttribute('tabindex'), 'a Tab stop while it scrolls').to.equal('0');
    },
  },
  {
    name: 'article JSON-LD (jsonld.ts)',
    module: /jsonld/,
    markup: `<portal-article role="article" jsonld publisher="Văn phòng"><h1 slot="headline">Hội nghị giao ban</h1><p slot="dateline"><time datetime="2018-03-13">13/3</time></p></portal-article>`,
    change: [(el) => ((el as PortalArticle).publisher = 'HĐND tỉnh Hà Nam'), (el) => ((el as PortalArticle).publisher = 'Văn phòng')],
    check: (el) => {
      const [data, ...more] = jsonOf(el);
      expect(more, 'one JSON-LD script').to.have.length(0);
      expect(data).to.deep.include({ headline: 'Hội nghị giao ban', datePublished: '2018-03-13' });
      expect((data!.publisher as { name: string }).name).to.equal('Văn phòng');
    },
  },
  {
    name: "article warnings' words (warnings.ts)",
    module: /warnings/,
    markup: `<portal-article role="article"><h1 slot="headline">Tin</h1><p slot="dateline"><time datetime="13/03/2018">13/3</time></p></portal-article>`,
    // A new dateline, then the first one again.
    change: [(el) => el.querySelector('[slot="dateline"]')!.replaceWith(dateline('14/03/2018')), (el) => el.querySelector('[slot="dateline"]')!.replaceWith(dateline('13/03/2018'))],
    check: () => {},
    warnings: [/^<portal-article> <time datetime="13\/03\/2018">: not an ISO 8601 date\. Fix: use YYYY-MM-DD$/],
  },
  {
    name: 'figure zoom (zoom.ts)',
    module: /zoom/,
    markup: `<portal-figure zoomable><figure><img src="${PHOTO}" alt="Toàn cảnh hội nghị" width="900" height="600"><figcaption>Đồng chí Phạm Sỹ Lợi phát biểu</figcaption></figure></portal-figure>`,
    change: [(el) => ((el as PortalFigure).zoomable = false), (el) => ((el as PortalFigure).zoomable = true)],
    check: (el) => {
      const button = el.querySelector<HTMLButtonElement>(':scope>button');
      expect(button, 'the zoom button').to.not.equal(null);
      expect(button!.textContent).to.equal('Phóng to ảnh: Đồng chí Phạm Sỹ Lợi phát biểu');
      // Its styles reached the root it is in now: over the photo, and at least 44px square.
      expect(getComputedStyle(button!).position, 'laid over the photo').to.equal('absolute');
      expect(button!.getBoundingClientRect().width).to.be.at.least(44);
    },
  },
  {
    name: "figure warnings' words (warnings.ts)",
    module: /warnings/,
    markup: `<portal-figure variant="wide"><figure><img src="${PHOTO}" alt="Ảnh" width="900" height="600"></figure></portal-figure>`,
    change: [(el) => el.setAttribute('variant', 'huge'), (el) => el.setAttribute('variant', 'wide')],
    check: () => {},
    warnings: [/^<portal-figure variant="wide">: unknown variant.*Fix: /],
  },
  {
    name: "card warnings' words (warnings.ts)",
    module: /warnings/,
    markup: `<portal-article-card variant="big"><h3><a href="/tin/1">Tin</a></h3></portal-article-card>`,
    change: [(el) => el.setAttribute('variant', 'bigger'), (el) => el.setAttribute('variant', 'big')],
    check: () => {},
    warnings: [/^<portal-article-card variant="big">: unknown variant.*Fix: /],
  },
  {
    name: 'attendance data (data.ts)',
    module: /data\.[jt]s/,
    markup: `<portal-attendance-list><script type="application/json">${JSON.stringify(attendees(['Phạm Sỹ Lợi']))}</script></portal-attendance-list>`,
    change: [
      (el) => ((el as PortalAttendanceList).attendees = attendees(['Trần Xuân Dưỡng'])),
      // No data property: the JSON child again.
      (el) => ((el as PortalAttendanceList).attendees = undefined),
    ],
    check: (el) => expect(names(el)).to.deep.equal(['Phạm Sỹ Lợi']),
  },
  {
    name: 'attendance JSON error (json-error.ts)',
    module: /json-error/,
    markup: `<portal-attendance-list><script type="application/json">[{"name": Phạm Sỹ Lợi}]</script><p>Đồng chí Phạm Sỹ Lợi chủ trì.</p></portal-attendance-list>`,
    change: [
      (el) => ((el as PortalAttendanceList).attendees = attendees(['Trần Xuân Dưỡng'])),
      // No data property: the JSON child again, which does not parse.
      (el) => ((el as PortalAttendanceList).attendees = undefined),
    ],
    check: (el) => expect(names(el), 'no lists: the content stays as it is').to.deep.equal([]),
    warnings: [/^<portal-attendance-list> <script type="application\/json">: invalid JSON, so the content stays as it is: .*line 1 column 11\b.*\. Fix: correct it$/],
  },
  {
    name: 'attendance sort (sort.ts)',
    module: /sort/,
    markup: `<portal-attendance-list sort="name"><ul data-role="attending"><li><b>Trần Xuân Dưỡng</b></li><li><b>Bùi Quang Cẩm</b></li><li><b>Phạm Sỹ Lợi</b></li></ul></portal-attendance-list>`,
    change: [(el) => ((el as PortalAttendanceList).sort = undefined), (el) => ((el as PortalAttendanceList).sort = 'name')],
    // By given name, the last word: Cẩm, Dưỡng, Lợi.
    check: (el) => expect(names(el)).to.deep.equal(['Bùi Quang Cẩm', 'Trần Xuân Dưỡng', 'Phạm Sỹ Lợi']),
  },
  {
    name: 'attendance sentence (sentence.ts)',
    module: /sentence/,
    markup: `<portal-attendance-list variant="sentence"><ul data-role="presiding"><li><b>Phạm Sỹ Lợi</b>, <span>Chủ tịch HĐND tỉnh</span></li></ul></portal-attendance-list>`,
    change: [(el) => ((el as PortalAttendanceList).variant = undefined), (el) => ((el as PortalAttendanceList).variant = 'sentence')],
    check: (el) => {
      const sentences = el.querySelectorAll(':scope>[slot="sentence"]');
      expect(sentences, 'one sentence').to.have.length(1);
      expect(sentences[0]!.textContent).to.contain('Phạm Sỹ Lợi').and.contain('chủ trì');
    },
  },
  {
    name: 'attendance JSON-LD (jsonld.ts)',
    module: /jsonld/,
    markup: `<portal-attendance-list jsonld="Hội nghị giao ban" date="2018-03-13"><ul data-role="attending"><li><b>Phạm Sỹ Lợi</b></li></ul></portal-attendance-list>`,
    change: [(el) => ((el as PortalAttendanceList).jsonld = 'Kỳ họp thứ 5'), (el) => ((el as PortalAttendanceList).jsonld = 'Hội nghị giao ban')],
    check: (el) => {
      const [data, ...more] = jsonOf(el);
      expect(more, 'one JSON-LD script').to.have.length(0);
      expect(data).to.deep.include({ name: 'Hội nghị giao ban', startDate: '2018-03-13' });
    },
  },
  {
    name: 'attendance count (count.ts)',
    module: /count/,
    markup: `<portal-attendance-list count><ul data-role="attending"><li><b>Phạm Sỹ Lợi</b></li><li><b>Bùi Quang Cẩm</b></li></ul></portal-attendance-list>`,
    change: [(el) => ((el as PortalAttendanceList).count = false), (el) => ((el as PortalAttendanceList).count = true)],
    check: (el) => expect(el.querySelector('h3')!.textContent).to.equal('Tham dự (2 đại biểu)'),
  },
  {
    name: "attendance warnings' words (warnings.ts)",
    module: /warnings/,
    markup: `<portal-attendance-list variant="table"><ul data-role="attending"><li><b>Phạm Sỹ Lợi</b></li></ul></portal-attendance-list>`,
    change: [(el) => ((el as PortalAttendanceList).variant = 'grid'), (el) => ((el as PortalAttendanceList).variant = 'table')],
    check: () => {},
    warnings: [/^<portal-attendance-list variant="table">: unknown variant, so the lists show\. Fix: /],
  },
];

/** Errors the page (or a frame) reports, uncaught or unhandled. */
const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
const listen = (w: Window) => {
  w.addEventListener('error', onError);
  w.addEventListener('unhandledrejection', onRejection);
};
listen(window);

/** A 200px column in the page, and the elements of `markup` in it (they ask for their modules on the first update). */
const mount = async (markup: string, n = 1): Promise<Host[]> => {
  const box = await fixture<HTMLElement>(html`<div style="width: 200px" lang="vi"></div>`);
  box.innerHTML = markup.repeat(n);
  return [...box.children] as Host[];
};

/** Every text of the author's, in order, outside scripts (what a reader must still find). */
const authored = (markup: string) => {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const walker = document.createTreeWalker(t.content, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.localName !== 'script' && n.textContent!.trim()) out.push(n.textContent!.trim());
  return out;
};
const keepsText = (el: Element, markup: string) => {
  for (const text of authored(markup)) expect(el.textContent, 'the author\'s text').to.contain(text);
};

/** Settles the element (updateComplete must resolve), lets any unhandled rejection be reported, and checks that none was. */
const settle = async (...els: Host[]) => {
  for (const el of els) expect(await el.updateComplete, 'updateComplete resolves').to.be.a('boolean');
  // An unhandled rejection is reported in a task of its own, after the microtasks.
  await new Promise((r) => setTimeout(r));
  expect(errors.splice(0), 'nothing thrown').to.deep.equal([]);
};

/** The warnings the last input must produce: each once, and nothing else. */
const expectWarnings = (path: Path) => {
  const got = takeWarnings();
  expect(got, `warnings: ${JSON.stringify(got)}`).to.have.length(path.warnings?.length ?? 0);
  path.warnings?.forEach((w, i) => expect(got[i]).to.match(w));
};

afterEach(() => {
  fixtureCleanup();
  document.querySelectorAll('body > iframe').forEach((f) => f.remove());
  errors.splice(0);
});

for (const path of paths) {
  describe(path.name, () => {
    beforeEach(() => hold(path.module));

    it('removed before the module arrives: nothing thrown; put back afterwards, it is complete', async () => {
      const [el] = await mount(path.markup);
      await requested(path.module);
      const box = el!.parentElement!;
      el!.remove();
      expect(release(path.module), 'requests waited').to.be.at.least(1);
      await settle(el!);
      box.append(el!);
      await settle(el!);
      await path.check(el!);
      expectWarnings(path);
      keepsText(el!, path.markup);
    });

    it('removed and put back before the module arrives: complete when it does', async () => {
      const [el] = await mount(path.markup);
      await requested(path.module);
      const box = el!.parentElement!;
      el!.remove();
      box.append(el!);
      release(path.module);
      await settle(el!);
      await path.check(el!);
      expectWarnings(path);
      keepsText(el!, path.markup);
    });

    it('moved to another document before the module arrives: nothing thrown, and its text is all there', async () => {
      const [el] = await mount(path.markup);
      await requested(path.module);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      listen(frame.contentWindow!);
      frame.contentDocument!.body.append(el!);
      expect(el!.ownerDocument).to.equal(frame.contentDocument);
      release(path.module);
      await settle(el!);
      keepsText(el!, path.markup);
      takeWarnings();
    });

    it('given new input twice while the module loads: the last input wins', async () => {
      const [el] = await mount(path.markup);
      await requested(path.module);
      path.change[0](el!);
      // The update for the first change runs (Lit updates in a microtask) before the second comes.
      await new Promise((r) => setTimeout(r));
      path.change[1](el!);
      release(path.module);
      await settle(el!);
      await path.check(el!);
      expectWarnings(path);
      keepsText(el!, path.markup);
    });

    it('two elements waiting for the same module: both complete when it arrives', async () => {
      const els = await mount(path.markup, 2);
      await requested(path.module, 2);
      release(path.module);
      await settle(...els);
      for (const el of els) {
        await path.check(el);
        keepsText(el, path.markup);
      }
      // Each element says what is wrong with its own input: once each.
      const got = takeWarnings();
      expect(got).to.have.length((path.warnings?.length ?? 0) * 2);
    });
  });
}

describe('a module that fails to load (a chunk missing on the server)', () => {
  it('is reported with the element and the fix, never thrown; updateComplete resolves; the next use loads it again', async () => {
    hold(/tables/);
    const [el] = await mount(paths[0]!.markup);
    await requested(/tables/);
    expect(fail(/tables/)).to.be.at.least(1);
    await settle(el!);
    const [warning, ...more] = takeWarnings();
    expect(more).to.deep.equal([]);
    expect(warning).to.match(/^<portal-article>: a module failed to load \(TypeError: Failed to fetch dynamically imported module: .*tables.*\)\. Fix: serve all of dist\/ together$/);
    expect(el!.querySelector('table')!.hasAttribute('tabindex'), 'no Tab stop without the module').to.equal(false);
    // The next update asks again, and this time it arrives.
    el!.requestUpdate();
    await requested(/tables/);
    release(/tables/);
    await settle(el!);
    await paths[0]!.check(el!);
    keepsText(el!, paths[0]!.markup);
  });
});

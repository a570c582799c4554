/**
 * The page side of `npm run bench:leaks` (scripts/bench-leaks.mjs bundles it with the six components and serves it):
 * realistic content for each component, in the states that load modules on first use, and the connect/disconnect
 * cycles. Nothing here measures: the Node side forces GC and reads the counters between runs.
 */
import '../src/components/skip-ribbon/define.ts';
import '../src/components/article-card/define.ts';
import '../src/components/article-list/define.ts';
import '../src/components/figure/define.ts';
import '../src/components/attendance-list/define.ts';
import '../src/components/article/define.ts';
import { articlePageVi as page, articleVi, esc, largeMeeting, meetingVi, newsVi, photosVi } from '../stories/sample-content.ts';

const stage = document.getElementById('stage');

/** Yields one task (not a microtask): the browser may render, run timers and deliver observers in between, as in a real page. */
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const tick = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** A timer: after the tasks other task sources queued (a dialog's close event, an image's load). */
const later = () => new Promise((resolve) => setTimeout(resolve));

/** Markup → a fresh element, as a client-side router or a template engine makes it. */
const fromMarkup = (markup) => {
  const t = document.createElement('template');
  t.innerHTML = markup.trim();
  return document.importNode(t.content, true).firstElementChild;
};

const card = (n, { date = '' } = {}) => `
  <portal-article-card>
    <h3><a href="${n.href}">${esc(n.title)}</a></h3>
    <a href="${n.categoryHref}">${esc(n.category)}</a>
    <time datetime="${n.date}">${date}</time>
    <p>${esc(n.excerpt)}</p>
    <img src="/assets/${photosVi[n.hue % 2].file}.svg" alt="" width="900" height="600">
  </portal-article-card>`;

/** The attendees of the sample meeting, with a dozen named delegates so that `sort="name"` has work to do. */
const attendees = () => [...meetingVi, ...largeMeeting(12).slice(1)].map((a) => structuredClone(a));

/** A budget table as portals publish them, wider than the 30rem column: the article makes it a Tab stop that scrolls. */
const years = ['2016', '2017', '2018'];
const table = `
  <table>
    <caption>Dự toán và thực hiện thu, chi ngân sách địa phương (triệu đồng)</caption>
    <thead><tr><th scope="col">Đơn vị</th>${years.map((y) => `<th scope="col">Dự toán ${y}</th><th scope="col">Thực hiện ${y}</th>`).join('')}</tr></thead>
    <tbody>${['Thành phố Phủ Lý', 'Huyện Duy Tiên', 'Huyện Kim Bảng']
      .map((unit, r) => `<tr><th scope="row">${unit}</th>${years.map((_, y) => `<td>${(1234567 + r * 98765 + y * 4321).toLocaleString('vi')}</td><td>${(1198765 + r * 87654 + y * 5432).toLocaleString('vi')}</td>`).join('')}</tr>`)
      .join('')}</tbody>
  </table>`;

/**
 * Each component: `make(i)` builds the element for cycle i (fresh markup, or data set as a property), `use(el, i)`
 * does what a reader does with it while it is on the page, after its update, and `check(el)` lists [reached, what
 * is missing otherwise] for the state the cycle is meant to reach (run on the first cycle: the numbers are of the
 * right thing).
 */
const components = {
  'portal-skip-ribbon': {
    // Links to real targets; every other ribbon is empty and writes its own link to <main>.
    make: (i) =>
      fromMarkup(
        i % 2
          ? '<portal-skip-ribbon></portal-skip-ribbon>'
          : '<portal-skip-ribbon><a href="#noi-dung">Bỏ qua để đến nội dung chính</a><a href="#dieu-huong">Đến thanh điều hướng</a><a href="#tim-kiem">Đến ô tìm kiếm</a></portal-skip-ribbon>',
      ),
    // Every tenth ribbon is used: the link moves focus to its target, then focus moves on (the target's blur listener goes).
    use: (el, i) => {
      if (i % 10) return;
      el.querySelector('a').click();
      document.activeElement?.blur();
    },
    check: (el) => [[el.querySelectorAll('a').length > 0, 'no link'], [!!el.shadowRoot, 'no shadow root']],
  },
  'portal-article-card': {
    // The date left empty: the card writes it in its first update.
    make: () => fromMarkup(card(newsVi[0])),
    check: (el) => [
      [!!el.querySelector('time').textContent.trim(), 'the card did not write the date'],
      [!!el.querySelector('img[slot=media]'), 'no thumbnail'],
    ],
  },
  'portal-article-list': {
    make: () =>
      fromMarkup(`
        <portal-article-list>
          <h2>Tin hoạt động</h2>
          ${newsVi.slice(0, 3).map((n) => card(n)).join('')}
          <a href="/tin-hoat-dong">Xem tất cả</a>
        </portal-article-list>`),
    // The cards inside are elements of their own: wait for them too.
    settle: (el) => Promise.all([...el.querySelectorAll('portal-article-card')].map((c) => c.updateComplete)),
    check: (el) => [
      [el.querySelectorAll('[role=listitem]').length == 3, 'not three list items'],
      [[...el.querySelectorAll('time')].every((t) => t.textContent.trim()), 'a card did not write its date'],
    ],
  },
  'portal-figure': {
    make: () => {
      const [photo] = photosVi.slice(1);
      return fromMarkup(`
        <portal-figure zoomable>
          <figure>
            <img src="/assets/${photo.file}.svg" data-full-src="/assets/${photo.file}-1800.svg" alt="${esc(photo.alt)}" width="900" height="600">
            <figcaption>${esc(photo.caption)} <small>${esc(photo.credit)}</small></figcaption>
          </figure>
        </portal-figure>`);
    },
    // The zoom (zoom.ts) is imported on its own, not through updateComplete: wait for its button.
    settle: async (el) => {
      for (let k = 0; k < 100 && !el.querySelector(':scope>button'); k++) await (k < 20 ? null : later());
    },
    // Every tenth figure is zoomed: opened and closed (the dialog removes itself on close); every fiftieth is left
    // with its dialog open when it leaves the page, as when a reader navigates away from the zoomed photo.
    use: async (el, i) => {
      if (i % 10 && i % 50 != 25) return;
      el.querySelector(':scope>button').click();
      const dialog = el.querySelector('dialog');
      if (!dialog?.matches(':modal')) throw new Error('the zoom did not open a modal dialog');
      if (i % 50 == 25) return;
      dialog.close();
      for (let k = 0; k < 100 && dialog.isConnected; k++) await later();
      if (dialog.isConnected) throw new Error('the zoom dialog did not go on close');
    },
    check: (el) => [
      [!!el.querySelector(':scope>button title')?.textContent, 'no zoom button'],
      [!el.hasAttribute('broken'), 'the photo is broken'],
    ],
  },
  'portal-attendance-list': {
    // The data as a property, and every other list as a JSON child; sorted, counted, as a sentence, with JSON-LD.
    make: (i) => {
      const el = fromMarkup(
        `<portal-attendance-list sort="name" count variant="sentence" jsonld="${esc(articleVi.title)}" date="2018-03-13">${
          i % 2 ? `<script type="application/json">${JSON.stringify(attendees()).replace(/</g, '\\u003c')}</script>` : ''
        }</portal-attendance-list>`,
      );
      if (!(i % 2)) el.attendees = attendees();
      return el;
    },
    check: (el) => [
      [!!el.querySelector('p[slot=sentence]')?.textContent.includes('chủ trì'), 'no sentence'],
      [!!el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD'],
      [/\(\d+ đại biểu\)/.test(el.textContent), 'no count'],
    ],
  },
  'portal-article': {
    make: () =>
      fromMarkup(`
        <portal-article role="article" jsonld publisher="${esc(page.publisher)}">
          <a slot="category" href="/tin-hoat-dong">${esc(articleVi.category)}</a>
          <h1 slot="headline">${esc(articleVi.title)}</h1>
          <p slot="dateline"><time datetime="2018-03-13">${esc(page.date)}</time>, ${esc(page.place)}</p>
          <p slot="lead">${esc(page.lead)}</p>
          <p>${esc(articleVi.paragraphs[1])}</p>
          <p>${esc(page.seeAlso)} <a href="/van-ban/ke-hoach-doi-moi">${esc(page.planTitle)}</a>.</p>
          <p>${esc(page.listIntro)}</p>
          <ul>${page.list.map((li) => `<li>${esc(li)}</li>`).join('')}</ul>
          <blockquote><p>${esc(page.quote)}</p></blockquote>
          ${table}
          <p slot="byline">${esc(page.source)} · ${esc(page.updatedLabel)} <time datetime="2018-03-14T08:00+07:00">${esc(page.updatedShown)}</time></p>
        </portal-article>`),
    check: (el) => [
      [!!el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD'],
      [
        !!el.querySelector('table[tabindex="0"]'),
        `the wide table is not a Tab stop (${el.getRootNode() == document ? 'tables.ts did not run' : "in a shadow root the article's document stylesheet does not reach it, so it does not scroll"})`,
      ],
      [!!el.querySelector('a[data-portal-href]'), 'no print address on the link'],
    ],
  },
};

let kept;

/**
 * Runs `n` connect/disconnect cycles of `name`, from cycle `from`. `fresh`: a new element each cycle, all references
 * dropped once it is removed (the single-page-app case); otherwise one element, made once, connected again each cycle.
 * `shadow`: each cycle in a shadow root of its own. Each cycle connects, waits for the update (and the modules it
 * loads), lets a task pass, uses the element, removes it and lets a task pass. Resolves with what went wrong (the first cycle's check, and any cycle where using the element
 * failed) and the time taken.
 */
const run = async (name, n, from, fresh, shadow) => {
  const c = components[name];
  const t0 = performance.now();
  const problems = [];
  if (!fresh && from == 0) kept = c.make(0);
  for (let i = from; i < from + n; i++) {
    let el = fresh ? c.make(i) : kept;
    if (shadow) {
      // In a shadow root of the page's own, new each cycle: the figure adopts its light-DOM styles there.
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(el);
      stage.append(host);
    } else stage.append(el);
    await el.updateComplete;
    await c.settle?.(el);
    await tick();
    try {
      await c.use?.(el, i);
    } catch (e) {
      // Said once, with the first cycle it happened in; the cycles go on.
      if (!problems.some((p) => p.startsWith(e.message))) problems.push(`${e.message} (first in cycle ${i})`);
    }
    if (i == 0) for (const [ok, problem] of c.check(el)) if (!ok) problems.push(problem);
    (shadow ? el.getRootNode().host : el).remove();
    if (shadow) el.remove();
    el = undefined;
    await tick();
  }
  if (fresh) kept = undefined;
  return { problems, ms: performance.now() - t0 };
};

/** Lets what is pending finish (image loads, observers, the zoom's own import) before a measurement. */
const settle = async () => {
  for (let k = 0; k < 3; k++) {
    await frame();
    await tick();
  }
};

/** Drops the element kept for the re-connect runs. */
const drop = () => {
  kept = undefined;
};

window.bench = { names: Object.keys(components), run, settle, drop };

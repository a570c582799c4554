/**
 * Issue 20, what readers and designers see: each defect as a test that failed
 * on the code before it was fixed. Engine-neutral (computed styles, geometry).
 * The layout of every story at 375 and 1280 px is test/layout.test.ts.
 */
import { useTheme, takeWarnings } from './helpers.js';
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { html, render } from 'lit';
import '../src/all.js';
import { samples } from './fixtures/index.js';
import { stories } from './visual/stories.js';
import { brokenRanges, coveredText } from './visual/layout.js';

const { names } = (await executeServerCommand('portal-themes')) as { names: string[] };

/** A CSS colour as the browser computes it (rgb(…)). */
const computed = (value: string): string => {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = value;
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
};

describe('issue 20: links follow the theme', () => {
  after(() => useTheme('default'));
  for (const theme of names) {
    it(`${theme}: every light-DOM link of a component (title, category, caption, list's "see all") has the theme's --portal-color-link, from the theme stylesheet alone`, async () => {
      await useTheme(theme);
      const root = await fixture<HTMLElement>(html`<div>${samples.filter((s) => s.tag !== 'portal-skip-ribbon').map((s) => s.render('vi'))}</div>`);
      const link = computed(getComputedStyle(document.documentElement).getPropertyValue('--portal-color-link').trim());
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.closest('[class^="portal-"], portal-article-card, portal-article-list, portal-article, portal-figure, portal-attendance-list'));
      expect(links.length, 'the samples have links').to.be.greaterThan(2);
      const wrong = links.filter((a) => getComputedStyle(a).color !== link).map((a) => `"${a.textContent!.trim().slice(0, 30)}" is ${getComputedStyle(a).color}`);
      expect(wrong, `expected ${link}`).to.deep.equal([]);
      takeWarnings();
    });
  }
});

describe('issue 20: Themes/Gallery', function () {
  this.timeout(30000);
  const gallery = stories.find((s) => s.id === 'Themes/Gallery › Gallery')!;
  let container: HTMLElement;
  beforeEach(() => (container = document.body.appendChild(document.createElement('div'))));
  afterEach(async () => {
    render(null, container);
    container.remove();
    await setViewport({ width: 800, height: 600 });
  });
  for (const width of [375, 1280]) {
    it(`at ${width} px every theme's photo loads, its zoom button shows, and its contrast table's ratio, needs and result cells are uncovered and inside its theme`, async () => {
      await setViewport({ width, height: 800 });
      const root = await gallery.show(container, { locale: 'vi', theme: 'default' });
      const themes = [...root.querySelectorAll<HTMLElement>('[data-gallery-theme]')];
      expect(themes.length).to.equal(names.length);
      for (const section of themes) {
        const name = section.dataset.galleryTheme;
        const img = section.querySelector<HTMLImageElement>('portal-figure img')!;
        expect(img.complete && img.naturalWidth > 0, `${name}: the photo loaded`).to.equal(true);
        expect(section.querySelector('portal-figure > button'), `${name}: the zoom button`).to.not.equal(null);
        const box = section.getBoundingClientRect();
        expect(box.right, `${name} fits the page`).to.be.at.most(document.documentElement.clientWidth + 1);
        const table = section.querySelector('table')!;
        const scroller = table.parentElement!.getBoundingClientRect();
        expect(scroller.right, `${name}: the table's scroll box stays in its theme`).to.be.at.most(box.right + 1);
        expect(coveredText(table), `${name}: table text covered`).to.deep.equal([]);
      }
      takeWarnings();
    });
  }
});

describe('issue 20: the figure zoom enlarges', function () {
  this.timeout(30000);
  const zoomStory = stories.find((s) => s.id === 'Components/Figure › Zoom')!;
  let container: HTMLElement;
  beforeEach(() => (container = document.body.appendChild(document.createElement('div'))));
  afterEach(async () => {
    container.querySelector('dialog')?.close();
    render(null, container);
    container.remove();
    await setViewport({ width: 800, height: 600 });
  });
  for (const width of [375, 1280]) {
    it(`at ${width} px the photo in the dialog is larger than in the article${width < 768 ? ', edge to edge' : ', centred'}`, async () => {
      await setViewport({ width, height: 800 });
      const root = await zoomStory.show(container, { locale: 'vi', theme: 'default' });
      const figure = root.querySelector('portal-figure')!;
      const inArticle = figure.querySelector('figure img')!.getBoundingClientRect();
      figure.querySelector<HTMLButtonElement>(':scope > button')!.click();
      const dialog = figure.querySelector('dialog')!;
      const img = dialog.querySelector('img')!;
      await img.decode().catch(() => undefined);
      // The opening animation (scale 0.96 to 1) is not what is measured: its end is.
      dialog.getAnimations().forEach((a) => a.finish());
      await new Promise((r) => requestAnimationFrame(r));
      const zoomed = img.getBoundingClientRect();
      expect(zoomed.width, `zoomed ${zoomed.width} px, article ${inArticle.width} px`).to.be.greaterThan(inArticle.width);
      const box = dialog.getBoundingClientRect();
      if (width < 768) {
        // Full-bleed: the dialog starts at the screen's edge and the photo spans it (a desktop's classic scrollbar aside).
        expect(box.left, 'the dialog starts at the edge').to.be.at.most(1);
        expect(zoomed.width, 'the photo spans the dialog').to.be.at.least(box.width - 1);
      }
      else {
        // Centred in what the dialog shows inside its border: its client box, which a classic scrollbar narrows. At
        // 1280 x 800 the sample's three-line caption overflows the dialog by a few pixels in every engine; Firefox
        // draws its 12 px scrollbar inside the end border (headless Chromium draws none), which the border box counts.
        const left = box.left + dialog.clientLeft;
        const right = left + dialog.clientWidth;
        expect(Math.abs(zoomed.left - left - (right - zoomed.right)), `left gap ${zoomed.left - left}, right gap ${right - zoomed.right} (client box)`).to.be.at.most(2);
      }
      takeWarnings();
    });
  }
});

/** A story shown at `width` in the default theme, cleared after each test. */
const storyAt = (id: string) => {
  const story = stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id}`);
  let container: HTMLElement | undefined;
  return {
    async show(width: number, theme = 'default'): Promise<HTMLElement> {
      await setViewport({ width, height: 800 });
      await useTheme(theme);
      container = document.body.appendChild(document.createElement('div'));
      // The page's own background, as a portal page paints it: in a dark theme an engine that does not paint the
      // canvas from color-scheme (Firefox, for axe) would otherwise put light text on white.
      container.style.background = 'var(--portal-color-background)';
      return story.show(container, { locale: 'vi', theme });
    },
    async clear(): Promise<void> {
      if (container) {
        render(null, container);
        container.remove();
      }
      container = undefined;
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      takeWarnings();
      await useTheme('default');
      await setViewport({ width: 800, height: 600 });
    },
  };
};

/** A length token of the current theme, in px (what `font-size: var(token)` computes to). */
const tokenPx = (token: string): number => {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.fontSize = `var(${token})`;
  const px = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return px;
};

/** The line boxes of a range, by their bottom edge (a line's rects share it, whatever inline boxes they cross). */
const lineBottoms = (range: Range): number[] => [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)))];

describe('issue 20: the attendance list reads at 375 px', function () {
  this.timeout(30000);
  const story = storyAt('Components/Attendance list › SampleMeeting');
  afterEach(() => story.clear());
  for (const theme of ['default', 'high-contrast-dark']) {
    it(`${theme}: every entry has a bullet, a hanging indent (a wrapped entry's second line starts under its first word) and space from the next; the lists stay lists and pass axe`, async () => {
      const root = await story.show(375, theme);
      const lists = [...root.querySelectorAll<HTMLUListElement>('portal-attendance-list > ul[data-role]')];
      expect(lists.length, 'the sample has its groups').to.be.at.least(2);
      let wrapped = 0;
      for (const ul of lists) {
        expect(ul.getAttribute('role'), 'list semantics').to.equal('list');
        const items = [...ul.children] as HTMLLIElement[];
        const ulBox = ul.getBoundingClientRect();
        items.forEach((li, i) => {
          const s = getComputedStyle(li);
          const text = li.textContent!.trim().slice(0, 30);
          expect(s.display, `"${text}" is a list item`).to.equal('list-item');
          expect(s.listStyleType, `"${text}" has a bullet`).to.not.equal('none');
          expect(s.listStylePosition, `"${text}": the bullet hangs outside the text`).to.equal('outside');
          const box = li.getBoundingClientRect();
          expect(box.left - ulBox.left, `"${text}": an indent for the bullet`).to.be.at.least(12);
          const range = document.createRange();
          range.selectNodeContents(li);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = lineBottoms(range);
          if (lines.length > 1) {
            wrapped++;
            // Every line starts at the item's content edge: the second line is not out under the bullet.
            const starts = lines.map((bottom) => Math.min(...rects.filter((r) => Math.round(r.bottom) === bottom).map((r) => r.left)));
            for (const start of starts) expect(start, `"${text}": each line starts at the indent`).to.be.closeTo(box.left, 1);
          }
          const next = items[i + 1];
          if (next) expect(next.getBoundingClientRect().top - box.bottom, `space after "${text}"`).to.be.at.least(4);
        });
      }
      expect(wrapped, 'at 375 px some entry wraps ("Lãnh đạo Văn phòng: Tỉnh ủy, HĐND, UBND tỉnh")').to.be.at.least(1);
      await expect(root).to.be.accessible();
    });
  }
});

describe('issue 20: the photo credit', function () {
  this.timeout(30000);
  const story = storyAt('Components/Figure › Playground');
  afterEach(() => story.clear());
  for (const width of [320, 375, 1280]) {
    it(`at ${width} px it is on a line of its own after the caption, at the theme's small size or larger, "Ảnh: <name>" unbroken, inside the column`, async () => {
      const root = await story.show(width);
      const caption = root.querySelector('portal-figure figcaption')!;
      const credit = caption.querySelector('small')!;
      expect(credit.textContent, 'the sample credit').to.match(/^Ảnh: \S+/);
      const size = parseFloat(getComputedStyle(credit).fontSize);
      expect(size, `${size} px`).to.be.at.least(tokenPx('--portal-font-size-sm') - 0.01);
      // Its own line: the caption's text ends on a line above the credit's first.
      const before = document.createRange();
      before.setStart(caption, 0);
      before.setEndBefore(credit);
      const creditRange = document.createRange();
      creditRange.selectNodeContents(credit);
      const captionBottom = Math.max(...[...before.getClientRects()].filter((r) => r.width > 0).map((r) => r.bottom));
      const creditTop = Math.min(...[...creditRange.getClientRects()].filter((r) => r.width > 0).map((r) => r.top));
      expect(creditTop, 'the credit starts below the caption').to.be.at.least(captionBottom - 1);
      // "Ảnh:" and the name's first word on one line.
      const text = [...credit.childNodes].find((n): n is Text => n instanceof Text && n.data.includes('Ảnh:'))!;
      const head = /^Ảnh: \S+/.exec(text.data)![0];
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, head.length);
      expect(lineBottoms(range).length, `"${head}" on one line`).to.equal(1);
      expect(credit.getBoundingClientRect().right, 'inside the caption').to.be.at.most(caption.getBoundingClientRect().right + 1);
    });
  }
});

describe('issue 20: the article headline on a phone', function () {
  this.timeout(30000);
  const story = storyAt('Components/Article › Playground');
  afterEach(() => story.clear());
  for (const theme of names) {
    it(`${theme}: at 375 px smaller than at 1280 px, at least the theme's section size, in five lines or fewer; at 1280 px the theme's headline size`, async () => {
      let root = await story.show(1280, theme);
      let headline = root.querySelector<HTMLElement>('portal-article [slot=headline]')!;
      const desktop = parseFloat(getComputedStyle(headline).fontSize);
      expect(desktop, 'the headline size at 1280 px').to.be.closeTo(tokenPx('--portal-font-size-2xl'), 0.5);
      await story.clear();
      root = await story.show(375, theme);
      headline = root.querySelector<HTMLElement>('portal-article [slot=headline]')!;
      const phone = parseFloat(getComputedStyle(headline).fontSize);
      expect(phone, `${phone} px on a phone, ${desktop} px on a desktop`).to.be.lessThan(desktop);
      expect(phone, 'no smaller than the section headings').to.be.at.least(tokenPx('--portal-font-size-xl') - 0.01);
      const range = document.createRange();
      range.selectNodeContents(headline);
      const lines = lineBottoms(range).length;
      expect(lines, `${lines} lines at ${phone} px`).to.be.at.most(5);
    });
  }
});

describe('issue 20: no break inside a year range', function () {
  this.timeout(30000);
  for (const id of ['Components/Article › Playground', 'Components/Figure › Playground', 'Components/Attendance list › SampleMeeting', 'Components/Article card › Featured', 'Pages/Sample article › SampleArticle']) {
    const story = storyAt(id);
    afterEach(() => story.clear());
    for (const width of [320, 375, 1280]) {
      it(`${id} at ${width} px: every "2016-2021" on one line`, async () => {
        const root = await story.show(width);
        expect(root.textContent, 'the story has a range').to.match(/\d-\d/);
        const broken = brokenRanges(root);
        expect(broken, broken.join('\n')).to.deep.equal([]);
      });
    }
  }
});

describe('issue 20: the focused skip ribbon covers nothing', function () {
  this.timeout(30000);
  const story = storyAt('Pages/Sample article › SampleArticle');
  afterEach(() => story.clear());
  for (const width of [375, 1280]) {
    it(`at ${width} px, with its first link focused, it overlaps neither the header's site name nor anything else, and the site name is what is at its centre`, async () => {
      const root = await story.show(width);
      const ribbon = root.querySelector('portal-skip-ribbon')!;
      const link = ribbon.querySelector('a')!;
      link.focus();
      expect(document.activeElement).to.equal(link);
      const bar = ribbon.shadowRoot!.querySelector('[part=ribbon]')!.getBoundingClientRect();
      expect(bar.height, 'the ribbon shows').to.be.at.least(44);
      const site = root.querySelector<HTMLElement>('.portal-demo__site')!;
      const siteBox = site.getBoundingClientRect();
      expect(siteBox.top, `the site name (top ${siteBox.top}) starts below the ribbon (bottom ${bar.bottom})`).to.be.at.least(bar.bottom - 0.5);
      for (const el of site.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (!r.width) continue;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(site.contains(hit), `<${el.localName}> "${el.textContent!.trim().slice(0, 30)}" is uncovered`).to.equal(true);
      }
      // What the ribbon sits over: nothing of the page, whose content starts below it.
      const header = root.querySelector('header')!.getBoundingClientRect();
      expect(header.top, 'the header starts below the ribbon').to.be.at.least(bar.bottom - 0.5);
      expect(coveredText(root.querySelector('header')!), 'text of the header covered').to.deep.equal([]);
    });
  }
});

/**
 * The demo page (index.html) with JavaScript off reads completely: the same
 * page is opened twice in new tabs (test/plugins/page-text.mjs), once with
 * JavaScript off (no script runs at all: no tag is defined) and once with it
 * on, and the text is compared region by region. Every word a reader gets with
 * JavaScript is there without it (the zoom buttons, the switchers and the
 * JSON-LD, which scripts add, aside), and so is every part of the article:
 * headline, dateline, lead, paragraphs, captions, each attendee's name and
 * positions, the related news and their links.
 */
import { engine, itIn, until } from './helpers.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { pageArticle, pageText } from '../demo/content.js';
import { meeting, news, photos } from '../stories/sample-content.js';

interface Region {
  /** The light DOM's text, without what scripts add. */
  text: string | null;
  /** The text as laid out (innerText). */
  rendered: string | null;
}
interface PageText {
  lang: string;
  regions: Record<'ribbon' | 'banner' | 'navigation' | 'main' | 'contentinfo', Region>;
  links: { text: string; href: string }[];
  images: { alt: string | null; src: string | null }[];
  headings: string[];
  defined: number;
  messages: string[];
}

/**
 * The page as a reader gets it. Chromium: a new tab, through the DevTools protocol (test/plugins/page-text.mjs).
 * Firefox and WebKit (neither WebDriver BiDi nor WebDriver can turn scripts off for a tab): a same-origin iframe of
 * the same size, sandboxed without allow-scripts when JavaScript is off (no script of the page runs at all), and read
 * by the plugin's own extract(), so both ways read the same things; the console is read only in Chromium.
 */
const open = async (javaScript: boolean): Promise<PageText> => {
  if (engine === 'chromium') return executeServerCommand('page-text', { path: '/index.html', javaScript }) as Promise<PageText>;
  const frame = Object.assign(document.createElement('iframe'), { src: '/index.html' });
  if (!javaScript) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  if (javaScript) await until(() => doc.querySelector('portal-article > script[type="application/ld+json"]') && doc.querySelectorAll('portal-figure > button').length === 2);
  const extract = (await executeServerCommand('page-text-extract', {})) as string;
  const result = new Function('document', 'customElements', `return (${extract})()`)(doc, frame.contentWindow!.customElements) as Omit<PageText, 'messages'>;
  frame.remove();
  return { ...result, messages: [] };
};

/** Words, for comparing texts whatever the layout did to the spaces between them. */
const words = (s: string | null): string[] => (s ?? '').split(/\s+/).filter(Boolean);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('the demo page without JavaScript', () => {
  let on: PageText;
  let off: PageText;

  before(async function () {
    this.timeout(30000);
    off = await open(false);
    on = await open(true);
  });

  it('runs no script with JavaScript off, and every tag with it on', () => {
    expect(off.defined, 'tags defined with JavaScript off').to.equal(0);
    expect(on.defined, 'tags defined with JavaScript on').to.equal(6);
    expect(off.lang).to.equal('vi');
  });

  itIn(['chromium'], 'leaves nothing in the console with JavaScript on (Chromium: the console of a new tab)', () => {
    expect(on.messages.filter((m) => !/^(debug|warn|warning): .*(\[vite\]|Lit is in dev mode)/.test(m)), 'console with JavaScript on').to.deep.equal([]);
  });

  for (const region of ['ribbon', 'banner', 'navigation', 'main', 'contentinfo'] as const) {
    it(`has every word of the ${region} that the page with JavaScript has`, () => {
      const withJs = words(on.regions[region].text);
      expect(withJs.length, `words in the ${region} with JavaScript`).to.be.greaterThan(0);
      const without = new Set(words(off.regions[region].rendered));
      const missing = withJs.filter((w) => !without.has(w));
      expect(missing, `words of the ${region} missing with JavaScript off`).to.deep.equal([]);
      // Nothing lost, nothing added: the light DOM's text is the same with and without scripts.
      expect(off.regions[region].text).to.equal(on.regions[region].text);
    });
  }

  it('shows every part of the article with JavaScript off', () => {
    const main = squash(off.regions.main.rendered ?? '');
    const a = pageArticle('vi');
    const parts = [
      a.category,
      a.title,
      `${a.date}, ${a.place}`,
      a.lead,
      ...a.body,
      ...photos('vi').flatMap((p) => [p.caption, p.credit]),
      a.attendanceHeading,
      a.presiding,
      a.attending,
      ...meeting('vi').flatMap((m) => ('name' in m ? [m.name, ...(m.positions ?? [])] : [m.body])),
      pageText('vi').related,
      ...news('vi')
        .slice(1)
        .flatMap((n) => [n.title, n.category, n.excerpt]),
    ];
    const missing = parts.filter((p) => !main.includes(squash(p)));
    expect(missing, 'parts of the article not shown with JavaScript off').to.deep.equal([]);
    expect(main).to.include('Chiều 13/3, tại huyện Duy Tiên');
  });

  it('keeps every link, with its text and href, and the headings', () => {
    expect(off.links).to.deep.equal(on.links);
    const related = news('vi').slice(1);
    for (const n of related) expect(off.links, n.title).to.deep.include({ text: n.title, href: n.href });
    expect(off.links).to.deep.include({ text: pageText('vi').seeAll, href: '/tin-hoat-dong' });
    expect(off.links.length).to.equal(2 + 6 + 1 + related.length * 2 + 1);
    expect(off.headings).to.deep.equal(on.headings);
    expect(off.headings.filter((h) => h.startsWith('h1 '))).to.deep.equal([`h1 ${pageArticle('vi').title}`]);
  });

  it('keeps both photos with their alt text', () => {
    expect(off.images).to.deep.equal(on.images);
    expect(off.images.map((i) => i.alt)).to.deep.equal(photos('vi').map((p) => p.alt));
  });
});

/**
 * A test-runner command that opens a page of this repository in a new tab, with
 * JavaScript on or off, and returns what a reader gets from it:
 *
 *   await executeServerCommand('page-text', { path: '/index.html', javaScript: false });
 *
 * With `javaScript: false` the tab runs no script at all (puppeteer's
 * setJavaScriptEnabled(false): no module, no custom element, no inline script),
 * as a reader with JavaScript off, a search engine's first pass or reader mode
 * see the HTML. With `javaScript: true` it waits until the page has rendered
 * (the article's JSON-LD and both zoom buttons are there).
 *
 * Returns, for the banner, navigation, main and contentinfo landmarks and the
 * skip ribbon, the text as laid out (`innerText`) and the text of the light DOM
 * without the controls scripts add (`button`, `dialog`, `script`, `style`,
 * `template`, the switchers); every link (text and href); every image (alt and
 * src); the console messages; and how many custom elements are defined.
 */
const extract = () => {
  const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const content = (el) => {
    if (!el) return null;
    const copy = el.cloneNode(true);
    copy.querySelectorAll('button, dialog, script, style, template, #demo-switchers').forEach((n) => n.remove());
    return squash(copy.textContent);
  };
  const regions = {};
  for (const [name, selector] of Object.entries({
    ribbon: 'portal-skip-ribbon',
    banner: 'body > header',
    navigation: 'nav',
    main: 'main',
    contentinfo: 'body > footer',
  })) {
    const el = document.querySelector(selector);
    regions[name] = { text: content(el), rendered: el ? squash(el.innerText) : null };
  }
  const outside = (el) => !el.closest('#demo-switchers, dialog');
  return {
    lang: document.documentElement.lang,
    regions,
    links: [...document.querySelectorAll('a[href]')].filter(outside).map((a) => ({ text: squash(a.textContent), href: a.getAttribute('href') })),
    images: [...document.querySelectorAll('img')].filter(outside).map((img) => ({ alt: img.getAttribute('alt'), src: img.getAttribute('src') })),
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${squash(h.textContent)}`),
    defined: ['portal-skip-ribbon', 'portal-article', 'portal-figure', 'portal-attendance-list', 'portal-article-list', 'portal-article-card'].filter((t) => customElements.get(t)).length,
  };
};

export function pageTextPlugin() {
  return {
    name: 'portal-page-text',
    async executeCommand({ command, payload, session }) {
      // The extract function as source, for a test that reads a page in an iframe (Firefox and WebKit: test/page.nojs.test.ts).
      if (command === 'page-text-extract') return extract.toString();
      if (command !== 'page-text') return undefined;
      const { path, javaScript } = payload ?? {};
      if (typeof path !== 'string' || !path.startsWith('/') || typeof javaScript !== 'boolean') throw new Error('page-text expects { path: "/…", javaScript: boolean }');
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      const messages = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      try {
        await page.setJavaScriptEnabled(javaScript);
        await page.setViewport({ width: 1280, height: 900 });
        const response = await page.goto(new URL(path, testPage.url()).href, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`page-text: ${path} answered ${response?.status()}`);
        if (javaScript) {
          await page.waitForFunction(
            () => document.querySelector('portal-article > script[type="application/ld+json"]') && document.querySelectorAll('portal-figure > button').length === 2,
            { timeout: 10000 },
          );
        }
        return { ...(await page.evaluate(extract)), messages };
      } finally {
        await page.close();
      }
    },
  };
}

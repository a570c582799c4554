/**
 * The drop-in proof: examples/sample-article.html, a plain HTML page with no
 * build step, on the built bundle dist/portal-elements.js and
 * dist/themes/default.css only, loaded as a real page (in an iframe, so that
 * it runs in its own window with only the bundle's Lit). Every tag that
 * src/all.ts registers is defined and upgraded, and the page passes axe.
 *
 * Run by `npm run test:dropin` (web-test-runner.dropin.config.mjs), after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';

type FrameWindow = Window & typeof globalThis & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as FrameWindow;
const doc = () => frame.contentDocument!;

/**
 * Resolves once every portal element of the page is defined and has updated with every module it asked for
 * (`updateComplete` waits for them): it waits on the page's code, never on the clock.
 */
const settled = async (): Promise<void> => {
  for (const el of doc().querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')) {
    if (!el.localName.startsWith('portal-')) continue;
    await win().customElements.whenDefined(el.localName);
    await el.updateComplete;
  }
};

/** The tags src/all.ts registers: the `.define('portal-…')` of each define module it imports. */
const registeredTags = async (): Promise<string[]> => {
  const all = await (await fetch('/src/all.ts')).text();
  const modules = [...all.matchAll(/['"](\.\/components\/[^'"]+\/define)\.(?:js|ts)['"]/g)].map((m) => m[1]!);
  expect(modules.length, 'define modules imported by src/all.ts').to.be.greaterThan(0);
  const tags: string[] = [];
  for (const path of modules) {
    const source = await (await fetch(`/src/${path.slice(2)}.ts`)).text();
    tags.push(...[...source.matchAll(/\.define\(\s*['"]([a-z][\w-]*-[\w-]*)['"]/g)].map((m) => m[1]!));
  }
  return tags;
};

before(async function () {
  this.timeout(30000);
  const bundle = await fetch('/dist/portal-elements.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/portal-elements.js is missing: run npm run build first');
  frame = Object.assign(document.createElement('iframe'), { title: 'examples/sample-article.html', src: '/examples/sample-article.html' });
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await settled();
  expect(doc().querySelector('portal-article > script[type="application/ld+json"]'), "the article's JSON-LD").to.not.equal(null);
  expect(doc().querySelectorAll('portal-figure > button'), 'both zoom buttons').to.have.length(2);
});

describe('examples/sample-article.html (drop-in, built bundle)', () => {
  it('loads only dist/portal-elements.js, a theme from dist/themes/ and its own page CSS', () => {
    const scripts = [...doc().querySelectorAll('script[src]')].map((s) => new URL(s.getAttribute('src')!, doc().baseURI).pathname).filter((p) => !p.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/dist/portal-elements.js']);
    const styles = [...doc().querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.getAttribute('href')!, doc().baseURI).pathname);
    const page = styles.filter((href) => href == '/examples/sample-article.css');
    expect(page, "the page's own CSS (the layout around the components, no inline <style>)").to.have.length(1);
    const themes = styles.filter((href) => href != '/examples/sample-article.css');
    expect(themes.length).to.be.greaterThan(0);
    for (const href of themes) expect(href).to.match(/^\/dist\/themes\/[a-z-]+\.css$/);
  });

  it('defines every tag that src/all.ts registers, and upgrades every instance on the page', async () => {
    const tags = await registeredTags();
    expect(tags.length).to.equal(6);
    const undefinedTags = tags.filter((tag) => !win().customElements.get(tag));
    expect(undefinedTags, 'tags not defined by dist/portal-elements.js').to.deep.equal([]);
    for (const tag of tags) {
      const instances = [...doc().querySelectorAll(tag)];
      expect(instances.length, `<${tag}> on the page`).to.be.greaterThan(0);
      expect(instances.filter((el) => !el.shadowRoot).length, `<${tag}> not upgraded`).to.equal(0);
    }
  });

  it("runs Lit's production build (no dev-mode globals)", () => {
    expect('litIssuedWarnings' in win(), 'Lit dev-mode warnings set').to.equal(false);
  });

  it('passes axe (the whole page, colour contrast included)', async function () {
    this.timeout(30000);
    const script = Object.assign(doc().createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    doc().head.append(script);
    await loaded;
    const results = await win().axe!.run(doc(), { resultTypes: ['violations', 'passes'] });
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations, `axe violations:\n  ${violations.join('\n  ')}`).to.deep.equal([]);
    expect(results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0, 'text whose contrast axe judged').to.be.greaterThan(0);
    expect(results.passes.find((p) => p.id === 'landmark-one-main')?.nodes.length ?? 0, 'one main landmark').to.be.greaterThan(0);
  });
});

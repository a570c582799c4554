/**
 * The drop-in page under a strict Content-Security-Policy with Trusted Types:
 * examples/sample-article.html, on the built bundle, served with the header
 * POLICY (./csp-policy.mjs: no inline script or style, no eval, Lit's
 * `lit-html` the only Trusted Types policy) by ./csp-server.mjs.
 *
 * Every component renders, the JSON-LD is written and parses, the zoom dialog
 * opens and closes, the language and the theme change, and none of it causes a
 * single violation: none of the page's securitypolicyviolation events (recorded
 * from the start by ./csp-record.js, the page's first script) and no console
 * message at all (read by the browser's DevTools protocol, which is where
 * Chromium reports a refused innerHTML or an inline style). The last test puts a
 * violation there on purpose, to show both records see one.
 *
 * Run by `npm run test:dropin` (web-test-runner.dropin.config.mjs), after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { POLICY } from './csp-policy.mjs';

/** The Trusted Types API, as much as the test uses (TypeScript's DOM library has none). */
interface TrustedTypes {
  createPolicy(name: string, rules: { createHTML?: (s: string) => string }): unknown;
}
type FrameWindow = Window & typeof globalThis & { cspViolations?: string[]; trustedTypes?: TrustedTypes };
type Portal = HTMLElement & { updateComplete: Promise<boolean> };

const PAGE = '/examples/sample-article.html?csp';
const TAGS = ['portal-skip-ribbon', 'portal-article', 'portal-figure', 'portal-attendance-list', 'portal-article-list', 'portal-article-card'];

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as FrameWindow;
const doc = () => frame.contentDocument!;
const violations = (): string[] => win().cspViolations ?? ['csp-record.js did not run: no record of violations'];
const consoleMessages = async (): Promise<string[]> => (await executeServerCommand('csp-console', 'read')) as string[];
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every component on the page, once it has rendered (and loaded the modules it needs: updateComplete waits for them). */
const settled = async (): Promise<void> => {
  await Promise.all(TAGS.map((tag) => win().customElements.whenDefined(tag)));
  // A change of `lang` reaches the components through a MutationObserver: let its microtask run first.
  await Promise.resolve();
  await Promise.all([...doc().querySelectorAll<Portal>(TAGS.join(','))].map((el) => el.updateComplete));
};

/** The JSON in a script, parsed; the script's text is what a search engine reads. */
const jsonOf = (script: Element | null | undefined): Record<string, unknown> => {
  expect(!!script, 'a JSON-LD script').to.equal(true);
  return JSON.parse((script as HTMLScriptElement).text) as Record<string, unknown>;
};

const loaded = (el: HTMLImageElement | HTMLLinkElement): Promise<void> =>
  new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`${el.localName} failed to load`)), { once: true });
  });

before(async function () {
  this.timeout(30000);
  await executeServerCommand('csp-console', 'start');
  frame = Object.assign(document.createElement('iframe'), { title: 'examples/sample-article.html under a strict CSP', src: PAGE });
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const load = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await load;
  await settled();
});

describe('examples/sample-article.html under a strict Content-Security-Policy with Trusted Types', () => {
  it('is served with the policy as a response header, and the page enforces it', async () => {
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html'])
      expect(POLICY.split('; '), 'the policy').to.include(directive);
    expect(POLICY, 'the policy').not.to.match(/unsafe-inline|unsafe-eval|\*/);
    // The recorder, the page's first script, ran; Trusted Types are on in the page.
    expect(win().cspViolations, 'window.cspViolations, set by csp-record.js').to.be.an('array');
    expect(doc().querySelector('head > script')?.getAttribute('src')).to.equal('/test/dropin/csp-record.js');
    expect(typeof win().trustedTypes?.createPolicy, 'Trusted Types in the page').to.equal('function');
  });

  it('has every component defined and rendered', () => {
    for (const tag of TAGS) {
      const instances = [...doc().querySelectorAll(tag)];
      expect(instances.length, `<${tag}> on the page`).to.be.greaterThan(0);
      expect(instances.filter((el) => !el.shadowRoot?.childNodes.length).length, `<${tag}> not rendered`).to.equal(0);
    }
    expect(doc().querySelectorAll('portal-figure > button > svg[aria-hidden="true"]').length, 'zoom buttons with their icon').to.equal(2);
    expect(doc().querySelectorAll('portal-figure > button > span').length, 'zoom buttons named by their text').to.equal(2);
    const title = squash(doc().querySelector('portal-figure > button > span')?.textContent);
    expect(title).to.match(/^Phóng to ảnh: Đồng chí Lê Thị Thanh Hà…$/);
  });

  it("writes the article's NewsArticle JSON-LD, which parses", () => {
    const scripts = doc().querySelectorAll('portal-article > script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    const ld = jsonOf(scripts[0]);
    expect(ld['@type']).to.equal('NewsArticle');
    expect(ld.headline).to.equal(squash(doc().querySelector('h1')?.textContent));
    expect(ld.datePublished).to.equal('2018-03-13');
    expect(ld.publisher).to.deep.equal({ '@type': 'Organization', name: 'Hội đồng nhân dân tỉnh Hà Nam' });
    expect(ld.image).to.equal(new URL('/stories/assets/hoi-nghi-1.svg', location.href).href);
  });

  it("writes the attendance list's Event JSON-LD when `jsonld` is set, which parses", async () => {
    const list = doc().querySelector<Portal>('portal-attendance-list')!;
    list.setAttribute('date', '2018-03-13');
    list.setAttribute('jsonld', 'Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba');
    await list.updateComplete;
    const ld = jsonOf(list.querySelector(':scope > script[type="application/ld+json"]'));
    expect(ld['@type']).to.equal('Event');
    expect(ld.name).to.equal('Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba');
    expect(ld.startDate).to.equal('2018-03-13');
    expect(ld.organizer).to.deep.equal([{ '@type': 'Person', name: 'Phạm Sỹ Lợi', jobTitle: ['Phó Bí thư Thường trực Tỉnh uỷ', 'Chủ tịch HĐND tỉnh'] }]);
    expect((ld.attendee as unknown[]).length).to.equal(6);
    // Written again on each update, still through the policy.
    list.setAttribute('date', '2018-03-14');
    await list.updateComplete;
    expect(list.querySelectorAll(':scope > script[type="application/ld+json"]').length).to.equal(1);
    expect(jsonOf(list.querySelector(':scope > script[type="application/ld+json"]')).startDate).to.equal('2018-03-14');
  });

  it('opens the zoom dialog with the full-resolution image, and closes it', async () => {
    const figure = doc().querySelector('portal-figure')!;
    figure.querySelector<HTMLButtonElement>(':scope > button')!.click();
    const dialog = figure.querySelector('dialog');
    expect(dialog?.open, 'the zoom dialog is open').to.equal(true);
    const img = dialog!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('../stories/assets/hoi-nghi-1-1800.svg');
    if (!img.complete) await loaded(img);
    expect(img.naturalWidth, 'the full-resolution image loaded').to.be.greaterThan(0);
    const closed = new Promise((resolve) => dialog!.addEventListener('close', resolve, { once: true }));
    dialog!.querySelector<HTMLButtonElement>(':scope > button')!.click();
    await closed;
    expect(figure.querySelector('dialog'), 'the dialog, removed on close').to.equal(null);
  });

  it('changes language and theme', async () => {
    doc().documentElement.lang = 'en';
    await settled();
    expect(squash(doc().querySelector('portal-figure > button > span')?.textContent)).to.match(/^Enlarge photo: /);
    const theme = doc().querySelector<HTMLLinkElement>('link[href$="themes/default.css"]')!;
    const brand = () => getComputedStyle(doc().documentElement).getPropertyValue('--portal-color-brand').trim();
    const before = brand();
    const load = loaded(theme);
    theme.href = '../dist/themes/green.css';
    await load;
    expect(brand(), 'the brand colour after the green theme').not.to.equal(before);
    doc().documentElement.lang = 'vi';
    await settled();
    expect(squash(doc().querySelector('portal-figure > button > span')?.textContent)).to.match(/^Phóng to ảnh: /);
  });

  it('reported no violation and no console message from the first byte until now', async () => {
    // The console first: the round trip to the server also lets any violation event still queued reach the record.
    const messages = await consoleMessages();
    expect({ events: violations(), console: messages }, 'securitypolicyviolation events and console messages').to.deep.equal({ events: [], console: [] });
  });

  it('would see a violation: the records catch an innerHTML and a policy of its own put back on purpose', async () => {
    const attempt = (what: () => unknown): string => {
      try {
        what();
        return 'allowed';
      } catch (e) {
        return String(e);
      }
    };
    // Only what this test causes (the one before has told of any other).
    const before = violations().length;
    const logged = (await consoleMessages()).length;
    // The browser queues a violation's event: wait for the two.
    let count = 0;
    const reported = new Promise<void>((resolve) => win().addEventListener('securitypolicyviolation', () => ++count == 2 && resolve()));
    expect(attempt(() => (doc().createElement('div').innerHTML = '<b>markup</b>')), 'innerHTML').to.match(/TrustedHTML/);
    expect(attempt(() => win().trustedTypes!.createPolicy('portal', { createHTML: (s: string) => s })), 'a policy not named in the header').to.match(/portal/);
    await reported;
    const seen = violations().slice(before);
    expect(seen).to.have.length(2);
    expect(seen[0]).to.match(/^require-trusted-types-for: trusted-types-sink Element innerHTML\|<b>markup<\/b>/);
    expect(seen[1]).to.match(/^trusted-types: trusted-types-policy portal/);
    const messages = ((await executeServerCommand('csp-console', { atLeast: logged + 2 })) as string[]).slice(logged);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.match(/^error \(security\): This document requires 'TrustedHTML' assignment/);
    expect(messages[1]).to.match(/^error \(security\): Creating a TrustedTypePolicy named 'portal' violates .*"trusted-types lit-html"/);
  });
});

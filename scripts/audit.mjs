#!/usr/bin/env node
/**
 * `npm run audit`: the auditor's command.
 *
 *   npm run audit                      every Storybook story × every theme × vi/en
 *   npm run audit -- --url <url|file>  one page (a portal page that uses the components)
 *
 * Options: --storybook <dir> (default storybook-static; rebuilt when older than the
 * sources, unless --no-build), --out <dir> (default audit-report), --themes a,b,
 * --langs vi,en, --stories <substring>, --wait <ms>.
 *
 * Checks, in Chromium (found like the tests find it; nothing is downloaded), on every story
 * and on a page alike once it has loaded: the audit waits until every custom element is
 * defined and rendered (Lit's updateComplete, which waits for modules loaded on first use),
 * up to --wait ms (default 10000), then checks:
 * - every custom element is defined (portal-element-undefined), and no uncaught error, no
 *   console error (warnings are fine), no script or stylesheet that fails to load, no
 *   updateComplete that rejects, and for a story no Storybook error display (portal-page-error);
 * - axe-core with the tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice;
 * - no reader-facing text only in a shadow root (DEVELOPERS.md point 2);
 * - every focusable element shows a focus indicator: its outline or box-shadow
 *   differs from the unfocused state, at 3:1 or more against the background (a
 *   translucent colour is blended over the background first; a ring drawn inside
 *   the element's border, by a negative outline-offset, against the element's own background);
 * - with --url, the page-level rules: one main landmark, one h1, a working skip link; a
 *   file is served over http from the current folder (or its own folder, when outside it)
 *   so that module scripts run.
 *
 * Writes <out>/report.json and <out>/index.html; exits 1 on any violation, 2 when it
 * cannot run at all.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** A story is a fragment, not a page: page-level rules only apply with --url. */
const PAGE_ONLY_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'landmark-complementary-is-top-level'];

/** Our own rules, described like axe's. */
const RULES = {
  'portal-shadow-only-text': {
    help: 'Reader-facing text must be in the light DOM, not only in a shadow root',
    wcag: ['1.3.1'],
    fix: 'Render the text into the light DOM (a slot presents it); shadow DOM holds layout and style only. Text only in a shadow root is lost to read-aloud tools, reader mode and translation.',
  },
  'portal-focus-indicator': {
    help: 'Every focusable element shows a visible focus indicator with at least 3:1 contrast',
    wcag: ['2.4.7', '1.4.11'],
    fix: 'Give :focus-visible an outline (e.g. var(--portal-focus-ring-width) solid var(--portal-focus-ring-color)) whose colour has 3:1 or more against the background; never remove the outline without a replacement.',
  },
  'portal-one-main': {
    help: 'The page has exactly one main landmark',
    wcag: ['1.3.1', '2.4.1'],
    fix: 'Wrap the page content in a single <main> element.',
  },
  'portal-one-h1': {
    help: 'The page has exactly one h1',
    wcag: ['1.3.1', '2.4.6'],
    fix: 'Give the page one <h1> (the article headline) and use h2–h6 below it.',
  },
  'portal-element-undefined': {
    help: 'Every custom element on the page is defined: its module loaded and ran',
    wcag: [],
    note: 'none directly: the reader would get the page without this component, and the other checks could not see it either',
    fix: 'Load the module that defines the element (check its <script type="module"> src, the server and the browser console) and make sure it calls customElements.define for this tag.',
  },
  'portal-page-error': {
    help: 'The page loads without script errors: no uncaught error, no console error, no script or stylesheet that fails to load',
    wcag: [],
    note: 'none directly: a failed script or stylesheet leaves the page other than the one the audit should check',
    fix: 'Fix the error or the URL shown (open the page with the browser console open); serve the page over http(s), not file://, where module scripts are blocked.',
  },
  'portal-skip-link': {
    help: 'The first focusable element is a skip link to the main content, and it works from the keyboard',
    wcag: ['2.4.1'],
    fix: 'Put <portal-skip-ribbon><a href="#main-id">…</a></portal-skip-ribbon> first in <body>, pointing at the id of <main> (or of an element in it, such as the h1); do not cancel its click. Pressing Enter on it must move focus, or the next Tab, into the main content.',
  },
};

/** `wcag1412` → `1.4.12`. */
export const scFromTags = (tags) =>
  tags.map((t) => /^wcag(\d)(\d)(\d+)$/.exec(t)).filter(Boolean).map(([, a, b, c]) => `${a}.${b}.${c}`);

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

export const parseArgs = (argv) => {
  const opts = { storybook: 'storybook-static', out: 'audit-report', build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--url') opts.url = next();
    else if (a === '--storybook') opts.storybook = next();
    else if (a === '--out') opts.out = next();
    else if (a === '--themes') opts.themes = next().split(',').filter(Boolean);
    else if (a === '--langs') opts.langs = next().split(',').filter(Boolean);
    else if (a === '--stories') opts.stories = next();
    else if (a === '--no-build') opts.build = false;
    else if (a === '--wait') {
      opts.wait = Number(next());
      if (!(opts.wait >= 0)) throw new Error('--wait needs a number of milliseconds');
    }
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
};

// ---------------------------------------------------------------------------
// Storybook: fresh build, static server
// ---------------------------------------------------------------------------

const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

const ensureStorybook = (dir, build) => {
  const index = join(dir, 'index.json');
  const sources = Math.max(...['src', 'stories', '.storybook', 'demo'].map((d) => newest(join(root, d))));
  if (existsSync(index) && (!build || statSync(index).mtimeMs >= sources)) {
    console.log(`audit: using the Storybook build in ${dir}`);
    return;
  }
  if (!build) throw new Error(`${index} does not exist; build Storybook first (npm run build-storybook)`);
  console.log('audit: building Storybook (npm run build-storybook)…');
  const r = spawnSync('npm', ['run', 'build-storybook', '--', '-o', dir], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build-storybook failed');
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** A static server for a folder, on a free port of localhost. */
const serve = (dir) =>
  new Promise((ok) => {
    const server = createServer(async (req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (path !== dir && !path.startsWith(dir + sep)) path = join(dir, 'index.html');
      if (path.endsWith('/')) path += 'index.html';
      try {
        const body = await readFile(path);
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });

// ---------------------------------------------------------------------------
// Checks that run in the page
// ---------------------------------------------------------------------------

/** In the page: text nodes inside shadow roots (not style/script/template), per host. */
function shadowOnlyTextInPage(scope) {
  const out = [];
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest('style, script, template')) text += n.textContent;
      }
      text = text.replace(/\s+/g, ' ').trim();
      if (text) out.push({ target: el.localName + (el.id ? `#${el.id}` : ''), html: el.outerHTML.slice(0, 200), summary: `Text only in the shadow root: "${text.slice(0, 120)}"` });
      visit(el.shadowRoot);
    }
  };
  visit(document.querySelector(scope) ?? document);
  return out;
}

/** In the page: focus each focusable element and compare its indicator with the unfocused state. */
async function focusIndicatorsInPage(scope) {
  const SELECTOR = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  const parse = (c) => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)/.exec(c ?? '');
    if (!m) return null;
    let a = m[4] === undefined ? 1 : parseFloat(m[4]);
    if (m[4]?.endsWith('%')) a /= 100;
    return { r: +m[1], g: +m[2], b: +m[3], a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => {
    const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  /** Source-over alpha compositing of a colour on an opaque backdrop. */
  const over = (c, bg) => {
    const mix = (f, b) => c.a * f + (1 - c.a) * b;
    return { r: mix(c.r, bg.r), g: mix(c.g, bg.g), b: mix(c.b, bg.b), a: 1 };
  };
  /** The opaque colour behind an element: the first ancestor background that is not transparent. */
  const backdrop = (el) => {
    for (let n = el; n; n = n.parentElement ?? n.getRootNode()?.host) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const snapshot = (el) => {
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineOffset: parseFloat(s.outlineOffset) || 0, border: parseFloat(s.borderTopWidth) || 0, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  };
  const all = [];
  const collect = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(SELECTOR)) all.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document.querySelector(scope) ?? document);
  const out = [];
  for (const el of all) {
    const before = snapshot(el);
    el.focus({ focusVisible: true, preventScroll: false });
    if (document.activeElement !== el && !el.matches(':focus')) continue; // not focusable after all (hidden, inert)
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      el.blur();
      continue;
    }
    const after = snapshot(el);
    el.blur();
    const name = el.localName + (el.id ? `#${el.id}` : '') + (el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 40)}"` : '');
    let reason = '';
    const outline = after.outlineStyle !== 'none' && after.outlineWidth > 0;
    const outlineChanged = outline && (before.outlineStyle !== after.outlineStyle || before.outlineWidth !== after.outlineWidth || before.outlineColor !== after.outlineColor);
    // A ring drawn inside the element's border (as test/theme-helpers.ts judges it) lies on the element's
    // own background, such as a button over a photo; any other ring lies on what is around the element.
    const inside = outlineChanged && after.outlineOffset + after.outlineWidth <= -after.border;
    const bg = backdrop(inside ? el : (el.parentElement ?? el));
    const shadowChanged = after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow;
    if (!outlineChanged && !shadowChanged) {
      reason = 'no focus indicator: neither outline nor box-shadow changes on focus';
    } else {
      const color = parse(outlineChanged ? after.outlineColor : after.boxShadow);
      // A translucent ring shows as its colour blended over the background: judge that.
      const r = color ? ratio(over(color, bg), bg) : 0;
      if (r < 3) reason = `focus indicator contrast ${r.toFixed(2)}:1 against the background${inside ? ' of the element it is drawn inside' : ''} (needs 3:1)${color && color.a < 1 ? `; its colour is ${Math.round(color.a * 100)}% opaque` : ''}`;
    }
    if (reason) out.push({ target: name, html: el.outerHTML.slice(0, 200), summary: reason });
  }
  return out;
}

/**
 * In the page: wait until every custom element (a tag with a dash) is defined and, for Lit
 * elements, has rendered (updateComplete), again for the elements those render, up to
 * `timeout` ms in all. Returns the tags still undefined, with one element of each, and the
 * elements whose updateComplete rejected (a render that threw, a module loaded on first use
 * that failed): waiting on it handles the rejection, so the page would report nothing else.
 */
async function settleInPage(timeout) {
  const deadline = Date.now() + timeout;
  const within = (promise) => Promise.race([promise, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
  // Names with a dash that can never be custom elements (HTML's reserved list).
  const RESERVED = ['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'];
  const customs = () => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (/^[a-z][^A-Z]*-/.test(el.localName) && !RESERVED.includes(el.localName) && el.namespaceURI === 'http://www.w3.org/1999/xhtml') found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  const whenDefined = (tag) => customElements.whenDefined(tag).catch(() => {});
  const seen = new Set();
  const rendered = new WeakSet();
  const failed = new Map();
  // updateComplete is read once per element and round, never just to test for it: each read
  // starts a wait (a component's own getUpdateComplete may do work), and a page may run a copy
  // of portal-elements older than the fix that lets every reader wait for modules on their way.
  const isLit = (el) => 'updateComplete' in el;
  const settled = (el) =>
    Promise.resolve(el.updateComplete).catch((e) => {
      if (!failed.has(el)) failed.set(el, { tag: el.localName, html: el.outerHTML.slice(0, 200), message: String(e?.message ?? e) });
    });
  for (let round = 0; round < 10 && Date.now() < deadline; round++) {
    const els = customs();
    const fresh = [...new Set(els.map((el) => el.localName))].filter((t) => !seen.has(t));
    const pending = els.filter((el) => isLit(el) && !rendered.has(el));
    if (!fresh.length && !pending.length) break;
    fresh.forEach((t) => seen.add(t));
    await within(Promise.all(fresh.map(whenDefined)));
    const lit = customs().filter(isLit);
    await within(Promise.all(lit.map(settled)));
    for (const el of lit) rendered.add(el);
  }
  await within(document.fonts.ready);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const undefinedTags = new Map();
  for (const el of customs()) {
    if (!customElements.get(el.localName) && !undefinedTags.has(el.localName)) undefinedTags.set(el.localName, el.outerHTML.slice(0, 200));
  }
  return { undefinedTags: [...undefinedTags].map(([tag, html]) => ({ tag, html })), failed: [...failed.values()] };
}

/** In the page: landmarks, h1, skip link (its target; skipLinkWorks() then tries it with the keyboard). */
function pageRulesInPage(FIRST_FOCUSABLE) {
  const out = {};
  const mains = document.querySelectorAll('main, [role="main"]');
  if (mains.length !== 1) out['portal-one-main'] = [{ target: 'body', html: '', summary: `found ${mains.length} main landmarks` }];
  const h1s = [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')];
  if (h1s.length !== 1) out['portal-one-h1'] = [{ target: 'body', html: h1s.map((h) => h.outerHTML.slice(0, 80)).join(' '), summary: `found ${h1s.length} h1 elements` }];
  const first = document.querySelector(FIRST_FOCUSABLE);
  const id = first?.localName === 'a' && first.getAttribute('href')?.startsWith('#') ? decodeURIComponent(first.getAttribute('href').slice(1)) : null;
  const target = id && document.getElementById(id);
  const main = mains.length === 1 ? mains[0] : null;
  let summary = '';
  if (!id) summary = 'the first focusable element is not a same-page skip link';
  else if (!target) summary = `the skip link's target #${id} does not exist`;
  else if (main && !(target === main || target.contains(main) || main.contains(target))) summary = `the skip link's target #${id} (<${target.localName}>) is not the main content: it neither is, contains nor lies inside the <main> landmark`;
  if (summary) out['portal-skip-link'] = [{ target: first ? first.localName : 'body', html: first?.outerHTML.slice(0, 200) ?? '', summary }];
  return out;
}

const FIRST_FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The skip link with the keyboard: focus it, press Enter, and see where focus went.
 * It works when focus is now on or in the target, or, when the target cannot take focus,
 * when the next Tab reaches an element in or after the target (the browser moved its
 * sequential focus navigation starting point there). Returns a violation node or null.
 */
const skipLinkWorks = async (page) => {
  const link = await page.evaluateHandle((sel) => document.querySelector(sel), FIRST_FOCUSABLE);
  try {
    // A focusable sentinel at the end of the target, so that the next Tab has somewhere to go
    // in the target even when nothing focusable follows it (removed afterwards).
    await link.evaluate((a) => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
      const sentinel = document.createElement('span');
      sentinel.tabIndex = 0;
      sentinel.dataset.portalAuditSentinel = '';
      document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))).append(sentinel);
    });
    await link.focus();
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const where = (link) => {
      const id = decodeURIComponent(link.getAttribute('href').slice(1));
      const target = document.getElementById(id);
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      // A focused element in a shadow root counts where its host is in the document.
      let host = el;
      while (host && host.getRootNode() !== document) host = host.getRootNode().host;
      const name = (n) => (n && n !== document.body ? n.localName + (n.id ? `#${n.id}` : '') + (n.textContent?.trim() ? ` («${n.textContent.trim().slice(0, 40)}»)` : '') : 'nothing (the page itself)');
      return {
        id,
        onLink: host === link,
        inside: !!host && host !== document.body && (target === host || target.contains(host)),
        after: !!host && host !== document.body && host !== link && !!(target.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING),
        name: name(el),
      };
    };
    await page.keyboard.press('Enter');
    await frames();
    const entered = await page.evaluate(where, link);
    if (entered.inside) return null;
    await page.keyboard.press('Tab');
    await frames();
    const tabbed = await page.evaluate(where, link);
    if (tabbed.inside || tabbed.after) return null;
    return {
      target: await link.evaluate((a) => a.localName + (a.id ? `#${a.id}` : '')),
      html: await link.evaluate((a) => a.outerHTML.slice(0, 200)),
      summary: `pressing Enter on the skip link does not move focus to #${entered.id}: focus stays on ${entered.onLink ? 'the skip link' : entered.name}, and the next Tab reaches ${tabbed.name}, before the target`,
    };
  } finally {
    await page.evaluate(() => document.querySelector('[data-portal-audit-sentinel]')?.remove());
    await link.dispose();
  }
};

// ---------------------------------------------------------------------------
// One audit run
// ---------------------------------------------------------------------------

const fromAxe = (v) => ({
  id: v.id,
  source: 'axe-core',
  impact: v.impact,
  help: v.help,
  helpUrl: v.helpUrl,
  wcag: scFromTags(v.tags),
  tags: v.tags.filter((t) => t.startsWith('wcag') || t === 'best-practice'),
  fix: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? v.help,
  nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary?.replace(/\s+/g, ' ').trim() ?? '' })),
});

const fromPortal = (id, nodes) => ({
  id,
  source: 'portal-elements',
  impact: 'serious',
  help: RULES[id].help,
  helpUrl: '',
  wcag: RULES[id].wcag,
  ...(RULES[id].note ? { note: RULES[id].note } : {}),
  tags: [],
  fix: RULES[id].fix,
  nodes,
});

const auditPage = async (page, axeSource, { scope, pageLevel }) => {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
  const disabled = pageLevel ? [] : PAGE_ONLY_RULES;
  const axe = await page.evaluate(
    async (tags, scope, disabled) => {
      // Storybook's a11y addon may be running axe on the same page: wait for it, then run ours.
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await window.axe.run(document.querySelector(scope) ?? document, {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
            resultTypes: ['violations'],
          });
          return r.violations;
        } catch (e) {
          if (attempt > 50 || !/already running/i.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    AXE_TAGS,
    scope,
    disabled,
  );
  const violations = axe.map(fromAxe);
  const shadow = await page.evaluate(shadowOnlyTextInPage, scope);
  if (shadow.length) violations.push(fromPortal('portal-shadow-only-text', shadow));
  const focus = await page.evaluate(focusIndicatorsInPage, scope);
  if (focus.length) violations.push(fromPortal('portal-focus-indicator', focus));
  if (pageLevel) {
    const rules = await page.evaluate(pageRulesInPage, FIRST_FOCUSABLE);
    if (!rules['portal-skip-link']) {
      const broken = await skipLinkWorks(page);
      if (broken) rules['portal-skip-link'] = [broken];
    }
    for (const [id, nodes] of Object.entries(rules)) violations.push(fromPortal(id, nodes));
  }
  return violations;
};

/**
 * What goes wrong in a page while it loads and while it is checked: uncaught errors, console
 * errors (not warnings: components warn on bad input on purpose; but a component's warning that
 * one of its modules failed to load is a page error), and scripts or stylesheets
 * that fail to load or answer 4xx/5xx. The listeners are attached once per page; begin() starts
 * a run (before its page.goto) and forgets what came before, add() records a problem found
 * otherwise, end() returns the run's problems as violation nodes.
 */
const watchPageErrors = (page) => {
  let problems = [];
  const LOADED = ['script', 'stylesheet'];
  page.on('pageerror', (e) => problems.push({ target: 'page', html: '', summary: `uncaught error: ${e?.message ?? e}` }));
  page.on('console', (m) => {
    // A component whose module failed to load says so as a warning (it is no authoring error, and it throws
    // nothing): the element is left without that part, which is a page error all the same.
    const lost = /^warn/.test(m.type()) && /^<([a-z][\w-]*)[^>]*>(?: <[^>]+>)?: (a module failed to load .*)\. Fix: /.exec(m.text());
    if (lost) problems.push({ target: lost[1], html: '', summary: `<${lost[1]}> did not finish rendering: ${lost[2]}` });
    // "Failed to load resource" is the console's echo of a failed request: the network events report those.
    else if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) {
      const at = m.location()?.url;
      problems.push({ target: 'console', html: '', summary: `console error: ${m.text()}${at ? ` (${at})` : ''}` });
    }
  });
  page.on('requestfailed', (req) => {
    if (LOADED.includes(req.resourceType())) problems.push({ target: req.url(), html: '', summary: `the ${req.resourceType()} ${req.url()} failed to load: ${req.failure()?.errorText ?? 'unknown error'}` });
  });
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (LOADED.includes(type) && res.status() >= 400) problems.push({ target: res.url(), html: '', summary: `the ${type} ${res.url()} answered HTTP ${res.status()}` });
  });
  return {
    // An error the page before throws after its last check and before the browser leaves it
    // (a few milliseconds) would count in the next run: reported, if not where it belongs.
    begin: () => {
      problems = [];
    },
    add: (node) => problems.push(node),
    end: () => {
      // A request that answered 4xx/5xx may also be reported as failed: keep the HTTP status only.
      const answered = new Set(problems.filter((p) => / answered HTTP /.test(p.summary)).map((p) => p.target));
      return problems.filter((p) => !(answered.has(p.target) && / failed to load: /.test(p.summary)));
    },
  };
};

/**
 * One run after its page.goto: wait until every custom element is defined and rendered (up to
 * `wait` ms), audit, then add the elements still undefined and the page errors of the run.
 */
const settleAndAudit = async (page, axeSource, watch, { scope, pageLevel, wait }) => {
  const { undefinedTags, failed } = await page.evaluate(settleInPage, wait);
  const violations = await auditPage(page, axeSource, { scope, pageLevel });
  if (undefinedTags.length) {
    violations.push(
      fromPortal(
        'portal-element-undefined',
        undefinedTags.map(({ tag, html }) => ({ target: tag, html, summary: `<${tag}> is still not defined after ${wait} ms: its module did not load, threw, or never defines it` })),
      ),
    );
  }
  const errors = watch.end();
  for (const { tag, html, message } of failed) {
    // The same error may have been reported as uncaught too, before the wait handled it.
    if (!(message && errors.some((p) => p.summary.includes(message)))) errors.push({ target: tag, html, summary: `<${tag}> did not finish rendering: its updateComplete rejected with ${message}` });
  }
  if (errors.length) violations.push(fromPortal('portal-page-error', errors));
  return violations;
};

const themesIn = () =>
  readdirSync(join(root, 'src/themes'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => f.slice(0, -4))
    .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));

export async function audit(opts) {
  const out = resolve(root, opts.out);
  const chromium = findChromium();
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const results = [];
  let server;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const watch = watchPageErrors(page);
    const wait = opts.wait ?? 10000;
    if (opts.url) {
      let url = opts.url;
      let shown = url;
      if (!/^https?:/.test(opts.url)) {
        // Never file://: Chromium blocks module scripts there, and the components would never load.
        // Serve the current folder (the repository root under npm run), so that relative URLs such
        // as ../dist/ work; a file outside it is served from its own folder.
        const cwd = process.cwd();
        const file = resolve(process.env.INIT_CWD ?? cwd, opts.url);
        if (!existsSync(file)) throw new Error(`${opts.url} does not exist`);
        const rel = relative(cwd, file);
        const inCwd = rel && !rel.startsWith('..') && !isAbsolute(rel);
        const served = await serve(inCwd ? cwd : dirname(file));
        server = served.server;
        url = `${served.origin}/${(inCwd ? rel : basename(file)).split(sep).map(encodeURIComponent).join('/')}`;
        shown = pathToFileURL(file).href;
        console.log(`audit: page 1 of 1 · ${shown} (served at ${url})`);
      } else {
        console.log(`audit: page 1 of 1 · ${url}`);
      }
      watch.begin();
      await page.goto(url, { waitUntil: 'load' });
      const violations = await settleAndAudit(page, axeSource, watch, { scope: 'html', pageLevel: true, wait });
      results.push({ kind: 'page', id: shown, title: shown, name: 'Page', component: shown, theme: '(page)', lang: await page.evaluate(() => document.documentElement.lang || '(none)'), violations });
      console.log(`  ${violations.length ? `✗ ${violations.length} rule(s) violated` : '✓ no violations'}`);
    } else {
      const dir = resolve(root, opts.storybook);
      ensureStorybook(dir, opts.build);
      const served = await serve(dir);
      server = served.server;
      const { origin } = served;
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
      const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!opts.stories || `${e.title} ${e.name} ${e.id}`.includes(opts.stories)));
      const themes = opts.themes ?? themesIn();
      const langs = opts.langs ?? ['vi', 'en'];
      const total = stories.length;
      let n = 0;
      for (const story of stories) {
        n++;
        for (const theme of themes) {
          for (const lang of langs) {
            const label = `story ${n} of ${total} · ${story.title} › ${story.name} · theme ${theme} · ${lang}`;
            watch.begin();
            await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme};locale:${lang}`, { waitUntil: 'load' });
            // The story rendered, or Storybook shows its error display (a render that threw, a missing story).
            await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0 || document.body.classList.contains('sb-show-errordisplay'), { timeout: 15000 });
            const failed = await page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? document.getElementById('error-message')?.textContent.trim() || 'no message' : null));
            if (failed !== null) watch.add({ target: '#storybook-root', html: '', summary: `Storybook could not render the story: ${failed}` });
            const shown = await page.evaluate(() => document.documentElement.lang);
            if (failed === null && shown !== lang) throw new Error(`${label}: the locale global did not apply (lang="${shown}")`);
            const violations = await settleAndAudit(page, axeSource, watch, { scope: '#storybook-root', pageLevel: false, wait });
            results.push({ kind: 'story', id: story.id, title: story.title, name: story.name, component: story.title, theme, lang, violations });
            console.log(`audit: ${label} … ${violations.length ? `✗ ${violations.length} rule(s) violated` : '✓'}`);
          }
        }
      }
    }
    const report = {
      date: new Date().toISOString(),
      tools: {
        'portal-elements': JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
        'axe-core': pkg('axe-core').version,
        'puppeteer-core': pkg('puppeteer-core').version,
        storybook: opts.url ? undefined : pkg('storybook').version,
        chromium: await browser.version(),
        node: process.version,
      },
      axeTags: AXE_TAGS,
      mode: opts.url ? 'page' : 'storybook',
      target: opts.url ?? opts.storybook,
      summary: summarize(results),
      results,
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, 'index.html'), renderHtml(report));
    return report;
  } finally {
    await browser.close();
    server?.close();
  }
}

const summarize = (results) => {
  const violations = results.reduce((s, r) => s + r.violations.length, 0);
  return { runs: results.length, failed: results.filter((r) => r.violations.length).length, violations };
};

// ---------------------------------------------------------------------------
// HTML report
// ---------------------------------------------------------------------------

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const slug = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();

export const renderHtml = (report) => {
  const { results } = report;
  const themes = [...new Set(results.map((r) => r.theme))];
  const langs = [...new Set(results.map((r) => r.lang))];
  const components = [...new Set(results.map((r) => r.component))];
  const cols = themes.flatMap((t) => langs.map((l) => [t, l]));
  // One id per run (story id + theme + language), unique even when slugs collide.
  const anchors = new Map();
  const used = new Set();
  for (const r of results) {
    const base = slug(`${r.id}-${r.theme}-${r.lang}`) || 'run';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    anchors.set(r, id);
  }
  const cell = (component, theme, lang) => {
    const runs = results.filter((r) => r.component === component && r.theme === theme && r.lang === lang);
    if (!runs.length) return '<td>—</td>';
    const bad = runs.filter((r) => r.violations.length);
    if (!bad.length) return `<td class="pass">✓ ${runs.length}</td>`;
    const links = bad.map((r) => `<a href="#${anchors.get(r)}">✗ ${r.violations.length}${runs.length > 1 ? ` ${esc(r.name)}` : ''}</a>`).join('<br>');
    return `<td class="fail">${links}</td>`;
  };
  const failing = results.filter((r) => r.violations.length);
  const details = failing
    .map(
      (r) => `
<section id="${anchors.get(r)}">
  <h3>${esc(r.title)} › ${esc(r.name)} <small>theme ${esc(r.theme)} · ${esc(r.lang)}</small></h3>
  ${r.violations
    .map(
      (v) => `
  <article class="rule">
    <h4><code>${esc(v.id)}</code> — ${esc(v.help)} <small>(${esc(v.source)}${v.impact ? `, ${esc(v.impact)}` : ''})</small></h4>
    <p><strong>WCAG:</strong> ${v.wcag.length ? v.wcag.map((sc) => `SC ${esc(sc)}`).join(', ') : esc(v.note ?? 'best practice')}${v.helpUrl ? ` · <a href="${esc(v.helpUrl)}">rule documentation</a>` : ''}</p>
    <p><strong>Fix:</strong> ${esc(v.fix)}</p>
    <ul>${v.nodes.map((n) => `<li><code>${esc(n.target)}</code>: ${esc(n.summary)}${n.html ? `<pre>${esc(n.html)}</pre>` : ''}</li>`).join('')}</ul>
  </article>`,
    )
    .join('')}
</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit — portal-elements ${esc(report.tools['portal-elements'])}</title>
<style>
  body { font: 1rem/1.6 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; margin: 2rem; color: #1b1d21; max-width: 80rem; }
  table { border-collapse: collapse; margin-block: 1rem; }
  th, td { border: 1px solid #6b7280; padding: 0.25rem 0.5rem; text-align: start; }
  td.pass { color: #14532d; } td.fail { color: #8b0000; font-weight: 700; }
  a { color: #0b4fa8; } a:focus-visible { outline: 3px solid #0b4fa8; outline-offset: 2px; }
  pre { white-space: pre-wrap; background: #f4f5f7; padding: 0.5rem; }
  .rule { border-inline-start: 4px solid #8b0000; padding-inline-start: 1rem; margin-block: 1rem; }
</style>
</head>
<body>
<main>
<h1>Accessibility audit: ${report.summary.violations ? `${report.summary.violations} violation(s)` : 'no violations'}</h1>
<p>${esc(report.mode === 'page' ? `Page: ${report.target}` : `Storybook: ${report.results.length} runs (stories × themes × languages)`)}.
Date: ${esc(report.date)}. axe-core tags: ${esc(report.axeTags.join(', '))}; plus every custom element defined, no script errors, the light-DOM text check and the focus-indicator check${report.mode === 'page' ? ', and the page rules (one main, one h1, a working skip link)' : ''}.</p>
<h2>Tools</h2>
<ul>${Object.entries(report.tools)
    .filter(([, v]) => v)
    .map(([k, v]) => `<li>${esc(k)} ${esc(v)}</li>`)
    .join('')}</ul>
<h2>Summary</h2>
<table>
  <caption>Violations per component, theme and language (✓ n: n runs passed; ✗ n: a run with n rules violated, linked to its details)</caption>
  <thead><tr><th scope="col">Component</th>${cols.map(([t, l]) => `<th scope="col">${esc(t)} · ${esc(l)}</th>`).join('')}</tr></thead>
  <tbody>${components.map((c) => `<tr><th scope="row">${esc(c)}</th>${cols.map(([t, l]) => cell(c, t, l)).join('')}</tr>`).join('')}</tbody>
</table>
<h2>Violations</h2>
${details || '<p>None.</p>'}
</main>
</body>
</html>
`;
};

// ---------------------------------------------------------------------------

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`audit: ${e.message}`);
    process.exit(2);
  }
  audit(opts).then(
    (report) => {
      const { runs, failed, violations } = report.summary;
      console.log(`\naudit: ${runs} run(s), ${failed} with violations, ${violations} violation(s) in all. Report: ${join(opts.out, 'index.html')} and report.json`);
      process.exit(violations ? 1 : 0);
    },
    (e) => {
      console.error(`audit: could not run: ${e.message}`);
      process.exit(2);
    },
  );
}

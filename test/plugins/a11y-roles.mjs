/**
 * Role and name as each engine's own accessibility code computes them, in Chromium, Firefox and WebKit:
 *
 *   await executeServerCommand('a11y-roles', { selector: 'portal-figure > button', expected: [{ role: 'button', name: 'Phóng to ảnh: …' }] });
 *
 * returns one { role, name } per element the selector matches in the document, in tree order. `host >>> inner` reaches
 * into the open shadow root of each `host` (puppeteer's deep combinator; over WebDriver, Get Element Shadow Root):
 *
 * - Chromium: the DevTools protocol's accessibility tree (puppeteer's snapshot rooted at the element);
 * - WebKit: WebDriver's Get Computed Role and Get Computed Label (WebKitWebDriver);
 * - Firefox: WebDriver BiDi has no command that reads a role or a name, but `browsingContext.locateNodes` with an
 *   accessibility locator ({ role, name }) finds the nodes whose computed role and accessible name are those
 *   (puppeteer's ElementHandle.queryAXTree). So in Firefox each element is checked against the expected entry at its
 *   index: the entry comes back as it is when Firefox finds the element by that role and name, else with what did not
 *   match marked (`name: 'not "…"'` when only the role matched, `role: 'not …'` when not even that).
 *
 * An expected entry without `name` checks the role alone (WebKit names a list item from its content, Chromium does not);
 * one without `role` checks the name alone (a colour input is a ColorWell in Chromium, a button elsewhere). Roles are
 * ARIA's (`image`, never `img`: Chromium's tree, Firefox's locator and, after norm(), WebKit all say `image`).
 *
 * An expected entry with `level` also gets the level back: Chromium's tree has it; WebDriver has no computed level,
 * so in WebKit and Firefox it is the level the DOM gives (aria-level, else the h1–h6 tag, else 2 for role=heading),
 * read only when the engine's own role for the element is `heading` (else the level is left out, and the role differs).
 *
 *   await executeServerCommand('a11y-find', { role: 'heading', candidates: 'h1, h2, h3, h4, h5, h6, [role]' });
 *
 * returns the elements this engine exposes with that role, as selectors (`:root > :nth-child(2) > …`, light DOM only;
 * an element in a shadow root comes back as `(in a shadow root) <tag>`, which matches nothing): Chromium and Firefox
 * search the whole document by role (CDP Accessibility.queryAXTree; BiDi accessibility locator); WebKit, which can
 * only compute the role of a given element, computes it for each element `candidates` matches, so `candidates` must
 * name every element HTML-AAM maps to the role, and `[role]`.
 */
const norm = (role) => (role === 'img' ? 'image' : role ?? '');

/** The heading level the DOM gives `el` (run in the page). */
const domLevel = (el) => Number(el.getAttribute('aria-level')) || Number(/^h([1-6])$/.exec(el.localName)?.[1] ?? 0) || (el.getAttribute('role') === 'heading' ? 2 : 0);

/** A selector for `el` from the root, by child index (run in the page). */
const pathOf = (el) => {
  if (el.getRootNode() !== document) return `(in a shadow root) ${el.localName}`;
  const steps = [];
  for (let e = el; e.parentElement; e = e.parentElement) steps.unshift(`:nth-child(${[...e.parentElement.children].indexOf(e) + 1})`);
  return [':root', ...steps].join(' > ');
};

/** The entry a11y-roles returns for an element: role, then name and level as `want` asks for them. */
const entry = (want, role, name, level) => ({
  ...(want?.role === undefined && want ? {} : { role }),
  ...(want && want.name === undefined ? {} : { name }),
  ...(want?.level !== undefined && level !== undefined ? { level } : {}),
});

/** a11y-find: the elements with `role`, as selectors, in the order the engine gives them (see above). */
const find = async (session, { role, candidates }) => {
  if (typeof role !== 'string' || typeof candidates !== 'string') throw new Error('a11y-find expects { role, candidates }');
  const launcher = session.browser;
  if (launcher.type === 'webdriver') {
    const driver = launcher.driver;
    const out = [];
    for (const ref of await driver.findElements('css selector', candidates)) {
      const id = ref['element-6066-11e4-a52e-4f735466cecf'] ?? ref.ELEMENT;
      if (norm(await driver.getElementComputedRole(id)) === role) out.push(await driver.executeScript(`return (${pathOf})(arguments[0])`, [ref]));
    }
    return out;
  }
  const page = launcher.getPage(session.id);
  // Chromium: CDP Accessibility.queryAXTree; Firefox: BiDi locateNodes with an accessibility locator (role 'image', never 'img').
  const handles = await page.$$(`::-p-aria([role="${role}"])`);
  try {
    return await Promise.all(handles.map((h) => h.evaluate(pathOf)));
  } finally {
    await Promise.all(handles.map((h) => h.dispose()));
  }
};

export function a11yRolesPlugin() {
  return {
    name: 'portal-a11y-roles',
    async executeCommand({ command, payload, session }) {
      if (command === 'a11y-find') return find(session, payload ?? {});
      if (command !== 'a11y-roles') return undefined;
      const { selector, expected = [] } = payload ?? {};
      if (typeof selector !== 'string') throw new Error('a11y-roles expects { selector, expected?: [{ role, name }] }');
      const launcher = session.browser;
      if (launcher.type === 'webdriver') {
        const driver = launcher.driver;
        const idOf = (ref) => ref['element-6066-11e4-a52e-4f735466cecf'] ?? ref.ELEMENT ?? ref['shadow-6066-11e4-a52e-4f735466cecf'];
        const [outer, ...inner] = selector.split('>>>').map((x) => x.trim());
        let found = await driver.findElements('css selector', outer);
        for (const part of inner) {
          const next = [];
          for (const ref of found) {
            const root = idOf(await driver.getElementShadowRoot(idOf(ref)));
            next.push(...(await driver.findElementsFromShadowRoot(root, 'css selector', part)));
          }
          found = next;
        }
        const out = [];
        for (const ref of found) {
          const id = idOf(ref);
          const want = expected[out.length];
          const role = norm(await driver.getElementComputedRole(id));
          const name = want && want.name === undefined ? undefined : await driver.getElementComputedLabel(id);
          const level = want?.level !== undefined && role === 'heading' ? await driver.executeScript(`return (${domLevel})(arguments[0])`, [ref]) : undefined;
          out.push(entry(want, role, name, level));
        }
        return out;
      }
      const page = launcher.getPage(session.id);
      const handles = await page.$$(selector);
      try {
        if (page.browser().protocol === 'cdp') {
          const out = [];
          for (const h of handles) {
            const node = await page.accessibility.snapshot({ root: h, interestingOnly: false });
            out.push(entry(expected[out.length], norm(node?.role), node?.name ?? '', node?.level));
          }
          return out;
        }
        // Firefox over BiDi: locate by role and name from the element's parent (its shadow host inside a shadow root),
        // and look for the element among the results.
        const among = async (h, name, role) => {
          const start = await h.evaluateHandle((el) => el.parentElement ?? el.getRootNode().host ?? document.documentElement);
          for await (const found of start.queryAXTree(name, role)) {
            const same = await page.evaluate((a, b) => a === b, found, h);
            await found.dispose();
            if (same) return (await start.dispose(), true);
          }
          await start.dispose();
          return false;
        };
        const out = [];
        for (const [i, h] of handles.entries()) {
          const want = expected[i];
          if (!want) {
            out.push({ role: '(no expected entry: Firefox can only check)', name: '' });
            continue;
          }
          const { role, name } = want;
          const level = async () => (want.level !== undefined && role === 'heading' ? { level: await h.evaluate(domLevel) } : {});
          if (name === undefined) out.push((await among(h, undefined, role)) ? { role, ...(await level()) } : { role: `not ${role}` });
          else if (await among(h, name, role)) out.push({ ...(role === undefined ? {} : { role }), name, ...(await level()) });
          else if (role === undefined) out.push({ name: `not "${name}"` });
          else if (await among(h, undefined, role)) out.push({ role, name: `not "${name}"` });
          else out.push({ role: `not ${role}`, name });
        }
        return out;
      } finally {
        await Promise.all(handles.map((h) => h.dispose()));
      }
    },
  };
}

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
 * An expected entry without `name` checks the role alone (WebKit names a list item from its content, Chromium does not).
 * Roles are ARIA's (`image`, never `img`). Levels are not here: WebDriver has no computed level; Chromium's tree
 * has it (test/plugins/a11y-tree.mjs).
 */
const norm = (role) => (role === 'img' ? 'image' : role ?? '');

export function a11yRolesPlugin() {
  return {
    name: 'portal-a11y-roles',
    async executeCommand({ command, payload, session }) {
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
          const role = norm(await driver.getElementComputedRole(id));
          out.push(expected[out.length] && expected[out.length].name === undefined ? { role } : { role, name: await driver.getElementComputedLabel(id) });
        }
        return out;
      }
      const page = launcher.getPage(session.id);
      const handles = await page.$$(selector);
      try {
        if (page.browser().cdpSupported) {
          const out = [];
          for (const h of handles) {
            const node = await page.accessibility.snapshot({ root: h, interestingOnly: false });
            const role = norm(node?.role);
            out.push(expected[out.length] && expected[out.length].name === undefined ? { role } : { role, name: node?.name ?? '' });
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
          const role = want.role === 'image' ? 'img' : want.role;
          if (want.name === undefined) out.push(await among(h, undefined, role) ? { ...want } : { role: `not ${want.role}` });
          else if (await among(h, want.name, role)) out.push({ ...want });
          else if (await among(h, undefined, role)) out.push({ role: want.role, name: `not "${want.name}"` });
          else out.push({ role: `not ${want.role}`, name: want.name });
        }
        return out;
      } finally {
        await Promise.all(handles.map((h) => h.dispose()));
      }
    },
  };
}

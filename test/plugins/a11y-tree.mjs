/**
 * A test-runner command for Chromium's whole accessibility tree:
 *
 *   await executeServerCommand('a11y-tree', { selector: '#list' });
 *
 * The built-in a11ySnapshot keeps only Puppeteer's "interesting" nodes, which
 * drops a heading that holds a link (a card title) and a list with its items;
 * this one passes interestingOnly: false, so role, name and level are there for
 * every node, generic wrappers included. `selector` picks the root (default:
 * the whole page).
 */
export function a11yTreePlugin() {
  return {
    name: 'portal-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
    },
  };
}

/**
 * A test-runner command for the whole accessibility tree:
 *
 *   await executeServerCommand('a11y-tree', { selector: 'portal-article' });
 *
 * The built-in a11ySnapshot keeps only the nodes Puppeteer finds "interesting"
 * (focusable, controls, landmarks, named leaves), so roles such as article,
 * figure, list or table never appear in it. This one asks for everything
 * (`interestingOnly: false`), from the element the selector finds, or from the
 * page.
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

/**
 * A test-runner command for the full accessibility tree under one element,
 * uninteresting nodes included:
 *
 *   await executeServerCommand('a11y-tree', { selector: 'figure' });
 *
 * `a11ySnapshot` from @web/test-runner-commands keeps only "interesting" nodes
 * (focusable, named leaves, landmarks), so a `figure`, a `group` or a `dialog`'s
 * structure never shows there. This returns puppeteer's snapshot with
 * `interestingOnly: false`, rooted at the first element matching `selector`
 * (null if none), with each node's role, name and description.
 */
export function a11yTreePlugin() {
  return {
    name: 'portal-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload?.selector ?? 'body');
      if (!root) return null;
      try {
        return await page.accessibility.snapshot({ root, interestingOnly: false });
      } finally {
        await root.dispose();
      }
    },
  };
}

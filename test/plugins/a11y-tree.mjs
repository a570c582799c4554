/**
 * A test-runner command for Chromium's whole accessibility tree:
 *
 *   await executeServerCommand('a11y-tree', { selector: '#list' });
 *   await executeServerCommand('a11y-tree', { selector: '#root', prune: true });
 *
 * The built-in a11ySnapshot keeps only Puppeteer's "interesting" nodes, which
 * drops a heading that holds a link (a card title), a list with its items, a
 * figure or an article; this one passes interestingOnly: false, so role, name,
 * description and level are there for every node, generic wrappers included.
 * `selector` picks the root (default: the whole page).
 *
 * With `prune: true` it returns what a screen reader works with, as an array:
 * nodes without a role of their own (generic, none) and ignored nodes are
 * replaced by their children, inline text boxes go, and each node keeps only
 * { role, name, level?, children? }.
 */
const SKIP = new Set(['generic', 'none', 'InlineTextBox']);

const prune = (node) => {
  const children = (node.children ?? []).flatMap(prune);
  if (SKIP.has(node.role) || node.ignored) return children;
  const out = { role: node.role, name: node.name ?? '' };
  if (node.level !== undefined) out.level = node.level;
  if (children.length) out.children = children;
  return [out];
};

export function a11yTreePlugin() {
  return {
    name: 'portal-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
      try {
        const snapshot = await page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
        return payload?.prune ? (snapshot ? prune(snapshot) : []) : snapshot;
      } finally {
        await root?.dispose();
      }
    },
  };
}

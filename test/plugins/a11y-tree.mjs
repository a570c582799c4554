/**
 * A test-runner command that returns Chromium's full accessibility tree under
 * an element, pruned to what a screen reader works with:
 *
 *   const tree = await executeServerCommand('a11y-tree', { selector: '#root' });
 *
 * `a11ySnapshot()` from @web/test-runner-commands keeps only puppeteer's
 * "interesting" nodes, which leaves out containers such as lists and list
 * items; this keeps them. Each node is { role, name, level?, children? }.
 * Nodes without a role of their own (generic, none) are replaced by their
 * children; inline text boxes go.
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
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      if (payload?.selector && !root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
      const snapshot = await page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
      return snapshot ? prune(snapshot) : [];
    },
  };
}

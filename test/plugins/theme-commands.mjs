/**
 * Test-runner commands for the theme tests (test/themes.test.ts,
 * test/forced-colors.test.ts, test/typography.test.ts):
 *
 *   executeServerCommand('portal-themes')                 { names, pairs, componentDefaults } from src/themes and src/components
 *   executeServerCommand('portal-screenshot', clip)       a PNG (base64) of a page region, { x, y, width, height } in CSS px
 *                                                         (WebKit over WebDriver: of the whole viewport; the caller crops)
 *   executeServerCommand('portal-platform-fonts', sel)    the fonts Chromium really used for the text of the first match of a selector
 *
 * Called by mediaFeaturesPlugin (./media-features.mjs) for any command that is
 * not its own, so web-test-runner.config.mjs needs no change. Returns undefined
 * for other commands.
 */
import { register } from 'node:module';

// The repository module is TypeScript (src/theme-builder/node/repo.ts): let Node read it first.
register('../../scripts/ts-hooks.mjs', import.meta.url);
const { componentDefaults, pairs, themeNames } = await import('../../src/theme-builder/node/repo.ts');

const sessions = new WeakMap();

/** One CDP session per page, with the DOM and CSS domains enabled (for platform fonts). */
const cdp = async (page) => {
  if (!sessions.has(page)) {
    const session = await page.createCDPSession();
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    sessions.set(page, session);
  }
  return sessions.get(page);
};

export async function themeCommand({ command, payload, session }) {
  if (command === 'portal-themes') return { names: themeNames(), pairs: pairs(), componentDefaults: componentDefaults() };
  if (command !== 'portal-screenshot' && command !== 'portal-platform-fonts') return undefined;
  if (command === 'portal-screenshot' && session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
  const page = session.browser.getPage(session.id);
  if (command === 'portal-screenshot') {
    const { x, y, width, height } = payload ?? {};
    if (![x, y, width, height].every(Number.isFinite)) throw new Error('portal-screenshot expects { x, y, width, height }');
    return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: false });
  }
  if (typeof payload !== 'string') throw new Error('portal-platform-fonts expects a CSS selector');
  const client = await cdp(page);
  const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload });
  if (!nodeId) throw new Error(`portal-platform-fonts: nothing matches ${payload}`);
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

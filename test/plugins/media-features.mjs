/**
 * A test-runner command that emulates CSS media features the built-in
 * emulateMedia command does not cover, such as forced-colors:
 *
 *   await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
 *
 * Pass [] to reset. Chromium repaints the page as in Windows High Contrast mode.
 *
 * Any other command goes to the theme tests' commands (./theme-commands.mjs).
 */
import { themeCommand } from './theme-commands.mjs';

export function mediaFeaturesPlugin() {
  // Emulation lasts as long as the CDP session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'portal-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return themeCommand({ command, payload, session });
      if (!Array.isArray(payload)) throw new Error('media-features expects an array of { name, value }');
      // Straight to CDP: puppeteer's emulateMediaFeatures() refuses forced-colors.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

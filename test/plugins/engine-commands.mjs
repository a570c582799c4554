/**
 * The built-in commands of @web/test-runner-commands that WebKit (WebDriver) lacks, given to it by wrapping the
 * built-in plugins (they come first in the plugin list, so a plugin of ours could not answer before them):
 *
 *   set-viewport  WebDriver Set Window Rect, sized so that the page's innerWidth x innerHeight is what was asked
 *                 (the MiniBrowser window has a toolbar; measured, then corrected once).
 *
 * Chromium and Firefox keep the built-in implementation.
 */
const viewportForWebDriver = async (driver, { width, height }) => {
  for (let i = 0; i < 3; i++) {
    const [iw, ih, ow, oh] = await driver.executeScript('return [innerWidth, innerHeight, outerWidth, outerHeight]', []);
    if (iw === width && ih === height) return true;
    await driver.setWindowRect(0, 0, width + (ow - iw), height + (oh - ih));
  }
  const [iw, ih] = await driver.executeScript('return [innerWidth, innerHeight]', []);
  if (iw !== width || ih !== height) throw new Error(`set-viewport: WebKit's viewport is ${iw}x${ih}, not ${width}x${height}`);
  return true;
};

export function engineCommandsPlugin() {
  return {
    name: 'portal-engine-commands',
    serverStart({ config }) {
      const setViewport = config.plugins.find((p) => p.name === 'set-viewport-command');
      if (setViewport) {
        const original = setViewport.executeCommand.bind(setViewport);
        setViewport.executeCommand = (args) =>
          args.command === 'set-viewport' && args.session.browser.type === 'webdriver' ? viewportForWebDriver(args.session.browser.driver, args.payload) : original(args);
      }
    },
  };
}

/**
 * The built-in commands of @web/test-runner-commands that WebKit (WebDriver) lacks, given to it by wrapping the
 * built-in plugins (they come first in the plugin list, so a plugin of ours could not answer before them):
 *
 *   set-viewport  WebDriver Set Window Rect, sized so that the page's innerWidth x innerHeight is what was asked
 *                 (the MiniBrowser window has a toolbar; measured, then corrected once).
 *   send-keys     `down` and `up` (a key held across commands: Shift for Shift+Tab), which the built-in plugin
 *                 refuses for WebDriver: WebDriver key actions that are not released, so the key stays down for the
 *                 next `press` until its `up`. `press` and `type` keep the built-in implementation.
 *
 * Chromium and Firefox keep the built-in implementation.
 */
/** The keys the tests hold down, as WebDriver's code points (WebDriver's "keyboard actions" table). */
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D' };
const webDriverKey = (name) => {
  if (!(name in WEBDRIVER_KEYS)) throw new Error(`send-keys: holding ${name} down is not mapped for WebDriver (test/plugins/engine-commands.mjs)`);
  return WEBDRIVER_KEYS[name];
};

const holdForWebDriver = async (driver, payload) => {
  const action = driver.action('key');
  if ('down' in payload) action.down(webDriverKey(payload.down));
  else action.up(webDriverKey(payload.up));
  // perform(true): no release of the keys afterwards, so a key pressed down stays down until its own `up`.
  await action.perform(true);
  return true;
};
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
      const sendKeys = config.plugins.find((p) => p.name === 'send-keys-command');
      if (sendKeys) {
        const original = sendKeys.executeCommand.bind(sendKeys);
        sendKeys.executeCommand = (args) =>
          args.command === 'send-keys' && args.session.browser.type === 'webdriver' && args.payload && ('down' in args.payload || 'up' in args.payload)
            ? holdForWebDriver(args.session.browser.driver, args.payload)
            : original(args);
      }
    },
  };
}

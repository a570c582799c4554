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
  // After the `up`, Release Actions empties the session's input state. Without it WebKitWebDriver kept the
  // released key's input source, and a later test file that ran to its end never reported its results (the
  // runner's 120 s limit: skip-ribbon.test.ts and theme-studio.test.ts after page.test.ts's Shift+Tab).
  if ('up' in payload) await driver.releaseActions();
  return true;
};
/** Per WebDriver session, the window's size beyond the viewport (MiniBrowser's toolbar and frame), as last read whole. */
const chrome = new WeakMap();
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Sizes the window so that the page's viewport is `width` x `height`. The toolbar's size is read as outer minus inner
 * size; while the window is still being resized (the last test's size not yet reached) or not yet mapped, WebKitGTK
 * can report an outerWidth or outerHeight of 0 or one below the viewport's, which once asked WebDriver for a negative
 * width ("Invalid width value"). Such a reading is not used: the last whole one is (none before the first: 0), and
 * each new size is waited for until the page sees it.
 */
const viewportForWebDriver = async (driver, { width, height }) => {
  const read = () => driver.executeScript('return [innerWidth, innerHeight, outerWidth, outerHeight]', []);
  for (let i = 0; i < 4; i++) {
    const [iw, ih, ow, oh] = await read();
    if (iw === width && ih === height) return true;
    if (ow >= iw && oh >= ih) chrome.set(driver, [ow - iw, oh - ih]);
    const [dw, dh] = chrome.get(driver) ?? [0, 0];
    const rect = [Math.round(width + dw), Math.round(height + dh)];
    try {
      await driver.setWindowRect(0, 0, ...rect);
    } catch (e) {
      throw new Error(`set-viewport ${width}x${height}: window ${rect.join('x')} (inner ${iw}x${ih}, outer ${ow}x${oh}): ${e.message}`);
    }
    // Until the page sees the new size (or a second has gone by).
    for (let t = 0; t < 40; t++) {
      const [w, h] = await read();
      if (w === width && h === height) return true;
      if (w !== iw || h !== ih) break;
      await pause(25);
    }
  }
  const [iw, ih] = await read();
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

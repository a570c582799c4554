/**
 * Firefox over WebDriver BiDi: keys that have landed before the test reads the page.
 *
 * puppeteer's keyboard.press() resolves when Firefox has accepted the input actions, not when the page has handled
 * them: a test that reads document.activeElement or :focus-visible right after `sendKeys({ press: 'Tab' })` saw focus
 * moved but :focus-visible not yet set, or the previous Tab's state. Chromium (CDP) and WebKit (WebDriver) resolve
 * after the page has handled the key. So for Firefox each key press, down and up also waits, in the page, for the
 * key's keyup (keydown for down), which the page receives after the keydown's default action (the focus move); or for
 * the window's blur, when the key took focus out of the page (Tab past the last stop moves it to the browser's own
 * toolbar). Focus that left the page is brought back (see landed()); without this, Firefox's document kept no focus:
 * keys still reached it but focus moves were not :focus-visible, and Tab sometimes went on through the toolbar.
 *
 * No clock: it waits for the events the key causes.
 *
 * Key names: puppeteer's BiDi keyboard knows WebDriver's named keys and single characters, not the US layout's key
 * codes its CDP keyboard also takes; `sendKeys({ press: 'Space' })` threw "Unknown key" in Firefox. So a code whose key
 * is one character is sent as that character (Space as ' '), and the same test presses Space in every engine
 * (WebKit's WebDriver keys take 'Space' too).
 */
const KEY_OF_CODE = { Space: ' ' };
const bidiKey = (key) => KEY_OF_CODE[key] ?? key;
const patched = new WeakSet();

const arm = (page, type, count) =>
  page.evaluate(
    (type, count) => {
      window.__portalKeysDone = new Promise((resolve) => {
        let left = count;
        const done = () => {
          removeEventListener(type, onKey, true);
          removeEventListener('blur', done);
          resolve(undefined);
        };
        const onKey = () => {
          if (--left <= 0) done();
        };
        addEventListener(type, onKey, true);
        addEventListener('blur', done);
      });
    },
    type,
    count,
  );

/**
 * Waits for the key to land; if it took focus out of the page, Tabs on through the browser's toolbar until focus is
 * back in the document (browsingContext.activate does not bring it back), then blurs what that Tab focused there, so
 * the page is as Chromium leaves it after Tab past the last stop: the document has focus, nothing in it is focused.
 */
const landed = async (page, press) => {
  await page.evaluate(() => window.__portalKeysDone);
  if (await page.evaluate(() => document.hasFocus())) return;
  for (let i = 0; i < 10; i++) {
    await arm(page, 'keyup', 1);
    await press('Tab');
    await page.evaluate(() => window.__portalKeysDone);
    if (await page.evaluate(() => document.hasFocus())) {
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        el?.blur();
      });
      return;
    }
  }
  throw new Error('Firefox: focus left the page with Tab and did not come back');
};

const patchKeyboard = (page) => {
  if (patched.has(page)) return page;
  patched.add(page);
  const keyboard = page.keyboard;
  const { press, down, up } = keyboard;
  const rawPress = (key) => press.call(keyboard, key);
  keyboard.press = async (key, options) => {
    await arm(page, 'keyup', 1);
    await press.call(keyboard, bidiKey(key), options);
    await landed(page, rawPress);
  };
  keyboard.down = async (key, options) => {
    await arm(page, 'keydown', 1);
    await down.call(keyboard, bidiKey(key), options);
    await landed(page, rawPress);
  };
  keyboard.up = async (key) => {
    await arm(page, 'keyup', 1);
    await up.call(keyboard, bidiKey(key));
    await landed(page, rawPress);
  };
  return page;
};

/** The Firefox launcher, with pages whose keyboard waits for the page (see above). */
export function firefoxKeysLand(launcher) {
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (id) => patchKeyboard(getPage(id));
  return launcher;
}

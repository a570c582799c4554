// The three engines of the browser tests, all from Debian packages (nothing downloads a browser):
//   chromium  Debian's chromium, driven over the DevTools protocol (scripts/chromium.mjs finds it)
//   firefox   Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser, driven by WebKitWebDriver (webkit2gtk-driver) over WebDriver; needs an X display
// PORTAL_BROWSERS=firefox,webkit picks some (default: all three, in that order).
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines PORTAL_BROWSERS asks for (comma-separated), in ENGINES order; one clear line and exit 1 on a typo. */
export function selectedEngines(value = process.env.PORTAL_BROWSERS) {
  if (!value) return [...ENGINES];
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    console.error(`PORTAL_BROWSERS=${value}: unknown engine ${unknown.join(', ')}; use a comma-separated subset of ${ENGINES.join(',')}.`);
    process.exit(1);
  }
  return ENGINES.filter((e) => asked.includes(e));
}

const onPath = (name) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
};

const fromEnvOrPaths = (envName, paths, names, hint) => {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`${envName}=${fromEnv} does not exist. ${hint}`);
    process.exit(1);
  }
  for (const p of paths) if (existsSync(p)) return p;
  for (const n of names) {
    const found = onPath(n);
    if (found) return found;
  }
  console.error(`No ${names[0]} found (${envName}, ${[...paths, ...names].join(', ')}). ${hint}`);
  process.exit(1);
};

export const FIREFOX_HINT = 'Install it: apt-get install -y firefox-esr (Debian), or set FIREFOX_BIN to a Firefox binary (or PORTAL_BROWSERS=chromium,webkit to leave Firefox out).';
export const WEBKIT_HINT = 'Install it: apt-get install -y webkit2gtk-driver xvfb (Debian), or set WEBKIT_WEBDRIVER_BIN and WEBKIT_MINIBROWSER_BIN (or PORTAL_BROWSERS=chromium,firefox to leave WebKit out).';

/** FIREFOX_BIN, then /usr/bin/firefox-esr, /usr/bin/firefox, firefox-esr or firefox on PATH. */
export const findFirefox = () => fromEnvOrPaths('FIREFOX_BIN', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], ['firefox-esr', 'firefox'], FIREFOX_HINT);

/** WEBKIT_WEBDRIVER_BIN, then /usr/bin/WebKitWebDriver. */
export const findWebKitWebDriver = () => fromEnvOrPaths('WEBKIT_WEBDRIVER_BIN', ['/usr/bin/WebKitWebDriver'], ['WebKitWebDriver'], WEBKIT_HINT);

/** WEBKIT_MINIBROWSER_BIN, then WebKitGTK's MiniBrowser under /usr/lib/<triplet>/webkit2gtk-4.1 or webkitgtk-6.0. */
export function findMiniBrowser() {
  const candidates = [];
  for (const triplet of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) candidates.push(`/usr/lib/${triplet}/${api}/MiniBrowser`);
  }
  return fromEnvOrPaths('WEBKIT_MINIBROWSER_BIN', candidates.filter(existsSync), ['MiniBrowser'], WEBKIT_HINT);
}

/** The X display WebKitGTK needs: one clear line and exit 1 without one. */
export function requireDisplay() {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  console.error('WebKit needs an X display and DISPLAY is not set: run the tests through `npm test` / `npm run test:browser` (scripts/test-browsers.mjs starts Xvfb; apt-get install -y xvfb), or start one yourself (Xvfb :99 & export DISPLAY=:99).');
  process.exit(1);
}

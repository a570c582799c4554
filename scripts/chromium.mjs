// Finds Debian's Chromium (or another Chrome) for the tests and the audit. Nothing downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT = 'Install it: apt-get install -y chromium (Debian), or set CHROME_PATH to a Chromium/Chrome binary.';

/** CHROME_PATH, then /usr/bin/chromium, chromium-browser, google-chrome; one clear line and exit 1 if none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  console.error(`No Chromium found (CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome). ${INSTALL_HINT}`);
  process.exit(1);
}

/** Flags for a headless Chromium run as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=vi-VN',
  // Pages run side by side: keep timers and animation frames running in all of them.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

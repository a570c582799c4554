/// <reference types="node" />
/**
 * Finds Debian's Chromium (or another Chrome) for the audit and for the repository's tests
 * (scripts/chromium.mjs re-exports this). Nothing downloads a browser.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT = 'Install it: apt-get install -y chromium (Debian), or set CHROME_PATH to a Chromium/Chrome binary.';

/**
 * The oldest Chromium the tests are written against. Chromium 150 (Debian bookworm's main archive, without
 * bookworm-security) does not expose a slotted `role="listitem"` inside a shadow `role="list"`: the items of
 * <portal-article-list> come out as plain groups and its accessibility-tree tests fail. 156 exposes them.
 */
export const MIN_CHROMIUM = 156;

/** CHROME_PATH, then /usr/bin/chromium, chromium-browser, google-chrome; one clear line and exit 1 if none. */
export function findChromium(): string {
  const found = locate();
  warnIfOld(found);
  return found;
}

function locate(): string {
  const fromEnv = process.env['CHROME_PATH'];
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

/** The major version `<binary> --version` prints ("Chromium 156.0.8078.114 built on Debian…"), or undefined. */
export function chromiumMajor(binary: string): number | undefined {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10000 });
    const major = /(\d+)\.\d+\.\d+/.exec(out)?.[1];
    return major ? Number(major) : undefined;
  } catch {
    return undefined;
  }
}

/** One line on stderr when the browser is older than MIN_CHROMIUM: the tests that then fail are the browser's, not ours. */
function warnIfOld(binary: string): void {
  const major = chromiumMajor(binary);
  if (major !== undefined && major < MIN_CHROMIUM) {
    console.error(
      `warning: ${binary} is Chromium ${major}, older than ${MIN_CHROMIUM}, which the tests are written against (older ones drop the list items of <portal-article-list> from the accessibility tree). Upgrade it: apt-get update && apt-get install -y chromium.`,
    );
  }
}

/** Flags for a headless Chromium run as root on a machine with no network. */
export const CHROMIUM_ARGS: readonly string[] = [
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

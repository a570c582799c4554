/**
 * The server side of test/dropin/csp.test.ts.
 *
 * cspMiddleware: /examples/sample-article.html?csp is served as the file on
 * disk with the header `Content-Security-Policy: <POLICY>` (./csp-policy.mjs),
 * and with one external script first in <head>, ./csp-record.js, which records
 * the page's securitypolicyviolation events from the start. Nothing else is
 * changed; without ?csp the page is served as usual (the axe test injects axe,
 * which is no part of the page).
 *
 * cspConsolePlugin: the command `csp-console` reads the browser's own console
 * over the DevTools protocol, where Chromium reports CSP and Trusted Types
 * violations and uncaught errors, for every frame of the test page:
 *
 *   await executeServerCommand('csp-console', 'start');         // from now on, record
 *   await executeServerCommand('csp-console', 'read');          // what was recorded, as strings
 *   await executeServerCommand('csp-console', { atLeast: 2 });  // the same, once there are 2
 *
 * (DevTools messages come on their own channel, a moment after the page went on:
 * a test that causes a message on purpose waits for it with `atLeast`.)
 *
 * Left out: Chromium's "[Violation] 'x' handler took N ms" timing notes (source
 * `violation`, level `verbose`), which say how busy the machine is, nothing about the page.
 */
import { readFile } from 'node:fs/promises';
import { POLICY } from './csp-policy.mjs';

export const CSP_PAGE = '/examples/sample-article.html';
const RECORDER = '<script src="/test/dropin/csp-record.js"></script>';

export const cspMiddleware = async (ctx, next) => {
  if (ctx.path !== CSP_PAGE || ctx.querystring !== 'csp') return next();
  const html = await readFile(new URL(`../..${CSP_PAGE}`, import.meta.url), 'utf8');
  if (!html.includes('<head>')) throw new Error(`${CSP_PAGE} has no <head> for the violation recorder`);
  ctx.set('Content-Security-Policy', POLICY);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = html.replace('<head>', `<head>\n    ${RECORDER}`);
};

export function cspConsolePlugin() {
  const logs = new WeakMap();
  return {
    name: 'portal-csp-console',
    async executeCommand({ command, payload, session }) {
      if (command !== 'csp-console') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload === 'start') {
        const messages = [];
        const waiting = [];
        const add = (message) => {
          messages.push(message);
          for (const w of waiting.splice(0)) if (messages.length >= w.atLeast) w.resolve(messages);
          else waiting.push(w);
        };
        const cdp = await page.createCDPSession();
        cdp.on('Log.entryAdded', ({ entry }) => {
          if (entry.source !== 'violation' || entry.level !== 'verbose') add(`${entry.level} (${entry.source}): ${entry.text} ${entry.url ?? ''}`.trim());
        });
        cdp.on('Runtime.consoleAPICalled', ({ type, args }) => add(`console.${type}: ${args.map((a) => a.value ?? a.description ?? a.type).join(' ')}`));
        cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => add(`uncaught: ${d.exception?.description ?? d.text}`));
        await cdp.send('Log.enable');
        await cdp.send('Runtime.enable');
        // Both domains first replay what the page logged before: only what comes from now on counts.
        messages.length = 0;
        await logs.get(page)?.cdp.detach();
        logs.set(page, { cdp, messages, waiting });
        return true;
      }
      const log = logs.get(page);
      if (!log) throw new Error("csp-console: call executeServerCommand('csp-console', 'start') first");
      if (payload === 'read') return log.messages;
      const atLeast = payload?.atLeast;
      if (!Number.isInteger(atLeast)) throw new Error(`csp-console expects 'start', 'read' or { atLeast: n }, not ${JSON.stringify(payload)}`);
      if (log.messages.length >= atLeast) return log.messages;
      return new Promise((resolve) => log.waiting.push({ atLeast, resolve }));
    },
  };
}

/**
 * The Content-Security-Policy the drop-in page must run under with no violation
 * (test/dropin/csp.test.ts), sent as a real response header by ./csp-server.mjs.
 * It is the recipe in README "Security": only files from the page's own origin,
 * no inline script or style, no eval, and Trusted Types for every DOM sink that
 * takes markup or script, with Lit's own policy (`lit-html`) the only one allowed.
 * Never loosen it to make the test pass: change the component.
 */
export const POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

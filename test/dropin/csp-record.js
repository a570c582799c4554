/*
 * The first script of the drop-in page when test/dropin/csp.test.ts loads it
 * (./csp-server.mjs puts it first in <head>, before the theme and the bundle):
 * records every Content-Security-Policy and Trusted Types violation from the
 * very start, for the test to read as window.cspViolations. A file, not an
 * inline script: the policy would refuse that.
 */
window.cspViolations = [];
window.addEventListener(
  'securitypolicyviolation',
  (e) => window.cspViolations.push(`${e.effectiveDirective}: ${e.blockedURI || '(no URI)'} ${e.sample} at ${e.sourceFile || '?'}:${e.lineNumber}`),
  true,
);

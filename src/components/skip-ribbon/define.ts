import { PortalSkipRibbon } from './skip-ribbon.js';

export { PortalSkipRibbon };

PortalSkipRibbon.define('portal-skip-ribbon');

declare global {
  interface HTMLElementTagNameMap {
    'portal-skip-ribbon': PortalSkipRibbon;
  }
}

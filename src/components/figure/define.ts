import { PortalFigure } from './figure.js';

export { PortalFigure };

PortalFigure.define('portal-figure');

declare global {
  interface HTMLElementTagNameMap {
    'portal-figure': PortalFigure;
  }
}

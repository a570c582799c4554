import { PortalArticle } from './article.js';

export { PortalArticle };

PortalArticle.define('portal-article');

declare global {
  interface HTMLElementTagNameMap {
    'portal-article': PortalArticle;
  }
}

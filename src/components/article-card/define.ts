import { PortalArticleCard } from './article-card.js';

export { PortalArticleCard };

PortalArticleCard.define('portal-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'portal-article-card': PortalArticleCard;
  }
}

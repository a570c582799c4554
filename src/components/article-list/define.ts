import { PortalArticleList } from './article-list.js';

export { PortalArticleList };

PortalArticleList.define('portal-article-list');

declare global {
  interface HTMLElementTagNameMap {
    'portal-article-list': PortalArticleList;
  }
}

/** Classes, helpers and types. Importing this module registers no tag. */
export { PortalElement, type PortalEventMap } from './internal/portal-element.js';
export { setStrings, type PortalStrings } from './internal/i18n.js';
export { setTimeZone, getTimeZone, formatDate, parseDate, type DatePattern, type DateParts } from './internal/date.js';
export { safeUrl } from './internal/url.js';
export { VERSION } from './internal/version.js';
export { PortalSkipRibbon } from './components/skip-ribbon/skip-ribbon.js';
export { PortalArticleCard, type ArticleCardVariant } from './components/article-card/article-card.js';
export { PortalArticleList } from './components/article-list/article-list.js';
export { PortalFigure, type FigureVariant } from './components/figure/figure.js';
export { PortalAttendanceList, type Attendee, type AttendancePerson, type AttendanceBody } from './components/attendance-list/attendance-list.js';
export { PortalArticle } from './components/article/article.js';

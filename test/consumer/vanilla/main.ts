// One component, imported by its own entry: the bundle must not contain the others.
import 'portal-elements/article-card.js';
import type { ArticleCardVariant } from 'portal-elements';

const variant: ArticleCardVariant = 'horizontal';
const card = document.createElement('portal-article-card');
card.variant = variant;
card.dateFormat = 'long';
// An empty <time datetime>: the card writes its text, with code it loads on first use.
card.innerHTML = '<h3><a href="/tin-123">Hội nghị giao ban công tác tháng 3</a></h3><time datetime="2018-03-13"></time><p>Chiều 13/3, tại huyện Duy Tiên.</p>';
document.querySelector('main')!.append(card);

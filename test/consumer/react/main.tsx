// React 19 with the JSX types of portal-elements (tsconfig "types": ["portal-elements/jsx"]).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'portal-elements/article-card.js';

function News() {
  return (
    <portal-article-card variant="horizontal" dateFormat="long">
      <h3>
        <a href="/tin-123">Hội nghị giao ban công tác tháng 3</a>
      </h3>
      <time dateTime="2018-03-13"></time>
      <p>Chiều 13/3, tại huyện Duy Tiên.</p>
    </portal-article-card>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <News />
  </StrictMode>,
);

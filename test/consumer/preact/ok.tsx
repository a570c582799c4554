// Preact with the JSX types of portal-elements (tsconfig "types": ["portal-elements/jsx"]).
export const ok = (
  <portal-article-card variant="compact" dateFormat="numeric">
    <h3>
      <a href="/tin-123">Hội nghị giao ban</a>
    </h3>
  </portal-article-card>
);
export const figure = <portal-figure variant="inset" zoomable />;

// tsc must fail on every line marked ✗ with that error code, and on no other line.
export const wrong = (
  <>
    <portal-article-card variant="diagonal" /> {/* ✗ TS2322 not one of the variants */}
    <portal-figure zoomable="yes" /> {/* ✗ TS2322 a boolean */}
  </>
);

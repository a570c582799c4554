// tsc must fail on every line marked ✗ with that error code, and on no other line.
export const wrong = (
  <>
    <portal-article-card variant="diagonal" /> {/* ✗ TS2322 not one of the variants */}
    <portal-article-card dateFormat={13} /> {/* ✗ TS2322 not a date pattern */}
    <portal-article-card colour="red" /> {/* ✗ TS2322 no such attribute */}
    <portal-figure zoomable="yes" /> {/* ✗ TS2322 a boolean */}
  </>
);

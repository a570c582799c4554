/**
 * The fonts the browser tests measure come from npm (`@fontsource/*`), never
 * from the machine: a test whose verdict changed with the fonts installed
 * (Debian's fonts-noto-core, say) would prove nothing. helpers.ts imports this
 * module, so every test page loads test/fonts/pinned.css (the packages' own
 * @font-face rules) and waits, before any test runs, until the Latin and
 * Vietnamese faces of every pinned family and weight have loaded. A face that
 * does not load (a package missing from node_modules) fails the test file.
 */

export interface FontCase {
  /** What the test names: the family, or "system sans-serif". */
  name: string;
  /** The CSS font-family value. */
  css: string;
  generic: 'sans-serif' | 'serif';
  /** From npm (a web font that must be the one drawn), or the machine's own fallback. */
  pinned: boolean;
}

/** Families with full Vietnamese coverage, each from its @fontsource package. */
export const PINNED: readonly FontCase[] = [
  { name: 'Noto Sans', css: "'Noto Sans'", generic: 'sans-serif', pinned: true },
  { name: 'Noto Serif', css: "'Noto Serif'", generic: 'serif', pinned: true },
  { name: 'Be Vietnam Pro', css: "'Be Vietnam Pro'", generic: 'sans-serif', pinned: true },
  { name: 'Roboto', css: 'Roboto', generic: 'sans-serif', pinned: true },
];

/** A theme stack without the pinned families: what it gives a machine that has none of the npm fonts. */
export const withoutPinned = (stack: string): string =>
  stack
    .split(',')
    .map((f) => f.trim())
    .filter((f) => !PINNED.some((p) => p.name === f.replace(/^["']|["']$/g, '')))
    .join(', ');

const defaultTheme = await (await fetch('/src/themes/default.css')).text();
const stackOf = (token: string): string => {
  const value = new RegExp(`${token}:\\s*([^;]+);`).exec(defaultTheme)?.[1];
  if (!value) throw new Error(`${token} not found in src/themes/default.css`);
  return withoutPinned(value.trim());
};

/**
 * The typography matrix: every pinned font, and the system fallback: the
 * default theme's stacks without the pinned families ('Segoe UI', 'DejaVu
 * Sans', Arial, sans-serif and 'DejaVu Serif', 'Times New Roman', serif), as
 * this machine answers them (DejaVu on Debian, with or without Noto). It is
 * the one case that measures a font of the machine.
 */
export const FONT_CASES: readonly FontCase[] = [
  ...PINNED,
  { name: 'system fallback (sans)', css: stackOf('--portal-font-family'), generic: 'sans-serif', pinned: false },
  { name: 'system fallback (serif)', css: stackOf('--portal-font-family-serif'), generic: 'serif', pinned: false },
];

export const WEIGHTS = [400, 600, 700] as const;

/** One letter of each subset a Vietnamese or English page uses: latin, latin-ext (ĕ), vietnamese (Ủ, ₫); and the symbols pinned.css adds to each family (✓). */
const SUBSETS = 'Aa ĕ Ủ ₫ ✓';

const loadSheet = async (): Promise<void> => {
  if (document.getElementById('portal-test-fonts')) return;
  const link = Object.assign(document.createElement('link'), { id: 'portal-test-fonts', rel: 'stylesheet', href: '/test/fonts/pinned.css' });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('test/fonts/pinned.css did not load'));
  });
  document.head.prepend(link);
  await loaded;
};

// The stylesheets and font files add some fifty Resource Timing entries; a test that reads them (the figure's lazy loading) needs room for its own after them, beyond the default 250.
performance.setResourceTimingBufferSize(1000);
await loadSheet();
const missing: string[] = [];
await Promise.all(
  PINNED.flatMap(({ name, css }) =>
    WEIGHTS.map(async (weight) => {
      const faces = await document.fonts.load(`${weight} 16px ${css}`, SUBSETS);
      // latin, latin-ext, vietnamese and the symbols: four faces at least, each loaded from node_modules.
      if (faces.length < 4 || faces.some((f) => f.status !== 'loaded') || !document.fonts.check(`${weight} 16px ${css}`, SUBSETS)) missing.push(`${name} ${weight}`);
    }),
  ),
);
if (missing.length) throw new Error(`the pinned fonts did not load from node_modules/@fontsource: ${missing.join(', ')}. Fix: npm install`);
// A page without a theme is set in the pinned Noto Sans, never in the machine's default font (pinned.css's html rule,
// which a rewrite of that file once dropped while every test still passed on this machine).
const pageFont = getComputedStyle(document.documentElement).fontFamily;
if (!/^["']?Noto Sans["']?$/.test(pageFont)) throw new Error(`a test page without a theme is set in ${pageFont}, not the pinned 'Noto Sans'. Fix: keep html { font-family: 'Noto Sans' } in test/fonts/pinned.css`);

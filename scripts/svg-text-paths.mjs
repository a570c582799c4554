#!/usr/bin/env node
/**
 * Turns the `<text>` of the stories' sample photos (stories/assets/*.svg) into `<path>` outlines of Noto Sans, read
 * from @fontsource/noto-sans's WOFF files. An SVG shown through `<img>` cannot use the page's web fonts, so its text
 * was drawn in whatever font the machine had: the screenshot baselines then changed with Debian's fonts-noto-core
 * (issue 19). As outlines, the photos look the same on every machine. Build tooling, run by hand when a photo's words
 * change:
 *
 *   node scripts/svg-text-paths.mjs stories/assets/hoi-nghi-1.svg …
 *
 * Each `<text x y font-size [font-weight] [text-anchor] fill>words</text>` becomes one `<path d fill>`, with the
 * words in a comment before it (an image shown through `<img>` has no text to read: its `alt` speaks for it).
 * Kerning is not applied: a label, not body text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');

/** The sfnt tables of a WOFF 1.0 file, each inflated when it was compressed. */
const woffTables = (buf) => {
  if (buf.toString('ascii', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = buf.readUInt16BE(12);
  const tables = {};
  for (let i = 0; i < count; i++) {
    const e = 44 + i * 20;
    const tag = buf.toString('ascii', e, e + 4);
    const offset = buf.readUInt32BE(e + 4);
    const compLength = buf.readUInt32BE(e + 8);
    const origLength = buf.readUInt32BE(e + 12);
    const data = buf.subarray(offset, offset + compLength);
    tables[tag] = compLength < origLength ? inflateSync(data) : data;
  }
  return tables;
};

/** A TrueType font's outlines, advances and character map (cmap format 4: the Basic Multilingual Plane). */
const loadFont = (path) => {
  const t = woffTables(readFileSync(path));
  const unitsPerEm = t.head.readUInt16BE(18);
  const longLoca = t.head.readInt16BE(50) === 1;
  const numGlyphs = t.maxp.readUInt16BE(4);
  const numberOfHMetrics = t.hhea.readUInt16BE(34);
  const loca = Array.from({ length: numGlyphs + 1 }, (_, i) => (longLoca ? t.loca.readUInt32BE(i * 4) : t.loca.readUInt16BE(i * 2) * 2));
  const advance = (g) => t.hmtx.readUInt16BE(Math.min(g, numberOfHMetrics - 1) * 4);
  // cmap: the first format-4 subtable.
  const cmap = new Map();
  const n = t.cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const off = t.cmap.readUInt32BE(4 + i * 8 + 4);
    if (t.cmap.readUInt16BE(off) !== 4) continue;
    const segX2 = t.cmap.readUInt16BE(off + 6);
    const ends = off + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = t.cmap.readUInt16BE(ends + s * 2);
      const start = t.cmap.readUInt16BE(starts + s * 2);
      const delta = t.cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = t.cmap.readUInt16BE(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let g;
        if (rangeOffset === 0) g = (c + delta) & 0xffff;
        else {
          g = t.cmap.readUInt16BE(ranges + s * 2 + rangeOffset + (c - start) * 2);
          if (g) g = (g + delta) & 0xffff;
        }
        if (g) cmap.set(c, g);
      }
    }
    break;
  }
  /** The glyph's contours: arrays of points {x, y, on}, in font units, y up. */
  const contours = (g) => {
    const start = loca[g];
    if (loca[g + 1] === start) return [];
    const d = t.glyf.subarray(start, loca[g + 1]);
    const nc = d.readInt16BE(0);
    if (nc < 0) {
      // A composite: its components, each moved (and scaled) into place.
      const out = [];
      let p = 10;
      for (let more = true; more; ) {
        const flags = d.readUInt16BE(p);
        const glyph = d.readUInt16BE(p + 2);
        p += 4;
        let dx, dy;
        if (flags & 1) [dx, dy, p] = [d.readInt16BE(p), d.readInt16BE(p + 2), p + 4];
        else [dx, dy, p] = [d.readInt8(p), d.readInt8(p + 1), p + 2];
        if (!(flags & 2)) throw new Error('composite glyph placed by points: not supported');
        let [a, b, c, e] = [1, 0, 0, 1];
        const f2 = (o) => d.readInt16BE(o) / 16384;
        if (flags & 8) [a, e, p] = [f2(p), f2(p), p + 2];
        else if (flags & 0x40) [a, e, p] = [f2(p), f2(p + 2), p + 4];
        else if (flags & 0x80) [a, b, c, e, p] = [f2(p), f2(p + 2), f2(p + 4), f2(p + 6), p + 8];
        for (const contour of contours(glyph)) out.push(contour.map(({ x, y, on }) => ({ x: a * x + c * y + dx, y: b * x + e * y + dy, on })));
        more = !!(flags & 0x20);
      }
      return out;
    }
    const ends = Array.from({ length: nc }, (_, i) => d.readUInt16BE(10 + i * 2));
    const count = ends.length ? ends[ends.length - 1] + 1 : 0;
    let p = 10 + nc * 2;
    p += 2 + d.readUInt16BE(p); // instructions
    const flags = [];
    while (flags.length < count) {
      const f = d[p++];
      flags.push(f);
      if (f & 8) for (let r = d[p++]; r > 0; r--) flags.push(f);
    }
    const coords = (short, same) => {
      let v = 0;
      return flags.map((f) => {
        if (f & short) {
          const delta = d[p++];
          v += f & same ? delta : -delta;
        } else if (!(f & same)) {
          v += d.readInt16BE(p);
          p += 2;
        }
        return v;
      });
    };
    const xs = coords(2, 16);
    const ys = coords(4, 32);
    const out = [];
    let first = 0;
    for (const end of ends) {
      out.push(Array.from({ length: end - first + 1 }, (_, i) => ({ x: xs[first + i], y: ys[first + i], on: !!(flags[first + i] & 1) })));
      first = end + 1;
    }
    return out;
  };
  return { unitsPerEm, cmap, advance, contours };
};

/** Quadratic contours as SVG path data, scaled by `s` (y flipped) and moved to (ox, oy). */
const pathData = (contours, s, ox, oy) => {
  const fmt = (n) => String(Math.round(n * 100) / 100);
  const pt = ({ x, y }) => `${fmt(ox + x * s)} ${fmt(oy - y * s)}`;
  let d = '';
  for (const c of contours) {
    if (!c.length) continue;
    // Start on a point on the curve (or the midpoint of two off-curve points).
    const i0 = c.findIndex((p) => p.on);
    const pts = i0 >= 0 ? [...c.slice(i0), ...c.slice(0, i0)] : c;
    const start = i0 >= 0 ? pts[0] : { x: (c[0].x + c[c.length - 1].x) / 2, y: (c[0].y + c[c.length - 1].y) / 2, on: true };
    d += `M${pt(start)}`;
    const rest = i0 >= 0 ? pts.slice(1) : pts;
    let control = null;
    for (const p of [...rest, start]) {
      if (p.on) {
        d += control ? `Q${pt(control)} ${pt(p)}` : `L${pt(p)}`;
        control = null;
      } else if (control) {
        const mid = { x: (control.x + p.x) / 2, y: (control.y + p.y) / 2 };
        d += `Q${pt(control)} ${pt(mid)}`;
        control = p;
      } else control = p;
    }
    d += 'Z';
  }
  return d;
};

const fonts = {};
const font = (weight, subset) => (fonts[`${weight}-${subset}`] ??= loadFont(join(files, `noto-sans-${subset}-${weight}-normal.woff`)));
/** The font of a weight that has `char`: the Latin subset, else latin-ext, else the Vietnamese one. */
const fontFor = (weight, char) => {
  for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
    const f = font(weight, subset);
    if (f.cmap.has(char.codePointAt(0))) return f;
  }
  throw new Error(`Noto Sans ${weight} has no glyph for ${JSON.stringify(char)}`);
};

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const attr = (attrs, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

for (const file of process.argv.slice(2)) {
  const svg = readFileSync(file, 'utf8');
  const out = svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_, attrs, raw) => {
    const words = unescape(raw);
    const size = Number(attr(attrs, 'font-size'));
    const weight = Number(attr(attrs, 'font-weight') ?? 400);
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const glyphs = [...words].map((ch) => {
      const f = fontFor(weight, ch);
      const s = size / f.unitsPerEm;
      const g = f.cmap.get(ch.codePointAt(0));
      return { f, g, s, width: f.advance(g) * s };
    });
    const total = glyphs.reduce((sum, g) => sum + g.width, 0);
    let x = Number(attr(attrs, 'x')) - (anchor === 'middle' ? total / 2 : anchor === 'end' ? total : 0);
    const y = Number(attr(attrs, 'y'));
    let d = '';
    for (const { f, g, s, width } of glyphs) {
      d += pathData(f.contours(g), s, x, y);
      x += width;
    }
    return `<!-- ${words.replace(/--/g, '- -')} (Noto Sans ${weight}, ${size}px, as outlines: scripts/svg-text-paths.mjs) --><path fill="${attr(attrs, 'fill') ?? '#000'}" d="${d}"/>`;
  });
  writeFileSync(file, out);
  console.log(`${file}: ${(svg.match(/<text\b/g) ?? []).length} text element(s) as outlines`);
}

/**
 * The items of the toolbar's Theme menu: `default` first, each light theme
 * before its dark variant, and beside each name a swatch of its brand colour:
 * the nearest coloured square (a toolbar item shows text, not a painted box)
 * and the colour's hex value.
 */
import { themeOrder } from '../src/theme-builder/core.js';

const SQUARES: [string, [number, number, number]][] = [
  ['🟥', [221, 46, 68]],
  ['🟧', [244, 144, 12]],
  ['🟨', [253, 203, 88]],
  ['🟩', [120, 177, 89]],
  ['🟦', [85, 172, 238]],
  ['🟪', [170, 142, 214]],
  ['🟫', [193, 105, 79]],
  ['⬛', [20, 20, 20]],
  ['⬜', [235, 235, 235]],
];

/** The coloured square nearest to a #rrggbb colour (by hue first, for a saturated colour; else black or white). */
export const swatch = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 40) return (r + g + b) / 3 < 128 ? '⬛' : '⬜';
  const hue = (c: [number, number, number]) => {
    const [x, y, z] = c;
    const hi = Math.max(x, y, z);
    const d = hi - Math.min(x, y, z) || 1;
    const h = hi === x ? ((y - z) / d) % 6 : hi === y ? (z - x) / d + 2 : (x - y) / d + 4;
    return (h * 60 + 360) % 360;
  };
  const h = hue([r, g, b]);
  const dist = (a: number) => Math.min(Math.abs(a - h), 360 - Math.abs(a - h));
  return SQUARES.slice(0, 6).reduce((best, item) => (dist(hue(item[1])) < dist(hue(best[1])) ? item : best))[0];
};

export const brandOf = (css: string): string | undefined => /--portal-color-brand:\s*(#[0-9a-f]{6})\b/i.exec(css)?.[1]?.toLowerCase();

export const themeMenu = (themes: Record<string, string>): { value: string; title: string; right?: string }[] =>
  themeOrder(Object.keys(themes)).map((name) => {
    const brand = brandOf(themes[name]!);
    return brand ? { value: name, title: `${swatch(brand)} ${name}`, right: brand } : { value: name, title: name };
  });

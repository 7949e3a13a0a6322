import { INK } from "./find-table-cells.js";
import type { GrayImage } from "./gray-image.js";

/** Slants up to this many degrees either way are looked for: a page fed crooked into a scanner. */
const MAX_DEGREES = 3;
/** A slant under this many degrees is left alone: across a table it moves a rule by a pixel or two. */
const STRAIGHT = 0.05;
/** How far below the straight profile's sharpness a tenth of a degree must fall for the page to be straight. */
const STEEP = 0.8;

/**
 * The page turned straight when it was scanned at a slant: the cells are found from rules that run
 * along the pixel rows and columns, and a table row's cells must line up. The slant is the angle at
 * which the ink, projected onto the page's side, gives the sharpest profile (rules and text lines each
 * fall into as few pixel rows as possible): every ink pixel counts, since a subsample aliases with the
 * steps of a slanted rule. A page drawn from a PDF's vectors comes back unchanged.
 */
export function deskew(image: GrayImage): { image: GrayImage; degrees: number } {
  const degrees = slant(image);
  if (Math.abs(degrees) < STRAIGHT) return { image, degrees: 0 };
  return { image: rotate(image, (degrees * Math.PI) / 180), degrees };
}

function slant(image: GrayImage): number {
  const { width, height, data } = image;
  let n = 0;
  for (let i = 0; i < data.length; i++) if ((data[i] as number) < INK) n++;
  if (n === 0) return 0;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let k = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if ((data[y * width + x] as number) < INK) {
        xs[k] = x;
        ys[k] = y;
        k++;
      }
    }
  const margin = Math.ceil(width * Math.tan((MAX_DEGREES * Math.PI) / 180)) + 1;
  const rows = new Float64Array(height + 2 * margin);
  const sharpness = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < n; i++) {
      const r = Math.round((ys[i] as number) - (xs[i] as number) * t) + margin;
      rows[r] = (rows[r] as number) + 1;
    }
    let s = 0;
    for (const r of rows) s += r * r;
    return s;
  };
  let best = 0;
  let bestScore = sharpness(0);
  // A straight page (any page drawn from a PDF's vectors) has its sharpest profile at 0, falling steeply
  // a tenth of a degree either way: then no search is needed.
  if (sharpness(0.1) < STEEP * bestScore && sharpness(-0.1) < STEEP * bestScore) return 0;
  // Tenths of a degree across the range, then fiftieths around the best tenth.
  for (const [from, to, step] of [
    [-MAX_DEGREES, MAX_DEGREES, 0.1],
    [-0.1, 0.1, 0.02],
  ] as const) {
    const around = step === 0.1 ? 0 : best;
    for (let k = Math.round(from / step); k <= Math.round(to / step); k++) {
      const d = around + k * step;
      if (d === 0) continue;
      const score = sharpness(d);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return Math.round(best * 100) / 100;
}

/** The image turned by `radians` about its centre (nearest pixel; white where nothing maps). */
function rotate(image: GrayImage, radians: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height).fill(255);
  const c = Math.cos(radians);
  const s = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const sx = Math.round(cx + dx * c - dy * s);
      const sy = Math.round(cy + dx * s + dy * c);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * width + x] = data[sy * width + sx] as number;
    }
  }
  return { width, height, data: out };
}

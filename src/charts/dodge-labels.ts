/**
 * Vertical positions for a column of labels that must not overprint one another (the end labels of a
 * slope chart): each label wants to sit at its mark's y; labels closer than one line are pushed apart,
 * as little as possible, and kept inside [top, bottom]. Pixels, y growing downwards.
 */

/** The label positions, in the order the wanted positions were given. */
export function dodgeLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  // Downwards: each label at least one gap below the one above it.
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, k === 0 ? top : (placed[k - 1] as number) + gap);
  // Upwards: a column pushed past the bottom moves back up, each label one gap above the one below.
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : (placed[k + 1] as number) - gap;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k] as number;
  });
  return out;
}

/**
 * Where a growth axis stops. One extreme growth (+1800% from a small prior) would squash every other
 * bar to a sliver, so an axis whose largest growth is far beyond the rest stops a little past the rest,
 * and the extreme bars are drawn to the axis's end, cut, with their exact figure in the label.
 */

/** Growths in percent; the axis's half-width in percent, or null when every bar fits as it is. */
export function growthAxisCap(growths: readonly (number | null)[]): number | null {
  const sizes = growths
    .filter((g): g is number => g !== null && Number.isFinite(g))
    .map(Math.abs)
    .sort((a, b) => b - a);
  // The largest growth that is not more than 3× the next one (or than 100%: growth up to ±300% is always drawn whole): the rest of the chart.
  let i = 0;
  while (i < sizes.length && (sizes[i] as number) > 3 * Math.max(sizes[i + 1] ?? 0, 100)) i++;
  if (i === 0) return null;
  return niceCeil(Math.max((sizes[i] ?? 0) * 1.15, 100));
}

/** The next 1, 2 or 5 × 10ⁿ at or above x. */
function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/**
 * Percent change from `prior` to `current`, in percent (2.98 for +2.98%): (current − prior) / prior × 100,
 * computed in float64 with the difference taken first, so 3000000000 → 3000000001 gives exactly
 * (1 / 3000000000) × 100. NaN (null outside the typed columns) when either value is unknown or the
 * prior is 0: never Infinity.
 */
export function percentChange(prior: number, current: number): number {
  if (Number.isNaN(prior) || Number.isNaN(current) || prior === 0) return Number.NaN;
  return ((current - prior) / prior) * 100;
}

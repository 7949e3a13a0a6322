/**
 * Compound annual growth rate, in percent, from `first` to `last` over `years` years:
 * ((last / first)^(1 / years) − 1) × 100. NaN when a value is unknown, `first` ≤ 0, `last` < 0 or
 * `years` ≤ 0.
 */
export function compoundGrowth(first: number, last: number, years: number): number {
  if (Number.isNaN(first) || Number.isNaN(last) || first <= 0 || last < 0 || years <= 0) return Number.NaN;
  if (last === first) return 0;
  return ((last / first) ** (1 / years) - 1) * 100;
}

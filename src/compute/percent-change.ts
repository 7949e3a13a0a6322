/**
 * Percent change from `prior` to `current`, in percent (2.98 for +2.98%): (current − prior) / prior × 100,
 * computed in float64 with the difference taken first, so 3000000000 → 3000000001 gives exactly
 * (1 / 3000000000) × 100.
 *
 * Defined only where it means something: for non-negative figures with a positive prior. NaN (null
 * outside the typed columns) when either value is unknown, the prior is 0 or negative, or the current
 * figure is negative: never Infinity, and never a sign flip read as a percentage (−12 → 5 is not
 * −141.67%). Signed figures (kind "delta" in the catalogue: the 2019 本年增/减 columns) have no percent
 * change at all, only their change: percentChangeOf says so per metric.
 */
import { METRICS } from "../catalogue/metrics.js";

export function percentChange(prior: number, current: number): number {
  if (Number.isNaN(prior) || Number.isNaN(current) || prior <= 0 || current < 0) return Number.NaN;
  return ((current - prior) / prior) * 100;
}

/** 1 for each catalogue metric code whose kind has a percent change (every kind but "delta"). */
const HAS_PERCENT_CHANGE = Uint8Array.from(METRICS, (m) => (m.kind === "delta" ? 0 : 1));

/** True when a percent change of the metric (a catalogue code) means something: not a signed "delta". */
export function hasPercentChange(metric: number): boolean {
  return HAS_PERCENT_CHANGE[metric] === 1;
}

/** percentChange for a metric given as a catalogue code: NaN for a signed ("delta") metric. */
export function percentChangeOf(metric: number, prior: number, current: number): number {
  return HAS_PERCENT_CHANGE[metric] === 1 ? percentChange(prior, current) : Number.NaN;
}

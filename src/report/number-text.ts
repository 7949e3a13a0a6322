/**
 * Numbers as text in the report's tables: counts with thousands separators and every digit kept
 * (89,370; 7,730.28), percentages with two decimals and a sign where they are changes. Unknown is an
 * empty cell, never 0.
 */

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10, useGrouping: true });

/** 89370 → "89,370"; null → "". */
export function countText(x: number | null): string {
  return x === null ? "" : COUNT.format(x);
}

/** A signed count: 2589 → "+2,589", −25 → "−25", 0 → "0". */
export function signedCountText(x: number | null): string {
  if (x === null) return "";
  if (x === 0) return "0";
  return x > 0 ? `+${COUNT.format(x)}` : `−${COUNT.format(-x)}`;
}

/** A percent in percent units: 41.8316 → "41.83%". */
export function percentText(x: number | null, decimals = 2): string {
  return x === null ? "" : `${x.toFixed(decimals)}%`;
}

/** A signed percent: 2.983 → "+2.98%", −20.83 → "−20.83%". */
export function signedPercentText(x: number | null, decimals = 2): string {
  if (x === null) return "";
  const s = Math.abs(x).toFixed(decimals);
  if (Number(s) === 0) return `${s}%`;
  return x > 0 ? `+${s}%` : `−${s}%`;
}

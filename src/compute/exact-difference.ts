/**
 * The change between two stated figures, exactly as the report's decimals give it. Counts are integers
 * and subtract exactly; an amount printed with decimals (12.3 万元) is a decimal, and float64 subtraction
 * leaves binary noise on it (1017.2 − 1202.48 = −185.27999999999975, where the report's figures say
 * −185.28). The difference of two decimals has no more decimals than the longer of them, so it is
 * rounded to that many: the float64 nearest to the true decimal difference.
 */
export function exactDifference(current: number, prior: number): number {
  const d = current - prior;
  if (Number.isInteger(current) && Number.isInteger(prior)) return d;
  if (!Number.isFinite(d)) return d;
  const places = Math.max(decimals(current), decimals(prior));
  return places > 15 ? d : Number(d.toFixed(places));
}

/** Decimals of a number's shortest round-trip form: 12.3 → 1, 1e-7 → 7. */
function decimals(x: number): number {
  if (Number.isInteger(x)) return 0;
  const s = String(Math.abs(x));
  const e = s.indexOf("e-");
  if (e >= 0) {
    const mantissa = s.slice(0, e);
    const dot = mantissa.indexOf(".");
    return Number(s.slice(e + 2)) + (dot < 0 ? 0 : mantissa.length - dot - 1);
  }
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

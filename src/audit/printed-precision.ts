/**
 * Judging a printed figure at the precision it was printed with: "41.4" has one decimal, so it agrees
 * with any value that rounds to 41.4 (41.35 ≤ x ≤ 41.45). A value that does not round to it but whose
 * digits were cut off (18.975 printed as 18.9) is a truncation: a habit of the writer, not an error.
 */

export type PrintedVerdict = "agrees" | "truncated" | "disagrees";

export interface PrintedJudgement {
  verdict: PrintedVerdict;
  /** Decimals of the printed figure. */
  decimals: number;
  /** The computed value rounded to the printed decimals. */
  rounded: number;
}

/** Decimals in the shortest representation of x (41.4 → 1, 3 → 0). */
export function decimalsOf(x: number): number {
  const s = String(Math.abs(x));
  if (s.includes("e")) return 0;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Rounds half away from zero to `decimals` places, as report writers do. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 ? -r : r;
}

export function judgePrinted(printed: number, computed: number): PrintedJudgement {
  const decimals = decimalsOf(printed);
  const step = 10 ** -decimals;
  const rounded = roundTo(computed, decimals);
  // A small tolerance absorbs binary representation (41.45 stored as 41.4499…).
  const eps = 1e-9 * Math.max(1, Math.abs(computed));
  if (Math.abs(printed - computed) <= step / 2 + eps) return { verdict: "agrees", decimals, rounded };
  const cut = Math.abs(computed);
  const p = Math.abs(printed);
  const sameSign = printed === 0 || Math.sign(printed) === Math.sign(computed);
  if (sameSign && cut >= p - eps && cut < p + step - eps) return { verdict: "truncated", decimals, rounded };
  return { verdict: "disagrees", decimals, rounded };
}

/** x with exactly `decimals` decimals, for messages. */
export function fixed(x: number, decimals: number): string {
  return x.toFixed(decimals);
}

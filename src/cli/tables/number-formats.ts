/** How percent and percentage-point values look in terminal and Markdown tables (CSV and JSON keep numbers). */

export function percentFormat(digits: number | null, signed: boolean): (x: number) => string {
  return (x) => `${signed && x > 0 ? "+" : ""}${digits === null ? String(x) : x.toFixed(digits)}%`;
}

export function pointsFormat(digits: number | null): (x: number) => string {
  return (x) => `${x > 0 ? "+" : ""}${digits === null ? String(x) : x.toFixed(digits)} pp`;
}

/**
 * A change with its sign. The difference of two decimal figures carries binary noise (7545 − 7730.28 is
 * -185.27999999999975 in a double); 15 significant digits, which every double holds exactly, show the
 * decimal difference (-185.28). Files keep the computed number.
 */
export function signedFormat(x: number): string {
  const shown = Number.isInteger(x) ? x : Number(x.toPrecision(15));
  return shown > 0 ? `+${shown}` : String(shown);
}

/**
 * A count with thousands separators, as toLocaleString("en") writes a whole number: written by hand
 * because the first toLocaleString of a process loads ICU's number formatting, 25–50 ms that
 * `export` would spend after its last row is written.
 */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? "," : "") + digits.slice(Math.max(0, end - 3), end) + out;
  return n < 0 ? `-${out}` : out;
}

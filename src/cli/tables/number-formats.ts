/** How percent and percentage-point values look in terminal and Markdown tables (CSV and JSON keep numbers). */

export function percentFormat(digits: number | null, signed: boolean): (x: number) => string {
  return (x) => `${signed && x > 0 ? "+" : ""}${digits === null ? String(x) : x.toFixed(digits)}%`;
}

export function pointsFormat(digits: number | null): (x: number) => string {
  return (x) => `${x > 0 ? "+" : ""}${digits === null ? String(x) : x.toFixed(digits)} pp`;
}

export function signedFormat(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}

import { type DataFrame, danfo } from "./danfo.js";

/**
 * A DataFrame from plain rows with the given column order. Values are handed over as JavaScript numbers
 * (float64), so they stay exact in the frame: Danfo only labels the column "float32" and keeps the array.
 * Do not compute with Danfo's own arithmetic (float32 tensors, and null counts as 0 there).
 */
export function rowsToFrame(rows: readonly object[], columns: readonly string[]): DataFrame {
  const dfd = danfo();
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = rows.map((r) => (r as Record<string, unknown>)[c] ?? null);
  return new dfd.DataFrame(data, { columns: [...columns] });
}

/** The rows of a DataFrame as plain objects keyed by column name. */
export function frameToRows(df: DataFrame): Record<string, unknown>[] {
  const columns = df.columns as string[];
  const values = df.values as unknown[][];
  return values.map((row) => Object.fromEntries(columns.map((c, j) => [c, row[j] ?? null])));
}

/** A result table ready for output: named columns and rows of plain cells. */
export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  /** The heading shown in terminal and Markdown tables (CSV and JSON use `key`). */
  title: string;
  align?: "left" | "right";
  /** How a number is shown in terminal and Markdown tables; CSV and JSON keep the exact number. */
  format?: (x: number) => string;
  /** How a text cell (a code such as `no_prior`) reads in terminal and Markdown tables; files keep the code. */
  text?: (s: string) => string;
  /**
   * Left out of terminal tables unless --all-columns or --columns asks for it, so the default table fits
   * a terminal; files (CSV, JSON, xlsx, Markdown) keep it.
   */
  extra?: boolean;
}

export interface TableData {
  columns: readonly TableColumn[];
  rows: readonly Record<string, Cell>[];
}

/** The text of a cell for display; blank for null (unknown, never 0). */
export function displayCell(col: TableColumn, value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return col.format ? col.format(value) : String(value);
  return col.text ? col.text(value) : value;
}

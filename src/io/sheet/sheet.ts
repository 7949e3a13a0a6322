/**
 * A sheet as the loader reads it: rows of cell texts, from a workbook's worksheet (read-workbook.ts) or
 * from a wide CSV (csv-sheet.ts). Cells hold what the analyst sees, never a float parsed on the way.
 */
export interface SheetCell {
  text: string;
  /** A number cell of a workbook (text is its decimal digits, "%"-suffixed when formatted as a percent). */
  numeric: boolean;
  /** Set when the cell holds no usable value: an error value or a formula without a saved result. */
  error?: string;
  /** Set on the top-left cell of a merged range over several figures: the range (a problem, E_MERGED). */
  mergedOver?: string;
}

export interface SheetRow {
  /** 1-based row number (a CSV's line). */
  row: number;
  hidden: boolean;
  /** 1-based column number → cell. */
  cells: Map<number, SheetCell>;
}

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Rows that have at least one cell, in order. */
  rows: SheetRow[];
  merged: MergedRange[];
}

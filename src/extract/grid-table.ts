/**
 * An HTML table as the grid a reader sees: every cell at its row and column, spans honoured. Offsets
 * are into the text the HTML was rendered to (see htmlToText), so a cell's words and numbers are read
 * from the same folded text as the rest of the report and map back to the HTML like any other figure.
 */
export interface GridTable {
  /** Offsets [start, end) of the rendered table in the text. */
  start: number;
  end: number;
  rows: GridRow[];
  /** The number of grid columns (the widest row, spans included). */
  width: number;
}

export interface GridRow {
  /** Offsets of the rendered row (one line of the text). */
  start: number;
  end: number;
  /** The cells that begin in this row, left to right. */
  cells: GridCell[];
  /** `covering[c]` is the cell that covers column c in this row: its own or one spanning down from above. */
  covering: (GridCell | undefined)[];
}

export interface GridCell {
  /** Offsets of the cell's content in the text, surrounding spaces left out (start === end when blank). */
  start: number;
  end: number;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A cell as the HTML gives it, before it is placed in the grid. */
export interface RawCell {
  start: number;
  end: number;
  rowSpan: number;
  colSpan: number;
}

/** A row as the HTML gives it. */
export interface RawRow {
  start: number;
  end: number;
  cells: RawCell[];
}

/** The most a span is trusted: a typo such as colspan="1000" must not make a table a million cells wide. */
const MAX_SPAN = 100;

/**
 * Places the cells of a table's rows in a grid as browsers do: each cell goes to the first column of its
 * row not already covered by a cell spanning down from a row above, and covers rowSpan × colSpan slots.
 * rowspan="0" (to the end of the table) covers the remaining rows.
 */
export function layoutGrid(raw: readonly RawRow[], range: { start: number; end: number }): GridTable {
  const covering: (GridCell | undefined)[][] = raw.map(() => []);
  const rows: GridRow[] = raw.map((r) => ({ start: r.start, end: r.end, cells: [], covering: [] }));
  let width = 0;
  raw.forEach((r, i) => {
    const slots = covering[i] as (GridCell | undefined)[];
    let col = 0;
    for (const c of r.cells) {
      while (slots[col] !== undefined) col++;
      const rowSpan = c.rowSpan === 0 ? raw.length - i : Math.min(Math.max(1, c.rowSpan), raw.length - i, MAX_SPAN);
      const colSpan = Math.min(Math.max(1, c.colSpan), MAX_SPAN);
      const cell: GridCell = { start: c.start, end: c.end, row: i, col, rowSpan, colSpan };
      (rows[i] as GridRow).cells.push(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        const below = covering[i + dr] as (GridCell | undefined)[];
        for (let dc = 0; dc < colSpan; dc++) below[col + dc] ??= cell;
      }
      col += colSpan;
      width = Math.max(width, col);
    }
  });
  rows.forEach((r, i) => {
    r.covering = Array.from({ length: width }, (_, c) => (covering[i] as (GridCell | undefined)[])[c]);
  });
  return { start: range.start, end: range.end, rows, width };
}

/** The distinct cells covering a row, left to right (a cell spanning several columns once). */
export function cellsAcross(row: GridRow): GridCell[] {
  const out: GridCell[] = [];
  for (const c of row.covering) if (c !== undefined && out[out.length - 1] !== c) out.push(c);
  return out;
}

/** A cell's words as the text has them (spaces inside kept: "本年新 制作数量"). */
export function cellText(text: string, cell: GridCell): string {
  return text.slice(cell.start, cell.end);
}

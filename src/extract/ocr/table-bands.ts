import type { Box } from "./gray-image.js";

/** Cells whose tops and bottoms are this close (at 300 dpi) sit in one row of their table. */
const SAME_ROW = 8;

/** The cells of one row of a ruled table, left to right, all of the same height. */
export interface CellBand {
  y0: number;
  y1: number;
  cells: Box[];
}

/**
 * A page's table cells grouped into rows: cells with the same top and bottom. A merged cell that spans
 * several rows (三、本年度办理结果, (三)不予公开) has a height of its own, so it forms no row with the
 * cells beside it: each row holds its own label and its figures. Rows come top to bottom.
 */
export function tableBands(cells: readonly Box[], dpi: number): CellBand[] {
  const near = (SAME_ROW * dpi) / 300;
  const bands: CellBand[] = [];
  for (const cell of cells) {
    let band = bands.find((b) => Math.abs(b.y0 - cell.y0) <= near && Math.abs(b.y1 - cell.y1) <= near);
    if (band === undefined) {
      band = { y0: cell.y0, y1: cell.y1, cells: [] };
      bands.push(band);
    }
    band.cells.push(cell);
  }
  for (const b of bands) b.cells.sort((a, c) => a.x0 - c.x0);
  return bands.sort((a, b) => a.y0 - b.y0 || a.y1 - b.y1);
}

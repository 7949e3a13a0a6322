import { say } from "../messages/catalogue.js";
import { collapse, type ExtractContext, refuseCell } from "./extract-context.js";
import { emitTableTwoRow } from "./extract-table-two.js";
import { fitRowCells } from "./fit-row-cells.js";
import { cellsAcross, cellText, type GridCell, type GridTable } from "./grid-table.js";
import { gridValue, holdsNumber } from "./grid-value.js";
import { type CellToken, isCell } from "./split-table-row.js";
import { type Column, headColumn, ITEM_HEADING, rowKind, TEMPLATE_COLUMNS } from "./table-two-columns.js";

interface Head {
  column: Column;
  col: number;
  colSpan: number;
}

/**
 * Reads table 二 from an HTML table. An item's head row (本年新制作数量 / 上一年项目数量 …) gives its
 * columns, one per head cell; each later row's value cells (every cell right of its label, blanks
 * included, since HTML keeps their place) are paired with the heads in order when there are as many,
 * which is how real reports are read despite colspans that differ between the head and the value rows.
 * Otherwise a value cell goes to the one head its columns overlap; a row where that is not unique, or
 * without heads a row whose count differs from the template, is left out and its numbers listed.
 */
export function extractTableTwoGrid(ctx: ExtractContext, table: GridTable): void {
  let heads: Head[] = [];
  for (const row of table.rows) {
    const cells = cellsAcross(row);
    const texts = cells.map((c) => cellText(ctx.text, c));
    if (texts.some((t) => ITEM_HEADING.test(t))) heads = [];
    const numbers = row.cells.filter((c) => holdsNumber(ctx.text, c));
    // The label is the cells before the first value cell (a number, a blank or a placeholder).
    let k = 0;
    while (k < cells.length && !isCell((texts[k] as string).trim())) k++;
    if (numbers.length === 0) {
      const found = cells.flatMap((c, i) => {
        const column = headColumn(texts[i] as string);
        return column === null ? [] : [{ column, col: c.col, colSpan: c.colSpan }];
      });
      if (found.length > 0) heads = found;
      continue;
    }
    const labelCells = cells.slice(0, k);
    // Blank cells past the heads (a trailing empty <td>) are no column: dropped where the numbers keep one placing.
    const template = TEMPLATE_COLUMNS[ctx.layout][rowKind(collapse(labelCells.map((c) => cellText(ctx.text, c)).join(" "))) ?? ""] ?? [];
    const blank = (c: GridCell) => cellText(ctx.text, c).trim() === "";
    const valueCells = fitRowCells(cells.slice(k), heads.length > 0 ? heads.length : template.length, blank);
    const label = collapse(labelCells.map((c) => cellText(ctx.text, c)).join(" "));
    const kind = rowKind(label);
    const tokens = readValues(ctx, valueCells, row.cells);
    const source = collapse(`第二十条 ${label} ${tokens.map((t) => t.raw).join(" ")}`);
    if (kind === undefined) {
      refuse(ctx, tokens, say("extract.t2_row_unknown", { label: label || say("extract.no_label") }));
      continue;
    }
    const columns = columnsOf(valueCells, heads, template);
    if (columns === null) {
      refuse(ctx, tokens, say("extract.t2_cells_heads", { label, cells: valueCells.length, heads: heads.length }));
      continue;
    }
    emitTableTwoRow(ctx, { kind, label, source, cells: tokens, columns, start: row.start, end: row.end });
  }
}

/**
 * The value cells as tokens. Cells spanning down from the row above were read there and state nothing
 * here; words with digits are listed as unassigned and state nothing.
 */
function readValues(ctx: ExtractContext, valueCells: readonly GridCell[], own: readonly GridCell[]): CellToken[] {
  return valueCells.map((c) => {
    if (!own.includes(c)) return { raw: "", value: null, unit: "", start: c.end, end: c.end };
    const v = gridValue(ctx.text, c);
    if (v.kind === "token") return v.token;
    refuseCell(ctx, v.start, v.end, say("extract.t2_not_number", { text: collapse(v.text) }));
    return { raw: v.text, value: null, unit: "", start: v.start, end: v.end };
  });
}

function columnsOf(valueCells: readonly GridCell[], heads: readonly Head[], template: readonly Column[]): Column[] | null {
  if (heads.length === 0) return template.length === valueCells.length ? [...template] : null;
  if (heads.length === valueCells.length) return heads.map((h) => h.column);
  const out: Column[] = [];
  for (const c of valueCells) {
    const over = heads.filter((h) => h.col < c.col + c.colSpan && c.col < h.col + h.colSpan);
    if (over.length !== 1) return null;
    const column = (over[0] as Head).column;
    if (out.includes(column)) return null;
    out.push(column);
  }
  return out;
}

function refuse(ctx: ExtractContext, tokens: readonly CellToken[], reason: string): void {
  ctx.warnings.push(reason);
  for (const t of tokens) {
    if (t.value !== null) refuseCell(ctx, t.start, t.end, reason);
    else ctx.consumed.push([t.start, t.end]);
  }
}

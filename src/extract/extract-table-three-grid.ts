import { say } from "../messages/catalogue.js";
import type { Applicant } from "../types.js";
import { collapse, type ExtractContext, refuseCell } from "./extract-context.js";
import { readTableThreeRows, splitsOther } from "./extract-table-three.js";
import { cellsAcross, cellText, type GridCell, type GridRow, type GridTable } from "./grid-table.js";
import { gridValue, holdsNumber } from "./grid-value.js";
import { labelCore } from "./label-similarity.js";
import { loosePattern } from "./report-lines.js";
import type { CellToken } from "./split-table-row.js";
import type { LogicalRow } from "./table-rows-in.js";
import { tableThreeRows } from "./table-three-rows.js";

/** The label of table 三's first body row (一、本年新收政府信息公开申请数量). */
const FIRST_ROW = new RegExp(loosePattern("本年新收"), "u");

/** The head of each value column as the template prints it; 其他 and 总计 must be the whole cell. */
const HEADS: readonly [Applicant | null, (core: string) => boolean][] = [
  ["natural_person", (s) => s.includes("自然人")],
  ["commercial_enterprise", (s) => s.includes("商业企业")],
  ["research_institution", (s) => s.includes("科研机构")],
  ["social_welfare_org", (s) => s.includes("社会公益组织")],
  ["legal_service_org", (s) => s.includes("法律服务机构")],
  ["other_org", (s) => s === "其他"],
  [null, (s) => s === "总计"],
];

/**
 * Reads table 三 from an HTML table. The seven value columns are found by their heads (自然人, 商业企业 …
 * 总计) in the rows above the first number, whatever the spans of the header (申请人情况 over
 * 法人或其他组织 over 商业企业 …); a row's label is every cell left of them, spanning ones included
 * ("三、本年度办理结果", "(三)不予公开"), its own label the rightmost of them ("1.属于国家秘密"). A blank
 * cell keeps its column: it states nothing, and the row's other numbers are still read in their columns.
 * A value cell spanning several columns or rows cannot be given one and is listed, as is a table whose header
 * names only some of the seven columns.
 */
export function extractTableThreeGrid(ctx: ExtractContext, table: GridTable): void {
  const firstNumber = table.rows.findIndex((r) => r.cells.some((c) => holdsNumber(ctx.text, c)));
  if (firstNumber < 0) return;
  // The header ends at the first row of the table's body: its first number, or its first row's label
  // when the rows above that number state nothing (a "3.其他" label is no 其他 head).
  const firstRow = table.rows.findIndex((r) => r.cells.some((c) => FIRST_ROW.test(cellText(ctx.text, c))));
  const firstData = firstRow >= 0 && firstRow < firstNumber ? firstRow : firstNumber;
  const columns = valueColumns(ctx.text, table.rows.slice(0, firstData));
  const data = table.rows.slice(firstData);
  if (columns === null) {
    ctx.warnings.push(say("extract.t3_no_header"));
    for (const r of data)
      for (const c of r.cells) if (holdsNumber(ctx.text, c)) refuseCell(ctx, c.start, c.end, say("extract.t3_column_unknown"));
    return;
  }
  const first = Math.min(...columns);
  const rows: LogicalRow[] = [];
  for (const r of data) {
    const labels = cellsAcross({ ...r, covering: r.covering.slice(0, first) });
    const label = collapse(labels.map((c) => cellText(ctx.text, c)).join(" "));
    const own = labels.length > 0 ? collapse(cellText(ctx.text, labels[labels.length - 1] as GridCell)) : "";
    const cells = columns.map((col) => valueAt(ctx, r, col, columns));
    if (cells.every((c) => c.value === null) && label === "") continue;
    const starts = r.cells.map((c) => c.start);
    rows.push({ label, ownLabel: own, cells, start: Math.min(r.start, ...starts), end: r.end, continuation: "" });
  }
  readTableThreeRows(ctx, rows, tableThreeRows(splitsOther(ctx.text.slice(table.start, table.end))));
}

/** The column of each of the seven heads, in template order; null unless all seven are found once. */
function valueColumns(text: string, header: readonly GridRow[]): number[] | null {
  const out: number[] = [];
  for (const [, matches] of HEADS) {
    const hits = header.flatMap((r) => r.cells.filter((c) => matches(labelCore(cellText(text, c)))));
    if (hits.length !== 1 || (hits[0] as GridCell).colSpan !== 1) return null;
    out.push((hits[0] as GridCell).col);
  }
  return new Set(out).size === out.length ? out : null;
}

/**
 * The cell of a row in one value column, as a token. A blank cell states nothing; a cell spanning into
 * another value column, or down from the row above, cannot be this row's figure for this column.
 */
function valueAt(ctx: ExtractContext, r: GridRow, col: number, columns: readonly number[]): CellToken {
  const cell = r.covering[col];
  const none = (at: number): CellToken => ({ raw: "", value: null, unit: "", start: at, end: at });
  if (cell === undefined) return none(r.end);
  const own = r.cells.includes(cell);
  const spans = cell.rowSpan > 1 || columns.filter((c) => c >= cell.col && c < cell.col + cell.colSpan).length > 1;
  const v = gridValue(ctx.text, cell);
  if (!own) return none(cell.end);
  if (spans) {
    // Listed once, from its first column.
    if (columns.find((c) => c >= cell.col) === col && (v.kind === "words" || v.token.value !== null))
      refuseCell(ctx, cell.start, cell.end, say("extract.t3_cell_spans"));
    return none(cell.end);
  }
  if (v.kind === "words") {
    refuseCell(ctx, v.start, v.end, say("extract.t3_not_number", { text: collapse(v.text) }));
    return none(v.end);
  }
  return v.token;
}

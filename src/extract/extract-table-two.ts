import { say } from "../messages/catalogue.js";
import { collapse, type ExtractContext, inLayout, misfit, pushTableFigure, refuseCell } from "./extract-context.js";
import { fitRowCells } from "./fit-row-cells.js";
import { labelCore } from "./label-similarity.js";
import { type CellToken, isBlankCell, type TableRow } from "./split-table-row.js";
import { cutOffEnd, type TableLine, tableLines } from "./table-lines.js";
import { type Column, headsInOrder, ITEM_HEADING, metricId, rowKind, TEMPLATE_COLUMNS } from "./table-two-columns.js";

/**
 * Reads table 二 (the 第二十条 items). The columns of each item are read from its printed heads
 * (本年制发件数 / 本年新制作数量 / 上一年项目数量 …) in the order printed; when they cannot be read, the
 * template's columns for the layout are used, but only when the row has exactly that many numbers.
 * A row whose count does not fit, or whose name is not a template row (provincial extras), is left out
 * and its numbers listed as unassigned.
 */
export function extractTableTwo(ctx: ExtractContext, region: { start: number; end: number }): void {
  let heads = "";
  let pendingLabel = "";
  for (const row of tableLines(ctx.text, region)) {
    if (ITEM_HEADING.test(row.line.text)) {
      heads = "";
      pendingLabel = "";
    }
    // A title over blank cells ("| 第二十条第(一)项 | | | |") is a line of words, like one without bars.
    if (row.cells.length === 0 || (row.cells.every(isBlankCell) && rowKind(row.label) === undefined)) {
      const words = labelCore(row.label.replace(/\//g, ""));
      // A `|` head row that names columns is a table's whole head: heads read before it belong to another
      // table (a converter prints one item's table, then the next one's, without the 第二十条 heading).
      heads = row.line.text.includes("|") && headsInOrder(words).length > 0 ? words : heads + words;
      pendingLabel = row.label;
      continue;
    }
    readRow(ctx, row, heads, pendingLabel);
    pendingLabel = "";
  }
}

function readRow(ctx: ExtractContext, row: TableLine, heads: string, pendingLabel: string): void {
  const kind = rowKind(row.label) ?? rowKind(`${pendingLabel}${row.label}`);
  const label = collapse(row.label || pendingLabel);
  const source = collapse(`第二十条 ${label} ${row.cells.map((c) => c.raw).join(" ")}`);
  if (kind === undefined) {
    refuseAll(ctx, row, say("extract.t2_row_unknown", { label: label || say("extract.no_label") }));
    return;
  }
  const printed = headsInOrder(heads);
  const template = TEMPLATE_COLUMNS[ctx.layout][kind] ?? [];
  // Printed heads are trusted when they name as many columns as the template (all of them were read);
  // a partial reading could shift every number after a blank cell.
  const trusted =
    printed.length > 0 && (template.length === 0 || printed.length === template.length) ? printed : printed.length === 0 ? template : null;
  const whole = trusted !== null ? cutOffEnd(row.cells, trusted.length, row.endsText) : row.cells;
  if (whole === null) {
    refuseAll(ctx, row, say("extract.t2_cut_off", { label }));
    return;
  }
  const cells = trusted !== null ? fitRowCells(whole, trusted.length, isBlankCell) : whole;
  const columns = trusted !== null && trusted.length === cells.length ? trusted : null;
  if (columns === null) {
    refuseAll(ctx, row, say("extract.t2_count", { label, numbers: row.cells.length, columns: printed.length || template.length }));
    return;
  }
  const start = row.line.start + (row.line.text.length - row.line.text.trimStart().length);
  const end = (row.cells[row.cells.length - 1] as CellToken).end;
  for (const c of row.cells) if (!cells.includes(c)) ctx.consumed.push([c.start, c.end]);
  emitTableTwoRow(ctx, { kind, label, source, cells, columns, start, end });
}

/** One table 二 row whose cells have been given their columns. */
export interface TableTwoRow {
  kind: string;
  /** The row's label, spaces collapsed (for messages). */
  label: string;
  /** The row as printed, for the figures' source. */
  source: string;
  /** The row's value cells; `columns[k]` is the column of `cells[k]`. */
  cells: readonly CellToken[];
  columns: readonly Column[];
  /** Offsets of the row in the text. */
  start: number;
  end: number;
}

/**
 * The figures of a row: one per stated cell; a cell not stated (blank, —) gives none, and a cell whose
 * (row, column) is not in the catalogue or the layout, or whose value cannot be the metric's, is listed
 * as unassigned with the reason.
 */
export function emitTableTwoRow(ctx: ExtractContext, row: TableTwoRow): void {
  row.cells.forEach((cell, k) => {
    ctx.consumed.push([cell.start, cell.end]);
    if (cell.value === null) return;
    const column = row.columns[k] as Column;
    const metric = metricId(row.kind, column);
    const bad =
      metric === null
        ? say("extract.t2_no_column", { label: row.label, column })
        : !inLayout(metric, ctx.layout)
          ? say("extract.not_in_layout", { metric, layout: ctx.layout })
          : misfit(metric, cell.value);
    if (metric === null || bad !== null) {
      refuseCell(ctx, cell.start, cell.end, bad ?? say("extract.unknown_column"));
      return;
    }
    pushTableFigure(ctx, cell, {
      metric,
      applicant: null,
      value: cell.value,
      source: row.source,
      from: row,
      note: cell.unit ? `printed with unit ${cell.unit}` : null,
    });
  });
}

function refuseAll(ctx: ExtractContext, row: TableRow, reason: string): void {
  ctx.warnings.push(reason);
  for (const c of row.cells) {
    if (c.value !== null) refuseCell(ctx, c.start, c.end, reason);
    else ctx.consumed.push([c.start, c.end]);
  }
}

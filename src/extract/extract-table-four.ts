import { say } from "../messages/catalogue.js";
import { collapse, type ExtractContext, misfit, pushTableFigure, refuseCell } from "./extract-context.js";
import { fitRowCells } from "./fit-row-cells.js";
import { type CellToken, isBlankCell } from "./split-table-row.js";
import { cutOffEnd } from "./table-lines.js";
import { type LogicalRow, tableRowsIn } from "./table-rows-in.js";

export const BLOCKS = ["reconsideration", "litigation_direct", "litigation_after_recon"] as const;
export const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"] as const;
const METRICS = BLOCKS.flatMap((b) => OUTCOMES.map((o) => `${b}.${o}`));
const BLOCK_LABELS: Record<(typeof BLOCKS)[number], string> = {
  reconsideration: "行政复议",
  litigation_direct: "行政诉讼 未经复议直接起诉",
  litigation_after_recon: "行政诉讼 复议后起诉",
};
const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: "总计",
};

/**
 * Reads table 四: fifteen numbers (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持 / 结果纠正 /
 * 其他结果 / 尚未审结 / 总计) printed as one row without a label after a multi-line header. The numbers
 * may wrap onto a second line; lines of bare numbers are joined only when together they make exactly 15.
 * Totals are kept as printed, even when they contradict their parts: the audit reports that.
 */
export function extractTableFour(ctx: ExtractContext, region: { start: number; end: number }): void {
  const rows: LogicalRow[] = [];
  for (const r of tableRowsIn(ctx.text, region)) {
    if (!r.cells.some((c) => !isBlankCell(c))) continue;
    const whole = cutOffEnd(r.cells, METRICS.length, r.endsText);
    if (whole === null) {
      ctx.warnings.push(say("extract.t4_cut_off"));
      for (const c of r.cells) if (c.value !== null) refuseCell(ctx, c.start, c.end, say("extract.t4_cut_off_reason"));
      continue;
    }
    rows.push({ ...r, cells: fitRowCells(whole, METRICS.length, isBlankCell) });
  }
  let taken: { cells: CellToken[]; start: number; end: number } | null = null;
  for (let i = 0; i < rows.length && taken === null; i++) {
    const r = rows[i] as LogicalRow;
    if (r.cells.length === METRICS.length && bareNumbers(r)) taken = r;
    else if (bareNumbers(r)) {
      // A wrapped row: this line and the bare-number lines right after it.
      const cells = [...r.cells];
      let j = i + 1;
      while (cells.length < METRICS.length && j < rows.length && bareNumbers(rows[j] as LogicalRow)) {
        cells.push(...(rows[j] as LogicalRow).cells);
        j++;
      }
      if (cells.length === METRICS.length) taken = { cells, start: r.start, end: (rows[j - 1] as LogicalRow).end };
    }
  }
  if (taken === null) {
    const seen = rows.map((r) => r.cells.length).join(", ");
    ctx.warnings.push(
      seen ? say("extract.t4_no_row_seen", { count: METRICS.length, seen }) : say("extract.t4_no_row", { count: METRICS.length }),
    );
    for (const r of rows) for (const c of r.cells) if (c.value !== null) refuseCell(ctx, c.start, c.end, say("extract.t4_wrong_count"));
    return;
  }
  emitTableFour(ctx, taken.cells, taken);
  for (const r of rows) {
    for (const c of r.cells) {
      if (c.value !== null && !taken.cells.includes(c)) refuseCell(ctx, c.start, c.end, say("extract.t4_outside_row"));
    }
  }
}

/**
 * The figures of table 四's fifteen cells in template order (行政复议, 未经复议直接起诉, 复议后起诉; each
 * 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计). A cell not stated (null value) gives none.
 */
export function emitTableFour(ctx: ExtractContext, cells: readonly CellToken[], range: { start: number; end: number }): void {
  const source = collapse(`表四 ${cells.map((c) => c.raw).join(" ")}`);
  cells.forEach((cell, k) => {
    ctx.consumed.push([cell.start, cell.end]);
    const metric = METRICS[k] as string;
    if (cell.value === null) return;
    const bad = misfit(metric, cell.value);
    if (bad !== null) {
      refuseCell(ctx, cell.start, cell.end, bad);
      return;
    }
    const block = BLOCKS[Math.floor(k / OUTCOMES.length)] as (typeof BLOCKS)[number];
    const outcome = OUTCOMES[k % OUTCOMES.length] as (typeof OUTCOMES)[number];
    pushTableFigure(ctx, cell, {
      metric,
      applicant: null,
      value: cell.value,
      source: `${source} (${BLOCK_LABELS[block]} ${OUTCOME_LABELS[outcome]})`,
      from: range,
    });
  });
}

/** A row that is only numbers: its own line has no label (the header's words were gathered above it). */
function bareNumbers(r: LogicalRow): boolean {
  return r.ownLabel.trim() === "";
}

import { say } from "../messages/catalogue.js";
import { collapse, type ExtractContext, refuseCell } from "./extract-context.js";
import { BLOCKS, emitTableFour, OUTCOMES } from "./extract-table-four.js";
import { fitRowCells } from "./fit-row-cells.js";
import { cellText, type GridCell, type GridRow, type GridTable } from "./grid-table.js";
import { gridValue, holdsNumber } from "./grid-value.js";
import { labelCore } from "./label-similarity.js";
import type { CellToken } from "./split-table-row.js";

type Block = (typeof BLOCKS)[number];
type Outcome = (typeof OUTCOMES)[number];

/** The block a head names; 复议后起诉 is checked before 行政复议, which its words contain. */
const BLOCK_HEADS: readonly [Block, RegExp][] = [
  ["litigation_after_recon", /复议后起诉/],
  ["litigation_direct", /未经复议|直接起诉/],
  ["reconsideration", /行政复议/],
];
const OUTCOME_HEADS: readonly [Outcome, RegExp][] = [
  ["upheld", /^结果维持$|^维持$/],
  ["corrected", /^结果纠正$|^纠正$/],
  ["other", /^其他结果$/],
  ["pending", /^尚未审结$/],
  ["total", /^总计$|^合计$/],
];

/**
 * Reads table 四 from an HTML table: each column's block (行政复议 / 未经复议直接起诉 / 复议后起诉) and
 * outcome (结果维持 … 总计) come from the header cells above it, spans honoured, and the first row with a
 * number gives the figures, a blank cell stating nothing. When the header cannot be read for all fifteen
 * columns, the row is read in template order only if it has exactly fifteen single-column cells.
 */
export function extractTableFourGrid(ctx: ExtractContext, table: GridTable): void {
  const firstData = table.rows.findIndex((r) => r.cells.some((c) => holdsNumber(ctx.text, c)));
  if (firstData < 0) return;
  const row = table.rows[firstData] as GridRow;
  const byHeader = metricIndexByColumn(ctx.text, table.rows.slice(0, firstData), table.width);
  const printed = row.cells.filter((c) => {
    const t = cellText(ctx.text, c).trim();
    return gridValue(ctx.text, c).kind === "words" || holdsNumber(ctx.text, c) || t === "" || !/[\u3400-\u9fff]/.test(t);
  });
  // Without a readable header, a trailing or leading empty <td> is no column when the numbers keep one placing.
  const valueCells =
    byHeader === null ? fitRowCells(printed, BLOCKS.length * OUTCOMES.length, (c) => cellText(ctx.text, c).trim() === "") : printed;
  const cells: (CellToken | undefined)[] = new Array(BLOCKS.length * OUTCOMES.length).fill(undefined);
  const single = valueCells.every((c) => c.colSpan === 1);
  const place = (k: number | undefined, c: GridCell) => {
    if (k === undefined || cells[k] !== undefined) return false;
    const v = gridValue(ctx.text, c);
    if (v.kind === "words") {
      refuseCell(ctx, v.start, v.end, say("extract.t4_not_number", { text: collapse(v.text) }));
      cells[k] = { raw: v.text, value: null, unit: "", start: v.end, end: v.end };
    } else cells[k] = v.token;
    return true;
  };
  if (byHeader !== null && single) {
    for (const c of valueCells) if (!place(byHeader[c.col], c)) refuseLeftover(ctx, c, say("extract.t4_no_head"));
  } else if (single && valueCells.length === cells.length) {
    ctx.warnings.push(say("extract.t4_template_order"));
    valueCells.forEach((c, k) => {
      place(k, c);
    });
  } else {
    ctx.warnings.push(say("extract.t4_columns_unknown"));
    for (const c of valueCells) refuseLeftover(ctx, c, say("extract.t4_column_unknown"));
    return;
  }
  const none = (): CellToken => ({ raw: "", value: null, unit: "", start: row.end, end: row.end });
  emitTableFour(
    ctx,
    cells.map((c) => c ?? none()),
    { start: row.start, end: row.end },
  );
  for (const r of table.rows.slice(firstData + 1)) for (const c of r.cells) refuseLeftover(ctx, c, say("extract.t4_outside_row"));
}

/** The metric index (block × outcome) of each column, or null unless all fifteen are named once. */
function metricIndexByColumn(text: string, header: readonly GridRow[], width: number): (number | undefined)[] | null {
  const out: (number | undefined)[] = new Array(width).fill(undefined);
  const seen = new Set<number>();
  for (let col = 0; col < width; col++) {
    const heads = [...new Set(header.map((r) => r.covering[col]).filter((c) => c !== undefined))].map((c) =>
      labelCore(cellText(text, c as GridCell)),
    );
    const block = BLOCK_HEADS.find(([, re]) => heads.some((h) => re.test(h)))?.[0];
    const outcomes = OUTCOME_HEADS.filter(([, re]) => heads.some((h) => re.test(h)));
    if (block === undefined || outcomes.length !== 1) continue;
    const k = BLOCKS.indexOf(block) * OUTCOMES.length + OUTCOMES.indexOf((outcomes[0] as [Outcome, RegExp])[0]);
    if (seen.has(k)) return null;
    seen.add(k);
    out[col] = k;
  }
  return seen.size === BLOCKS.length * OUTCOMES.length ? out : null;
}

function refuseLeftover(ctx: ExtractContext, c: GridCell, reason: string): void {
  const v = gridValue(ctx.text, c);
  if (v.kind === "words" || v.token.value !== null) refuseCell(ctx, c.start, c.end, reason);
}

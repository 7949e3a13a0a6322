import { say } from "../messages/catalogue.js";
import { APPLICANTS, type Applicant } from "../types.js";
import { collapse, type ExtractContext, inLayout, misfit, pushTableFigure, refuseCell } from "./extract-context.js";
import { fitRowCells } from "./fit-row-cells.js";
import { labelSimilarity } from "./label-similarity.js";
import { placeTableThreeFragments } from "./place-table-three-fragments.js";
import { loosePattern } from "./report-lines.js";
import { isBlankCell } from "./split-table-row.js";
import { cutOffEnd } from "./table-lines.js";
import { type LogicalRow, tableRowsIn } from "./table-rows-in.js";
import { type TableThreeRow, tableThreeRows } from "./table-three-rows.js";

/** Columns of table 三 in template order: six applicant types, then 总计 (null). */
export const COLUMNS: readonly (Applicant | null)[] = [...APPLICANTS, null];
const MIN_SIMILARITY = 0.7;
/** How much of a template label a wrapped label's first part must hold for the line below to complete it. */
const MIN_PARTIAL = 0.5;
const SPLIT_OTHER = new RegExp(`${loosePattern("逾期不补正")}|${loosePattern("逾期未按收费通知")}`, "u");

/**
 * Reads table 三. Each printed row must carry exactly seven numbers (six applicant columns and 总计);
 * a row with more or fewer is left out and its numbers listed as unassigned, because which column a
 * missing cell belonged to cannot be known. Rows are matched to the template in order (an alignment that
 * maximises label similarity), so a provincial extra row or a damaged label cannot shift the rows after it.
 */
export function extractTableThree(ctx: ExtractContext, region: { start: number; end: number }): void {
  const regionText = ctx.text.slice(region.start, region.end);
  const templates = tableThreeRows(splitsOther(regionText));
  const rows: LogicalRow[] = [];
  for (const printed of tableRowsIn(ctx.text, region)) {
    const whole = cutOffEnd(printed.cells, COLUMNS.length, printed.endsText);
    if (whole === null) {
      refuseRow(ctx, printed, say("extract.t3_cut_off", { label: shortLabel(printed) }));
      continue;
    }
    const row = { ...printed, cells: fitRowCells(whole, COLUMNS.length, isBlankCell) };
    if (row.cells.length === COLUMNS.length) rows.push(row);
    else refuseRow(ctx, row, say("extract.t3_count", { count: row.cells.length, expected: COLUMNS.length, label: shortLabel(row) }));
  }
  readTableThreeRows(ctx, rows, templates);
}

/** Whether the table's words show the 2021 template's three (六) rows. */
export function splitsOther(tableText: string): boolean {
  return SPLIT_OTHER.test(tableText);
}

/**
 * Gives rows of seven cells (six applicant columns and 总计, in template order; a cell not stated has a
 * null value) their template rows and writes their figures; a row no template row matches is listed.
 */
export function readTableThreeRows(ctx: ExtractContext, rows: readonly LogicalRow[], templates: readonly TableThreeRow[]): void {
  const byLabel = align(rows, templates);
  const pairs = placeTableThreeFragments(rows, byLabel, templates);
  rows.forEach((row, i) => {
    const t = pairs[i];
    if (t === undefined) {
      refuseRow(ctx, row, say("extract.t3_row_unknown", { label: shortLabel(row) }));
      return;
    }
    // A fragment placed by the table's identities has no printed words of its own: its template row names it.
    const label = byLabel[i] === undefined ? t.key : sourceLabel(row, t);
    const source = collapse(`${label} ${row.cells.map((c) => c.raw).join(" ")}`);
    row.cells.forEach((cell, c) => {
      ctx.consumed.push([cell.start, cell.end]);
      if (cell.value === null) return;
      const bad =
        misfit(t.metric, cell.value) ??
        (inLayout(t.metric, ctx.layout) ? null : say("extract.not_in_layout", { metric: t.metric, layout: ctx.layout }));
      if (bad !== null) {
        refuseCell(ctx, cell.start, cell.end, bad);
        return;
      }
      pushTableFigure(ctx, cell, { metric: t.metric, applicant: COLUMNS[c] ?? null, value: cell.value, source, from: row });
    });
  });
}

export function refuseRow(ctx: ExtractContext, row: LogicalRow, reason: string): void {
  // A row that states nothing (a title over blank cells) loses no figure: no warning.
  if (row.cells.some((c) => c.value !== null)) ctx.warnings.push(reason);
  for (const cell of row.cells) {
    if (cell.value !== null) refuseCell(ctx, cell.start, cell.end, reason);
    else ctx.consumed.push([cell.start, cell.end]);
  }
}

export function shortLabel(row: LogicalRow): string {
  const own = collapse(row.ownLabel || row.label);
  return own === "" ? say("extract.no_label") : own.length > 40 ? `${own.slice(0, 40)}…` : own;
}

const SUB_ROW_MARK = /(\d{1,2})\s*[.、]\s*(?=[\u3400-\u9fff“"])/gu;

/** The sub-row number printed in a label ("2.其他…", "3、其他"), the last one when several. */
function subNumber(label: string): number | null {
  const all = [...label.matchAll(SUB_ROW_MARK)];
  const last = all[all.length - 1];
  return last ? Number(last[1]) : null;
}

function score(row: LogicalRow, t: TableThreeRow, ownNamesARow: boolean): number {
  const n = subNumber(row.label);
  if (t.index !== undefined && n !== null && n !== t.index) return 0;
  if (t.requireIndex && n !== t.index) return 0;
  // The text on the numbers' own line decides when it names the row by itself; gathered lines help
  // only when the own line is a fragment.
  const own = similarity(row.ownLabel, t);
  // A line that names a row is that row: a label gathered above it (a blank row's "总计") is not its name.
  if (own < MIN_SIMILARITY && (ownNamesARow || namesSeveralRows(row))) return 0;
  const gathered = own >= MIN_SIMILARITY ? own : similarity(row.label, t);
  // The line below completes a label that names half the row already; it never names a row by itself
  // (a blank row's "总计" below the numbers of the row above must not make them the total).
  const completes = gathered < MIN_SIMILARITY && gathered >= MIN_PARTIAL && row.continuation !== "";
  const s = completes ? similarity(`${row.label}${row.continuation}`, t) : gathered;
  return s >= MIN_SIMILARITY ? s : 0;
}

/**
 * The words that name the row, for its source: its own line when that names it, else the fewest lines
 * gathered above it that do (a table's header words, gathered in front of its first row, are no part of it).
 */
function sourceLabel(row: LogicalRow, t: TableThreeRow): string {
  if (similarity(row.ownLabel, t) >= MIN_SIMILARITY) return row.ownLabel;
  const gathered = row.gathered ?? [];
  for (let k = 1; k <= gathered.length; k++) {
    const words = [...gathered.slice(-k), row.ownLabel].filter((s) => s !== "").join(" ");
    if (similarity(words, t) >= MIN_SIMILARITY) return words;
  }
  return row.continuation !== "" && similarity(row.label, t) < MIN_SIMILARITY ? `${row.label}${row.continuation}` : row.label;
}

/** How well a printed label names a template row: by its template words or a short form of them. */
function similarity(label: string, t: TableThreeRow): number {
  return Math.max(labelSimilarity(label, t.key), ...(t.aliases ?? []).map((a) => labelSimilarity(label, a)));
}

/**
 * True when the numbers stand under the labels of several sub-rows ("2.没有现成信息需要另行制作 3.补正后
 * 申请内容仍不明确" gathered above a line of bare numbers, as tables broken into fragments have them):
 * which of them the numbers belong to cannot be told, so the row is none of them.
 */
function namesSeveralRows(row: LogicalRow): boolean {
  const marks = new Set([...row.label.matchAll(SUB_ROW_MARK)].map((m) => m[1]));
  return marks.size > 1;
}

/** Order-preserving assignment of rows to template rows maximising the summed similarity. */
function align(rows: readonly LogicalRow[], templates: readonly TableThreeRow[]): (TableThreeRow | undefined)[] {
  const n = rows.length;
  const m = templates.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const s: number[][] = rows.map((r) => {
    const named = templates.some((t) => similarity(r.ownLabel, t) >= MIN_SIMILARITY);
    return templates.map((t) => score(r, t, named));
  });
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = (s[i - 1] as number[])[j - 1] as number;
      const row = best[i] as number[];
      const up = best[i - 1] as number[];
      row[j] = Math.max(up[j] as number, row[j - 1] as number, here > 0 ? (up[j - 1] as number) + here : 0);
    }
  }
  const out: (TableThreeRow | undefined)[] = new Array(n).fill(undefined);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = (s[i - 1] as number[])[j - 1] as number;
    const v = (best[i] as number[])[j] as number;
    if (v === ((best[i - 1] as number[])[j] as number)) i--;
    else if (v === ((best[i] as number[])[j - 1] as number)) j--;
    else if (here > 0 && v === ((best[i - 1] as number[])[j - 1] as number) + here) {
      out[i - 1] = templates[j - 1];
      i--;
      j--;
    } else break;
  }
  return out;
}

import { say } from "../../messages/catalogue.js";
import type { Applicant, Layout } from "../../types.js";
import { APPLICANTS } from "../../types.js";
import { misfit } from "../extract-context.js";
import { BLOCKS, OUTCOMES } from "../extract-table-four.js";
import { labelSimilarity } from "../label-similarity.js";
import { type TableThreeRow, tableThreeRows } from "../table-three-rows.js";
import { type Column, metricId, rowKind, TEMPLATE_COLUMNS } from "../table-two-columns.js";
import type { OcrFigure } from "./ocr-report.js";
import { type CellReading, FIGURE } from "./read-band.js";

/** One ruled table row as read: its page, and its cells left to right. */
export interface ReadRow {
  page: number;
  cells: CellReading[];
}

const T3_COLUMNS: readonly (Applicant | null)[] = [...APPLICANTS, null];
const T4_CELLS = BLOCKS.length * OUTCOMES.length;
const CJK = /[\u3400-\u9fff]/u;

/** Figures placed so far, before the identity checks. */
export type PlacedFigure = Omit<OcrFigure, "identity">;

/**
 * Gives the figures of the rows read their metrics by the rows' places in the template, which the
 * tables' shapes tell apart: a row of fifteen figures is table 四; a label and seven figures is a row of
 * table 三, the n-th such row being the template's n-th row (the count must be the template's: 23 rows, or
 * 25 where (六)其他处理 is split); a label naming a 第二十条 item and one to three figures is a row of
 * table 二, its columns the template's for the layout. Labels that were read are checked against the
 * template row given by place; a row that cannot be placed for sure is left out, with a warning.
 */
export function placeOcrFigures(rows: readonly ReadRow[], layout: Layout, warnings: string[]): PlacedFigure[] {
  const out: PlacedFigure[] = [];
  const t3: ReadRow[] = [];
  for (const row of rows) {
    const n = row.cells.length;
    if (n === T4_CELLS && isFigureRun(row.cells)) placeTableFour(row, out, warnings);
    else if (n >= 8 && isFigureRun(row.cells.slice(-7)) && !row.cells.slice(0, -7).some((c) => FIGURE.test(c.text))) t3.push(row);
    else if (n >= 2 && n <= 4 && isFigureRun(row.cells.slice(1))) placeTableTwo(row, layout, out, warnings);
  }
  if (t3.length > 0) placeTableThree(t3, layout, out, warnings);
  return out;
}

/** Cells that hold figures: no Chinese in any, and at least one figure read. */
function isFigureRun(cells: readonly CellReading[]): boolean {
  return cells.some((c) => FIGURE.test(c.text)) && !cells.some((c) => CJK.test(c.text));
}

function labelOf(cells: readonly CellReading[]): string {
  return cells
    .map((c) => c.text)
    .join(" ")
    .trim();
}

function where(row: ReadRow, label: string): string {
  const shown = label ? (label.length > 30 ? `${label.slice(0, 30)}…` : label) : null;
  return shown === null
    ? say("extract.ocr_at_row_unlabelled", { page: row.page })
    : say("extract.ocr_at_row", { page: row.page, label: shown });
}

/** One cell's figure, or null with a warning when it was not read for sure or cannot be the metric's. */
function figureOf(cell: CellReading, metric: string, at: string, warnings: string[]): number | null {
  if (cell.blank) return null;
  if (!FIGURE.test(cell.text)) {
    const read = cell.doubt ?? say("extract.ocr_read", { text: JSON.stringify(cell.text) });
    warnings.push(say("extract.ocr_not_sure", { at, metric, read }));
    return null;
  }
  const value = Number(cell.text);
  const bad = misfit(metric, value);
  if (bad !== null) {
    warnings.push(say("extract.ocr_misfit", { at, metric, text: cell.text, why: bad }));
    return null;
  }
  return value;
}

function placeTableFour(row: ReadRow, out: PlacedFigure[], warnings: string[]): void {
  const at = say("extract.ocr_at_table_four", { page: row.page });
  const figures = row.cells.map((c) => c.text || "·").join(" ");
  row.cells.forEach((cell, k) => {
    const metric = `${BLOCKS[Math.floor(k / OUTCOMES.length)]}.${OUTCOMES[k % OUTCOMES.length]}`;
    const value = figureOf(cell, metric, at, warnings);
    if (value !== null)
      out.push({ metric, applicant: null, value, page: row.page, source: `表四 ${figures}`, confidence: cell.confidence });
  });
}

function placeTableTwo(row: ReadRow, layout: Layout, out: PlacedFigure[], warnings: string[]): void {
  const label = labelOf(row.cells.slice(0, 1));
  const kind = rowKind(label);
  const at = where(row, label);
  if (kind === undefined) {
    warnings.push(say("extract.ocr_t2_unknown_row", { at }));
    return;
  }
  const columns: readonly Column[] = TEMPLATE_COLUMNS[layout][kind] ?? [];
  const cells = row.cells.slice(1);
  if (columns.length !== cells.length) {
    warnings.push(say("extract.ocr_t2_count", { at, cells: cells.length, layout, columns: columns.length }));
    return;
  }
  const source = `第二十条 ${label} ${cells.map((c) => c.text || "·").join(" ")}`;
  cells.forEach((cell, k) => {
    const metric = metricId(kind, columns[k] as Column);
    if (metric === null) return;
    const value = figureOf(cell, metric, at, warnings);
    if (value !== null) out.push({ metric, applicant: null, value, page: row.page, source, confidence: cell.confidence });
  });
}

/** Below this similarity a label that was read does not name its template row. */
const NAMES_ROW = 0.5;
/** At or above this similarity a label read clearly names a template row. */
const CLEARLY = 0.8;

function placeTableThree(rows: readonly ReadRow[], layout: Layout, out: PlacedFigure[], warnings: string[]): void {
  const templates = rows.length === 25 && layout === "2021" ? tableThreeRows(true) : rows.length === 23 ? tableThreeRows(false) : null;
  if (templates === null) {
    warnings.push(
      say("extract.ocr_t3_rows", { rows: rows.length, layout, expected: layout === "2021" ? say("extract.ocr_23_or_25") : "23" }),
    );
    return;
  }
  // Place is the rule; a label that was read and clearly names another row than its place says the rows
  // were miscounted (a row lost or a provincial row added), and then no row is placed.
  for (const [i, row] of rows.entries()) {
    const t = templates[i] as TableThreeRow;
    const label = labelOf(row.cells.slice(0, -7));
    if (labelSimilarity(label, t.key) >= NAMES_ROW) continue;
    const other = templates.find(
      (o) => o !== t && labelSimilarity(label, o.key) >= CLEARLY && !(o.requireIndex && !label.includes(String(o.index))),
    );
    if (other !== undefined) {
      warnings.push(say("extract.ocr_t3_misplaced", { at: where(row, label), row: i + 1, metric: t.metric, other: other.metric }));
      return;
    }
  }
  for (const [i, row] of rows.entries()) {
    const t = templates[i] as TableThreeRow;
    const label = labelOf(row.cells.slice(0, -7));
    const cells = row.cells.slice(-7);
    const source = `表三 ${label || t.key} ${cells.map((c) => c.text || "·").join(" ")}`;
    cells.forEach((cell, k) => {
      const value = figureOf(cell, t.metric, where(row, label), warnings);
      if (value !== null)
        out.push({ metric: t.metric, applicant: T3_COLUMNS[k] ?? null, value, page: row.page, source, confidence: cell.confidence });
    });
  }
}

/**
 * A long sheet: a heading row of the dataset format's columns (metric, value, … plus entity and year),
 * read as a dataset CSV's rows. The Chinese headings this toolkit writes in workbooks (指标代码, 数值, …)
 * stand for their columns, and its reading columns (名称, 指标, 文件, 行) are left as they are, so a
 * workbook written by `export --what observations` reads back. Metric cells may hold a catalogue label.
 * Any other heading stops the reading at the heading.
 */
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { COLUMN_NAMES } from "../dataset-format.js";
import type { ProblemLog } from "../problem-log.js";
import { type PendingProblem, readDatasetBatches } from "../read-dataset-file.js";
import type { Sheet, SheetCell, SheetRow } from "./sheet.js";
import { foldLabel, metricFromLabel } from "./sheet-labels.js";
import { placeProblem } from "./sheet-place.js";
import { claim, hasProblem, type Reporter, type SheetTarget, unusableCellProblem } from "./sheet-target.js";

/** Workbook headings (see column-headings.ts) → the dataset column they stand for. */
const DATASET_HEADINGS: Record<string, string> = {
  机构代码: "entity",
  年份: "year",
  指标代码: "metric",
  申请人: "applicant",
  数值: "value",
  来源性质: "basis",
  出处: "source",
  备注: "note",
};

/** Columns for reading beside the figures (names, labels, where a row came from), not data. */
const READING_HEADINGS = new Set(["entity_name", "名称", "机构", "label", "指标", "单位", "unit", "file", "文件", "line", "行"]);

/** True when a heading row makes a long sheet: it has a value column. */
export function isLongHeading(folded: readonly string[]): boolean {
  return folded.some((h) => (DATASET_HEADINGS[h] ?? h) === "value");
}

/** A long sheet: its heading row and rows, as a dataset CSV's. */
export async function readLongSheet(
  heading: SheetRow,
  names: Map<number, string>,
  data: SheetRow[],
  sheet: Sheet,
  t: SheetTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
  found: PendingProblem[],
  report: Reporter,
): Promise<void> {
  const all = [...names.keys()].sort((a, b) => a - b);
  const datasetName = (c: number) => {
    const h = foldLabel(names.get(c) as string);
    return DATASET_HEADINGS[h] ?? h;
  };
  const hasMetric = all.some((c) => datasetName(c) === "metric");
  // 指标 is the metric column when there is no id column; otherwise the labels beside the ids.
  const cols = all.filter((c) => !READING_HEADINGS.has(datasetName(c)) || (!hasMetric && datasetName(c) === "指标"));
  const header = cols.map((c) => (datasetName(c) === "指标" ? "metric" : datasetName(c)));
  const metricAt = header.indexOf("metric");
  const fields = (r: SheetRow) =>
    cols.map((c, i) => {
      const text = r.cells.get(c)?.text ?? "";
      return i === metricAt ? (metricFromLabel(text) ?? text) : text;
    });
  // The body from the folder or the sheet's name, when the sheet has no entity column.
  let entity = t.entity;
  if (!header.includes("entity") && entity === null) {
    entity = t.entityIds.get(foldLabel(sheet.name)) ?? null;
    if (entity !== null && !claim(t, entity, report)) return;
  }
  const batchRows: string[][] = [
    cols.map((c, i) => (COLUMN_NAMES.includes(header[i] as string) ? (header[i] as string) : (names.get(c) as string))),
  ];
  const lines: number[] = [heading.row];
  const hidden = new Set<number>();
  // A heading the format does not have stops the reading at the heading (readHeader names each one), so
  // the rows below are never laid out over thousands of unknown columns.
  const usable = header.every((h) => COLUMN_NAMES.includes(h)) && new Set(header).size === header.length;
  for (const r of usable ? data : []) {
    if (!cols.some((c) => (r.cells.get(c)?.text ?? "").trim() !== "" || hasProblem(r.cells.get(c)))) continue;
    const bad = cols.find((c) => hasProblem(r.cells.get(c)));
    if (bad !== undefined) {
      unusableCellProblem(report, r, bad, r.cells.get(bad) as SheetCell);
      continue;
    }
    batchRows.push(fields(r));
    lines.push(r.row);
    if (r.hidden) hidden.add(r.row);
  }
  const problems = await readDatasetBatches(
    [{ batch: { rows: batchRows, lines: Int32Array.from(lines), syntaxErrors: [] } }],
    { file: t.file, entity, year: t.year, knownEntities: t.knownEntities },
    builder,
    log,
  );
  for (const p of problems) placeProblem(p, t.places, p.line, p.fieldIndex >= 0 ? (cols[p.fieldIndex] as number) : 0, hidden.has(p.line));
  found.push(...problems);
}

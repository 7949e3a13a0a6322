/**
 * A long sheet: a heading row of the dataset format's columns (metric, value, … plus entity and year),
 * read as a dataset CSV's rows. A heading the format lacks stops the reading at the heading.
 */
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { COLUMN_NAMES } from "../dataset-format.js";
import type { ProblemLog } from "../problem-log.js";
import { type PendingProblem, readDatasetBatches } from "../read-dataset-file.js";
import type { Sheet, SheetCell, SheetRow } from "./sheet.js";
import { foldLabel } from "./sheet-labels.js";
import { placeProblem } from "./sheet-place.js";
import { claim, hasProblem, type Reporter, type SheetTarget, unusableCellProblem } from "./sheet-target.js";

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
  const cols = [...names.keys()].sort((a, b) => a - b);
  const fields = (r: SheetRow) => cols.map((c) => r.cells.get(c)?.text ?? "");
  const header = cols.map((c) => foldLabel(names.get(c) as string));
  // The body from the folder or the sheet's name, when the sheet has no entity column.
  let entity = t.entity;
  if (!header.includes("entity") && entity === null) {
    entity = t.entityIds.get(foldLabel(sheet.name)) ?? null;
    if (entity !== null && !claim(t, entity, report)) return;
  }
  const batchRows: string[][] = [cols.map((c) => names.get(c) as string)];
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

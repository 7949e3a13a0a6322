/**
 * A wide sheet: a metric column (an id or a catalogue label), an optional applicant column, one column
 * per year. Metric and applicant are resolved once a row; each year column is then one pass through the
 * dataset row validation, so every problem knows its cell. The body is the entity column, else the
 * dataset folder, else the sheet's name.
 */
import { closestMetricIds } from "../../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { say } from "../../messages/catalogue.js";
import { closestStrings } from "../../text/closest-strings.js";
import { echoText, quoted } from "../echo-text.js";
import type { ProblemLog } from "../problem-log.js";
import { type PendingProblem, readDatasetBatches } from "../read-dataset-file.js";
import type { SheetRow } from "./sheet.js";
import { applicantFromLabel, foldLabel, metricFromLabel, metricLabels, WIDE_HEADINGS, yearFromHeading } from "./sheet-labels.js";
import { placeProblem } from "./sheet-place.js";
import { claim, hasProblem, type Reporter, type SheetTarget, unusableCellProblem } from "./sheet-target.js";

interface WideRow {
  row: SheetRow;
  metric: string;
  applicant: string;
  entity: string | null;
}

/** A wide sheet: one row per metric (and applicant), one column per year. */
export async function readWideSheet(
  heading: SheetRow,
  names: Map<number, string>,
  data: SheetRow[],
  t: SheetTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
  found: PendingProblem[],
  report: Reporter,
): Promise<void> {
  const years = new Map<number, number>();
  let metricCol = 0;
  let applicantCol = 0;
  let entityCol = 0;
  for (const [col, name] of names) {
    const year = yearFromHeading(name);
    const role = WIDE_HEADINGS[foldLabel(name)];
    if (year !== null) {
      const twice = [...years].find(([, y]) => y === year);
      if (twice)
        report(
          "E_DUPLICATE_COLUMN",
          heading.row,
          col,
          say("io.sheet.year_twice.what", { year }),
          say("io.sheet.year_twice.expected"),
          say("io.sheet.year_twice.found", { year }),
          say("io.header.duplicate.hint"),
        );
      else years.set(col, year);
    } else if (role === "metric") {
      // An id column wins over a label column beside it (a table written by this toolkit has both).
      if (metricCol === 0 || foldLabel(name) === "metric" || foldLabel(name) === "指标代码") metricCol = col;
    } else if (role === "applicant") applicantCol = col;
    // Likewise an id column over a name column.
    else if (role === "entity") {
      if (entityCol === 0 || foldLabel(name) === "entity" || foldLabel(name) === "机构代码") entityCol = col;
    } else if (role === undefined) {
      report(
        "E_UNKNOWN_COLUMN",
        heading.row,
        col,
        say("io.header.unknown.what", { name: echoText(name) }),
        say("io.sheet.unknown_column.expected"),
        quoted(name),
        say("io.sheet.unknown_column.hint"),
      );
    }
  }
  if (years.size === 0) {
    report(
      "E_MISSING_COLUMN",
      heading.row,
      0,
      say("io.sheet.no_years.what"),
      say("io.sheet.no_years.expected"),
      say("io.sheet.no_years.found", { headings: quoted([...names.values()].join(", ")) }),
      say("io.sheet.no_years.hint"),
    );
    return;
  }
  let bodyEntity = t.entity;
  if (entityCol === 0 && bodyEntity === null) {
    bodyEntity = t.entityIds.get(foldLabel(t.bodyName)) ?? null;
    if (bodyEntity === null) {
      const near = closestStrings(t.bodyName, [...t.knownEntities], 2);
      report(
        "E_UNKNOWN_ENTITY",
        0,
        0,
        say("io.sheet.unknown_body.what", { name: quoted(t.bodyName) }),
        say("io.sheet.unknown_body.expected"),
        quoted(t.bodyName),
        near.length
          ? say("io.sheet.unknown_body.hint_near", { near: near.join(say("general.list_separator")) })
          : say("io.sheet.unknown_body.hint"),
      );
      return;
    }
    if (!claim(t, bodyEntity, report)) return;
  }
  const yearCols = [...years.keys()].sort((a, b) => a - b);
  const figures = (r: SheetRow) => yearCols.filter((c) => (r.cells.get(c)?.text ?? "").trim() !== "" || hasProblem(r.cells.get(c)));
  const wide: WideRow[] = [];
  for (const r of data) {
    // A row without a figure is a note, a blank line or a heading of a part: nothing to read.
    if (figures(r).length === 0) continue;
    const metricText = (r.cells.get(metricCol)?.text ?? "").trim();
    const metric = metricFromLabel(metricText);
    if (metric === null) {
      // Suggestions cost a string distance to every id and label: only for the problems shown in full.
      const near = log.count < log.cap ? [...closestMetricIds(metricText, 2), ...closestStrings(metricText, metricLabels(), 2)] : [];
      report(
        "E_UNKNOWN_METRIC",
        r.row,
        metricCol,
        metricText === "" ? say("io.sheet.no_metric.what") : say("io.row.unknown_metric.what", { metric: quoted(metricText) }),
        say("io.sheet.metric.expected"),
        quoted(metricText),
        near.length ? say("io.row.unknown_metric.hint_near", { near: near.join(", ") }) : say("io.sheet.metric.hint"),
        r.hidden,
      );
      continue;
    }
    let applicant = "";
    if (applicantCol > 0) {
      const text = (r.cells.get(applicantCol)?.text ?? "").trim();
      const a = applicantFromLabel(text);
      if (a === null) {
        report(
          "E_BAD_APPLICANT",
          r.row,
          applicantCol,
          say("io.row.unknown_applicant.what", { applicant: quoted(text) }),
          say("io.sheet.applicant.expected"),
          quoted(text),
          say("io.row.unknown_applicant.hint"),
          r.hidden,
        );
        continue;
      }
      applicant = a;
    }
    let entity = bodyEntity;
    if (entityCol > 0) {
      const text = (r.cells.get(entityCol)?.text ?? "").trim();
      entity = t.entityIds.get(foldLabel(text)) ?? (text === "" ? bodyEntity : text);
    }
    wide.push({ row: r, metric, applicant, entity });
  }
  // One pass per year column, so each figure's cell is known from its row and the pass.
  for (const col of yearCols) {
    const year = years.get(col) as number;
    const batchRows: string[][] = [["entity", "year", "metric", "applicant", "value"]];
    const lines: number[] = [heading.row];
    const hidden = new Set<number>();
    for (const w of wide) {
      const cell = w.row.cells.get(col);
      if (cell === undefined || (cell.text.trim() === "" && !hasProblem(cell))) continue;
      if (hasProblem(cell)) {
        unusableCellProblem(report, w.row, col, cell);
        continue;
      }
      batchRows.push([w.entity ?? "", String(year), w.metric, w.applicant, cell.text]);
      lines.push(w.row.row);
      if (w.row.hidden) hidden.add(w.row.row);
    }
    if (batchRows.length === 1) continue;
    const problems = await readDatasetBatches(
      [{ batch: { rows: batchRows, lines: Int32Array.from(lines), syntaxErrors: [] } }],
      { file: t.file, entity: t.entity, year: t.year, knownEntities: t.knownEntities },
      builder,
      log,
    );
    const fieldCols = [entityCol, col, metricCol, applicantCol, col];
    for (const p of problems) {
      // The year's own cell is its heading.
      const row = p.fieldIndex === 1 ? heading.row : p.line;
      placeProblem(p, t.places, row, p.fieldIndex >= 0 ? (fieldCols[p.fieldIndex] as number) : 0, hidden.has(p.line));
    }
    found.push(...problems);
  }
}

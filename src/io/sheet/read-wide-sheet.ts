/**
 * A wide sheet: a metric column (an id or a catalogue label), an optional applicant column, one column
 * per year. Metric and applicant are resolved once a row; each year column is then one pass through the
 * dataset row validation, so every problem knows its cell. The body is the entity column, else the
 * dataset folder, else the sheet's name.
 */
import { closestMetricIds } from "../../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { closestStrings } from "../../text/closest-strings.js";
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
          `the year ${year} heads two columns`,
          "each year once",
          `${year} again`,
          "remove or rename one of them",
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
        `unknown column "${name}"`,
        "指标 (or metric), 申请人 (or applicant), 机构 (or entity), years such as 2016 or 2016年, or a column left as it is (单位, 备注, 名称)",
        JSON.stringify(name),
        "rename the column, or put a long sheet's columns (metric, value, …) in the heading row",
      );
    }
  }
  if (years.size === 0) {
    report(
      "E_MISSING_COLUMN",
      heading.row,
      0,
      "no year columns",
      "one column per year headed 2016 or 2016年, or a value column (a long sheet)",
      `headings ${JSON.stringify([...names.values()].join(", "))}`,
      "head each year's column with the year",
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
        `"${t.bodyName}" names no known body`,
        "a sheet named by an entity id or its Chinese name, or an entity (机构) column",
        JSON.stringify(t.bodyName),
        near.length
          ? `did you mean ${near.join(" or ")}? Otherwise add its metadata (an entities sheet in the workbook, or entities.json beside the file)`
          : "rename the sheet to the body's id or Chinese name, and add its metadata (an entities sheet in the workbook, or entities.json beside the file)",
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
        metricText === "" ? "figures without a metric" : `unknown metric "${metricText}"`,
        "a metric id or the catalogue's Chinese label",
        JSON.stringify(metricText),
        near.length
          ? `did you mean ${near.join(", ")}? (disclosure-trends catalogue lists them all)`
          : "run `disclosure-trends catalogue` for the ids and labels",
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
          `unknown applicant "${text}"`,
          "blank or 总计, or 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (or their ids)",
          JSON.stringify(text),
          "leave it blank for the 总计 column",
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

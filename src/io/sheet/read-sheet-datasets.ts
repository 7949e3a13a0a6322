/**
 * Reads the figures of one sheet into the table builder, through the same row validation as a dataset
 * CSV (readDatasetBatches), so a figure in a workbook is checked exactly as one in a CSV. Two shapes:
 * - a long sheet: a heading row naming dataset columns (metric, value, … plus entity and year);
 * - a wide sheet, as analysts keep them: a metric column (an id or the catalogue's Chinese label), an
 *   optional applicant column, and one column per year (2016 or 2016年); the body is the entity column,
 *   else the dataset folder, else the sheet's name (an entity id or its Chinese name).
 * Rows above the heading row (a title) are skipped, and so are rows without a figure (notes). Merged
 * ranges spread their text over the label columns they cover; one covering several figures is an
 * error. Hidden rows are read like the others (hiding is a view, not a deletion) and problems in them
 * say so. Blank cells are no row (unknown, never zero).
 */
import { closestMetricIds } from "../../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { type ProblemCode, problem } from "../../errors.js";
import { closestStrings } from "../../text/closest-strings.js";
import { COLUMN_NAMES } from "../dataset-format.js";
import type { ProblemLog } from "../problem-log.js";
import { type PendingProblem, readDatasetBatches } from "../read-dataset-file.js";
import type { Sheet, SheetCell, SheetRow } from "./sheet.js";
import { applicantFromLabel, foldLabel, metricFromLabel, metricLabels, WIDE_HEADINGS, yearFromHeading } from "./sheet-labels.js";
import { cellFrame, placeProblem, type SheetPlaces } from "./sheet-place.js";

export interface SheetTarget {
  /** What observations and problems name as their file: `book.xlsx[佳木斯市]`, or the CSV's path. */
  file: string;
  places: SheetPlaces;
  /** The entity and year of a `<entity>/<year>.xlsx` file; null otherwise. */
  entity: string | null;
  year: number | null;
  knownEntities: ReadonlySet<string>;
  /** Folded id, Chinese or English name → entity id. */
  entityIds: ReadonlyMap<string, string>;
  /** The name that stands for the body when nothing else does: the sheet's name, or the CSV's base name. */
  bodyName: string;
  /** Bodies already read from a sheet of the same workbook by its name, → that sheet's name. */
  claimed?: Map<string, string>;
}

/** Cells that merged ranges may spread a label over, in one sheet. */
const MAX_SPREAD = 2_000_000;

/** How many rows from the top may hold a title before the heading row. */
const HEADING_SEARCH_ROWS = 20;

/** Reads one sheet; returns the entity it stands for when it names one for all its rows (sheet name or folder). */
export async function readSheetDatasets(
  sheet: Sheet,
  t: SheetTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
): Promise<PendingProblem[]> {
  const found: PendingProblem[] = [];
  const report = (
    code: ProblemCode,
    row: number,
    col: number,
    what: string,
    expected: string,
    got: string,
    hint: string,
    hidden = false,
  ) => {
    const p: PendingProblem = { ...problem(code, { file: t.file }, what, expected, got, hint), fieldIndex: -1 };
    placeProblem(p, t.places, row, col, hidden);
    found.push(p);
    log.add(p);
  };
  const rows = sheet.rows.filter((r) => [...r.cells.values()].some((c) => c.text.trim() !== "" || c.error !== undefined));
  if (rows.length === 0) return found;
  if (!spreadMerged(sheet, rows)) {
    report(
      "E_MERGED",
      0,
      0,
      "merged ranges over too many cells",
      `merged ranges covering at most ${MAX_SPREAD} cells in all`,
      "more (overlapping or sheet-wide ranges)",
      "unmerge the cells and put each value in its own cell",
    );
    return found;
  }
  const headingAt = rows.slice(0, HEADING_SEARCH_ROWS).findIndex((r) => [...r.cells.values()].some((c) => isMetricHeading(c.text)));
  if (headingAt < 0) {
    report(
      "E_MISSING_COLUMN",
      0,
      0,
      "no heading row",
      "a row of headings with metric (or 指标) and either value or year columns (2016, 2016年)",
      `no such row in the first ${HEADING_SEARCH_ROWS} rows`,
      "put the headings in the sheet's first row; a sheet whose name starts with _ is not read",
    );
    return found;
  }
  const heading = rows[headingAt] as SheetRow;
  const data = rows.slice(headingAt + 1);
  const names = new Map<number, string>();
  for (const [col, c] of heading.cells) if (c.text.trim() !== "") names.set(col, c.text.trim());
  const folded = [...names.values()].map(foldLabel);
  if (folded.includes("value")) await readLong(heading, names, data, sheet, t, builder, log, found, report);
  else await readWide(heading, names, data, t, builder, log, found, report);
  if (t.places === "cells") {
    const byRow = new Map(rows.map((r) => [r.row, r]));
    for (const p of found) {
      const r = p.line > 0 ? byRow.get(p.line) : undefined;
      if (r !== undefined) p.frame = cellFrame(r.row, r.cells, p.column);
    }
  }
  return found;
}

type Reporter = (
  code: ProblemCode,
  row: number,
  col: number,
  what: string,
  expected: string,
  got: string,
  hint: string,
  hidden?: boolean,
) => void;

function isMetricHeading(text: string): boolean {
  return WIDE_HEADINGS[foldLabel(text)] === "metric";
}

/** A long sheet: its heading row and rows, as a dataset CSV's. */
async function readLong(
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
      formulaProblem(report, r, bad, r.cells.get(bad) as SheetCell);
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

interface WideRow {
  row: SheetRow;
  metric: string;
  applicant: string;
  entity: string | null;
}

/** A wide sheet: one row per metric (and applicant), one column per year. */
async function readWide(
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
      if (metricCol === 0 || foldLabel(name) === "metric") metricCol = col;
    } else if (role === "applicant") applicantCol = col;
    else if (role === "entity") entityCol = col;
    else if (role === undefined) {
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
        formulaProblem(report, w.row, col, cell);
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

/** Takes a body for this sheet; false (and a problem) when another sheet of the workbook had it. */
function claim(t: SheetTarget, entity: string, report: Reporter): boolean {
  const other = t.claimed?.get(entity);
  if (other !== undefined) {
    report(
      "E_DUPLICATE",
      0,
      0,
      "a body in two sheets",
      "one sheet per body",
      `${entity} again (first in sheet ${JSON.stringify(other)})`,
      "join the two sheets, or remove one",
    );
    return false;
  }
  t.claimed?.set(entity, t.bodyName);
  return true;
}

function hasProblem(cell: SheetCell | undefined): boolean {
  return cell !== undefined && (cell.error !== undefined || cell.mergedOver !== undefined);
}

function formulaProblem(report: Reporter, r: SheetRow, col: number, cell: SheetCell): void {
  if (cell.mergedOver !== undefined) {
    report(
      "E_MERGED",
      r.row,
      col,
      "a figure in merged cells",
      "one figure per cell",
      `a figure merged over ${cell.mergedOver}`,
      "unmerge the cells and put each figure in its own cell (blank where the report states none)",
      r.hidden,
    );
    return;
  }
  report(
    "E_FORMULA",
    r.row,
    col,
    "no value in the cell",
    "a figure (a formula's saved result is read)",
    cell.error ?? "an error",
    cell.error?.startsWith("a formula")
      ? "open the workbook in Excel or WPS and save it, so each formula's result is stored, or type the figure"
      : "fix the formula, or leave the cell blank when the report does not state the figure",
    r.hidden,
  );
}

/**
 * Merged ranges: the top-left cell's text spreads over the range's label cells (a metric merged over its
 * applicant rows); a range over several figures keeps them at the top-left only and is an error there,
 * since a figure is never copied into cells the analyst did not fill.
 */
function spreadMerged(sheet: Sheet, rows: SheetRow[]): boolean {
  if (sheet.merged.length === 0) return true;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  // Crafted overlapping ranges could ask for rows × ranges of work: bounded, then refused.
  let budget = MAX_SPREAD;
  for (const m of sheet.merged) {
    const source = byRow.get(m.top)?.cells.get(m.left);
    if (source === undefined) continue;
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area <= 1) continue;
    if (source.numeric || /^[\s\d.,+\-%]+$/.test(source.text)) {
      source.mergedOver = m.ref;
      continue;
    }
    // Only rows that exist (found by binary search in the ordered rows): an empty range adds nothing.
    for (let k = firstRowAtOrAfter(rows, m.top); k < rows.length && (rows[k] as SheetRow).row <= m.bottom; k++) {
      const r = rows[k] as SheetRow;
      budget -= Math.min(m.right, m.left + 1024) - m.left + 1;
      if (budget < 0) return false;
      for (let c = m.left; c <= Math.min(m.right, m.left + 1024); c++) if (!r.cells.has(c)) r.cells.set(c, { ...source });
    }
  }
  return true;
}

function firstRowAtOrAfter(rows: readonly SheetRow[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as SheetRow).row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

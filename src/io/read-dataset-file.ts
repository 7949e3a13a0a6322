/**
 * Validates one dataset CSV against the format and the catalogue, row by row, and appends its valid rows
 * to the table builder. Every problem is logged with its line and the index of the offending field;
 * columns and code frames are filled in afterwards (code-frame.ts), off the hot path.
 */
import { closestMetricIds, metricAt, metricCode } from "../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../core/observation-table.js";
import { type DataProblem, type ProblemCode, problem } from "../errors.js";
import { closestStrings } from "../text/closest-strings.js";
import { APPLICANTS, type Basis } from "../types.js";
import { type CsvBatch, EncodingError } from "./csv-chunks.js";
import { COLUMN_NAMES, DATASET_COLUMNS } from "./dataset-format.js";
import { type CellResult, cleanCell, isNotStated, parseChange, parseFigure, parseShare } from "./parse-cell.js";
import type { ProblemLog } from "./problem-log.js";

export interface DatasetFileTarget {
  /** The path printed in problems. */
  file: string;
  /** The entity of a `<entity>/<year>.csv` file; null for a long file with an entity column. */
  entity: string | null;
  /** The year in the file name; null for a long file with a year column. */
  year: number | null;
  /** Entities with metadata; rows naming any other entity are rejected. */
  knownEntities: ReadonlySet<string>;
}

/** A problem whose column is a field index, resolved to a character column later. */
export interface PendingProblem extends DataProblem {
  fieldIndex: number;
}

type Columns = Record<string, number>;

/** Reads batches of one file into the builder; returns the problems found (also logged). */
export async function readDatasetBatches(
  batches: AsyncIterable<CsvBatch> | Iterable<CsvBatch>,
  target: DatasetFileTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
): Promise<PendingProblem[]> {
  const found: PendingProblem[] = [];
  const report = (code: ProblemCode, line: number, fieldIndex: number, what: string, expected: string, got: string, hint: string) => {
    const p: PendingProblem = { ...problem(code, { file: target.file, line }, what, expected, got, hint), fieldIndex };
    found.push(p);
    log.add(p);
  };
  let columns: Columns | null = null;
  let width = 0;
  let sawRow = false;
  const seen = new Map<string, number>();
  try {
    for await (const batch of batches) {
      for (const e of batch.syntaxErrors)
        report("E_CSV_SYNTAX", e.line, -1, "cannot parse the row", "valid CSV", e.message, "check for an unclosed quote");
      for (let r = 0; r < batch.rows.length; r++) {
        const fields = batch.rows[r] as string[];
        const line = batch.lines[r] as number;
        if (fields.length === 1 && (fields[0] as string).trim() === "") continue;
        if (columns === null) {
          columns = readHeader(fields, line, report);
          width = fields.length;
          if (columns === null) return found;
          continue;
        }
        sawRow = true;
        if (fields.length !== width) {
          report(
            "E_FIELD_COUNT",
            line,
            -1,
            "wrong number of fields",
            `${width} fields, as in the header`,
            `${fields.length}`,
            fields.length > width
              ? "a value with a comma must be quoted, or use no thousands separator"
              : "add the missing fields (they may be empty)",
          );
          continue;
        }
        readRow(fields, line, columns, target, builder, seen, report);
      }
    }
  } catch (err) {
    if (!(err instanceof EncodingError)) throw err;
    report(
      "E_ENCODING",
      err.line,
      -1,
      "cannot decode the file",
      "UTF-8 (with or without BOM), UTF-16 or GB18030 text",
      `bytes that are not ${err.encoding}`,
      "save the file again as UTF-8 CSV; do not mix encodings in one file",
    );
    return found;
  }
  if (columns === null || !sawRow) {
    report(
      "E_EMPTY_FILE",
      columns === null ? 0 : 1,
      -1,
      "no data",
      columns === null ? "a header line and data rows" : "data rows after the header",
      columns === null ? "an empty file" : "only a header",
      "a dataset file needs the header `metric,value` and one row per figure",
    );
  }
  return found;
}

type Report = (code: ProblemCode, line: number, fieldIndex: number, what: string, expected: string, got: string, hint: string) => void;

function readHeader(fields: string[], line: number, report: Report): Columns | null {
  const columns: Columns = {};
  let ok = true;
  fields.forEach((raw, i) => {
    const name = cleanCell(raw)
      .replace(/^\uFEFF/, "")
      .toLowerCase();
    if (!COLUMN_NAMES.includes(name)) {
      const near = closestStrings(name, COLUMN_NAMES, 2);
      report(
        "E_UNKNOWN_COLUMN",
        line,
        i,
        `unknown column "${name}"`,
        `one of ${COLUMN_NAMES.join(", ")}`,
        JSON.stringify(raw),
        near.length ? `did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "remove the column or rename it to note",
      );
      ok = false;
    } else if (name in columns) {
      report(
        "E_DUPLICATE_COLUMN",
        line,
        i,
        `column "${name}" appears twice`,
        "each column once",
        `a second "${name}"`,
        "remove one of them",
      );
      ok = false;
    } else columns[name] = i;
  });
  for (const spec of DATASET_COLUMNS) {
    if (spec.required && !(spec.name in columns)) {
      report(
        "E_MISSING_COLUMN",
        line,
        -1,
        `missing column "${spec.name}"`,
        `a "${spec.name}" column (${spec.description})`,
        `header ${JSON.stringify(fields.join(","))}`,
        "the header must name at least metric and value",
      );
      ok = false;
    }
  }
  return ok ? columns : null;
}

function readRow(
  fields: string[],
  line: number,
  col: Columns,
  target: DatasetFileTarget,
  builder: ObservationTableBuilder,
  seen: Map<string, number>,
  report: Report,
): void {
  const cell = (name: string): string => (col[name] === undefined ? "" : cleanCell(fields[col[name] as number] as string));
  const at = (name: string): number => col[name] ?? -1;
  let bad = false;
  const fail = (name: string, code: ProblemCode, what: string, expected: string, got: string, hint: string) => {
    report(code, line, at(name), what, expected, got, hint);
    bad = true;
  };

  // entity and year: from the path, checked against the columns when both exist
  let entity = target.entity;
  const entityCell = cell("entity");
  if (entityCell !== "") {
    if (entity !== null && entityCell !== entity) {
      fail(
        "entity",
        "E_ENTITY_MISMATCH",
        "entity contradicts the folder",
        `"${entity}" (the folder name)`,
        JSON.stringify(entityCell),
        "move the file to the entity's folder or fix the entity column",
      );
    } else entity = entityCell;
  }
  if (entity === null) {
    fail(
      "entity",
      "E_MISSING_COLUMN",
      "no entity",
      "an entity id (a long file needs an entity column)",
      "a blank cell",
      "fill in the entity id",
    );
  } else if (!target.knownEntities.has(entity)) {
    const near = closestStrings(entity, [...target.knownEntities], 2);
    fail(
      "entity",
      "E_UNKNOWN_ENTITY",
      `unknown entity "${entity}"`,
      "an entity with metadata",
      JSON.stringify(entity),
      near.length ? `did you mean ${near.join(" or ")}? Otherwise add its entity metadata` : "add entity metadata (entity.json) for it",
    );
  }
  let year = target.year;
  const yearCell = cell("year");
  if (yearCell !== "") {
    const y = Number(yearCell);
    if (target.year !== null && y !== target.year) {
      fail(
        "year",
        "E_YEAR_MISMATCH",
        "year contradicts the file name",
        `${target.year} (from the file name)`,
        JSON.stringify(yearCell),
        "rename the file or fix the year column",
      );
    } else if (!Number.isInteger(y) || y < 1990 || y > 2100) {
      fail("year", "E_NOT_A_NUMBER", "invalid year", "a four-digit year", JSON.stringify(yearCell), "write the report year, e.g. 2017");
    } else year = y;
  }
  if (year === null && yearCell === "") {
    fail("year", "E_MISSING_COLUMN", "no year", "a year (a long file needs a year column)", "a blank cell", "fill in the report year");
  }

  const metricId = cell("metric");
  const code = metricCode(metricId);
  if (code < 0) {
    const near = closestMetricIds(metricId);
    fail(
      "metric",
      "E_UNKNOWN_METRIC",
      `unknown metric "${metricId}"`,
      "a metric id from the catalogue",
      JSON.stringify(metricId),
      near.length
        ? `did you mean ${near.join(", ")}? (disclosure-trends catalogue lists them all)`
        : "run `disclosure-trends catalogue` for the list of ids",
    );
  }
  const def = code >= 0 ? metricAt(code) : undefined;

  let applicant = -1;
  const applicantCell = cell("applicant");
  if (applicantCell !== "" && applicantCell !== "total") {
    applicant = (APPLICANTS as readonly string[]).indexOf(applicantCell);
    if (applicant < 0) {
      fail(
        "applicant",
        "E_BAD_APPLICANT",
        `unknown applicant "${applicantCell}"`,
        `blank (总计) or one of ${APPLICANTS.join(", ")}`,
        JSON.stringify(applicantCell),
        "leave it blank for the 总计 column",
      );
    } else if (def && !def.by_applicant) {
      fail(
        "applicant",
        "E_BAD_APPLICANT",
        `${def.id} has no applicant split`,
        "a blank applicant",
        JSON.stringify(applicantCell),
        "only table 三 metrics (requests_new, result_*, …) are split by applicant",
      );
    }
  }

  const number = (name: string, parse: (s: string) => CellResult): number => {
    const s = cell(name);
    if (isNotStated(s)) return Number.NaN;
    const r = parse(s);
    if (r.ok) return r.value;
    fail(name, r.code, `invalid ${name}`, r.expected, JSON.stringify((fields[at(name)] ?? "").trim()), r.hint);
    return Number.NaN;
  };
  const value = def ? number("value", (s) => parseFigure(s, def.kind, def.unit)) : Number.NaN;
  const printedShare = number("printed_share", parseShare);
  const printedChange = number("printed_change", (s) => parseChange(s, false));
  const printedChangePct = number("printed_change_pct", (s) => parseChange(s, true));

  const basisCell = cell("basis").toLowerCase();
  let basis: Basis = "printed";
  if (basisCell === "derived") basis = "derived";
  else if (basisCell !== "" && basisCell !== "printed") {
    fail(
      "basis",
      "E_BAD_BASIS",
      "invalid basis",
      "printed, derived or blank",
      JSON.stringify(basisCell),
      "derived marks a figure computed from printed ones",
    );
  }

  if (def && entity !== null && year !== null) {
    const key = `${entity}\u0000${year}\u0000${code}\u0000${applicant}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail(
        "metric",
        "E_DUPLICATE",
        "duplicate row",
        `one row per metric${def.by_applicant ? " and applicant" : ""}`,
        `${def.id}${applicant >= 0 ? ` (${APPLICANTS[applicant]})` : ""} again (first on line ${first})`,
        "keep one of the two rows",
      );
    } else seen.set(key, line);
  }
  if (bad || !def || entity === null || year === null) return;
  const sourceRaw = fields[col.source ?? -1];
  builder.push({
    entity,
    year,
    metric: code,
    applicant,
    value,
    printedShare,
    printedChange,
    printedChangePct,
    basis,
    source: sourceRaw === undefined ? null : unguardText(sourceRaw.trim()),
    file: target.file,
    line,
  });
}

/** Strips the apostrophe the toolkit writes before text that a spreadsheet would run as a formula. */
export function unguardText(s: string): string {
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

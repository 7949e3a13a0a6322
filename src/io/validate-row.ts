/**
 * The full check of one data row, with a precise problem for every bad cell. The loader's fast path
 * (fast-row.ts) handles rows whose cells are all in plain form; anything else comes here, so every
 * problem is worded here and only here.
 */
import { closestMetricIds, metricAt, metricCode } from "../catalogue/catalogue.js";
import type { RowInput } from "../core/observation-table.js";
import type { ProblemCode } from "../errors.js";
import { closestStrings } from "../text/closest-strings.js";
import { APPLICANTS, type Basis } from "../types.js";
import { type CellResult, cleanCell, isNotStated, parseChange, parseFigure, parseShare } from "./parse-cell.js";
import type { DatasetFileTarget } from "./read-dataset-file.js";
import type { Columns, Report } from "./read-header.js";

/** Returns the row's values, or null after reporting each problem it has. */
export function validateRow(fields: string[], line: number, col: Columns, target: DatasetFileTarget, report: Report): RowInput | null {
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
    // The set itself, not a copy per row: the hint search remembers its answers per set.
    const near = closestStrings(entity, target.knownEntities, 2);
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
  // ocr: printed in the report and read from its page image (extract --ocr); checked as printed.
  else if (basisCell === "ocr") basis = "ocr";
  else if (basisCell !== "" && basisCell !== "printed") {
    fail(
      "basis",
      "E_BAD_BASIS",
      "invalid basis",
      "printed, derived, ocr or blank",
      JSON.stringify(basisCell),
      "derived marks a figure computed from printed ones, ocr one read from a scanned page",
    );
  }

  if (bad || !def || entity === null || year === null) return null;
  const sourceRaw = fields[col.source ?? -1];
  return {
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
  };
}

/** Strips the apostrophe the toolkit writes before text that a spreadsheet would run as a formula. */
export function unguardText(s: string): string {
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

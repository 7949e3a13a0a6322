/**
 * The full check of one data row, with a precise problem for every bad cell. The loader's fast path
 * (fast-row.ts) handles rows whose cells are all in plain form; anything else comes here, so every
 * problem is worded here and only here.
 */
import { closestMetricIds, metricAt, metricCode } from "../catalogue/catalogue.js";
import type { RowInput } from "../core/observation-table.js";
import type { ProblemCode } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { closestStrings } from "../text/closest-strings.js";
import { APPLICANTS, type Basis } from "../types.js";
import { isReportYear, YEAR_MAX, YEAR_MIN } from "./dataset-format.js";
import { hasControlChar, quoted } from "./echo-text.js";
import { type CellResult, cleanCell, isNotStated, parseChange, parseFigure, parseShare } from "./parse-cell.js";
import type { DatasetFileTarget } from "./read-dataset-file.js";
import type { Columns, ProblemTexts, Report } from "./read-header.js";

/** Returns the row's values, or null after reporting each problem it has. */
export function validateRow(fields: string[], line: number, col: Columns, target: DatasetFileTarget, report: Report): RowInput | null {
  const cell = (name: string): string => (col[name] === undefined ? "" : cleanCell(fields[col[name] as number] as string));
  const at = (name: string): number => col[name] ?? -1;
  let bad = false;
  // The texts are a function: the reporter words them only for a problem shown in full.
  const fail = (name: string, code: ProblemCode, texts: () => ProblemTexts) => {
    report(code, line, at(name), texts);
    bad = true;
  };

  // entity and year: from the path, checked against the columns when both exist
  let entity = target.entity;
  const entityCell = cell("entity");
  if (entityCell !== "") {
    if (entity !== null && entityCell !== entity) {
      const folder = entity;
      fail("entity", "E_ENTITY_MISMATCH", () => [
        say("io.row.entity_mismatch.what"),
        say("io.row.entity_mismatch.expected", { entity: folder }),
        quoted(entityCell),
        say("io.row.entity_mismatch.hint"),
      ]);
    } else entity = entityCell;
  }
  if (entity === null) {
    fail("entity", "E_MISSING_COLUMN", () => [
      say("io.row.no_entity.what"),
      say("io.row.no_entity.expected"),
      say("io.row.blank_cell"),
      say("io.row.no_entity.hint"),
    ]);
  } else if (!target.knownEntities.has(entity)) {
    fail("entity", "E_UNKNOWN_ENTITY", () => {
      // The set itself, not a copy per row: the hint search remembers its answers per set.
      const near = closestStrings(entity, target.knownEntities, 2);
      return [
        say("io.row.unknown_entity.what", { entity: quoted(entity) }),
        say("io.row.unknown_entity.expected"),
        quoted(entity),
        near.length
          ? say("io.row.unknown_entity.hint_near", { near: near.join(say("general.list_separator")) })
          : say("io.row.unknown_entity.hint"),
      ];
    });
  }
  let year = target.year;
  const yearCell = cell("year");
  if (yearCell !== "") {
    const y = Number(yearCell);
    const named = target.year;
    if (named !== null && y !== named) {
      fail("year", "E_YEAR_MISMATCH", () => [
        say("io.row.year_mismatch.what"),
        say("io.row.year_mismatch.expected", { year: named }),
        quoted(yearCell),
        say("io.row.year_mismatch.hint"),
      ]);
    } else if (!Number.isInteger(y)) {
      fail("year", "E_NOT_A_NUMBER", () => [
        say("io.row.bad_year.what"),
        say("io.row.bad_year.expected"),
        quoted(yearCell),
        say("io.row.bad_year.hint"),
      ]);
    } else if (!isReportYear(y)) {
      fail("year", "E_YEAR_RANGE", () => [
        say("io.row.year_range.what"),
        say("io.year_range.expected", { min: YEAR_MIN, max: YEAR_MAX }),
        quoted(yearCell),
        say("io.row.bad_year.hint"),
      ]);
    } else year = y;
  }
  if (year === null && yearCell === "") {
    fail("year", "E_MISSING_COLUMN", () => [
      say("io.row.no_year.what"),
      say("io.row.no_year.expected"),
      say("io.row.blank_cell"),
      say("io.row.no_year.hint"),
    ]);
  }

  const metricId = cell("metric");
  const code = metricCode(metricId);
  if (code < 0 && hasControlChar(metricId)) {
    fail("metric", "E_CONTROL_CHAR", () => [
      say("io.row.control.what"),
      say("io.row.metric.expected"),
      quoted(metricId),
      say("io.row.control.hint"),
    ]);
  } else if (code < 0) {
    fail("metric", "E_UNKNOWN_METRIC", () => {
      const near = closestMetricIds(metricId);
      return [
        say("io.row.unknown_metric.what", { metric: quoted(metricId) }),
        say("io.row.metric.expected"),
        quoted(metricId),
        near.length ? say("io.row.unknown_metric.hint_near", { near: near.join(", ") }) : say("io.row.unknown_metric.hint"),
      ];
    });
  }
  const def = code >= 0 ? metricAt(code) : undefined;

  let applicant = -1;
  const applicantCell = cell("applicant");
  if (applicantCell !== "" && applicantCell !== "total") {
    applicant = (APPLICANTS as readonly string[]).indexOf(applicantCell);
    if (applicant < 0) {
      fail("applicant", "E_BAD_APPLICANT", () => [
        say("io.row.unknown_applicant.what", { applicant: quoted(applicantCell) }),
        say("io.row.unknown_applicant.expected", { applicants: APPLICANTS.join(", ") }),
        quoted(applicantCell),
        say("io.row.unknown_applicant.hint"),
      ]);
    } else if (def && !def.by_applicant) {
      fail("applicant", "E_BAD_APPLICANT", () => [
        say("io.row.no_applicant_split.what", { metric: def.id }),
        say("io.row.no_applicant_split.expected"),
        quoted(applicantCell),
        say("io.row.no_applicant_split.hint"),
      ]);
    }
  }

  const number = (name: string, parse: (s: string) => CellResult): number => {
    const s = cell(name);
    if (isNotStated(s)) return Number.NaN;
    const r = parse(s);
    if (r.ok) return r.value;
    fail(name, r.code, () => {
      const [expected, hint] = r.explain();
      return [say("io.row.invalid_cell.what", { column: name }), expected, quoted((fields[at(name)] ?? "").trim()), hint];
    });
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
    fail("basis", "E_BAD_BASIS", () => [
      say("io.row.bad_basis.what"),
      say("io.row.bad_basis.expected"),
      quoted(basisCell),
      say("io.row.bad_basis.hint"),
    ]);
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

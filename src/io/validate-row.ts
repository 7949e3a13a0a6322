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
import type { ColumnPositions, ProblemTexts, Report } from "./read-header.js";

/**
 * Returns the row's values, or null after reporting each problem it has. `at` holds the columns'
 * places, worked out once per file (columnPositions).
 */
export function validateRow(
  fields: string[],
  line: number,
  at: ColumnPositions,
  target: DatasetFileTarget,
  report: Report,
): RowInput | null {
  const cell = (field: number): string => (field < 0 ? "" : cleanCell(fields[field] as string));
  let bad = false;
  // The texts are a function: the reporter words them only for a problem shown in full.
  const fail = (field: number, code: ProblemCode, texts: () => ProblemTexts) => {
    report(code, line, field, texts);
    bad = true;
  };

  // entity and year: from the path, checked against the columns when both exist
  let entity = target.entity;
  const entityCell = cell(at.entity);
  if (entityCell !== "") {
    if (entity !== null && entityCell !== entity) {
      const folder = entity;
      fail(at.entity, "E_ENTITY_MISMATCH", () => [
        say("io.row.entity_mismatch.what"),
        say("io.row.entity_mismatch.expected", { entity: folder }),
        quoted(entityCell),
        say("io.row.entity_mismatch.hint"),
      ]);
    } else entity = entityCell;
  }
  if (entity === null) {
    fail(at.entity, "E_MISSING_COLUMN", () => [
      say("io.row.no_entity.what"),
      say("io.row.no_entity.expected"),
      say("io.row.blank_cell"),
      say("io.row.no_entity.hint"),
    ]);
  } else if (entity !== target.entity && !target.knownEntities.has(entity)) {
    // The folder's own body is not checked here: a folder without usable metadata is one problem of
    // its entity.json, not one more on every row (fast-row.ts takes such rows too).
    fail(at.entity, "E_UNKNOWN_ENTITY", () => {
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
  const yearCell = cell(at.year);
  if (yearCell !== "") {
    const y = Number(yearCell);
    const named = target.year;
    if (named !== null && y !== named) {
      fail(at.year, "E_YEAR_MISMATCH", () => [
        say("io.row.year_mismatch.what"),
        say("io.row.year_mismatch.expected", { year: named }),
        quoted(yearCell),
        say("io.row.year_mismatch.hint"),
      ]);
    } else if (!Number.isInteger(y)) {
      fail(at.year, "E_NOT_A_NUMBER", () => [
        say("io.row.bad_year.what"),
        say("io.row.bad_year.expected"),
        quoted(yearCell),
        say("io.row.bad_year.hint"),
      ]);
    } else if (!isReportYear(y)) {
      fail(at.year, "E_YEAR_RANGE", () => [
        say("io.row.year_range.what"),
        say("io.year_range.expected", { min: YEAR_MIN, max: YEAR_MAX }),
        quoted(yearCell),
        say("io.row.bad_year.hint"),
      ]);
    } else year = y;
  }
  if (year === null && yearCell === "") {
    fail(at.year, "E_MISSING_COLUMN", () => [
      say("io.row.no_year.what"),
      say("io.row.no_year.expected"),
      say("io.row.blank_cell"),
      say("io.row.no_year.hint"),
    ]);
  }

  const metricId = cell(at.metric);
  const code = metricCode(metricId);
  if (code < 0 && hasControlChar(metricId)) {
    fail(at.metric, "E_CONTROL_CHAR", () => [
      say("io.row.control.what"),
      say("io.row.metric.expected"),
      quoted(metricId),
      say("io.row.control.hint"),
    ]);
  } else if (code < 0) {
    fail(at.metric, "E_UNKNOWN_METRIC", () => {
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
  const applicantCell = cell(at.applicant);
  if (applicantCell !== "" && applicantCell !== "total") {
    applicant = (APPLICANTS as readonly string[]).indexOf(applicantCell);
    if (applicant < 0) {
      fail(at.applicant, "E_BAD_APPLICANT", () => [
        say("io.row.unknown_applicant.what", { applicant: quoted(applicantCell) }),
        say("io.row.unknown_applicant.expected", { applicants: APPLICANTS.join(", ") }),
        quoted(applicantCell),
        say("io.row.unknown_applicant.hint"),
      ]);
    } else if (def && !def.by_applicant) {
      fail(at.applicant, "E_BAD_APPLICANT", () => [
        say("io.row.no_applicant_split.what", { metric: def.id }),
        say("io.row.no_applicant_split.expected"),
        quoted(applicantCell),
        say("io.row.no_applicant_split.hint"),
      ]);
    }
  }

  const number = (name: string, field: number, parse: (s: string) => CellResult): number => {
    const s = cell(field);
    if (isNotStated(s)) return Number.NaN;
    const r = parse(s);
    if (r.ok) return r.value;
    fail(field, r.code, () => {
      const [expected, hint] = r.explain();
      return [say("io.row.invalid_cell.what", { column: name }), expected, quoted((fields[field] ?? "").trim()), hint];
    });
    return Number.NaN;
  };
  const value = def ? number("value", at.value, (s) => parseFigure(s, def.kind, def.unit)) : Number.NaN;
  const printedShare = number("printed_share", at.share, parseShare);
  const printedChange = number("printed_change", at.change, (s) => parseChange(s, false));
  const printedChangePct = number("printed_change_pct", at.changePct, (s) => parseChange(s, true));

  const basisCell = cell(at.basis).toLowerCase();
  let basis: Basis = "printed";
  if (basisCell === "derived") basis = "derived";
  // ocr: printed in the report and read from its page image (extract --ocr); checked as printed.
  else if (basisCell === "ocr") basis = "ocr";
  else if (basisCell !== "" && basisCell !== "printed") {
    fail(at.basis, "E_BAD_BASIS", () => [
      say("io.row.bad_basis.what"),
      say("io.row.bad_basis.expected"),
      quoted(basisCell),
      say("io.row.bad_basis.hint"),
    ]);
  }

  if (bad || !def || entity === null || year === null) return null;
  const sourceRaw = at.source < 0 ? undefined : fields[at.source];
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

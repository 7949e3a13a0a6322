import type { ProblemCode } from "../errors.js";
import { closestStrings } from "../text/closest-strings.js";
import { COLUMN_NAMES, DATASET_COLUMNS } from "./dataset-format.js";
import { cleanCell } from "./parse-cell.js";

/** Reports a problem at a line and field index (−1: the whole line). */
export type Report = (
  code: ProblemCode,
  line: number,
  fieldIndex: number,
  what: string,
  expected: string,
  got: string,
  hint: string,
) => void;

/** Column name → field index. */
export type Columns = Record<string, number>;

/** Checks the header line; returns the column positions, or null when the header is unusable. */
export function readHeader(fields: string[], line: number, report: Report): Columns | null {
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

/** Where each dataset column sits in a row (−1 when the header lacks it), for the row readers' hot loops. */
export interface ColumnPositions {
  entity: number;
  year: number;
  metric: number;
  applicant: number;
  value: number;
  share: number;
  change: number;
  changePct: number;
  basis: number;
  source: number;
}

export function columnPositions(col: Columns): ColumnPositions {
  const at = (name: string) => col[name] ?? -1;
  return {
    entity: at("entity"),
    year: at("year"),
    metric: at("metric"),
    applicant: at("applicant"),
    value: at("value"),
    share: at("printed_share"),
    change: at("printed_change"),
    changePct: at("printed_change_pct"),
    basis: at("basis"),
    source: at("source"),
  };
}

import type { ProblemCode } from "../errors.js";
import { type MessageKey, say } from "../messages/catalogue.js";
import { clipText } from "../text/clip-text.js";
import { closestStrings } from "../text/closest-strings.js";
import { COLUMN_NAMES, DATASET_COLUMNS } from "./dataset-format.js";
import { cleanCell } from "./parse-cell.js";

/** A problem's four texts: what is wrong, what was expected, what was found, a hint. */
export type ProblemTexts = readonly [what: string, expected: string, got: string, hint: string];

/**
 * Reports a problem at a line and field index (−1: the whole line). The texts are passed as a function:
 * they are worded (and any "did you mean" searched) only for a problem shown in full, so past the
 * problem cap a file of a million bad cells or a header of a million unknown names costs a count each.
 */
export type Report = (code: ProblemCode, line: number, fieldIndex: number, texts: () => ProblemTexts) => void;

/** How much of a header a problem quotes: the problem texts bound every echo again (errors.ts). */
const HEADER_ECHO_CHARS = 120;

/** Column name → field index. */
export type Columns = Record<string, number>;

/**
 * Checks the header line, reporting each problem; returns the positions of the columns it recognised,
 * or null when a required column is missing. An unknown or repeated column is reported but does not
 * stop the rows from being read by the others, so their problems show in the same run.
 */
export function readHeader(fields: string[], line: number, report: Report): Columns | null {
  const columns: Columns = {};
  fields.forEach((raw, i) => {
    const name = cleanCell(raw)
      .replace(/^\uFEFF/, "")
      .toLowerCase();
    if (!COLUMN_NAMES.includes(name)) {
      report("E_UNKNOWN_COLUMN", line, i, () => {
        const near = closestStrings(name, COLUMN_NAMES, 2);
        return [
          say("io.header.unknown.what", { name: clipText(name, HEADER_ECHO_CHARS) }),
          say("io.header.unknown.expected", { names: COLUMN_NAMES.join(", ") }),
          JSON.stringify(clipText(raw, HEADER_ECHO_CHARS)),
          near.length
            ? say("io.header.unknown.hint_near", { near: near.map((n) => `"${n}"`).join(say("general.list_separator")) })
            : say("io.header.unknown.hint"),
        ];
      });
    } else if (name in columns) {
      report("E_DUPLICATE_COLUMN", line, i, () => [
        say("io.header.duplicate.what", { name: clipText(name, HEADER_ECHO_CHARS) }),
        say("io.header.duplicate.expected"),
        say("io.header.duplicate.found", { name: clipText(name, HEADER_ECHO_CHARS) }),
        say("io.header.duplicate.hint"),
      ]);
    } else columns[name] = i;
  });
  for (const spec of DATASET_COLUMNS) {
    if (spec.required && !(spec.name in columns)) {
      report("E_MISSING_COLUMN", line, -1, () => {
        const separator = otherSeparator(fields);
        return [
          say("io.header.missing.what", { name: spec.name }),
          say("io.header.missing.expected", { name: spec.name, description: say(`io.column.${spec.name}` as MessageKey) }),
          say("io.header.missing.found", { header: JSON.stringify(headerStart(fields)) }),
          separator === null
            ? say("io.header.missing.hint")
            : say("io.header.missing.hint_separator", {
                separator: say(separator === ";" ? "io.separator.semicolon" : "io.separator.tab"),
              }),
        ];
      });
    }
  }
  return DATASET_COLUMNS.every((spec) => !spec.required || spec.name in columns) ? columns : null;
}

/**
 * The separator a header uses instead of commas, when its first field splits on a semicolon or a tab
 * into column names (a CSV saved by a European or a tab-separated setting); null otherwise.
 */
function otherSeparator(fields: readonly string[]): ";" | "\t" | null {
  const first = (fields[0] ?? "").replace(/^\uFEFF/, "").slice(0, HEADER_ECHO_CHARS);
  for (const separator of [";", "\t"] as const) {
    const names = first.split(separator).map((n) => n.trim().toLowerCase());
    if (names.length > 1 && names.every((n) => COLUMN_NAMES.includes(n))) return separator;
  }
  return null;
}

/** The header as written, cut after HEADER_ECHO_CHARS characters (with "…"): never the whole of a huge one. */
function headerStart(fields: readonly string[]): string {
  let text = "";
  for (const [i, f] of fields.entries()) {
    text += (i > 0 ? "," : "") + f.slice(0, HEADER_ECHO_CHARS + 1);
    if (text.length > HEADER_ECHO_CHARS) return clipText(text, HEADER_ECHO_CHARS);
  }
  return text;
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

/**
 * The dataset format: `datasets/<entity>/<year>.csv`, one file per body and year, long rows of
 * (metric, value) with what the report printed beside each figure and where it came from, plus
 * `datasets/<entity>/entity.json` with the body's metadata. Adding a year is adding one file.
 * A blank line, or a row whose fields are all empty (a spreadsheet's blank row saved as commas), holds
 * no figure: it is skipped with a note, never read as a metric named "".
 */

export interface ColumnSpec {
  name: string;
  required: boolean;
}

/** The columns a dataset CSV may have; what each holds is the catalogue's `io.column.<name>`. */
export const DATASET_COLUMNS: readonly ColumnSpec[] = [
  { name: "metric", required: true },
  { name: "value", required: true },
  { name: "applicant", required: false },
  { name: "printed_share", required: false },
  { name: "printed_change", required: false },
  { name: "printed_change_pct", required: false },
  { name: "basis", required: false },
  { name: "source", required: false },
  { name: "year", required: false },
  { name: "entity", required: false },
  { name: "note", required: false },
];

export const COLUMN_NAMES: readonly string[] = DATASET_COLUMNS.map((c) => c.name);

/** The order in which the toolkit writes dataset columns. */
export const WRITE_ORDER: readonly string[] = [
  "metric",
  "applicant",
  "value",
  "printed_share",
  "printed_change",
  "printed_change_pct",
  "basis",
  "source",
];

/**
 * The years a report can be for: the regulations on government information disclosure took effect in
 * 2008 and reports from the 1990s local rules exist; 2100 bounds typing slips. One range for the year
 * column, the year in a file name and a year read from a sheet.
 */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** True for a whole year within YEAR_MIN–YEAR_MAX. */
export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/** A dataset file name: the year, four digits, `.csv`. */
export const DATASET_FILE_PATTERN = /^(\d{4})\.csv$/i;

export const ENTITY_FILE = "entity.json";

/**
 * Entity ids are folder names and report page names: lower-case ASCII letters, digits and hyphens
 * (`huaian-hongze`); the body's Chinese name goes in entity.json's name_zh.
 */
export const ENTITY_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

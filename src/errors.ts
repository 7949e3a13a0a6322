import { echoText, escapeControls } from "./io/echo-text.js";
import { say } from "./messages/catalogue.js";

/**
 * Errors about the user's input. Each problem names the file, the 1-based line and column, what was
 * expected, what was found, a hint, and a stable code that scripts and tests can rely on. The library
 * throws DataError; the CLI prints it without a stack trace and exits 1.
 */

export const PROBLEM_CODES = {
  E_EMPTY_FILE: "the file has no header or no data rows",
  E_ENCODING: "the bytes are neither UTF-8 nor GB18030 (or UTF-16 without a byte-order mark)",
  E_BAD_FILE_NAME: "a dataset file must be named <year>.csv",
  E_MISSING_COLUMN: "a required column is missing from the header",
  E_UNKNOWN_COLUMN: "the header names a column the format does not have",
  E_DUPLICATE_COLUMN: "the header names a column twice",
  E_FIELD_COUNT: "the row has more or fewer fields than the header",
  E_CSV_SYNTAX: "the CSV cannot be parsed (an unclosed quote, …)",
  E_UNKNOWN_METRIC: "the metric id is not in the catalogue",
  E_NOT_A_NUMBER: "a number was expected",
  E_UNIT_IN_VALUE: 'the value carries a unit word such as "万" or "亿"',
  E_NEGATIVE: "a count or amount cannot be negative",
  E_FRACTIONAL: "a count must be a whole number",
  E_SHARE_RANGE: "a share must be between 0 and 100 percent",
  E_BAD_BASIS: "basis must be printed or derived",
  E_BAD_APPLICANT: "the applicant column holds an unknown applicant type, or the metric has no applicant split",
  E_DUPLICATE: "the same entity, year, metric and applicant appear twice",
  E_YEAR_MISMATCH: "the year column contradicts the file name",
  E_ENTITY_MISMATCH: "the entity column contradicts the folder name",
  E_UNKNOWN_ENTITY: "the entity has no metadata (entity.json)",
  E_BAD_ENTITY_INFO: "entity.json is not valid",
  E_NO_DATASET: "the path holds no dataset files",
  E_NOT_FOUND: "the path does not exist",
  E_WORKBOOK: "the workbook cannot be read safely (a broken or encrypted zip, past the size bounds, XML with a DTD)",
  E_FORMULA: "a workbook cell holds an error value or a formula whose result was never saved",
  E_MERGED: "a merged range of a workbook covers several figures",
  E_NOT_A_FILE: "a dataset path is not a regular file or folder (a FIFO, device or socket, or a folder where a file was expected)",
  E_LINK: "a symbolic link that points nowhere, or round in a loop",
  E_YEAR_RANGE: "a year outside the years reports exist for",
  E_EXPONENT: "a number in exponent notation (1e3) where a plain count was expected",
  E_DECIMAL_COMMA: "a number with a decimal comma (1,5) or a misplaced thousands comma",
  E_CONTROL_CHAR: "a control character (NUL, an escape sequence, …) inside a value",
  E_FILE_CHANGED: "a file changed while it was being read",
  E_RECORD_TOO_LONG: "a record (a line, or lines joined inside quotes) longer than 1 MiB: skipped unread",
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** What a problem code means, in the current language (PROBLEM_CODES keeps the English for the API). */
export function problemCodeDescription(code: ProblemCode): string {
  return say(`problem.code.${code}`);
}

/** A safety net for every problem's texts: no control character reaches a terminal, no echo is unbounded. */
const FOUND_MAX_CHARS = 200;

export interface DataProblem {
  code: ProblemCode;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based character column (a workbook's column number); 0 when the problem concerns the whole line or file. */
  column: number;
  /**
   * In a workbook, the cell or rows the problem is at (`C7`, `7:7`): `file` then names the sheet
   * (`book.xlsx[佳木斯市]`) and `line` is the row.
   */
  cell?: string;
  expected: string;
  found: string;
  hint: string;
  /** One-line summary: `file:line:column: message`. */
  message: string;
  /** The offending line and a caret, when the line is known. */
  frame?: string;
}

/** Builds a problem with its one-line message. */
export function problem(
  code: ProblemCode,
  at: { file: string; line?: number; column?: number; cell?: string },
  what: string,
  expected: string,
  found: string,
  hint: string,
): DataProblem {
  const line = at.line ?? 0;
  const column = at.column ?? 0;
  const where = problemPlace(at.file, line, column, at.cell);
  const safe = { what: escapeControls(what), expected: escapeControls(expected), found: echoText(found, FOUND_MAX_CHARS) };
  return {
    code,
    file: at.file,
    line,
    column,
    ...(at.cell === undefined ? {} : { cell: at.cell }),
    expected: safe.expected,
    found: safe.found,
    hint: escapeControls(hint),
    message: say("problem.message", { where: escapeControls(where), ...safe }),
  };
}

/** Where a problem is: `file:line:column`, or `book.xlsx[sheet]!C7` for a workbook cell. */
export function problemPlace(file: string, line: number, column: number, cell?: string): string {
  if (cell !== undefined) return `${file}!${cell}`;
  return [file, line > 0 ? line : null, column > 0 ? column : null].filter((x) => x !== null).join(":");
}

/** Thrown when input data is wrong. Carries every problem found (capped), sorted by file and line. */
export class DataError extends Error {
  override readonly name = "DataError";

  constructor(
    readonly problems: readonly DataProblem[],
    /** How many further problems were found beyond the cap. */
    readonly omitted = 0,
  ) {
    super(formatSummary(problems, omitted));
  }
}

/** Thrown for a wrong command-line usage or option value: the CLI prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Thrown when an input holds nothing the command can use, said in one message where no list of
 * file:line problems applies (a report in which no figure is found: a scan, a text cut off). A problem
 * of the data, so the CLI exits 1; a UsageError still, for the callers that skip such an input and go
 * on with the next (add-year --bulk, reuse --pairs).
 */
export class UnusableInputError extends UsageError {}

/**
 * Thrown when the system refuses to read or write a file the user named (a full disk, a denied or
 * read-only folder, a path under a file): not a mistake in the data or the command line, so the CLI
 * exits 3. `code` is the system's (ENOSPC, EACCES, …); `path` is the file the user asked for, never a
 * temporary file beside it.
 */
export class IoError extends Error {
  override readonly name = "IoError";

  constructor(
    readonly action: "read" | "write",
    readonly path: string,
    readonly code: string | undefined,
    cause?: unknown,
  ) {
    super(`cannot ${action} ${path}${code === undefined ? "" : ` (${code})`}`, { cause });
  }
}

function formatSummary(problems: readonly DataProblem[], omitted: number): string {
  const n = problems.length + omitted;
  const first = problems[0];
  const head = first ? first.message : say("problem.invalid_data");
  return n <= 1 ? head : say("problem.and_more", { head, n: n - 1 });
}

/** Renders problems the way a compiler would: location, message, code frame, hint. */
export function formatProblems(problems: readonly DataProblem[], omitted = 0): string {
  const blocks = problems.map((p) => {
    const lines = [`${p.message} [${p.code}]`];
    if (p.frame) lines.push(p.frame);
    if (p.hint) lines.push(say("problem.hint", { hint: p.hint }));
    return lines.join("\n");
  });
  if (omitted > 0) blocks.push(say("problem.more_not_shown", { n: omitted }));
  return blocks.join("\n\n");
}

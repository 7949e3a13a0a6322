/**
 * Validates one dataset CSV against the format and the catalogue, row by row, and appends its valid rows
 * to the table builder. Every problem is logged with its line and the index of the offending field;
 * columns and code frames are filled in afterwards (code-frame.ts), off the hot path.
 */

import { isUtf8 } from "node:buffer";
import { metricAt } from "../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../core/observation-table.js";
import { type DataProblem, problem } from "../errors.js";
import { byteSize } from "../format/byte-size.js";
import { say } from "../messages/catalogue.js";
import { APPLICANTS } from "../types.js";
import { type CsvBatch, EncodingError, parseCsvRecords } from "./csv-chunks.js";
import { DuplicateGuard, findDuplicateKeys } from "./duplicate-guard.js";
import { markEncodingProblem, Utf16WithoutBomError, utf16Problem } from "./encoding-problem.js";
import { FastRowReader } from "./fast-row.js";
import type { LoadSizing } from "./load-sizing.js";
import { PlainRowScanner } from "./plain-row-scanner.js";
import type { ProblemLog } from "./problem-log.js";
import type { CsvPiece } from "./read-csv-source.js";
import { type ColumnPositions, type Columns, columnPositions, type Report, readHeader } from "./read-header.js";
import { hasQuote, type OverlongRecord, RECORD_LIMIT_BYTES, recordEnd } from "./record-bytes.js";
import { validateRow } from "./validate-row.js";

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

/** What a read went through, for a caller that reads a file in parts (see read-from-both-ends.ts). */
export interface ReadStats {
  /** The line the next record would start on. */
  nextLine: number;
  /** Data rows that took the string path (a quote, a space, a row with a problem…): 0 when every row was plain. */
  stringRows: number;
}

/** A problem whose column is a field index, resolved to a character column later. */
export interface PendingProblem extends DataProblem {
  fieldIndex: number;
}

/** Reads the pieces of one file into the builder; returns the problems found (also logged). */
export async function readDatasetBatches(
  pieces: AsyncIterable<CsvPiece> | Iterable<CsvPiece>,
  target: DatasetFileTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
  sizing?: LoadSizing,
  stats?: ReadStats,
): Promise<PendingProblem[]> {
  const found: PendingProblem[] = [];
  const report: Report = (code, line, fieldIndex, texts) => {
    // Past the log's cap a problem is only counted: its texts are not worded, its hint is not searched,
    // and it is not kept for a code frame (a file of a million bad rows held a million problems, and
    // spent most of its time wording messages nobody would see).
    if (log.problems.length >= log.cap) {
      log.omitted++;
      return;
    }
    const p: PendingProblem = { ...problem(code, { file: target.file, line }, ...texts()), fieldIndex };
    found.push(p);
    log.add(p);
  };
  const start = builder.length;
  const guard = new DuplicateGuard();
  let columns: Columns | null = null;
  let fast: FastRowReader | null = null;
  let positions: ColumnPositions | null = null;
  let scanner: PlainRowScanner | null = null;
  let metricField = -1;
  let width = 0;
  let sawRow = false;
  const duplicate = (line: number, metric: number, applicant: number, first: number) =>
    reportDuplicate(report, line, metricField, metric, applicant, first);

  /** Problems the header had: a header that has them and no rows below is not also an empty file. */
  let headerFaults = 0;
  /** Lines of rows whose fields are all empty (a spreadsheet's blank row saved as commas): skipped, noted. */
  const blankLines: number[] = [];

  /**
   * The string path: one parsed row. Returns false when the header is unusable (stop reading).
   * `declined`: the byte scanner turned the row down, so FastRowReader (which accepts the same rows)
   * would too, and the row goes straight to the full check.
   */
  const takeRow = (fields: string[], line: number, declined = false): boolean => {
    if (fields.length === 1 && (fields[0] as string).trim() === "") return true;
    if ((fields[0] as string).trim() === "" && fields.every((f) => f.trim() === "")) {
      blankLines.push(line);
      return true;
    }
    if (columns === null) {
      const before = found.length;
      columns = readHeader(fields, line, report);
      headerFaults = found.length - before;
      if (columns === null) return false;
      width = fields.length;
      fast = new FastRowReader(columns, target);
      positions = columnPositions(columns);
      scanner = new PlainRowScanner(columns, width, target, builder, guard, duplicate);
      metricField = columns.metric ?? -1;
      return true;
    }
    sawRow = true;
    if (stats) stats.stringRows++;
    if (fields.length !== width) {
      const found = fields.length;
      report("E_FIELD_COUNT", line, -1, () => [
        say("io.field_count.what"),
        say("io.field_count.expected", { n: width }),
        `${found}`,
        say(found > width ? "io.field_count.hint_more" : "io.field_count.hint_fewer"),
      ]);
      return true;
    }
    const row =
      (declined ? null : (fast as FastRowReader).read(fields, line)) ??
      validateRow(fields, line, positions as ColumnPositions, target, report);
    if (row === null) return true;
    const first = guard.check(builder.entityCode(row.entity), row.year, row.metric, row.applicant, line);
    if (first >= 0) duplicate(line, row.metric, row.applicant, first);
    else builder.push(row);
    return true;
  };

  const takeBatch = (batch: CsvBatch): boolean => {
    for (const e of batch.syntaxErrors)
      report("E_CSV_SYNTAX", e.line, -1, () => [
        say("io.csv_syntax.what"),
        say("io.csv_syntax.expected"),
        e.message,
        say("io.csv_syntax.hint"),
      ]);
    for (let r = 0; r < batch.rows.length; r++) {
      if (!takeRow(batch.rows[r] as string[], batch.lines[r] as number)) return false;
    }
    return true;
  };

  /** The byte path: plain rows straight to the columns, any other record through the string path. */
  let line = 1;
  const takeBytes = (bytes: Buffer): boolean => {
    if (!isUtf8(bytes)) throw new EncodingError(line, "utf-8");
    const end = bytes.length;
    let pos = 0;
    while (pos < end) {
      if (scanner !== null) {
        const next = (scanner as PlainRowScanner).scan(bytes, pos, end, line);
        if (next >= 0) {
          sawRow = true;
          line++;
          pos = next + 1;
          continue;
        }
      }
      // A declined record with a quote suggests quoted cells are common here: hand the rest of the
      // piece to papaparse at once rather than record by record.
      // Both looks stay within the record: a search to the piece's end for each declined row made a
      // piece of a million bad rows quadratic.
      const recEnd = recordEnd(bytes, pos);
      const quoted = hasQuote(bytes, pos, recEnd);
      if (!quoted) {
        // One line without quotes: its fields are its text split on commas, as the parser would give
        // them, without a parser's setting up for each of a million bad rows.
        const fields = plainFields(bytes, pos, recEnd);
        if (fields !== null) {
          if (!takeRow(fields, line, scanner !== null)) return false;
          line++;
          pos = recEnd + 1;
          continue;
        }
      }
      const stop = quoted ? end : recEnd;
      const { batch, nextLine } = parseCsvRecords(bytes.toString("utf8", pos, stop), line);
      line = nextLine;
      pos = stop + 1;
      if (batch !== null && !takeBatch(batch)) return false;
    }
    return true;
  };

  /** A record too long to read (record-bytes.ts): reported, its lines counted. False when it was the header. */
  const takeOverlong = (record: OverlongRecord): boolean => {
    const at = line;
    const isHeader = columns === null;
    report("E_RECORD_TOO_LONG", at, -1, () => [
      say("io.record_too_long.what"),
      say("io.record_too_long.expected", { limit: byteSize(RECORD_LIMIT_BYTES) }),
      say(
        record.quoteOpen
          ? "io.record_too_long.found_to_end"
          : record.lineBreaks === 0
            ? "io.record_too_long.found_line"
            : "io.record_too_long.found",
        { size: byteSize(record.bytes), lines: record.lineBreaks + 1 },
      ),
      record.quoteOpen
        ? say("io.record_too_long.hint_quote", { line: at })
        : say(isHeader ? "io.record_too_long.hint_header" : "io.record_too_long.hint"),
    ]);
    if (isHeader) {
      headerFaults++;
      return false;
    }
    sawRow = true;
    line += record.lineBreaks + 1;
    return true;
  };

  try {
    for await (const piece of pieces) {
      sizing?.expect(builder, piece);
      const ok =
        piece.bytes !== undefined
          ? takeBytes(piece.bytes)
          : piece.overlong !== undefined
            ? takeOverlong(piece.overlong)
            : takeBatch(piece.batch);
      if (!ok) return found;
      sizing?.reserve(builder, piece);
    }
    if (stats) stats.nextLine = line;
  } catch (err) {
    if (!(err instanceof EncodingError)) throw err;
    // Where exactly, and what the rest of the file is in, is found afterwards (encoding-problem.ts).
    const p: PendingProblem = {
      ...(err instanceof Utf16WithoutBomError
        ? utf16Problem(target.file, err.encoding)
        : problem(
            "E_ENCODING",
            { file: target.file, line: err.line },
            say("io.encoding.what"),
            say("io.encoding.expected"),
            say("io.encoding.not", { encoding: err.encoding.toUpperCase() }),
            say("io.encoding.hint"),
          )),
      fieldIndex: -1,
    };
    if (!(err instanceof Utf16WithoutBomError)) markEncodingProblem(p);
    found.push(p);
    log.add(p);
    return found;
  } finally {
    noteBlankRows(blankLines, target.file, log);
  }
  if (guard.revisited) {
    const cols = builder.keyColumns();
    for (const [line, first] of findDuplicateKeys(cols, start)) {
      const i = cols.line.subarray(start, cols.length).indexOf(line) + start;
      reportDuplicate(report, line, metricField, cols.metric[i] as number, cols.applicant[i] as number, first);
    }
  }
  if (columns === null || (!sawRow && headerFaults === 0)) {
    const noHeader = columns === null;
    report("E_EMPTY_FILE", noHeader ? 0 : 1, -1, () => [
      say("io.empty.what"),
      say(noHeader ? "io.empty.expected_header" : "io.empty.expected_rows"),
      say(noHeader ? "io.empty.found_empty" : "io.empty.found_header"),
      say("io.empty.hint"),
    ]);
  }
  return found;
}

/**
 * The fields of a record without quotes, as splitPlain gives them; null for the rare record the parser
 * must see (a carriage return inside it, which the parser takes as a line break, or a byte-order mark).
 */
function plainFields(bytes: Buffer, from: number, to: number): string[] | null {
  const stop = to > from && bytes[to - 1] === CARRIAGE_RETURN ? to - 1 : to;
  if (stop === from) return null;
  const text = bytes.toString("utf8", from, stop);
  if (text.indexOf("\r") !== -1 || text.charCodeAt(0) === 0xfeff) return null;
  return text.split(",");
}

const CARRIAGE_RETURN = 13;

function noteBlankRows(lines: readonly number[], file: string, log: ProblemLog): void {
  if (lines.length === 0) return;
  const shown = lines.slice(0, 10).join(say("general.list_separator")) + (lines.length > 10 ? "…" : "");
  log.note(say("io.skipped_blank_rows", { file, n: lines.length, lines: shown }));
}

function reportDuplicate(report: Report, line: number, field: number, metric: number, applicant: number, first: number): void {
  report("E_DUPLICATE", line, field, () => {
    const def = metricAt(metric);
    const which = `${def.id}${applicant >= 0 ? ` (${APPLICANTS[applicant]})` : ""}`;
    return [
      say("io.duplicate.what"),
      say(def.by_applicant ? "io.duplicate.expected_applicant" : "io.duplicate.expected"),
      say("io.duplicate.found", { which, first }),
      say("io.duplicate.hint"),
    ];
  });
}

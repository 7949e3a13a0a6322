/**
 * Opens a dataset CSV as byte pieces of whole UTF-8 records for the loader's byte path, whatever the
 * file's encoding: UTF-8 files (with or without BOM) are cut as they are read; UTF-16 and GB18030 files
 * are decoded and written out again as UTF-8 first, so every file goes through the one record cutter
 * (record-bytes.ts), with its bound on a record's length. UTF-16 without a byte-order mark is refused
 * before any row is read (see encoding-problem.ts).
 */
import { statSync } from "node:fs";
import { open } from "node:fs/promises";
import { TextDecoder } from "node:util";
import { looksBinary } from "../text/looks-binary.js";
import { type CsvBatch, type CsvReadProgress, EncodingError } from "./csv-chunks.js";
import { detectEncoding, type TextEncoding, utf16WithoutBom } from "./detect-encoding.js";
import { Utf16WithoutBomError } from "./encoding-problem.js";
import { HEAD_BYTES, readFileHead } from "./file-head.js";
import { type BytePiece, countNewlines, crToLf, type LineEnds, lineEndsOf, RecordCutter, readRecordBytes } from "./record-bytes.js";

/**
 * A piece of a dataset: whole records as UTF-8 bytes, a record too long to read, or rows already cut into
 * cells (a workbook's sheet).
 */
export type CsvPiece = BytePiece | { batch: CsvBatch; bytes?: undefined; overlong?: undefined };

const CHUNK_BYTES = 1024 * 1024;

export async function* readCsvSource(path: string, onProgress?: (p: CsvReadProgress) => void): AsyncGenerator<CsvPiece> {
  const head = sniffHead(path);
  if (head.utf16WithoutBom !== null) throw new Utf16WithoutBomError(1, head.utf16WithoutBom);
  // A picture or a file of zeros saved as .csv: one problem for the file (encoding-problem.ts words
  // it), not a header of control characters or a 50 MB "line".
  if (head.binary) throw new EncodingError(1, head.encoding);
  if (head.encoding === "utf-8") yield* readRecordBytes(path, onProgress, CHUNK_BYTES, head.lineEnds);
  else yield* transcodedPieces(path, head.encoding, onProgress);
}

/**
 * A UTF-16 or GB18030 file, decoded as it is read and cut as UTF-8. An undecodable byte stops the read
 * with the line the decoded text had reached; encoding-problem.ts then finds its exact place.
 */
async function* transcodedPieces(
  path: string,
  encoding: TextEncoding,
  onProgress?: (p: CsvReadProgress) => void,
): AsyncGenerator<CsvPiece> {
  const file = await open(path, "r");
  try {
    const totalBytes = statSync(path).size;
    const decoder = new TextDecoder(encoding, { fatal: true });
    const cutter = new RecordCutter(CHUNK_BYTES);
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let lineEnds: LineEnds | null = null;
    let lines = 1;
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: n } = await file.read(chunk, 0, CHUNK_BYTES, null);
      let text: string;
      try {
        text = n === 0 ? decoder.decode() : decoder.decode(chunk.subarray(0, n), { stream: true });
      } catch {
        throw new EncodingError(lines, encoding);
      }
      const utf8 = Buffer.from(text, "utf8");
      lineEnds ??= lineEndsOf(utf8.subarray(0, HEAD_BYTES));
      if (lineEnds === "cr") crToLf(utf8);
      lines += countNewlines(utf8);
      // The UTF-8 of a chunk can be half as long again: pushPieces hands it over a chunk at a time.
      yield* cutter.pushPieces(utf8);
      if (n === 0) break;
      bytesRead += n;
      onProgress?.({ bytesRead, totalBytes });
    }
    yield* cutter.restPieces();
  } finally {
    await file.close();
  }
}

/** Dataset CSV text held in memory, as the pieces a file of it would give. */
export function* textPieces(text: string): Generator<CsvPiece> {
  const utf8 = Buffer.from(text, "utf8");
  if (lineEndsOf(utf8.subarray(0, HEAD_BYTES)) === "cr") crToLf(utf8);
  const cutter = new RecordCutter(CHUNK_BYTES);
  yield* cutter.pushPieces(utf8);
  yield* cutter.restPieces();
}

/**
 * What the first 64 KB of a file suggest: its encoding, whether it is UTF-16 without a byte-order mark,
 * how it ends its lines, and whether it is text at all.
 */
export function sniffHead(path: string): {
  encoding: TextEncoding;
  utf16WithoutBom: "utf-16le" | "utf-16be" | null;
  lineEnds: LineEnds;
  /** Not text (see looksBinary); never said of UTF-16, whose ASCII is half NUL bytes. */
  binary: boolean;
} {
  const bytes = readFileHead(path);
  const encoding = detectEncoding(bytes);
  const utf16 = utf16WithoutBom(bytes);
  const binary = utf16 === null && encoding !== "utf-16le" && encoding !== "utf-16be" && looksBinary(bytes);
  return { encoding, utf16WithoutBom: utf16, lineEnds: lineEndsOf(bytes), binary };
}

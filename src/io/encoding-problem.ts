/**
 * An encoding problem told where it is: the first byte the file's own encoding cannot decode, at its line
 * and character column, naming the encoding the rest of the file is in ("line 3, column 7: byte 0xFF is
 * not UTF-8; the rest of the file is UTF-8"). The reader only knows that some piece failed; this looks
 * at the whole file again, off the hot path, once a file has failed. UTF-16 saved without a byte-order
 * mark (every other byte NUL) is told as such, with how to save it as UTF-8.
 */
import { readFileSync } from "node:fs";
import { type DataProblem, problem } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { looksBinary } from "../text/looks-binary.js";
import { EncodingError } from "./csv-chunks.js";
import { utf16WithoutBom } from "./detect-encoding.js";
import { HEAD_BYTES } from "./file-head.js";
import { utf8SequenceLength } from "./utf8-sequence.js";

/** Thrown by the reader for a file that is UTF-16 without a byte-order mark. */
export class Utf16WithoutBomError extends EncodingError {}

type Majority = "utf-8" | "gb18030";

interface BadByte {
  offset: number;
  /** How many undecodable places the file has in that encoding. */
  count: number;
}

/** The E_ENCODING problem of a file's bytes, precise when they allow; `line` is where the reader failed. */
export function encodingProblem(bytes: Uint8Array, file: string, line: number): DataProblem {
  const utf16 = utf16WithoutBom(bytes.subarray(0, 4096));
  if (utf16 !== null) return utf16Problem(file, utf16);
  // The head the reader judged by (read-csv-source.ts), so both call the same file binary.
  if (looksBinary(bytes.subarray(0, HEAD_BYTES))) {
    return problem(
      "E_ENCODING",
      { file },
      say("io.encoding.binary.what"),
      say("io.encoding.expected"),
      say("io.encoding.binary.found"),
      say("io.encoding.binary.hint"),
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) {
    return problem(
      "E_ENCODING",
      { file, line },
      say("io.encoding.what"),
      say("io.encoding.expected"),
      say("io.encoding.bad_utf16"),
      say("io.encoding.hint"),
    );
  }
  const utf8 = firstBadUtf8(bytes);
  if (utf8 === null) {
    // Valid UTF-8 throughout: the reader's failure was not the bytes' (nothing more precise to say).
    return problem(
      "E_ENCODING",
      { file, line },
      say("io.encoding.what"),
      say("io.encoding.expected"),
      say("io.encoding.unknown"),
      say("io.encoding.hint"),
    );
  }
  const gb = bom ? null : firstBadGb18030(bytes);
  if (!bom && gb === null) {
    // Every byte is GB18030, but the file's start read as UTF-8 (plain ASCII): the reader chose wrong.
    return problem(
      "E_ENCODING",
      { file, line },
      say("io.encoding.what"),
      say("io.encoding.expected"),
      say("io.encoding.late_gb18030", { line }),
      say("io.encoding.hint"),
    );
  }
  // The encoding with fewer undecodable places is the one the file was saved in (UTF-8 on a tie: plain
  // ASCII with one stray byte is read as UTF-8 by everything else the analyst uses).
  const majority: Majority = gb !== null && gb.count < utf8.count ? "gb18030" : "utf-8";
  const bad = majority === "utf-8" ? utf8 : (gb as BadByte);
  const at = position(bytes, bad.offset, majority);
  const name = majority === "utf-8" ? "UTF-8" : "GB18030";
  const byte = `0x${(bytes[bad.offset] as number).toString(16).toUpperCase().padStart(2, "0")}`;
  return problem(
    "E_ENCODING",
    { file, line: at.line, column: at.column },
    say("io.encoding.at.what", { line: at.line, column: at.column, byte, encoding: name }),
    say("io.encoding.expected"),
    bad.count > 1
      ? say("io.encoding.at.found_more", { byte, n: bad.count - 1, encoding: name })
      : say("io.encoding.at.found", { byte, encoding: name }),
    say("io.encoding.hint"),
  );
}

/** UTF-16 without a byte-order mark: one problem for the file, saying how to save it as UTF-8. */
export function utf16Problem(file: string, encoding: string): DataProblem {
  return problem(
    "E_ENCODING",
    { file },
    say("io.encoding.utf16.what"),
    say("io.encoding.expected"),
    say("io.encoding.utf16.found", { encoding: encoding.toUpperCase() }),
    say("io.encoding.utf16.hint"),
  );
}

/**
 * Not text at all (a picture, a zip saved under a .csv name): many control bytes other than tab and line
 * breaks near the start. A line and column in such a file would mean nothing; the problem is the file's.
 */
const generic = new WeakSet<DataProblem>();

/** Marks a problem the reader reported without knowing where the bad byte is. */
export function markEncodingProblem(p: DataProblem): void {
  generic.add(p);
}

/**
 * Rewrites the reader's encoding problems of `path` in place (the log holds the same objects) with the
 * precise one. Their field index becomes −1: the column is the character column found here.
 */
export function refineEncodingProblems(found: readonly (DataProblem & { fieldIndex: number })[], path: string): void {
  const todo = found.filter((p) => generic.has(p));
  if (todo.length === 0) return;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return;
  }
  for (const p of todo) {
    Object.assign(p, encodingProblem(bytes, p.file, p.line), { fieldIndex: -1 });
    generic.delete(p);
  }
}

/** The encoding most of a file is in (no BOM: the one with fewer undecodable places), for showing its lines. */
export function majorityEncoding(bytes: Uint8Array): Majority {
  const utf8 = firstBadUtf8(bytes);
  if (utf8 === null) return "utf-8";
  const gb = firstBadGb18030(bytes);
  return gb === null || gb.count < utf8.count ? "gb18030" : "utf-8";
}

/** The first byte that does not start a valid UTF-8 character, and how many such places there are. */
function firstBadUtf8(b: Uint8Array): BadByte | null {
  return firstBad(b, (bytes, i) => ((bytes[i] as number) < 0x80 ? 1 : utf8SequenceLength(bytes, i)));
}

/** The first byte that does not start a valid GB18030 character (one, two or four bytes), and the count. */
function firstBadGb18030(b: Uint8Array): BadByte | null {
  return firstBad(b, gb18030Length);
}

/** The length of the GB18030 character at `i` (1, 2 or 4), or 0 when the bytes there are none. */
function gb18030Length(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c <= 0x80) return 1;
  if (c > 0xfe) return 0;
  const c1 = b[i + 1] ?? -1;
  if ((c1 >= 0x40 && c1 <= 0x7e) || (c1 >= 0x80 && c1 <= 0xfe)) return 2;
  if (c1 < 0x30 || c1 > 0x39) return 0;
  const c2 = b[i + 2] ?? -1;
  const c3 = b[i + 3] ?? -1;
  return c2 >= 0x81 && c2 <= 0xfe && c3 >= 0x30 && c3 <= 0x39 ? 4 : 0;
}

/** Walks the bytes by `length` (0: not a character there, step one byte): the first bad place and the count. */
function firstBad(b: Uint8Array, length: (b: Uint8Array, i: number) => number): BadByte | null {
  let first = -1;
  let count = 0;
  let i = 0;
  while (i < b.length) {
    const len = length(b, i);
    if (len === 0) {
      if (first < 0) first = i;
      count++;
      i++;
    } else i += len;
  }
  return first < 0 ? null : { offset: first, count };
}

/** The 1-based line and character column of a byte offset, lines split at \n, \r\n or \r. */
function position(b: Uint8Array, offset: number, encoding: Majority): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = b[i];
    if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  let from = start;
  if (line === 1 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) from = 3;
  const before = new TextDecoder(encoding).decode(b.subarray(from, offset));
  return { line, column: [...before].length + 1 };
}

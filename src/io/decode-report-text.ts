import { isUtf8 } from "node:buffer";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { utf8SequenceLength } from "./utf8-sequence.js";

/** Where the first undecodable bytes of a file sit, for a message a person can act on. */
interface BadBytes {
  offset: number;
  line: number;
  column: number;
  bytes: number[];
  /** How many undecodable sequences the file holds in all. */
  count: number;
}

/**
 * Decodes a report's bytes strictly: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (a
 * superset of GBK and GB2312, what many Chinese government sites serve). Unlike the dataset loader's
 * detectEncoding, which reads anything that is not UTF-8 as GB18030, a file that is UTF-8 but for a few
 * bytes is an error naming them: decoded as GB18030 the whole text would turn to mojibake and no figure
 * would be found. A file that decodes in neither encoding is an error too, never a text with U+FFFD.
 */
export function decodeReportText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3), name, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictUtf16(bytes.subarray(2), "utf-16le", name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictUtf16(bytes.subarray(2), "utf-16be", name);
  if (isUtf8(bytes)) return new TextDecoder("utf-8").decode(bytes);
  const { valid, bad } = scanUtf8(bytes);
  // Real GBK text seldom forms valid multi-byte UTF-8 sequences; a UTF-8 file with a few damaged bytes
  // is almost all of them.
  if (valid >= 4 * bad.count) throw new UsageError(brokenUtf8Message(name, bad));
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(say("extract.decode_neither", { name, first: describe(bad) }));
  }
}

function strictUtf8(bytes: Uint8Array, name: string, shift: number): string {
  if (isUtf8(bytes)) return new TextDecoder("utf-8").decode(bytes);
  const bad = scanUtf8(bytes).bad;
  throw new UsageError(brokenUtf8Message(name, { ...bad, offset: bad.offset + shift }));
}

function strictUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(say("extract.decode_bad_utf16", { name, encoding: encoding.toUpperCase() }));
  }
}

function brokenUtf8Message(name: string, bad: BadBytes): string {
  const at = { name, line: bad.line, column: bad.column, first: describe(bad) };
  return bad.count === 1 ? say("extract.decode_broken_utf8_one", at) : say("extract.decode_broken_utf8", { ...at, count: bad.count });
}

function describe(bad: BadBytes): string {
  const hex = bad.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return say("extract.decode_first_bad", { hex, offset: bad.offset, line: bad.line, column: bad.column });
}

/**
 * Walks the bytes as UTF-8: how many valid multi-byte characters there are, and where the first invalid
 * sequence is (its line and column counted in characters, the line's bytes before it decoded as UTF-8).
 */
function scanUtf8(bytes: Uint8Array): { valid: number; bad: BadBytes } {
  let valid = 0;
  let count = 0;
  let first = -1;
  let firstLength = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      valid++;
      i += n;
      continue;
    }
    if (first < 0) {
      first = i;
      let k = 1;
      while (k < 4 && i + k < bytes.length && ((bytes[i + k] as number) & 0xc0) === 0x80) k++;
      firstLength = k;
    }
    count++;
    i++;
    // A run of stray continuation bytes is one damaged sequence.
    while (i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  }
  const offset = Math.max(0, first);
  let lineStart = 0;
  let line = 1;
  for (let k = 0; k < offset; k++) {
    if (bytes[k] === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return { valid, bad: { offset, line, column, bytes: [...bytes.subarray(offset, offset + firstLength)], count } };
}

/**
 * Fills in the character column and a code frame for problems found while streaming, by reading back
 * only the lines that have problems. Kept off the hot path: a clean file never comes here.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { stringWidth } from "../text/string-width.js";
import { detectEncoding, type TextEncoding } from "./detect-encoding.js";
import { escapeControls } from "./echo-text.js";
import { majorityEncoding } from "./encoding-problem.js";
import { readFileHead } from "./file-head.js";
import type { PendingProblem } from "./read-dataset-file.js";
import { RECORD_LIMIT_BYTES } from "./record-bytes.js";

/** Resolves field indexes to 1-based columns and attaches frames. `text` is the file's content if in memory. */
export function attachFrames(problems: readonly PendingProblem[], path: string | null, text?: string): void {
  const withLine = problems.filter((p) => p.line > 0);
  if (withLine.length === 0) return;
  const wanted = new Set(withLine.flatMap((p) => [p.line - 1, p.line - 2]));
  let lines: string[];
  try {
    if (text !== undefined) lines = someLines([text], wanted);
    else if (path !== null) lines = someLines(fileText(path, frameEncoding(path, problems)), wanted);
    else return;
  } catch {
    return;
  }
  for (const p of withLine) {
    const src = lines[p.line - 1];
    if (src === undefined) continue;
    // A field's column is found here; a problem placed by character (an undecodable byte) keeps its own.
    const column = p.fieldIndex >= 0 ? fieldColumn(src, p.fieldIndex) : p.column;
    p.column = column;
    const where = [p.file, p.line, column > 0 ? column : null].filter((x) => x !== null).join(":");
    p.message = p.message.replace(/^[^:]*(?::\d+){1,2}(?=: )/, () => where);
    p.frame = codeFrame(lines, p.line, column);
  }
}

/**
 * The encoding a file's lines are shown in: its head's, which decoded every row read; for a file that
 * failed to decode, the encoding most of it is in (which needs the whole file, read only then).
 */
function frameEncoding(path: string, problems: readonly PendingProblem[]): TextEncoding {
  const head = readFileHead(path);
  const encoding = detectEncoding(head);
  if (encoding === "utf-16le" || encoding === "utf-16be" || head[0] === 0xef) return encoding;
  return problems.some((p) => p.code === "E_ENCODING") ? majorityEncoding(readFileSync(path)) : encoding;
}

/** A file's text, decoded a megabyte at a time (undecodable bytes as U+FFFD), so a reader can stop early. */
function* fileText(path: string, encoding: TextEncoding): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const decoder = new TextDecoder(encoding);
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      yield decoder.decode(chunk.subarray(0, n), { stream: true });
    }
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}

/**
 * How much of a line a frame keeps: a line longer than a record may be (record-bytes.ts) was not read,
 * and its problem's frame shows its start.
 */
const LINE_KEEP_CHARS = RECORD_LIMIT_BYTES;

/**
 * The lines of text coming in chunks (split at \r\n, \n or \r) whose 0-based numbers are `wanted`, at
 * their places in a sparse array, each cut to `keepChars` characters. The text is read only as far as the
 * last wanted line: a frame for the first lines of a 50 MB file read and decoded all of it, and a file of
 * 50 million line breaks split whole made an array of 50 million strings.
 */
export function someLines(chunks: Iterable<string>, wanted: ReadonlySet<number>, keepChars = LINE_KEEP_CHARS): string[] {
  const lines: string[] = [];
  const last = Math.max(-1, ...wanted);
  let n = 0;
  let part = "";
  let afterCarriageReturn = false;
  const keep = (chunk: string, from: number, to: number) => {
    if (wanted.has(n) && part.length < keepChars) part += chunk.slice(from, Math.min(to, from + keepChars - part.length));
  };
  for (const chunk of chunks) {
    let start = afterCarriageReturn && chunk.charCodeAt(0) === 10 ? 1 : 0;
    afterCarriageReturn = false;
    for (let i = start; i < chunk.length && n <= last; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      keep(chunk, start, i);
      if (wanted.has(n)) lines[n] = part;
      part = "";
      n++;
      if (c === 13) {
        if (i + 1 === chunk.length) afterCarriageReturn = true;
        else if (chunk.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    if (n > last) break;
    keep(chunk, start, chunk.length);
  }
  if (n <= last && wanted.has(n)) lines[n] = part;
  return lines;
}

/** The 1-based character column where field `index` starts in a CSV line (quote-aware). */
export function fieldColumn(line: string, index: number): number {
  // Counted in characters (code points) without spreading the line: a line of 50 MB spread into an
  // array for each of its problems took minutes and gigabytes.
  let field = 0;
  let inQuotes = false;
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    if (field === index) return chars + 1;
    const c = line.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 44 && !inQuotes) field++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    chars++;
  }
  return field === index ? chars + 1 : 0;
}

/** How many characters of a line a frame shows: enough for a dataset row, bounded for a runaway one. */
const FRAME_CHARS = 120;

function codeFrame(lines: readonly string[], lineNo: number, column: number): string {
  const width = String(lineNo).length;
  const out: string[] = [];
  const prev = lines[lineNo - 2];
  if (prev !== undefined && lineNo > 1) out.push(`  ${String(lineNo - 1).padStart(width)} | ${frameLine(prev, 0).text}`);
  const cur = frameLine(lines[lineNo - 1] ?? "", column);
  out.push(`> ${String(lineNo).padStart(width)} | ${cur.text}`);
  if (column > 0) {
    // Pad by display width so the caret sits under the cell even after Chinese text.
    out.push(`  ${" ".repeat(width)} | ${" ".repeat(stringWidth(cur.beforeCaret))}^`);
  }
  return out.join("\n");
}

/**
 * A source line as a frame shows it: control characters escaped (a cell cannot drive the terminal),
 * cut to FRAME_CHARS around the caret's column with "…" where text was left out; and the shown text
 * before the caret, to place it.
 */
function frameLine(whole: string, column: number): { text: string; beforeCaret: string } {
  // Only the characters around the caret can be shown: the rest of a runaway line is never spread.
  const near = nearCaret(whole, column > 0 ? column - 1 : 0);
  const chars = near.chars;
  const at = column > 0 ? Math.min(column - 1 - near.skipped, chars.length) : 0;
  // Escape each character on its own so the caret's place is counted in shown characters.
  const shown = chars.map((c) => escapeControls(c));
  let from = 0;
  let to = shown.length;
  const count = (a: number, b: number) => shown.slice(a, b).reduce((n, c) => n + c.length, 0);
  if (near.skipped > 0 || near.cut || count(0, to) > FRAME_CHARS) {
    // Keep the caret's cell in view: start a little before it when it lies far right.
    while (from < at && count(from, at) > FRAME_CHARS / 3) from++;
    to = from;
    while (to < shown.length && count(from, to + 1) <= FRAME_CHARS) to++;
  }
  const head = from > 0 || near.skipped > 0 ? "…" : "";
  const tail = to < shown.length || near.cut ? "…" : "";
  return { text: head + shown.slice(from, to).join("") + tail, beforeCaret: head + shown.slice(from, at).join("") };
}

/**
 * The characters of `line` from FRAME_CHARS before character `at` to FRAME_CHARS after it (a frame
 * shows at most FRAME_CHARS, each character at least one), how many were skipped before, and whether
 * some were cut after.
 */
function nearCaret(line: string, at: number): { chars: string[]; skipped: number; cut: boolean } {
  const first = Math.max(0, at - FRAME_CHARS);
  const last = at + FRAME_CHARS;
  // Code units stand for characters until a surrogate pair; a line without one is cut by index.
  if (!/[\ud800-\udfff]/.test(line.slice(0, last))) {
    return { chars: [...line.slice(first, last)], skipped: Math.min(first, line.length), cut: line.length > last };
  }
  const chars: string[] = [];
  let n = 0;
  for (const c of line) {
    if (n >= last) return { chars, skipped: first, cut: true };
    if (n >= first) chars.push(c);
    n++;
  }
  return { chars, skipped: Math.min(first, n), cut: false };
}

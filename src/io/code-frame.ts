/**
 * Fills in the character column and a code frame for problems found while streaming, by reading back
 * only the lines that have problems. Kept off the hot path: a clean file never comes here.
 */
import { readFileSync } from "node:fs";
import { stringWidth } from "../text/string-width.js";
import { detectEncoding } from "./detect-encoding.js";
import type { PendingProblem } from "./read-dataset-file.js";

/** Resolves field indexes to 1-based columns and attaches frames. `text` is the file's content if in memory. */
export function attachFrames(problems: readonly PendingProblem[], path: string | null, text?: string): void {
  const withLine = problems.filter((p) => p.line > 0);
  if (withLine.length === 0) return;
  let content = text;
  if (content === undefined && path !== null) {
    try {
      const bytes = readFileSync(path);
      content = new TextDecoder(detectEncoding(bytes.subarray(0, 65536))).decode(bytes);
    } catch {
      return;
    }
  }
  if (content === undefined) return;
  const lines = content.split(/\r\n|\n|\r/);
  for (const p of withLine) {
    const src = lines[p.line - 1];
    if (src === undefined) continue;
    const column = p.fieldIndex >= 0 ? fieldColumn(src, p.fieldIndex) : 0;
    p.column = column;
    const where = [p.file, p.line, column > 0 ? column : null].filter((x) => x !== null).join(":");
    p.message = p.message.replace(/^[^:]*(?::\d+){1,2}(?=: )/, () => where);
    p.frame = codeFrame(lines, p.line, column);
  }
}

/** The 1-based character column where field `index` starts in a CSV line (quote-aware). */
export function fieldColumn(line: string, index: number): number {
  let field = 0;
  let inQuotes = false;
  const chars = [...line];
  for (let i = 0; i < chars.length; i++) {
    if (field === index) return i + 1;
    const c = chars[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === "," && !inQuotes) field++;
  }
  return field === index ? chars.length + 1 : 0;
}

function codeFrame(lines: readonly string[], lineNo: number, column: number): string {
  const width = String(lineNo).length;
  const out: string[] = [];
  const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);
  const prev = lines[lineNo - 2];
  if (prev !== undefined && lineNo > 1) out.push(`  ${String(lineNo - 1).padStart(width)} | ${clip(prev)}`);
  const cur = lines[lineNo - 1] ?? "";
  out.push(`> ${String(lineNo).padStart(width)} | ${clip(cur)}`);
  if (column > 0) {
    // Pad by display width so the caret sits under the cell even after Chinese text.
    const before = [...cur].slice(0, column - 1).join("");
    out.push(`  ${" ".repeat(width)} | ${" ".repeat(stringWidth(before))}^`);
  }
  return out.join("\n");
}

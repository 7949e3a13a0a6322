/**
 * Which body and year a problem in a long CSV (entity and year in columns) is about: the row on the
 * problem's line names them. Read only for long files that have problems, and only up to a size that
 * fits in memory at once; past it, those problems stay "in files of several bodies or years".
 */
import { readFileSync, statSync } from "node:fs";
import { parseCsvText } from "../io/csv-chunks.js";
import { detectEncoding } from "../io/detect-encoding.js";

/** Long files larger than this are not read a second time. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Line → body and year, for the given lines of a long CSV; lines whose row names no body or year are left out. */
export function longFileCells(path: string, lines: ReadonlySet<number>): Map<number, { entity: string; year: number }> {
  const out = new Map<number, { entity: string; year: number }>();
  if (lines.size === 0 || statSync(path).size > MAX_BYTES) return out;
  const bytes = readFileSync(path);
  const text = new TextDecoder(detectEncoding(bytes.subarray(0, 4096))).decode(bytes);
  const batch = parseCsvText(text);
  const header = (batch.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const entityAt = header.indexOf("entity");
  const yearAt = header.indexOf("year");
  if (entityAt < 0 || yearAt < 0) return out;
  batch.rows.forEach((row, i) => {
    const line = batch.lines[i] as number;
    if (i === 0 || !lines.has(line)) return;
    const entity = row[entityAt]?.trim() ?? "";
    const year = Number(row[yearAt]?.trim());
    if (entity !== "" && /^\d{4}$/.test(row[yearAt]?.trim() ?? "")) out.set(line, { entity, year });
  });
  return out;
}

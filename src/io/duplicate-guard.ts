import type { RowInput } from "../core/observation-table.js";

/**
 * Finds rows that repeat an (entity, year, metric, applicant) key without a map of every key: rows of
 * one entity and year usually come together (a `<year>.csv` file is one block; a long file is usually
 * sorted), so only the current block's keys are kept. When a block comes back later in the file,
 * `revisited` is set and the caller runs the exhaustive check (findDuplicateKeys) on what it loaded.
 */
export class DuplicateGuard {
  private blockEntity = "";
  private blockYear = Number.NaN;
  private readonly inBlock = new Map<number, number>();
  private readonly seenBlocks = new Set<string>();
  revisited = false;

  /** The line of an earlier row with the same key in this block, or −1. */
  check(row: RowInput): number {
    if (row.entity !== this.blockEntity || row.year !== this.blockYear) {
      const block = `${row.entity}\u0000${row.year}`;
      if (this.seenBlocks.has(block)) this.revisited = true;
      this.seenBlocks.add(block);
      this.blockEntity = row.entity;
      this.blockYear = row.year;
      this.inBlock.clear();
    }
    const key = row.metric * 8 + row.applicant + 1;
    const first = this.inBlock.get(key);
    if (first !== undefined) return first;
    this.inBlock.set(key, row.line);
    return -1;
  }
}

/**
 * Exhaustive duplicate search over loaded rows [start, length): pairs of [line, first line]. Sorts the
 * numeric keys (typed-array sort), so it stays fast on millions of rows.
 */
export function findDuplicateKeys(
  cols: { length: number; entity: Int32Array; year: Int32Array; metric: Int32Array; applicant: Int8Array; line: Int32Array },
  start: number,
): [number, number][] {
  const n = cols.length - start;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = start + i;
    // entity · year (mod 512) · metric (< 1024) · applicant (< 8): unique and below 2^53.
    keys[i] =
      (((cols.entity[r] as number) * 512 + ((cols.year[r] as number) & 511)) * 1024 + (cols.metric[r] as number)) * 8 +
      (cols.applicant[r] as number) +
      1;
  }
  const sorted = keys.slice().sort();
  const dupKeys = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) dupKeys.add(sorted[i] as number);
  if (dupKeys.size === 0) return [];
  const firstLine = new Map<number, number>();
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    if (!dupKeys.has(k)) continue;
    const line = cols.line[start + i] as number;
    const first = firstLine.get(k);
    if (first === undefined) firstLine.set(k, line);
    else out.push([line, first]);
  }
  return out;
}

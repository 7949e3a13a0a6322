import { METRICS } from "../catalogue/metrics.js";

/**
 * Finds rows that repeat an (entity, year, metric, applicant) key without a map of every key: rows of
 * one entity and year usually come together (a `<year>.csv` file is one block; a long file is usually
 * sorted), so only the current block's keys are kept. When a block comes back later in the file,
 * `revisited` is set and the caller runs the exhaustive check (findDuplicateKeys) on what it loaded.
 */
export class DuplicateGuard {
  private blockEntity = -1;
  private blockYear = Number.NaN;
  /** The block a key slot was last written in; a slot from an older block is free. Avoids clearing. */
  private block = 0;
  private readonly slotBlock = new Int32Array(METRICS.length * 8 + 8);
  private readonly slotLine = new Int32Array(METRICS.length * 8 + 8);
  private readonly seenBlocks = new Set<number>();
  revisited = false;

  /** The line of an earlier row with the same key in this block, or −1. `entity` is the interned code. */
  check(entity: number, year: number, metric: number, applicant: number, line: number): number {
    if (entity !== this.blockEntity || year !== this.blockYear) {
      const block = entity * 8192 + (year & 8191);
      if (this.seenBlocks.has(block)) this.revisited = true;
      this.seenBlocks.add(block);
      this.blockEntity = entity;
      this.blockYear = year;
      this.block++;
    }
    const key = metric * 8 + applicant + 1;
    if (this.slotBlock[key] === this.block) return this.slotLine[key] as number;
    this.slotBlock[key] = this.block;
    this.slotLine[key] = line;
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

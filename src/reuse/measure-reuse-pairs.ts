import { UsageError } from "../errors.js";
import { measureReuse, type ReuseOptions, type ReuseResult } from "./measure-reuse.js";
import { type PreparedText, prepareReuseText, type ReuseReading } from "./prepare-reuse-text.js";
import type { ReportPair } from "./read-pair-list.js";
import { type ReuseInput, readReuseInput } from "./read-reuse-input.js";

/** One pair's result, or why it could not be compared. */
export interface PairReuse {
  pair: ReportPair;
  result: ReuseResult | null;
  /** The reason a report of the pair could not be read; null when it was compared. */
  error: string | null;
  /** What of its reports could not be read as text (pages that are pictures). */
  warnings: string[];
}

/**
 * Compares every pair of a list, one after another. A report named by several pairs (last year's new
 * report is this year's old one) is read and prepared once. A report that cannot be read fails its
 * pairs, with the reason, and the others go on.
 */
export async function measureReusePairs(
  pairs: readonly ReportPair[],
  reading: ReuseReading,
  options: ReuseOptions,
  read: (path: string) => Promise<ReuseInput> = readReuseInput,
): Promise<PairReuse[]> {
  // Kept only until the last pair that names it, so a corpus of thousands of reports is not all in memory.
  const uses = new Map<string, number>();
  for (const pair of pairs) for (const path of [pair.old, pair.new]) uses.set(path, (uses.get(path) ?? 0) + 1);
  const prepared = new Map<string, Promise<{ text: PreparedText; warnings: string[] }>>();
  const prepare = (path: string) => {
    let p = prepared.get(path);
    if (p === undefined) {
      p = read(path).then((input) => ({ text: prepareReuseText(input.text, reading, input.pdfLines), warnings: input.warnings }));
      prepared.set(path, p);
    }
    const left = (uses.get(path) ?? 1) - 1;
    uses.set(path, left);
    if (left <= 0) prepared.delete(path);
    return p;
  };
  const out: PairReuse[] = [];
  for (const pair of pairs) {
    try {
      const [old, neu] = await Promise.all([prepare(pair.old), prepare(pair.new)]);
      out.push({ pair, result: measureReuse(old.text, neu.text, options), error: null, warnings: [...old.warnings, ...neu.warnings] });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      out.push({ pair, result: null, error: err.message, warnings: [] });
    }
  }
  return out;
}

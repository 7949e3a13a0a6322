/**
 * Year over year a piece at a time: the same pairs as yoy(), in the same order, built into one reused
 * set of typed columns of `rowsPerPiece` entries and handed out piece by piece, so a table of any length
 * is paired in bounded memory. Warnings are counted, not built (pass a WarningLog that keeps them to
 * have them too).
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { ChangeTable } from "./change-table.js";
import type { WarningLog } from "./compute-warning.js";
import { PairContext } from "./pair-context.js";
import { YoyWalk } from "./yoy.js";

export interface YoyPieces {
  /** Pairs in all (one per row of the table). */
  length: number;
  /** Each piece is valid until the next is taken. */
  pieces: Iterable<ChangeTable>;
  /** Walk positions done so far, 0 to 1. */
  fraction(): number;
}

/**
 * The pairs of walk positions [range.from, range.to) (the whole walk by default): a part of them can be
 * written by one thread and the parts concatenated, since each position is paired on its own.
 */
export function yoyPieces(
  table: ObservationTable,
  log: WarningLog,
  rowsPerPiece = 1 << 16,
  range?: (walkLength: number) => { from: number; to: number },
  /** The table's seriesOrder when already made. */
  order?: Int32Array,
): YoyPieces {
  const walk = new YoyWalk(table, {}, order);
  const { from: start, to: end } = range?.(walk.length) ?? { from: 0, to: walk.length };
  const length = end - start;
  const step = Math.max(1, Math.min(rowsPerPiece, length));
  let done = 0;
  function* pieces(): Generator<ChangeTable> {
    const ctx = new PairContext(table, log, step);
    for (let from = start; from < end; from += step) {
      const to = Math.min(end, from + step);
      ctx.out.clear();
      walk.pairs(ctx, from, to);
      done = to - start;
      yield ctx.out.view(log.warnings);
    }
  }
  return { length, pieces: pieces(), fraction: () => (length === 0 ? 1 : done / length) };
}

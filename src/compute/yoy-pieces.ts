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

export function yoyPieces(table: ObservationTable, log: WarningLog, rowsPerPiece = 1 << 16): YoyPieces {
  const walk = new YoyWalk(table);
  const step = Math.max(1, Math.min(rowsPerPiece, walk.length));
  let done = 0;
  function* pieces(): Generator<ChangeTable> {
    const ctx = new PairContext(table, log, step);
    for (let from = 0; from < walk.length; from += step) {
      const to = Math.min(walk.length, from + step);
      ctx.out.clear();
      walk.pairs(ctx, from, to);
      done = to;
      yield ctx.out.view(log.warnings);
    }
  }
  return { length: walk.length, pieces: pieces(), fraction: () => (walk.length === 0 ? 1 : done / walk.length) };
}

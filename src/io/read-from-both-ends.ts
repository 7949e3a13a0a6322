/**
 * Reads a long corpus CSV on two threads: this one takes chunks from the front of the file, a helper
 * thread (read-back-chunks.ts) from the back, until they meet; the helper's rows are then appended in
 * file order, with their lines shifted to the file's. Loading is a third of a 5M-row export, and until
 * now it ran on one core while the other waited for the table.
 *
 * The result is the ordinary read's, row for row, code for code, line for line, or the ordinary read
 * happens: this thread reads the helper's chunks itself whenever the helper met anything but plain
 * rows (it stops there), when a record of this thread's part is still open where the helper's begin (a
 * quoted line break), or when this thread's part had a problem; and the whole file is read again on one
 * thread when a key repeats across the two parts, so that the duplicate is reported as usual.
 */
import type { ObservationTableBuilder } from "../core/observation-table.js";
import { appendCodes } from "../core/observation-table.js";
import { tableOfShared } from "../core/shared-table.js";
import { CHUNK_BYTES, ChunkClaims, CorpusChunks, FRONT } from "./corpus-chunks.js";
import type { CsvReadProgress } from "./csv-chunks.js";
import { DuplicateGuard, findDuplicateKeys } from "./duplicate-guard.js";
import type { LoadSizing } from "./load-sizing.js";
import type { ProblemLog } from "./problem-log.js";
import type { BackChunksRequest, BackChunksResult } from "./read-back-chunks.js";
import type { CsvPiece } from "./read-csv-source.js";
import { type DatasetFileTarget, type PendingProblem, type ReadStats, readDatasetBatches } from "./read-dataset-file.js";
import { RecordCutter } from "./record-bytes.js";

/** Runs readBackChunks in another thread. */
export type BackChunksReader = (request: BackChunksRequest) => Promise<BackChunksResult>;

export interface BothEnds {
  read: BackChunksReader;
  /** Smallest file read from both ends (default BOTH_ENDS_MIN_BYTES). */
  minBytes?: number;
  /** Chunk size (default CHUNK_BYTES); tests use small ones. */
  chunkBytes?: number;
}

/**
 * Files from this size are read from both ends. Below it the helper costs more than it saves: its code
 * runs cold, and the parts are joined and checked for repeated keys. Measured here (median of 5
 * interleaved runs, helper thread already started): 8 MB (200,000 rows) 216 ms against 201 ms on one
 * thread, 21 MB 358 against 390, 41 MB 542 against 711, 191 MB (5M rows) 1.67 s against 2.90 s.
 */
export const BOTH_ENDS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Files above this size are read on one thread: the helper's part is held twice while it is appended
 * (0.9 GB at 50M rows), which the 4 GB a national corpus may take has no room for.
 */
export const BOTH_ENDS_MAX_BYTES = 1 << 30;

/** The parts cannot be joined as the ordinary read would: read the file again on one thread. */
export const READ_AGAIN = Symbol("read again");

export async function readFromBothEnds(
  path: string,
  target: DatasetFileTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
  sizing: LoadSizing,
  bothEnds: BothEnds,
  onProgress?: (p: CsvReadProgress) => void,
): Promise<PendingProblem[] | typeof READ_AGAIN> {
  const chunkBytes = bothEnds.chunkBytes ?? CHUNK_BYTES;
  const chunks = new CorpusChunks(path, chunkBytes);
  try {
    const claims = ChunkClaims.create(chunks.count);
    claims.claim(0, FRONT);
    const back = bothEnds
      .read({
        path,
        file: target.file,
        knownEntities: [...target.knownEntities],
        claims: claims.memory,
        chunkBytes,
      })
      .catch(() => null);
    const problemsBefore = log.count;
    const start = builder.length;
    const stats: ReadStats = { nextLine: 1, stringRows: 0 };
    const cutter = new RecordCutter(chunkBytes);
    let bytesRead = 0;
    let taken: BackChunksResult | null = null;
    // The helper's bytes count towards progress until this thread reads its chunks again itself.
    let helperCounts = true;

    // Each chunk is read straight into the cutter's buffer, as the plain read does (record-bytes.ts), a
    // read size at a time: a chunk that a long line swallowed the next ones into can be any length.
    function* piecesOf(c: number): Generator<CsvPiece> {
      const length = chunks.length(c);
      for (let offset = 0; offset < length; offset += chunkBytes) {
        const n = chunks.readInto(c, cutter.room(Math.min(chunkBytes, length - offset)), offset);
        bytesRead += n;
        const helped = helperCounts ? claims.backKiB * 1024 : 0;
        onProgress?.({ bytesRead: Math.min(chunks.size, bytesRead + helped), totalBytes: chunks.size });
        yield* cutter.cutPieces(n);
      }
    }
    async function* pieces(): AsyncGenerator<CsvPiece> {
      let c = 0;
      for (; c < chunks.count && (c === 0 || claims.claim(c, FRONT)); c++) yield* piecesOf(c);
      if (c < chunks.count) {
        // The helper has chunks c… Its rows are taken only when nothing here could make them differ
        // from an ordinary read's.
        const result = await back;
        if (result?.ok && covers(result, c, chunks.count) && !cutter.holding && log.count === problemsBefore) {
          taken = result;
          return;
        }
        helperCounts = false;
        for (; c < chunks.count; c++) yield* piecesOf(c);
      }
      yield* cutter.restPieces();
    }

    const found = await readDatasetBatches(pieces(), target, builder, log, sizing, stats);
    const result = taken as BackChunksResult | null;
    if (result === null || result.table === null) return found;
    // A problem at this part's end (a file of a header alone) is the ordinary read's to report.
    if (log.count > problemsBefore) return READ_AGAIN;
    const table = tableOfShared(result.table);
    const codes = appendCodes(table);
    let line = stats.nextLine;
    for (const b of [...result.chunks].sort((x, y) => x.chunk - y.chunk)) {
      // The helper's lines count from its own header line (1): its first row is line 2.
      builder.appendRows(table, b.from, b.to, line - 2, codes);
      line += b.to - b.from;
    }
    return repeatsKey(builder, start) ? READ_AGAIN : found;
  } finally {
    chunks.close();
  }
}

/** True when the helper's chunks are exactly [from, count). */
function covers(result: BackChunksResult, from: number, count: number): boolean {
  if (result.chunks.length !== count - from) return false;
  return result.chunks.every((b) => b.chunk >= from && b.chunk < count);
}

/** True when rows [start, length) of the builder hold some key twice (each part was checked on its own). */
function repeatsKey(builder: ObservationTableBuilder, start: number): boolean {
  const cols = builder.keyColumns();
  const guard = new DuplicateGuard();
  for (let i = start; i < cols.length; i++) {
    const first = guard.check(
      cols.entity[i] as number,
      cols.year[i] as number,
      cols.metric[i] as number,
      cols.applicant[i] as number,
      cols.line[i] as number,
    );
    if (first >= 0) return true;
  }
  return guard.revisited && findDuplicateKeys(cols, start).length > 0;
}

/**
 * The helper's side of reading a corpus from both ends (see read-from-both-ends.ts): chunks from the
 * back of the file, one after another, into a table on shared memory, until the main thread has
 * claimed the next one. The helper only reads what needs no judgement: a chunk with any row that is not
 * plain (a quote, a space, a problem of any kind) ends its work as not ok, and the main thread then
 * reads those chunks itself, so every message about the data comes from the one ordinary read.
 */
import { ObservationTableBuilder } from "../core/observation-table.js";
import { type SharedTable, shareTable } from "../core/shared-table.js";
import { BACK, ChunkClaims, CorpusChunks } from "./corpus-chunks.js";
import { LoadSizing } from "./load-sizing.js";
import { ProblemLog } from "./problem-log.js";
import { type ReadStats, readDatasetBatches } from "./read-dataset-file.js";
import { withoutBom } from "./record-bytes.js";

export interface BackChunksRequest {
  path: string;
  /** The path printed in problems (as the main thread prints it). */
  file: string;
  /** Entities with metadata. */
  knownEntities: readonly string[];
  /** The claims' shared memory (ChunkClaims.memory). */
  claims: Int32Array;
  chunkBytes: number;
}

export interface BackChunk {
  chunk: number;
  /** Its rows in the helper's table: [from, to), one row per line (every row was plain). */
  from: number;
  to: number;
}

export interface BackChunksResult {
  /** False when a chunk held anything but plain rows: the main thread reads the helper's chunks then. */
  ok: boolean;
  /** The chunks read, from the last one of the file backwards. */
  chunks: BackChunk[];
  table: SharedTable | null;
}

/** How many times the chunk size a chunk the helper reads may be. */
const MAX_CHUNK_FACTOR = 4;

export async function readBackChunks(req: BackChunksRequest): Promise<BackChunksResult> {
  const chunks = new CorpusChunks(req.path, req.chunkBytes);
  const claims = ChunkClaims.of(req.claims);
  try {
    const first = chunks.firstLine();
    if (first === null) return { ok: false, chunks: [], table: null };
    const header = withoutBom(first);
    const builder = new ObservationTableBuilder(1 << 12, { shared: true });
    // Sized as if the helper read half the file: it grows its columns once, not a dozen times.
    const sizing = new LoadSizing(chunks.size / 2);
    const target = { file: req.file, entity: null, year: null, knownEntities: new Set(req.knownEntities) };
    const read: BackChunk[] = [];
    // Chunk 0 (with the header) is the main thread's, claimed before the helper is asked.
    for (let c = chunks.count - 1; c > 0 && claims.claim(c, BACK); c--) {
      // A chunk that a long line swallowed the next ones into is left to the main thread, which reads
      // such a line a piece at a time (and reports it when it is too long to read at all).
      if (chunks.length(c) > MAX_CHUNK_FACTOR * req.chunkBytes) return { ok: false, chunks: read, table: null };
      const bytes = chunks.read(c);
      const from = builder.length;
      if (bytes.length > 0) {
        const log = new ProblemLog(1);
        const stats: ReadStats = { nextLine: 0, stringRows: 0 };
        // The header first, so the chunk's columns are read as the file's; lines count from it.
        await readDatasetBatches([{ bytes: header }, { bytes }], target, builder, log, sizing, stats);
        if (log.count > 0 || stats.stringRows > 0 || stats.nextLine - 2 !== builder.length - from) {
          return { ok: false, chunks: read, table: null };
        }
      }
      read.push({ chunk: c, from, to: builder.length });
      claims.addBackBytes(bytes.length);
    }
    return { ok: true, chunks: read, table: read.length > 0 ? shareTable(builder.build()) : null };
  } finally {
    chunks.close();
  }
}

/**
 * The one door for datasets: path → files → streamed CSV → validation against the format and the
 * catalogue → an ObservationTable. Every problem is collected (capped), with file, line and column;
 * no row is dropped without a problem that names it.
 */
import { isAbsolute, relative } from "node:path";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import { DataError, type DataProblem, problem } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { EntityInfo } from "../types.js";
import { attachFrames } from "./code-frame.js";
import type { CsvReadProgress } from "./csv-chunks.js";
import { refineEncodingProblems } from "./encoding-problem.js";
import { type FileStamp, fileChangeProblem, fileStamp } from "./file-change-guard.js";
import { type DatasetFile, type DatasetLayout, fileSizes, findDatasetFiles, isWorkbookPath } from "./find-dataset-files.js";
import { LoadSizing } from "./load-sizing.js";
import { ProblemLog } from "./problem-log.js";
import { readCsvSource, sniffHead, textPieces } from "./read-csv-source.js";
import { readDatasetBatches } from "./read-dataset-file.js";
import { readEntityInfo } from "./read-entity-info.js";
import { BOTH_ENDS_MAX_BYTES, BOTH_ENDS_MIN_BYTES, type BothEnds, READ_AGAIN, readFromBothEnds } from "./read-from-both-ends.js";
import { isWideCsv } from "./sheet/wide-csv-heading.js";

/** Progress of a load: bytes read of every file so far, over the bytes of all files; the file being read. */
export interface LoadProgress extends CsvReadProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
}

export interface LoadOptions {
  /** Problems kept in full; the rest are counted. Default 100. */
  maxProblems?: number;
  onProgress?: (p: LoadProgress) => void;
  /** Build the table's columns on SharedArrayBuffers, for worker threads to read without a copy each. */
  shared?: boolean;
  /** The files under the path when already found (findDatasetFiles), so the folder is not listed again. */
  layout?: DatasetLayout;
  /**
   * A thread to read the back of a long corpus CSV while this one reads its front (see
   * read-from-both-ends.ts); without it, or for other datasets, every file is read here.
   */
  bothEnds?: BothEnds;
}

export interface LoadResult {
  /** The rows that passed validation (all rows when `problems` is empty). */
  table: ObservationTable;
  problems: DataProblem[];
  /** Problems beyond maxProblems, counted only. */
  omitted: number;
  files: string[];
  /** What the load passed over without a problem (editor litter, blank rows), one line each, to print as notes. */
  notes: string[];
}

/** At most this many skipped names are listed in a note; the rest are counted. */
const NOTE_NAMES = 5;

/** Loads every dataset under `path`. Never throws for bad data: problems come back in the result. */
export async function loadDatasets(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = new ProblemLog(options.maxProblems ?? 100);
  const layout = options.layout ?? findDatasetFiles(path);
  for (const p of layout.problems) log.add(withDisplayPath(p));
  if (layout.skipped.length > 0) {
    const names = layout.skipped.slice(0, NOTE_NAMES).map(displayPath);
    if (layout.skipped.length > NOTE_NAMES) names.push("…");
    log.note(say("io.skipped_litter", { n: layout.skipped.length, names: names.join(say("general.list_separator")) }));
  }
  const builder = new ObservationTableBuilder(1 << 12, { shared: options.shared });
  const known = new Set<string>();
  const infos: EntityInfo[] = [];
  for (const meta of layout.metadata) {
    const { entities, problems } = readEntityInfo(meta.path, meta.entity);
    for (const p of problems) log.add(withDisplayPath(p));
    for (const info of entities) {
      builder.addEntityInfo(info);
      known.add(info.id);
      infos.push(info);
    }
  }
  for (const { entity, folder } of layout.entitiesWithoutMetadata) {
    log.add(
      problem(
        "E_UNKNOWN_ENTITY",
        { file: displayPath(folder) },
        say("io.entity_without_metadata.what", { entity }),
        say("io.entity_without_metadata.expected"),
        say("io.entity_without_metadata.found"),
        say("io.entity_without_metadata.hint", { folder: displayPath(folder), entity }),
      ),
    );
    // Still validate its rows, so every other problem shows in the same run.
    known.add(entity);
  }
  const fileCount = layout.files.length;
  const sizes = fileSizes(layout);
  const totalBytes = sizes.reduce((sum, n) => sum + n, 0);
  const sizing = new LoadSizing(totalBytes);
  let bytesBefore = 0;
  const stamps: { path: string; file: string; stamp: FileStamp | null }[] = [];
  for (const [fileIndex, f] of layout.files.entries()) {
    const file = displayPath(f.path);
    // Progress over the whole load, not per file: a folder of a million small files moves one bar.
    const before = bytesBefore;
    const onProgress =
      options.onProgress &&
      ((p: CsvReadProgress) => options.onProgress?.({ bytesRead: before + p.bytesRead, totalBytes, file, fileIndex, fileCount }));
    const target = { file, entity: f.entity, year: f.year, knownEntities: known };
    // Stamped before the read and compared once the whole load is done (see below).
    stamps.push({ path: f.path, file, stamp: fileStamp(f.path) });
    // Workbooks and wide tables: their readers are loaded only when such a file is read.
    if (isWorkbookPath(f.path)) {
      const { readWorkbookDatasets } = await import("./xlsx/read-workbook-datasets.js");
      const addEntity = (info: EntityInfo) => {
        if (known.has(info.id)) return;
        builder.addEntityInfo(info);
        known.add(info.id);
        infos.push(info);
      };
      await readWorkbookDatasets(f.path, { ...target, entityInfo: infos, addEntity }, builder, log);
      bytesBefore += sizes[fileIndex] as number;
      continue;
    }
    if (f.entity === null && isWideCsv(f.path)) {
      const { readWideCsv } = await import("./sheet/read-wide-csv.js");
      await readWideCsv(f.path, { file, knownEntities: known, entityInfo: infos }, builder, log);
      bytesBefore += sizes[fileIndex] as number;
      continue;
    }
    const found =
      options.bothEnds !== undefined && fileCount === 1 && readsFromBothEnds(f, totalBytes, options.bothEnds)
        ? await readFromBothEnds(f.path, target, builder, log, sizing, options.bothEnds, onProgress)
        : await readDatasetBatches(readCsvSource(f.path, onProgress), target, builder, log, sizing);
    // The two ends' parts could not be joined as the ordinary read would (a key in both, a problem where
    // they meet): the ordinary read, on this thread alone, reports it.
    if (found === READ_AGAIN) return loadDatasets(path, { ...options, layout, bothEnds: undefined });
    if (found.length > 0) {
      refineEncodingProblems(found, f.path);
      attachFrames(found, f.path);
    }
    bytesBefore += sizes[fileIndex] as number;
  }
  // Every file is compared with its stamp after the last file is read, not just after its own read: a
  // program rewriting a file row by row leaves it unchanged for the millisecond one read takes, but
  // hardly for the whole load. A file changed meanwhile is a problem, so no command computes on it.
  for (const s of stamps) {
    const changed = fileChangeProblem(s.path, s.file, s.stamp);
    if (changed !== null) log.add(changed);
  }
  return {
    table: builder.build(),
    problems: log.sorted(),
    omitted: log.omitted,
    files: layout.files.map((f) => displayPath(f.path)),
    notes: log.notes,
  };
}

/** A long corpus CSV (entity and year in columns), UTF-8, of a size worth a second thread. */
function readsFromBothEnds(f: DatasetFile, bytes: number, bothEnds: BothEnds): boolean {
  const min = bothEnds.minBytes ?? BOTH_ENDS_MIN_BYTES;
  if (f.entity === null && bytes >= min && bytes <= BOTH_ENDS_MAX_BYTES) {
    const head = sniffHead(f.path);
    // Chunks start after a \n: a file of \r line ends is read on one thread, its \r read as \n.
    return head.encoding === "utf-8" && !head.utf16WithoutBom && !head.binary && head.lineEnds === "lf";
  }
  return false;
}

/** Loads every dataset under `path`, or throws a DataError listing every problem. */
export async function loadDatasetsOrThrow(path: string, options: LoadOptions = {}): Promise<ObservationTable> {
  const result = await loadDatasets(path, options);
  if (result.problems.length > 0) throw new DataError(result.problems, result.omitted);
  return result.table;
}

/** Validates dataset CSV text held in memory (e.g. an extracted report before it is written). */
export async function readDatasetText(
  text: string,
  target: { file: string; entity: string; year: number; entityInfo: EntityInfo },
): Promise<LoadResult> {
  const log = new ProblemLog();
  const builder = new ObservationTableBuilder(256);
  builder.addEntityInfo(target.entityInfo);
  const found = await readDatasetBatches(
    textPieces(text),
    { file: target.file, entity: target.entity, year: target.year, knownEntities: new Set([target.entity]) },
    builder,
    log,
  );
  if (found.length > 0) attachFrames(found, null, text);
  return { table: builder.build(), problems: log.sorted(), omitted: log.omitted, files: [target.file], notes: log.notes };
}

/** Paths inside the working folder are shown relative to it, as a user typed them. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
}

function withDisplayPath(p: DataProblem): DataProblem {
  const file = displayPath(p.file);
  return file === p.file ? p : { ...p, file, message: p.message.replace(p.file, file) };
}

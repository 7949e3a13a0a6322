/**
 * Coverage facts from a datasets folder: every dataset file found, loaded through the one loader, with
 * each problem the loader reports put on the file (a body's year) it is about. Unlike the analysis
 * commands, problems do not stop the answer: a file failing validation is one of the things coverage shows.
 */
import { DataError } from "../errors.js";
import { findDatasetFiles, isWorkbookPath } from "../io/find-dataset-files.js";
import { displayPath, type LoadProgress, loadDatasets } from "../io/load-datasets.js";
import type { EntityInfo } from "../types.js";
import { type BodyFacts, type CoverageFacts, countProblem, type YearFacts } from "./coverage-facts.js";
import { longFileCells } from "./long-file-cells.js";
import { scopeByYear } from "./scope-by-year.js";

/** Problems kept to count per file; a file past this many is pathological and the rest count as other. */
const PROBLEMS_COUNTED = 100_000;

/** Reads the facts; throws a DataError when the path does not exist or holds no dataset file. */
export async function readCoverageFacts(path: string, onProgress?: (p: LoadProgress) => void): Promise<CoverageFacts> {
  const layout = findDatasetFiles(path);
  if (layout.files.length === 0) throw new DataError(layout.problems);
  const result = await loadDatasets(path, { layout, maxProblems: PROBLEMS_COUNTED, ...(onProgress ? { onProgress } : {}) });
  const table = result.table;

  const bodies = new Map<string, BodyFacts>();
  const body = (entity: string): BodyFacts => {
    let b = bodies.get(entity);
    if (b === undefined) {
      b = { entity, name_zh: entity, name_en: entity, years: new Map(), scopes: new Map(), bodyProblems: { count: 0, first: null } };
      bodies.set(entity, b);
    }
    return b;
  };
  const yearOf = (b: BodyFacts, year: number): YearFacts => {
    let f = b.years.get(year);
    if (f === undefined) {
      f = { rows: 0, printed: 0, problems: 0, firstProblem: null };
      b.years.set(year, f);
    }
    return f;
  };

  // Where each problem belongs: a body's year file, or the body itself (its entity.json, its folder).
  const fileCells = new Map<string, { entity: string; year: number }>();
  for (const f of layout.files)
    if (f.entity !== null && f.year !== null) fileCells.set(displayPath(f.path), { entity: f.entity, year: f.year });
  const bodyFiles = new Map<string, string>();
  for (const m of layout.metadata) if (m.entity !== null) bodyFiles.set(displayPath(m.path), m.entity);
  for (const w of layout.entitiesWithoutMetadata) bodyFiles.set(displayPath(w.folder), w.entity);

  for (const { entity, year } of fileCells.values()) yearOf(body(entity), year);
  for (const m of layout.metadata) if (m.entity !== null) body(m.entity);
  for (const w of layout.entitiesWithoutMetadata) body(w.entity);
  for (let i = 0; i < table.length; i++) {
    const f = yearOf(body(table.entityAt(i)), table.year[i] as number);
    f.rows++;
    if (table.basis[i] !== 1) f.printed++; // printed, or read by OCR from a printed page
  }

  // A long CSV's problems are put on the body and year their row names.
  const longFiles = new Map(layout.files.filter((f) => f.entity === null).map((f) => [displayPath(f.path), f.path]));
  const longCells = new Map<string, Map<number, { entity: string; year: number }>>();
  for (const [shown, real] of longFiles) {
    const lines = new Set(result.problems.filter((p) => p.file === shown && p.line > 0).map((p) => p.line));
    if (lines.size > 0 && !isWorkbookPath(real)) longCells.set(shown, longFileCells(real, lines));
  }

  const other = { count: 0, first: null as string | null };
  for (const p of result.problems) {
    // A workbook's problems name its sheet: book.xlsx[佳木斯市].
    const file = p.file.replace(/\[[^\]]*\]$/, "");
    const cell = fileCells.get(file) ?? longCells.get(file)?.get(p.line);
    const owner = bodyFiles.get(file);
    if (cell !== undefined) {
      const f = yearOf(body(cell.entity), cell.year);
      f.problems++;
      if (f.firstProblem === null) f.firstProblem = p.message;
    } else if (owner !== undefined) countProblem(body(owner).bodyProblems, p.message);
    else countProblem(other, p.message);
  }
  other.count += result.omitted;

  const scopeProblems: string[] = [];
  const metaPath = new Map(layout.metadata.filter((m) => m.entity !== null).map((m) => [m.entity as string, displayPath(m.path)]));
  for (const b of bodies.values()) {
    const info: EntityInfo | undefined = table.entityInfo.get(b.entity);
    if (info !== undefined) {
      b.name_zh = info.name_zh;
      b.name_en = info.name_en;
    }
    const read = scopeByYear(info, b.years.keys(), metaPath.get(b.entity) ?? `entity ${b.entity}`);
    b.scopes = read.scopes;
    if (read.problem !== null) scopeProblems.push(read.problem);
  }
  const sorted = [...bodies.values()].sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
  return { bodies: sorted, otherProblems: other, scopeProblems };
}

/**
 * Resolves a path to the dataset files under it. A path may be:
 * - a dataset file `<entity>/<year>.csv` (the entity is its folder);
 * - an entity folder (holds `entity.json` and `<year>.csv` files);
 * - a folder of entity folders (the `datasets/` folder);
 * - a long CSV with entity and year columns (a corpus), beside an `entities.json`;
 * - a wide CSV (years in columns) or an .xlsx workbook, beside an `entities.json` or entity folders;
 *   in an entity folder, `<year>.xlsx` is that body's year, like `<year>.csv`.
 * Old binary .xls workbooks are named as a problem rather than passed over. Every entry is looked at
 * before it is opened (entry-kind.ts): a FIFO, device or socket, a folder named like a file, a link that
 * points nowhere is a problem of its own, and the other files still load. Editor and OS litter is
 * passed over with a note.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type DataProblem, problem } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { DATASET_FILE_PATTERN, ENTITY_FILE, isReportYear, YEAR_MAX, YEAR_MIN } from "./dataset-format.js";
import { quoted } from "./echo-text.js";
import { type EntryKind, entryKind } from "./entry-kind.js";
import { isLitterFile } from "./litter-file.js";

/** A year's workbook in an entity folder. */
const WORKBOOK_FILE_PATTERN = /^(\d{4})\.xls[xm]$/i;

/** A data file the loader reads: CSV, or an .xlsx/.xlsm workbook. */
function isDataFile(name: string): boolean {
  return /\.(csv|xls[xm])$/i.test(name);
}

/** True for a workbook path (.xlsx, .xlsm). */
export function isWorkbookPath(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

function oldWorkbookProblem(path: string): DataProblem {
  return problem(
    "E_BAD_FILE_NAME",
    { file: path },
    say("io.old_xls.what"),
    say("io.old_xls.expected"),
    say("io.old_xls.found"),
    say("io.old_xls.hint"),
  );
}

export interface DatasetFile {
  path: string;
  /** null for a long file: entities come from its rows. */
  entity: string | null;
  year: number | null;
}

export interface DatasetLayout {
  files: DatasetFile[];
  /** entity.json / entities.json files to read. */
  metadata: { path: string; entity: string | null }[];
  /** Entity folders that have dataset files but no metadata. */
  entitiesWithoutMetadata: { entity: string; folder: string }[];
  problems: DataProblem[];
  /** Editor and OS litter passed over (`~$2017.csv`, `.DS_Store`, …), for a note. */
  skipped: string[];
}

export function findDatasetFiles(path: string): DatasetLayout {
  const layout: DatasetLayout = { files: [], metadata: [], entitiesWithoutMetadata: [], problems: [], skipped: [] };
  const kind = entryKind(path);
  if (kind.kind === "missing") {
    layout.problems.push(
      problem(
        "E_NOT_FOUND",
        { file: path },
        say("io.not_found.what"),
        say("io.not_found.expected"),
        say("io.not_found.found"),
        say("io.not_found.hint"),
      ),
    );
    return layout;
  }
  if (kind.kind === "file") {
    if (/\.xls$/i.test(path)) layout.problems.push(oldWorkbookProblem(path));
    else addFile(layout, path, dirname(path));
  } else if (kind.kind === "folder") {
    const names = listFolder(layout, path);
    if (isEntityFolder(names)) addEntityFolder(layout, path, names);
    else for (const name of names) addRootEntry(layout, path, name);
  } else {
    entryProblem(layout, path, kind, "a dataset folder or file");
    return layout;
  }
  if (layout.files.length === 0 && layout.problems.length === 0) {
    layout.problems.push(
      problem(
        "E_NO_DATASET",
        { file: path },
        say("io.no_dataset.what"),
        say("io.no_dataset.expected"),
        say("io.no_dataset.found"),
        say("io.no_dataset.hint"),
      ),
    );
  }
  return layout;
}

/** An entry of a folder of entity folders: an entity folder, a corpus, wide table or workbook, or neither. */
function addRootEntry(layout: DatasetLayout, root: string, name: string): void {
  const sub = join(root, name);
  if (isLitterFile(name)) {
    // Hidden folders (.git) are not litter to mention; hidden and lock files are.
    if (!name.startsWith(".") || entryKind(sub).kind !== "folder") layout.skipped.push(sub);
    return;
  }
  if (name.startsWith("_")) return;
  const kind = entryKind(sub);
  if (kind.kind === "folder") {
    if (isDataFile(name)) entryProblem(layout, sub, kind, "a file");
    else {
      const names = listFolder(layout, sub);
      if (isEntityFolder(names)) addEntityFolder(layout, sub, names);
    }
  } else if (kind.kind === "file") {
    if (isDataFile(name)) addFile(layout, sub, root);
    else if (/\.xls$/i.test(name)) layout.problems.push(oldWorkbookProblem(sub));
  } else if (isDataFile(name) || !name.includes(".")) {
    // A broken link or a FIFO named like data, or with no extension (an entity folder's link, maybe).
    entryProblem(layout, sub, kind, isDataFile(name) ? "a file" : "a folder");
  }
}

/** A folder's entry names, sorted; a folder that cannot be listed is a problem and lists nothing. */
function listFolder(layout: DatasetLayout, folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch (err) {
    entryProblem(layout, folder, { kind: "unreadable", error: (err as NodeJS.ErrnoException).code ?? String(err) }, "a folder");
    return [];
  }
}

function isEntityFolder(names: readonly string[]): boolean {
  return names.includes(ENTITY_FILE) || names.some((n) => DATASET_FILE_PATTERN.test(n) || WORKBOOK_FILE_PATTERN.test(n));
}

function addEntityFolder(layout: DatasetLayout, folder: string, names: readonly string[]): void {
  const entity = basename(folder);
  for (const name of names) {
    const path = join(folder, name);
    if (isLitterFile(name)) {
      layout.skipped.push(path);
      continue;
    }
    if (/\.xls$/i.test(name)) layout.problems.push(oldWorkbookProblem(path));
    if (!isDataFile(name)) continue;
    const kind = entryKind(path);
    if (kind.kind !== "file") {
      entryProblem(layout, path, kind, "a file");
      continue;
    }
    const m = DATASET_FILE_PATTERN.exec(name) ?? WORKBOOK_FILE_PATTERN.exec(name);
    if (!m) {
      layout.problems.push(
        problem(
          "E_BAD_FILE_NAME",
          { file: path },
          say("io.bad_file_name.what"),
          say("io.bad_file_name.expected"),
          quoted(name),
          say("io.bad_file_name.hint"),
        ),
      );
    } else if (yearInRange(layout, path, Number(m[1]))) layout.files.push({ path, entity, year: Number(m[1]) });
  }
  addMetadata(layout, folder, entity);
}

/** A year from a file name within the years the year column accepts; otherwise a problem. */
function yearInRange(layout: DatasetLayout, path: string, year: number): boolean {
  if (isReportYear(year)) return true;
  layout.problems.push(
    problem(
      "E_YEAR_RANGE",
      { file: path },
      say("io.file_year_range.what"),
      say("io.year_range.expected", { min: YEAR_MIN, max: YEAR_MAX }),
      String(year),
      say("io.file_year_range.hint"),
    ),
  );
  return false;
}

function addFile(layout: DatasetLayout, file: string, folder: string): void {
  const m = DATASET_FILE_PATTERN.exec(basename(file)) ?? WORKBOOK_FILE_PATTERN.exec(basename(file));
  if (m) {
    if (!yearInRange(layout, file, Number(m[1]))) return;
    const entity = basename(folder);
    layout.files.push({ path: file, entity, year: Number(m[1]) });
    addMetadata(layout, folder, entity);
  } else {
    // A long file: entity and year come from its columns; metadata from entities.json beside it.
    layout.files.push({ path: file, entity: null, year: null });
    const registry = join(folder, "entities.json");
    const kind = entryKind(registry);
    if (kind.kind !== "missing") {
      if (!layout.metadata.some((x) => x.path === registry) && metadataReadable(layout, registry, kind)) {
        layout.metadata.push({ path: registry, entity: null });
      }
    }
    // A workbook or wide table kept in a folder of entity folders names bodies those folders describe.
    else if (/\.(csv|xls[xm])$/i.test(file)) addSiblingMetadata(layout, folder);
  }
}

function addSiblingMetadata(layout: DatasetLayout, folder: string): void {
  for (const name of listFolder(layout, folder)) {
    const meta = join(folder, name, ENTITY_FILE);
    if (name.startsWith(".") || name.startsWith("_")) continue;
    const kind = entryKind(meta);
    if (kind.kind === "missing" || layout.metadata.some((x) => x.path === meta)) continue;
    if (metadataReadable(layout, meta, kind)) layout.metadata.push({ path: meta, entity: name });
  }
}

function addMetadata(layout: DatasetLayout, folder: string, entity: string): void {
  const meta = join(folder, ENTITY_FILE);
  if (layout.metadata.some((x) => x.path === meta)) return;
  const kind = entryKind(meta);
  if (kind.kind !== "missing") {
    if (metadataReadable(layout, meta, kind)) layout.metadata.push({ path: meta, entity });
  } else if (!layout.entitiesWithoutMetadata.some((x) => x.entity === entity)) layout.entitiesWithoutMetadata.push({ entity, folder });
}

/** entity.json or entities.json is read only when it is a file: a FIFO would block the read. */
function metadataReadable(layout: DatasetLayout, path: string, kind: EntryKind): boolean {
  if (kind.kind === "file") return true;
  entryProblem(layout, path, kind, "a file");
  return false;
}

/**
 * The problem of an entry that is not what a dataset path must be (`expected`): missing, a broken link,
 * a FIFO, device or socket, or a folder where a file was expected.
 */
function entryProblem(
  layout: DatasetLayout,
  path: string,
  kind: EntryKind,
  expected: "a file" | "a folder" | "a dataset folder or file",
): void {
  const want = say(
    expected === "a file" ? "io.entry.want_file" : expected === "a folder" ? "io.entry.want_folder" : "io.entry.want_either",
  );
  if (kind.kind === "missing") {
    layout.problems.push(
      problem("E_NOT_FOUND", { file: path }, say("io.not_found.what"), want, say("io.not_found.found"), say("io.not_found.hint")),
    );
  } else if (kind.kind === "dangling" || kind.kind === "loop") {
    layout.problems.push(
      problem(
        "E_LINK",
        { file: path },
        say(kind.kind === "loop" ? "io.link_loop.what" : "io.link_dangling.what"),
        want,
        say(kind.kind === "loop" ? "io.link_loop.found" : "io.link_dangling.found"),
        say("io.link.hint"),
      ),
    );
  } else if (kind.kind === "unreadable") {
    layout.problems.push(problem("E_NOT_A_FILE", { file: path }, say("io.unreadable.what"), want, kind.error, say("io.unreadable.hint")));
  } else {
    const what = kind.kind === "special" ? kind.what : "folder";
    const found = say(`io.entry.${what}`);
    layout.problems.push(
      problem(
        "E_NOT_A_FILE",
        { file: path },
        say("io.not_a_file.what"),
        want,
        kind.link ? say("io.entry.link_to", { what: found }) : found,
        say(what === "folder" ? "io.folder_as_file.hint" : "io.not_a_file.hint"),
      ),
    );
  }
}

const sizes = new WeakMap<DatasetLayout, number[]>();

/**
 * The size of each file of a layout, in its order: looked up once per layout, so sizing the work before
 * a load (export's threads) and the load's progress do not stat every file twice.
 */
export function fileSizes(layout: DatasetLayout): readonly number[] {
  let found = sizes.get(layout);
  if (found === undefined) {
    // A file gone since it was listed counts 0 here; its read reports it.
    found = layout.files.map((f) => {
      try {
        return statSync(f.path).size;
      } catch {
        return 0;
      }
    });
    sizes.set(layout, found);
  }
  return found;
}

/**
 * Resolves a path to the dataset files under it. A path may be:
 * - a dataset file `<entity>/<year>.csv` (the entity is its folder);
 * - an entity folder (holds `entity.json` and `<year>.csv` files);
 * - a folder of entity folders (the `datasets/` folder);
 * - a long CSV with entity and year columns (a corpus), beside an `entities.json`;
 * - a wide CSV (years in columns) or an .xlsx workbook, beside an `entities.json` or entity folders;
 *   in an entity folder, `<year>.xlsx` is that body's year, like `<year>.csv`.
 * Old binary .xls workbooks are named as a problem rather than passed over.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type DataProblem, problem } from "../errors.js";
import { DATASET_FILE_PATTERN, ENTITY_FILE } from "./dataset-format.js";

/** A year's workbook in an entity folder. */
const WORKBOOK_FILE_PATTERN = /^(\d{4})\.xls[xm]$/i;

/** A data file the loader reads: CSV, or an .xlsx/.xlsm workbook (not Excel's ~$ lock files). */
function isDataFile(name: string): boolean {
  return /\.(csv|xls[xm])$/i.test(name) && !name.startsWith("~$");
}

/** True for a workbook path (.xlsx, .xlsm). */
export function isWorkbookPath(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

function oldWorkbookProblem(path: string): DataProblem {
  return problem(
    "E_BAD_FILE_NAME",
    { file: path },
    "an old binary .xls workbook",
    "an .xlsx workbook or a CSV file",
    "an .xls file",
    "open it in Excel or WPS and save it as .xlsx (Excel 工作簿) or CSV UTF-8",
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
}

export function findDatasetFiles(path: string): DatasetLayout {
  const layout: DatasetLayout = { files: [], metadata: [], entitiesWithoutMetadata: [], problems: [] };
  if (!existsSync(path)) {
    layout.problems.push(
      problem(
        "E_NOT_FOUND",
        { file: path },
        "no such file or folder",
        "a dataset folder or CSV file",
        "nothing at that path",
        "check the path; datasets live in datasets/<entity>/<year>.csv",
      ),
    );
    return layout;
  }
  if (statSync(path).isFile()) {
    if (/\.xls$/i.test(path)) layout.problems.push(oldWorkbookProblem(path));
    else addFile(layout, path, dirname(path));
  } else if (isEntityFolder(path)) {
    addEntityFolder(layout, path);
  } else {
    for (const name of readdirSync(path).sort()) {
      const sub = join(path, name);
      if (name.startsWith(".") || name.startsWith("_")) continue;
      if (statSync(sub).isDirectory()) {
        if (isEntityFolder(sub)) addEntityFolder(layout, sub);
      } else if (isDataFile(name)) {
        addFile(layout, sub, path);
      } else if (/\.xls$/i.test(name)) layout.problems.push(oldWorkbookProblem(sub));
    }
  }
  if (layout.files.length === 0 && layout.problems.length === 0) {
    layout.problems.push(
      problem(
        "E_NO_DATASET",
        { file: path },
        "no dataset files",
        "<entity>/<year>.csv files",
        "none",
        "point at datasets/, an entity folder, or a CSV file",
      ),
    );
  }
  return layout;
}

function isEntityFolder(folder: string): boolean {
  const names = readdirSync(folder);
  return names.includes(ENTITY_FILE) || names.some((n) => DATASET_FILE_PATTERN.test(n) || WORKBOOK_FILE_PATTERN.test(n));
}

function addEntityFolder(layout: DatasetLayout, folder: string): void {
  const entity = basename(folder);
  for (const name of readdirSync(folder).sort()) {
    if (/\.xls$/i.test(name)) layout.problems.push(oldWorkbookProblem(join(folder, name)));
    if (!isDataFile(name)) continue;
    const m = DATASET_FILE_PATTERN.exec(name) ?? WORKBOOK_FILE_PATTERN.exec(name);
    if (m) layout.files.push({ path: join(folder, name), entity, year: Number(m[1]) });
    else {
      layout.problems.push(
        problem(
          "E_BAD_FILE_NAME",
          { file: join(folder, name) },
          "not a dataset file name",
          "<year>.csv or <year>.xlsx, e.g. 2017.csv",
          JSON.stringify(name),
          "one file per year, named by the year",
        ),
      );
    }
  }
  addMetadata(layout, folder, entity);
}

function addFile(layout: DatasetLayout, file: string, folder: string): void {
  const m = DATASET_FILE_PATTERN.exec(basename(file)) ?? WORKBOOK_FILE_PATTERN.exec(basename(file));
  if (m) {
    const entity = basename(folder);
    layout.files.push({ path: file, entity, year: Number(m[1]) });
    addMetadata(layout, folder, entity);
  } else {
    // A long file: entity and year come from its columns; metadata from entities.json beside it.
    layout.files.push({ path: file, entity: null, year: null });
    const registry = join(folder, "entities.json");
    if (existsSync(registry) && !layout.metadata.some((x) => x.path === registry)) layout.metadata.push({ path: registry, entity: null });
    // A workbook or wide table kept in a folder of entity folders names bodies those folders describe.
    else if (!existsSync(registry) && /\.(csv|xls[xm])$/i.test(file)) addSiblingMetadata(layout, folder);
  }
}

function addSiblingMetadata(layout: DatasetLayout, folder: string): void {
  for (const name of readdirSync(folder).sort()) {
    const meta = join(folder, name, ENTITY_FILE);
    if (name.startsWith(".") || name.startsWith("_") || !existsSync(meta)) continue;
    if (!layout.metadata.some((x) => x.path === meta)) layout.metadata.push({ path: meta, entity: name });
  }
}

function addMetadata(layout: DatasetLayout, folder: string, entity: string): void {
  const meta = join(folder, ENTITY_FILE);
  if (layout.metadata.some((x) => x.path === meta)) return;
  if (existsSync(meta)) layout.metadata.push({ path: meta, entity });
  else if (!layout.entitiesWithoutMetadata.some((x) => x.entity === entity)) layout.entitiesWithoutMetadata.push({ entity, folder });
}

const sizes = new WeakMap<DatasetLayout, number[]>();

/**
 * The size of each file of a layout, in its order: looked up once per layout, so sizing the work before
 * a load (export's threads) and the load's progress do not stat every file twice.
 */
export function fileSizes(layout: DatasetLayout): readonly number[] {
  let found = sizes.get(layout);
  if (found === undefined) {
    found = layout.files.map((f) => statSync(f.path).size);
    sizes.set(layout, found);
  }
  return found;
}

/**
 * The loader's door for .xlsx workbooks (loaded on first use: a load without a workbook never reads
 * this code). Reads the file within the size bound, the sheets through the safe reader, and each sheet
 * through readSheetDatasets. A workbook that cannot be read is one E_WORKBOOK problem, never a crash;
 * sheets whose name starts with _ are not read (like folders and files so named), and empty sheets
 * hold nothing to read. A sheet named `entities` (or 机构) holds the bodies' metadata.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { problem } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { EntityInfo } from "../../types.js";
import type { ProblemLog } from "../problem-log.js";
import type { PendingProblem } from "../read-dataset-file.js";
import { readSheetDatasets } from "../sheet/read-sheet-datasets.js";
import { entityNames } from "../sheet/sheet-labels.js";
import { crossSheetDuplicates, type SheetRows } from "./cross-sheet-duplicates.js";
import { isEntitiesSheet, readEntitiesSheet } from "./read-entities-sheet.js";
import { readWorkbook } from "./read-workbook.js";
import { WorkbookError } from "./workbook-error.js";
import { DEFAULT_LIMITS, type WorkbookLimits } from "./workbook-limits.js";

export interface WorkbookTarget {
  /** The path printed in problems. */
  file: string;
  /** From a `<entity>/<year>.xlsx` path; null for a workbook of many bodies or years. */
  entity: string | null;
  year: number | null;
  knownEntities: ReadonlySet<string>;
  entityInfo: Iterable<EntityInfo>;
  /** Takes the metadata of an entities sheet (see read-entities-sheet.ts) into the load. */
  addEntity: (info: EntityInfo) => void;
}

export async function readWorkbookDatasets(
  path: string,
  target: WorkbookTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
  limits: WorkbookLimits = DEFAULT_LIMITS,
): Promise<PendingProblem[]> {
  const found: PendingProblem[] = [];
  let sheets: ReturnType<typeof readWorkbook>;
  try {
    sheets = readWorkbook(readBounded(path, limits), limits);
  } catch (err) {
    if (!(err instanceof WorkbookError)) throw err;
    const p: PendingProblem = {
      ...problem(
        "E_WORKBOOK",
        { file: target.file },
        say("io.workbook.what"),
        say("io.workbook.expected"),
        err.part ? say("io.workbook_in_part", { found: err.message, part: err.part }) : err.message,
        err.hint,
      ),
      fieldIndex: -1,
    };
    log.add(p);
    return [p];
  }
  for (const sheet of sheets.filter((s) => isEntitiesSheet(s.name))) {
    const { entities, problems } = readEntitiesSheet(sheet, `${target.file}[${sheet.name}]`);
    for (const p of problems) {
      const pending = { ...p, fieldIndex: -1 };
      log.add(pending);
      found.push(pending);
    }
    for (const info of entities) target.addEntity(info);
  }
  const entityIds = entityNames(target.entityInfo);
  const claimed = new Map<string, string>();
  const ranges: SheetRows[] = [];
  for (const sheet of sheets) {
    if (sheet.name.startsWith("_") || isEntitiesSheet(sheet.name)) continue;
    const start = builder.length;
    const problems = await readSheetDatasets(
      sheet,
      {
        file: `${target.file}[${sheet.name}]`,
        places: "cells",
        entity: target.entity,
        year: target.year,
        knownEntities: target.knownEntities,
        entityIds,
        bodyName: sheet.name,
        claimed,
      },
      builder,
      log,
    );
    found.push(...problems);
    ranges.push({ file: `${target.file}[${sheet.name}]`, start, end: builder.length });
  }
  for (const p of crossSheetDuplicates(builder, ranges)) {
    const pending = { ...p, fieldIndex: -1 };
    log.add(pending);
    found.push(pending);
  }
  return found;
}

/** The file's bytes, refused before reading when it is past the bound. */
function readBounded(path: string, limits: WorkbookLimits): Buffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > limits.maxFileBytes) {
      throw new WorkbookError(say("io.workbook_too_big", { size, max: limits.maxFileBytes }), say("io.workbook_use_csv.hint"));
    }
    const bytes = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

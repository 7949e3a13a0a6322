/**
 * A wide CSV (a metric column, one column per year; see read-sheet-datasets.ts) read as a sheet:
 * problems keep the CSV's line and character column, with the code frame every CSV problem has.
 * Loaded on first use; a wide CSV is an analyst's table, small enough to read whole.
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { problem } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { EntityInfo } from "../../types.js";
import { attachFrames } from "../code-frame.js";
import { parseCsvText } from "../csv-chunks.js";
import { detectEncoding } from "../detect-encoding.js";
import { encodingProblem } from "../encoding-problem.js";
import type { ProblemLog } from "../problem-log.js";
import type { PendingProblem } from "../read-dataset-file.js";
import { readSheetDatasets } from "./read-sheet-datasets.js";
import type { Sheet, SheetCell } from "./sheet.js";
import { entityNames } from "./sheet-labels.js";

export async function readWideCsv(
  path: string,
  target: { file: string; knownEntities: ReadonlySet<string>; entityInfo: Iterable<EntityInfo> },
  builder: ObservationTableBuilder,
  log: ProblemLog,
): Promise<PendingProblem[]> {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder(detectEncoding(bytes.subarray(0, 65536)), { fatal: true }).decode(bytes);
  } catch {
    const p: PendingProblem = { ...encodingProblem(bytes, target.file, 0), fieldIndex: -1 };
    log.add(p);
    return [p];
  }
  const batch = parseCsvText(text);
  const found: PendingProblem[] = [];
  for (const e of batch.syntaxErrors) {
    const p: PendingProblem = {
      ...problem(
        "E_CSV_SYNTAX",
        { file: target.file, line: e.line },
        say("io.csv_syntax.what"),
        say("io.csv_syntax.expected"),
        e.message,
        say("io.csv_syntax.hint"),
      ),
      fieldIndex: -1,
    };
    log.add(p);
    found.push(p);
  }
  const sheet: Sheet = { name: basename(path, extname(path)), hidden: false, rows: [], merged: [] };
  batch.rows.forEach((fields, i) => {
    const cells = new Map<number, SheetCell>();
    fields.forEach((f, c) => {
      if (f !== "") cells.set(c + 1, { text: f, numeric: false });
    });
    sheet.rows.push({ row: batch.lines[i] as number, hidden: false, cells });
  });
  const problems = await readSheetDatasets(
    sheet,
    {
      file: target.file,
      places: "lines",
      entity: null,
      year: null,
      knownEntities: target.knownEntities,
      entityIds: entityNames(target.entityInfo),
      bodyName: sheet.name,
    },
    builder,
    log,
  );
  attachFrames(problems, null, text);
  return [...found, ...problems];
}

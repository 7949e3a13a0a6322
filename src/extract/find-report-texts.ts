import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { EntityId, Year } from "../types.js";
import { entityIdFromFileName } from "./entity-id-from-file-name.js";

/** The report files a folder holds, found by their names: `<entity-id>-<year>.<ext>`. */
export type ReportTexts = Map<EntityId, Map<Year, string>>;

/** The kinds of report file the readers take (see read-report-file.ts), the most exactly read first. */
const PREFERENCE = [".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf"];

/**
 * The published reports beside a set of datasets, for the checks and pages that need a report's own text
 * (text reuse, the claims of its narrative). Files are named like the bodies' folders:
 * `huaian-hongze-2024.pdf`. Where one report is there in several formats, a text file is preferred, then
 * HTML, Word and PDF (the readers are exact on text; PDF needs its text layer rebuilt). Names that do not
 * give a body and a year are passed over: a folder of reports often holds notes and indexes too.
 */
export function findReportTexts(folders: readonly string[]): ReportTexts {
  const found: ReportTexts = new Map();
  const rank = (path: string) => PREFERENCE.indexOf(extname(path).toLowerCase());
  for (const folder of folders) {
    let names: string[];
    try {
      if (!statSync(folder).isDirectory()) throw new UsageError(say("extract.texts_not_folder", { path: folder }));
      names = readdirSync(folder).sort();
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(say("extract.texts_unreadable", { path: folder, code: (err as NodeJS.ErrnoException).code ?? "error" }));
    }
    for (const name of names) {
      if (rank(name) < 0) continue;
      const { entity, year } = entityIdFromFileName(name);
      if (entity === null || year === null) continue;
      const path = join(folder, name);
      const byYear = found.get(entity) ?? new Map<Year, string>();
      const before = byYear.get(year);
      if (before === undefined || rank(path) < rank(before)) byYear.set(year, path);
      found.set(entity, byYear);
    }
  }
  return found;
}

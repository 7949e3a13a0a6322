import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";

/** One pair of a batch: the old and the new report, and the list's line that named them. */
export interface ReportPair {
  old: string;
  new: string;
  line: number;
}

/**
 * Reads a list of report pairs: a CSV with `old,new` on each line (a header line `old,new` is allowed,
 * fields may be quoted, blank lines and lines starting with # are skipped). Relative paths are read from
 * the list's folder, so a list travels with its reports.
 */
export function readPairList(path: string): ReportPair[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? say("cli.reuse_pair_list_missing", { path })
        : say("cli.reuse_pair_list_unreadable", { path, message: (err as Error).message }),
    );
  }
  const base = dirname(path);
  const pairs: ReportPair[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const fields = splitCsvLine(line, path, i + 1);
    if (pairs.length === 0 && fields.length === 2 && fields[0]?.toLowerCase() === "old" && fields[1]?.toLowerCase() === "new") return;
    if (fields.length !== 2 || fields.some((f) => f === "")) {
      throw new UsageError(say("cli.reuse_pair_fields", { path, line: i + 1, count: fields.length, text: JSON.stringify(line) }));
    }
    const at = (f: string) => (isAbsolute(f) ? f : join(base, f));
    pairs.push({ old: at(fields[0] as string), new: at(fields[1] as string), line: i + 1 });
  });
  if (pairs.length === 0) throw new UsageError(say("cli.reuse_no_pairs", { path }));
  return pairs;
}

/** The fields of one CSV line: commas separate, double quotes enclose ("" is a quote inside quotes). */
function splitCsvLine(line: string, path: string, lineNo: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " ") i++;
    let field = "";
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new UsageError(say("cli.reuse_quote_open", { path, line: lineNo }));
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else field += line[i++];
      }
      while (line[i] === " ") i++;
    } else {
      const comma = line.indexOf(",", i);
      field = (comma < 0 ? line.slice(i) : line.slice(i, comma)).trim();
      i = comma < 0 ? line.length : comma;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    if (line[i] !== ",") throw new UsageError(say("cli.reuse_comma_expected", { path, line: lineNo, found: JSON.stringify(line[i]) }));
    i++;
  }
}

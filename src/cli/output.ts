import type { ObservationTable } from "../core/observation-table.js";
import { formatTable } from "../format/format-table.js";
import { sourcesTable } from "../format/sources-table.js";
import type { TableData } from "../format/table-data.js";
import { TERMINAL_WIDTH, wrapText } from "../format/text-table.js";
import { hasYears, widenYears } from "../format/widen-years.js";
import { writeFileAtomic } from "../io/write-file-atomic.js";
import { say } from "../messages/catalogue.js";
import type { CliContext } from "./cli-context.js";
import type { ParsedOutput } from "./command-options.js";
import { applyTableView, DEFAULT_VIEW } from "./tables/table-view.js";

/** Sends a command's result to --out (written atomically) or to stdout. */
export function writeOutput(ctx: CliContext, text: string, out: string | undefined): void {
  if (out === undefined || out === "-") {
    ctx.io.stdout(text);
    return;
  }
  writeFileAtomic(out, text);
  ctx.io.stderr(`${say("cli.wrote", { path: out })}\n`);
}

export interface OutputSheet {
  /** The sheet's name in a workbook, in each language. */
  name: { zh: string; en: string };
  table: TableData;
}

export interface TableOutputOptions {
  /** Text before a terminal table (a title line); not written to files of data. */
  head?: string;
  /** The loaded datasets: a workbook gets a sheet of the files its figures came from. */
  sources?: ObservationTable;
}

/**
 * Writes a command's result tables in the format parseOutput chose: a text format (one table; CSV with
 * a byte-order mark under --bom) to --out or stdout, or an .xlsx workbook with one sheet per table and
 * a sheet of sources. --wide turns each table's years into columns first.
 */
export async function writeTables(
  ctx: CliContext,
  out: ParsedOutput,
  sheets: readonly OutputSheet[],
  options: TableOutputOptions = {},
): Promise<void> {
  // Tables without years (a summary beside the points) stay as they are; one of them must have years.
  const widen = out.wide && sheets.some((s) => hasYears(s.table));
  const widened = out.wide ? sheets.map((s) => (widen && !hasYears(s.table) ? s : { ...s, table: widenYears(s.table) })) : sheets;
  const shaped = viewSheets(widened, out);
  if (out.format === "xlsx") {
    // The workbook writer is loaded only when a workbook is written.
    const { workbookBytes } = await import("../format/xlsx-workbook.js");
    const all = options.sources ? [...shaped, { name: { zh: "来源", en: "sources" }, table: sourcesTable(options.sources) }] : shaped;
    const bytes = workbookBytes(
      all.map((s) => ({ name: s.name[out.lang], table: s.table })),
      { lang: out.lang, digits: out.digits },
    );
    writeFileAtomic(out.out as string, bytes);
    ctx.io.stderr(`${say("cli.wrote", { path: out.out as string })}\n`);
    return;
  }
  const format = out.format;
  const text =
    shaped.length === 1
      ? formatTable((shaped[0] as OutputSheet).table, format)
      : shaped
          .map((s) => (format === "md" ? `## ${s.name[out.lang]}\n\n` : `${s.name[out.lang]}\n\n`) + formatTable(s.table, format))
          .join("\n");
  // A head line longer than the table's width wraps like the table's cells.
  const head =
    format === "table"
      ? (options.head ?? "")
          .split("\n")
          .map((l) => wrapText(l, TERMINAL_WIDTH).join("\n"))
          .join("\n")
      : "";
  writeOutput(ctx, (format === "csv" && out.bom ? "\uFEFF" : "") + head + text, out.out);
}

/**
 * --columns, --sort, --top and the row filters shape the first sheet, the command's result; the others
 * (a summary beside it) keep their rows. Terminal tables show each sheet's default columns; files,
 * Markdown among them, keep every column.
 */
function viewSheets(sheets: readonly OutputSheet[], out: ParsedOutput): OutputSheet[] {
  const reading = out.format === "table";
  const view = out.view ?? DEFAULT_VIEW;
  return sheets.map((s, i) => ({ ...s, table: applyTableView(s.table, i === 0 ? view : DEFAULT_VIEW, reading) }));
}

/** writeTables for a command's one table. */
export function writeTable(
  ctx: CliContext,
  out: ParsedOutput,
  name: OutputSheet["name"],
  table: TableData,
  options: TableOutputOptions = {},
): Promise<void> {
  return writeTables(ctx, out, [{ name, table }], options);
}

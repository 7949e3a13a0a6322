/**
 * Options and argument parsing shared by the engine commands: output format and file, language,
 * percent digits, years, metric and entity names. Every bad value is a UsageError naming the value and
 * what would be accepted.
 */
import type { Command } from "commander";
import { closestMetricIds, findMetric } from "../catalogue/catalogue.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import type { ObservationTable } from "../core/observation-table.js";
import { UsageError } from "../errors.js";
import { parseTableFormat, type TableFormat } from "../format/format-table.js";
import { say } from "../messages/catalogue.js";
import { currentLang, type Lang, parseLang } from "../messages/lang.js";
import { closestStrings } from "../text/closest-strings.js";
import { APPLICANT_CODES, type Applicant } from "../types.js";
import { listText } from "./list-text.js";
import { parseTableView, type TableView, type TableViewOptions } from "./tables/table-view.js";

export type { Lang } from "../messages/lang.js";

export interface OutputOptions extends TableViewOptions {
  format?: string;
  out?: string;
  lang?: string;
  digits: string;
  bom?: boolean;
  wide?: boolean;
}

/** What a table command writes: a text format, or an .xlsx workbook (only to a file). */
export type OutputFormat = TableFormat | "xlsx";

export interface ParsedOutput {
  format: OutputFormat;
  out: string | undefined;
  lang: Lang;
  /** Decimals of percent values in every format; null keeps the exact value. */
  digits: number | null;
  /** CSV starts with a byte-order mark, so Excel reads its Chinese as UTF-8. */
  bom: boolean;
  /** Years in columns (see widenYears). */
  wide: boolean;
  /** Columns, sort, top and row filters of the result table (table-view.ts); none when absent. */
  view?: TableView;
}

export function addOutputOptions(cmd: Command): Command {
  return addTableViewOptions(
    cmd
      .option("--format <format>", say("table.help.option.format"))
      .option("--out <file>", say("table.help.option.out"))
      .option("--bom", say("table.help.option.bom"))
      .option("--wide", say("table.help.option.wide"))
      .option("--lang <lang>", say("table.help.option.lang"))
      .option("--digits <n>", say("table.help.option.digits"), "2"),
  );
}

/** The options that shape a result table, in every format (see table-view.ts). */
export function addTableViewOptions(cmd: Command): Command {
  return cmd
    .option("--columns <keys>", say("table.help.option.columns"))
    .option("--all-columns", say("table.help.option.all_columns"))
    .option("--sort <column[:desc]>", say("table.help.option.sort"))
    .option("--top <n>", say("table.help.option.top"));
}

/** Adds --lang to a command that has no output options (extract, validate, report, …). */
export function addLangOption(cmd: Command): Command {
  return cmd.option("--lang <lang>", say("table.help.option.lang"));
}

/** The language --lang names, or the one already chosen (runCli reads --lang and the locale first). */
export function parseLangOption(value: string | undefined): Lang {
  const lang = value === undefined ? currentLang() : parseLang(value);
  if (lang === null) throw new UsageError(say("cli.lang_unknown", { value: String(value) }));
  return lang;
}

export function parseOutput(o: OutputOptions): ParsedOutput {
  const lang = parseLangOption(o.lang);
  let digits: number | null = null;
  if (o.digits !== "full") {
    digits = Number(o.digits);
    if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
      throw new UsageError(say("cli.digits_invalid", { value: o.digits }));
    }
  }
  const format = outputFormat(o.format, o.out);
  if (o.bom && format !== "csv") throw new UsageError(say("cli.bom_not_csv", { format }));
  return { format, out: o.out, lang, digits, bom: o.bom === true, wide: o.wide === true, view: parseTableView(o) };
}

const EXTENSION_FORMATS: Record<string, OutputFormat> = { csv: "csv", xlsx: "xlsx", json: "json", md: "md", markdown: "md", txt: "table" };

/**
 * The output format from --format and --out's extension: the extension decides, --format may repeat
 * it but not contradict it, and an extension the command cannot write is an error rather than a file
 * of some other format under that name.
 */
export function outputFormat(format: string | undefined, out: string | undefined): OutputFormat {
  const chosen = format === undefined ? undefined : format === "xlsx" ? "xlsx" : parseTableFormat(format);
  if (out === undefined || out === "-" || /^\/dev\//.test(out)) {
    if (chosen === "xlsx") throw new UsageError(say("cli.xlsx_needs_file"));
    return chosen ?? "table";
  }
  const ext = /\.([A-Za-z0-9]+)$/.exec(out)?.[1]?.toLowerCase();
  const fromExt = ext === undefined ? undefined : EXTENSION_FORMATS[ext];
  if (fromExt === undefined) {
    if (ext === "parquet") throw new UsageError(say("cli.out_parquet", { out }));
    throw new UsageError(ext === undefined ? say("cli.out_no_extension", { out }) : say("cli.out_unknown_extension", { out, ext }));
  }
  if (chosen !== undefined && chosen !== fromExt)
    throw new UsageError(say("cli.format_contradicts_out", { format: chosen, out, found: fromExt }));
  return fromExt;
}

export function parseYear(s: string | undefined, option: string): number {
  if (s === undefined) throw new UsageError(say("cli.year_missing", { option }));
  const y = Number(s);
  if (!/^\d{4}$/.test(s.trim()) || !Number.isInteger(y)) throw new UsageError(say("cli.year_invalid", { option, value: s }));
  return y;
}

export function parseMetric(id: string): string {
  if (findMetric(id)) return id;
  const near = closestMetricIds(id);
  throw new UsageError(say("cli.metric_unknown", { id, hint: didYouMean(near) }));
}

export function parseApplicant(s: string | undefined): Applicant | null {
  if (s === undefined || s === "total") return null;
  if ((APPLICANT_CODES as readonly string[]).includes(s)) return s as Applicant;
  throw new UsageError(say("cli.applicant_unknown", { value: s, list: listText(APPLICANT_CODES) }));
}

/** Entity ids from what the user typed: an id, a Chinese name or an English name. */
export function resolveEntities(table: ObservationTable, names: readonly string[] | undefined): string[] | undefined {
  if (!names?.length) return undefined;
  const known = [...new Set([...table.entityNames, ...table.entityInfo.keys()])];
  return names.map((n) => {
    if (known.includes(n)) return n;
    for (const [id, info] of table.entityInfo) if (info.name_zh === n || info.name_en.toLowerCase() === n.toLowerCase()) return id;
    const near = closestStrings(n, known, 3);
    const closest = near.length ? say("cli.closest", { names: listText(near) }) : "";
    throw new UsageError(say("cli.entity_unknown", { name: n, known: listText(known), closest }));
  });
}

/** Rounds a percent value for output; null stays null. */
export function roundPct(x: number | null, digits: number | null): number | null {
  if (x === null || digits === null) return x;
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

/** A breakdown group id (--group), or a UsageError listing the groups with the closest first. */
export function parseGroup(id: string | undefined): string | undefined {
  if (id === undefined || BREAKDOWN_SPECS.some((s) => s.id === id)) return id;
  const ids = BREAKDOWN_SPECS.map((s) => s.id);
  const near = closestStrings(id, ids, 3);
  throw new UsageError(say("cli.group_unknown", { id, hint: didYouMean(near), groups: listText(ids) }));
}

/** "; did you mean a, b?" after an unknown name, or nothing when no name is close. */
export function didYouMean(near: readonly string[]): string {
  return near.length ? say("cli.did_you_mean", { names: listText(near) }) : "";
}

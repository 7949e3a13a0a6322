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
import { closestStrings } from "../text/closest-strings.js";
import { APPLICANTS, type Applicant } from "../types.js";

export type Lang = "zh" | "en";

export interface OutputOptions {
  format: string;
  out?: string;
  lang: string;
  digits: string;
}

export interface ParsedOutput {
  format: TableFormat;
  out: string | undefined;
  lang: Lang;
  /** Decimals of percent values in every format; null keeps the exact value. */
  digits: number | null;
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option("--format <format>", "table, csv, json or md", "table")
    .option("--out <file>", "write the result to a file (atomically) instead of stdout")
    .option("--lang <lang>", "labels in zh (Chinese) or en (English)", "zh")
    .option("--digits <n>", "decimals of percent values, or 'full' for the exact value", "2");
}

export function parseOutput(o: OutputOptions): ParsedOutput {
  if (o.lang !== "zh" && o.lang !== "en") throw new UsageError(`unknown --lang "${o.lang}": expected zh or en`);
  let digits: number | null = null;
  if (o.digits !== "full") {
    digits = Number(o.digits);
    if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
      throw new UsageError(`invalid --digits "${o.digits}": expected a whole number from 0 to 15, or full`);
    }
  }
  return { format: parseTableFormat(o.format), out: o.out, lang: o.lang, digits };
}

export function parseYear(s: string | undefined, option: string): number {
  if (s === undefined) throw new UsageError(`missing ${option} <year>`);
  const y = Number(s);
  if (!/^\d{4}$/.test(s.trim()) || !Number.isInteger(y))
    throw new UsageError(`invalid ${option} "${s}": expected a four-digit year such as 2017`);
  return y;
}

export function parseMetric(id: string): string {
  if (findMetric(id)) return id;
  const near = closestMetricIds(id);
  throw new UsageError(
    `unknown metric "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : ""} (disclosure-trends catalogue lists every metric)`,
  );
}

export function parseApplicant(s: string | undefined): Applicant | null {
  if (s === undefined || s === "total") return null;
  if ((APPLICANTS as readonly string[]).includes(s)) return s as Applicant;
  throw new UsageError(`unknown --applicant "${s}": expected total or one of ${APPLICANTS.join(", ")}`);
}

/** Entity ids from what the user typed: an id, a Chinese name or an English name. */
export function resolveEntities(table: ObservationTable, names: readonly string[] | undefined): string[] | undefined {
  if (!names?.length) return undefined;
  const known = [...new Set([...table.entityNames, ...table.entityInfo.keys()])];
  return names.map((n) => {
    if (known.includes(n)) return n;
    for (const [id, info] of table.entityInfo) if (info.name_zh === n || info.name_en.toLowerCase() === n.toLowerCase()) return id;
    const near = closestStrings(n, known, 3);
    throw new UsageError(
      `unknown entity "${n}": the datasets hold ${known.join(", ")}${near.length ? ` (closest: ${near.join(", ")})` : ""}`,
    );
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
  throw new UsageError(`unknown --group "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : ""} (groups: ${ids.join(", ")})`);
}

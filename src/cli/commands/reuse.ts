import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { DEFAULT_MIN_LENGTH, DEFAULT_PASSAGES, measureReuse, type ReuseOptions } from "../../reuse/measure-reuse.js";
import { measureReusePairs } from "../../reuse/measure-reuse-pairs.js";
import { prepareReuseText, type ReuseReading } from "../../reuse/prepare-reuse-text.js";
import { readPairList } from "../../reuse/read-pair-list.js";
import { readReuseInput } from "../../reuse/read-reuse-input.js";
import { reuseJson } from "../../reuse/reuse-json.js";
import { reusePairsTable, reusePassagesTable, reuseSectionsTable } from "../../reuse/reuse-tables.js";
import { reuseWord } from "../../reuse/reuse-words.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, type ParsedOutput, parseOutput, roundPct } from "../command-options.js";
import { orText } from "../list-text.js";
import { type OutputSheet, writeOutput, writeTable, writeTables } from "../output.js";
import { percentFormat } from "../tables/number-formats.js";
import { DEFAULT_VIEW, shapesTable } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

interface ReuseCliOptions extends OutputOptions {
  pairs?: string;
  minLength: string;
  figures: string;
  tables?: boolean;
  passages: string;
  html?: boolean;
}

export const reuseCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("reuse")
        .description(say("table.help.reuse"))
        .argument("[old]", say("table.help.reuse.old"))
        .argument("[new]", say("table.help.reuse.new"))
        .option("--pairs <file.csv>", say("table.help.reuse.pairs"))
        .option("--min-length <n>", say("table.help.reuse.min_length"), String(DEFAULT_MIN_LENGTH))
        .option("--figures <mode>", say("table.help.reuse.figures"), "any")
        .option("--tables", say("table.help.reuse.tables"))
        .option("--passages <n>", say("table.help.reuse.passages"), String(DEFAULT_PASSAGES))
        .option("--html", say("table.help.reuse.html"))
        .addHelpText("after", say("table.help.reuse.examples")),
    ).action(async (old: string | undefined, neu: string | undefined, opts: ReuseCliOptions) => {
      const o = parseOutput(opts);
      if (o.wide) throw new UsageError(say("cli.reuse_no_wide"));
      const reading = parseReading(opts);
      const options = parseReuseOptions(opts);
      if (opts.pairs !== undefined) {
        if (old !== undefined) throw new UsageError(say("cli.reuse_pairs_and_files"));
        await runPairs(ctx, opts.pairs, reading, options, o);
        return;
      }
      if (old === undefined || neu === undefined) throw new UsageError(say("cli.reuse_usage"));
      const [a, b] = await Promise.all([readReuseInput(old, opts.html), readReuseInput(neu, opts.html)]);
      for (const w of [...a.warnings, ...b.warnings]) ctx.io.stderr(`${say("cli.warning", { message: w })}\n`);
      const result = measureReuse(prepareReuseText(a.text, reading, a.pdfLines), prepareReuseText(b.text, reading, b.pdfLines), options);
      const run = { ...reading, oldName: a.name, newName: b.name, minLength: options.minLength };
      if (result.overallPct === null) {
        ctx.io.stderr(`${say("cli.reuse_no_text", { name: b.name })}\n`);
        ctx.exitCode = 1;
      }
      // JSON keeps its full record unless the table is shaped; then it is the sections table's rows.
      if (o.format === "json" && !shapesTable(o.view ?? DEFAULT_VIEW)) {
        writeOutput(ctx, `${JSON.stringify(reuseJson(result, run, o.digits), null, 2)}\n`, o.out);
        return;
      }
      const overall = roundPct(result.overallPct, o.digits);
      const pct = overall === null ? "—" : percentFormat(o.digits, false)(overall);
      const head = [
        say("cli.reuse_named", { word: reuseWord("old")[o.lang], name: a.name }),
        say("cli.reuse_named", { word: reuseWord("new")[o.lang], name: b.name }),
        say("cli.reuse_summary", { pct, reused: result.reusedUnits, units: result.units, k: options.minLength }),
        "",
        "",
      ];
      const sheets: OutputSheet[] = [
        {
          name: reuseWord("sectionsSheet"),
          table: reuseSectionsTable(result, o.lang, o.digits, o.format === "table" || o.format === "md"),
        },
      ];
      // CSV and JSON hold one table: the sections.
      if (o.format !== "csv" && o.format !== "json" && result.passages.length > 0)
        sheets.push({ name: reuseWord("passages"), table: reusePassagesTable(result, o.lang) });
      await writeTables(ctx, o, sheets, { head: head.join("\n") });
    });
  },
};

async function runPairs(ctx: CliContext, list: string, reading: ReuseReading, options: ReuseOptions, o: ParsedOutput): Promise<void> {
  const pairs = readPairList(list);
  const rows = await measureReusePairs(pairs, reading, options);
  for (const r of rows)
    for (const w of r.warnings) ctx.io.stderr(`${say("cli.reuse_pair_warning", { list, line: r.pair.line, message: w })}\n`);
  const failed = rows.filter((r) => r.error !== null);
  if (failed.length > 0) {
    for (const r of failed) ctx.io.stderr(`${say("cli.reuse_pair_error", { list, line: r.pair.line, message: String(r.error) })}\n`);
    ctx.exitCode = 1;
  }
  if (o.format === "json" && !shapesTable(o.view ?? DEFAULT_VIEW)) {
    const json = rows.map((r) =>
      r.result === null
        ? { old: r.pair.old, new: r.pair.new, line: r.pair.line, error: r.error }
        : {
            line: r.pair.line,
            ...reuseJson(r.result, { ...reading, oldName: r.pair.old, newName: r.pair.new, minLength: options.minLength }, o.digits),
          },
    );
    writeOutput(ctx, `${JSON.stringify(json, null, 2)}\n`, o.out);
    return;
  }
  await writeTable(ctx, o, { zh: "逐对", en: "pairs" }, reusePairsTable(rows, o.lang, o.digits));
}

function parseReading(opts: ReuseCliOptions): ReuseReading {
  if (opts.figures !== "any" && opts.figures !== "exact")
    throw new UsageError(say("cli.option_unknown_value", { option: "--figures", value: opts.figures, expected: orText(["any", "exact"]) }));
  return { figures: opts.figures, tables: opts.tables === true };
}

function parseReuseOptions(opts: ReuseCliOptions): ReuseOptions {
  return { minLength: wholeNumber(opts.minLength, "--min-length", 1, 1000), passages: wholeNumber(opts.passages, "--passages", 0, 10000) };
}

function wholeNumber(s: string, option: string, min: number, max: number): number {
  const n = Number(s);
  if (!/^\s*\d+\s*$/.test(s) || n < min || n > max) throw new UsageError(say("cli.whole_number_invalid", { option, value: s, min, max }));
  return n;
}

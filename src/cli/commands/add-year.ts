import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Command } from "commander";
import { auditReport } from "../../audit/audit.js";
import type { Finding } from "../../audit/finding.js";
import { tableFromObservations } from "../../core/observation-table.js";
import { DataError, formatProblems, IoError, UsageError } from "../../errors.js";
import { datasetFromReport } from "../../extract/dataset-from-report.js";
import { ENTITY_ID_PATTERN, entityIdFromFileName } from "../../extract/entity-id-from-file-name.js";
import { extractReportFile } from "../../extract/extract-report-file.js";
import type { ExtractedReport } from "../../extract/extracted-report.js";
import { placeFinder } from "../../extract/locate-figures.js";
import { readReportFile } from "../../extract/read-report-file.js";
import { recordScope } from "../../extract/record-scope.js";
import { formatTable, parseTableFormat } from "../../format/format-table.js";
import { ENTITY_FILE } from "../../io/dataset-format.js";
import { displayPath, loadDatasets } from "../../io/load-datasets.js";
import { readEntityInfo } from "../../io/read-entity-info.js";
import { writeFileAtomic } from "../../io/write-file-atomic.js";
import { say } from "../../messages/catalogue.js";
import type { EntityInfo } from "../../types.js";
import type { CliContext } from "../cli-context.js";
import { addLangOption, parseLangOption } from "../command-options.js";
import { progressBar } from "../progress-bar.js";
import { auditText } from "../tables/audit-table.js";
import type { CommandModule } from "./command-module.js";

interface AddYearOptions {
  fromReport?: string;
  bulk?: string;
  entity?: string;
  datasets: string;
  force?: boolean;
  nameEn?: string;
  level?: string;
  province?: string;
  parent?: string;
  html?: boolean;
  format: string;
  lang?: string;
}

interface Added {
  report: ExtractedReport;
  file: string;
  entityFile: string | null;
  findings: Finding[];
  auditNote: string | null;
  /** The scope written into entity.json for this year, when the report states one not yet there. */
  scopeNote: string | null;
}

/**
 * The files --bulk takes: reports it reads, and office files it cannot read but lists as skipped with how
 * to convert them, so none is silently left out.
 */
const REPORT_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".html",
  ".htm",
  ".pdf",
  ".docx",
  ".doc",
  ".wps",
  ".rtf",
  ".odt",
  ".xls",
  ".xlsx",
  ".et",
]);

export const addYearCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addLangOption(
      program
        .command("add-year")
        .description(say("table.help.add_year"))
        .addHelpText("after", say("table.help.add_year.examples"))
        .argument("[entity]", say("table.help.add_year.entity"))
        .argument("[year]", say("table.help.add_year.year"))
        .option("--from-report <file>", say("table.help.add_year.from_report"))
        .option("--bulk <folder>", say("table.help.add_year.bulk"))
        .option("--entity <id>", say("table.help.add_year.bulk_entity"))
        .option("--datasets <dir>", say("table.help.add_year.datasets"), "datasets")
        .option("--force", say("table.help.add_year.force"))
        .option("--name-en <name>", say("table.help.add_year.name_en"))
        .option("--level <level>", say("table.help.add_year.level"))
        .option("--province <name>", say("table.help.add_year.province"))
        .option("--parent <name>", say("table.help.add_year.parent"))
        .option("--html", say("table.help.add_year.html"))
        .option("--format <format>", say("table.help.add_year.format"), "table"),
    ).action(async (entity: string | undefined, year: string | undefined, opts: AddYearOptions) => {
      parseLangOption(opts.lang);
      if (opts.bulk !== undefined) {
        if (entity !== undefined || opts.fromReport !== undefined) throw new UsageError(say("cli.add_year_bulk_and_one"));
        await addBulk(ctx, opts.bulk, opts);
        return;
      }
      if (entity === undefined || year === undefined || opts.fromReport === undefined) {
        throw new UsageError(say("cli.add_year_usage"));
      }
      checkEntityId(entity);
      if (!/^\d{4}$/.test(year)) throw new UsageError(say("cli.add_year_year_invalid", { value: year }));
      const added = await addOne(opts.fromReport, entity, Number(year), opts);
      ctx.io.stdout(addedText(added, opts.fromReport));
    });
  },
};

function checkEntityId(entity: string): void {
  if (!ENTITY_ID_PATTERN.test(entity)) {
    throw new UsageError(say("cli.add_year_entity_invalid", { value: entity }));
  }
}

/** Extract → check the year → validate → audit with the entity's other years → write atomically. */
async function addOne(path: string, entity: string, year: number | null, opts: AddYearOptions): Promise<Added> {
  const file = await readReportFile(path);
  const html = opts.html === true;
  let report = extractReportFile(file, { html });
  if (year === null) {
    if (report.year === null) throw new UsageError(say("cli.add_year_no_year", { name: file.name, ext: extname(path) || ".txt" }));
    year = report.year;
  } else if (report.year === null) {
    report = extractReportFile(file, { html, year });
  } else if (report.year !== year) {
    if (!opts.force) {
      throw new UsageError(say("cli.add_year_year_differs", { name: file.name, title_year: report.year, year }));
    }
    report = extractReportFile(file, { html, year });
  }
  const folder = join(opts.datasets, entity);
  const target = join(folder, `${year}.csv`);
  if (existsSync(target) && !opts.force) {
    throw new UsageError(say("cli.add_year_exists", { path: displayPath(target) }));
  }
  const entityPath = join(folder, ENTITY_FILE);
  const isNew = !existsSync(entityPath);
  const given = isNew ? newEntityInfo(entity, report, opts) : existingEntityInfo(entityPath, entity);
  // The scope the report states becomes this year's in entity.json, unless entity.json sets it already.
  const scoped = recordScope(given, year, report.scope, displayPath(entityPath), placeFinder(file));
  if (scoped.warning !== null) report = { ...report, warnings: [...report.warnings, scoped.warning] };
  const entityInfo = scoped.info;
  const { csv, validated } = await datasetFromReport(report, { entity, year, entityInfo, file: displayPath(target) });

  // The audit sees this year beside the entity's other years, for the cross-year checks.
  let auditNote: string | null = null;
  let others = tableFromObservations([], [entityInfo]).rows();
  if (!isNew) {
    const loaded = await loadDatasets(folder);
    if (loaded.problems.length > 0) auditNote = say("cli.add_year_others_fail", { path: displayPath(folder) });
    else others = loaded.table.rows().filter((r) => r.year !== year);
  }
  const combined = tableFromObservations([...others, ...validated.table.rows()], [entityInfo]);
  const findings = auditReport(combined, { entities: [entity] }).findings.filter((f) => f.year === year);

  if (isNew || scoped.changed) writeFileAtomic(entityPath, `${JSON.stringify(entityInfo, null, 2)}\n`);
  writeYearFile(target, csv, opts.force === true);
  return {
    report,
    file: displayPath(target),
    entityFile: isNew ? displayPath(entityPath) : null,
    findings,
    auditNote,
    scopeNote: scoped.note,
  };
}

/**
 * Writes a year's dataset file whole. Without --force it is created or refused in one step (see
 * writeFileAtomic's exclusive): the check for an existing file above is only a quick answer before the
 * work, and two runs adding the same year at once both pass it; here exactly one of them writes.
 */
function writeYearFile(target: string, csv: string, force: boolean): void {
  try {
    writeFileAtomic(target, csv, { exclusive: !force });
  } catch (err) {
    if (err instanceof IoError && err.code === "EEXIST") {
      throw new UsageError(say("write.already_exists", { path: displayPath(target) }));
    }
    throw err;
  }
}

function newEntityInfo(entity: string, report: ExtractedReport, opts: AddYearOptions): EntityInfo {
  return {
    id: entity,
    name_zh: report.body ?? entity,
    name_en: opts.nameEn ?? "",
    level: opts.level ?? "",
    province: opts.province ?? "",
    parent: opts.parent ?? null,
  };
}

function existingEntityInfo(path: string, entity: string): EntityInfo {
  const { entities, problems } = readEntityInfo(path, entity);
  if (problems.length > 0) throw new DataError(problems);
  const info = entities[0];
  if (info === undefined) throw new UsageError(say("cli.add_year_no_entity", { path: displayPath(path) }));
  return info;
}

function addedText(a: Added, reportName: string): string {
  const r = a.report;
  const lines = [
    say("cli.add_year_wrote", {
      path: a.file,
      figures: r.figures.length,
      report: reportName,
      body: r.body ?? say("cli.add_year_body_not_found"),
      year: r.year ?? "",
      layout: r.layout,
    }),
  ];
  if (a.entityFile) lines.push(say("cli.add_year_wrote_entity", { path: a.entityFile }));
  for (const w of r.warnings) lines.push(say("cli.warning", { message: w }));
  if (a.scopeNote !== null) lines.push(a.scopeNote);
  if (r.unassigned.length > 0) {
    lines.push(say("cli.add_year_unassigned", { count: r.unassigned.length }));
    for (const u of r.unassigned) lines.push(`  ${u.text}  …${u.context}…  (${u.reason})`);
  }
  if (a.auditNote) lines.push(say("cli.warning", { message: a.auditNote }));
  lines.push(
    a.findings.length === 0
      ? say("cli.add_year_audit_clean")
      : `${say("cli.add_year_audit_findings", { count: a.findings.length })}\n${auditText(a.findings)}`,
  );
  return `${lines.join("\n")}\n`;
}

/** Every report in a folder, each added or skipped with its reason; a summary table at the end. */
async function addBulk(ctx: CliContext, folder: string, opts: AddYearOptions): Promise<void> {
  const format = parseTableFormat(opts.format);
  if (opts.entity !== undefined) checkEntityId(opts.entity);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(say("cli.add_year_bulk_not_folder", { path: folder }));
  const files = readdirSync(folder)
    .filter((n) => REPORT_EXTENSIONS.has(extname(n).toLowerCase()))
    .sort();
  if (files.length === 0) throw new UsageError(say("cli.add_year_bulk_empty", { path: folder }));
  const bar = progressBar(ctx.io);
  const rows: Record<string, string | number | null>[] = [];
  for (const [i, name] of files.entries()) {
    bar.update(i / files.length, `${i + 1}/${files.length} ${name}`);
    const path = join(folder, name);
    const fromName = entityIdFromFileName(name);
    const entity = opts.entity ?? fromName.entity;
    const row: Record<string, string | number | null> = {
      report: name,
      entity,
      year: fromName.year,
      layout: null,
      extracted: null,
      unassigned: null,
      findings: null,
      status: "",
    };
    try {
      if (entity === null) throw new UsageError(say("cli.add_year_no_entity_in_name"));
      const added = await addOne(path, entity, fromName.year, opts);
      Object.assign(row, {
        year: added.report.year,
        layout: added.report.layout,
        extracted: added.report.figures.length,
        unassigned: added.report.unassigned.length,
        findings: added.findings.length,
        status: say("cli.wrote", { path: added.file }),
      });
    } catch (err) {
      // The report column names the file: the reason need not (a line and column stay).
      if (err instanceof UsageError) row.status = say("cli.add_year_skipped", { reason: reasonAfterName(err.message, path) });
      else if (err instanceof DataError)
        row.status = say("cli.add_year_failed", { reason: formatProblems(err.problems, err.omitted).split("\n")[0] ?? "" });
      else throw err;
      ctx.exitCode = 1;
    }
    rows.push(row);
  }
  bar.done();
  const keys = ["report", "entity", "year", "layout", "extracted", "unassigned", "findings", "status"];
  const right = new Set(["year", "extracted", "unassigned", "findings"]);
  ctx.io.stdout(
    formatTable(
      { columns: keys.map((key) => ({ key, title: key, ...(right.has(key) ? { align: "right" as const } : {}) })), rows },
      format,
    ),
  );
}

/** "<path>: why" → "why"; "<path>:3:5: why" → "line 3, column 5: why"; other messages as they are. */
function reasonAfterName(message: string, path: string): string {
  if (!message.startsWith(path)) return message;
  const rest = message.slice(path.length);
  const at = /^:(\d+):(\d+)(?:: |：)/.exec(rest);
  return at
    ? say("cli.add_year_at_line", { line: at[1] as string, column: at[2] as string, reason: rest.slice(at[0].length) })
    : rest.replace(/^(?:: |：)/, "");
}

/** A count bar on stderr, drawn only when stderr is a terminal; cleared at the end. */

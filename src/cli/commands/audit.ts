import type { Command } from "commander";
import { auditReport } from "../../audit/audit.js";
import { auditReportFile, isReportFile, withClaimSummary, withTextClaims } from "../../audit/claim-files.js";
import { CHECK_IDS, type CheckId, type Severity } from "../../audit/finding.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput, parseYear, resolveEntities } from "../command-options.js";
import { listText, orText } from "../list-text.js";
import { loadForCommand } from "../load-for-command.js";
import { writeOutput, writeTable } from "../output.js";
import { auditBlocks, auditTable } from "../tables/audit-table.js";
import { applyTableView, DEFAULT_VIEW, shapesTable, withRowFilter } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

interface AuditCommandOptions extends OutputOptions {
  entity?: string[];
  year?: string[];
  metric?: string[];
  check?: string[];
  minSeverity: string;
  strict?: boolean;
  datasets?: string;
  texts?: string[];
}

export const auditCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("audit")
        .description(say("table.help.audit"))
        .argument("<path>", say("claim.help.path"))
        .option("--entity <ids...>", say("table.help.option.entities"))
        .option("--year <years...>", say("table.help.option.years_filter"))
        .option("--metric <ids...>", say("table.help.option.metric_filter"))
        .option("--check <ids...>", say("table.help.audit.check", { checks: Object.keys(CHECK_IDS).join(", ") }))
        .option("--min-severity <level>", say("table.help.audit.min_severity"), "note")
        .option("--strict", say("table.help.audit.strict"))
        .option("--datasets <dir>", say("claim.help.datasets"))
        .option("--texts <folders...>", say("claim.help.texts"))
        .addHelpText("after", say("table.help.audit.examples")),
    ).action(async (path: string, opts: AuditCommandOptions) => {
      const years = opts.year?.map((y) => String(parseYear(y, "--year")));
      const out = withRowFilter(withRowFilter(parseOutput(opts), "--year", ["year"], years), "--metric", ["metrics"], opts.metric);
      const view = out.view ?? DEFAULT_VIEW;
      const checks = opts.check?.map((c) => {
        if (c in CHECK_IDS) return c as CheckId;
        throw new UsageError(say("cli.option_one_of", { option: "--check", value: c, expected: listText(Object.keys(CHECK_IDS)) }));
      });
      if (!["error", "warning", "note"].includes(opts.minSeverity)) {
        throw new UsageError(
          say("cli.option_unknown_value", {
            option: "--min-severity",
            value: opts.minSeverity,
            expected: orText(["error", "warning", "note"]),
          }),
        );
      }
      // A report file is audited on its own (figures and narrative claims), --datasets giving prior years.
      const reportFile = isReportFile(path);
      if (reportFile && opts.texts !== undefined) throw new UsageError(say("claim.texts_not_folder", { path }));
      const datasetsPath = reportFile ? opts.datasets : path;
      const table = datasetsPath === undefined ? null : await loadForCommand(ctx, datasetsPath);
      if (datasetsPath !== undefined && !table) return;
      const minSeverity = opts.minSeverity as Severity;
      const report =
        table === null || reportFile
          ? await auditReportFile(path, table, { checks, minSeverity, ...(opts.entity?.[0] ? { entity: opts.entity[0] } : {}) })
          : await withTextClaims(
              auditReport(table, { entities: resolveEntities(table, opts.entity), checks, minSeverity }),
              table,
              opts.texts,
              { entities: resolveEntities(table, opts.entity), checks, minSeverity },
            );
      const { findings } = report;
      const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
      const summary = withClaimSummary(
        say("cli.audit_summary", {
          reports: report.reports,
          checks: report.checks_run,
          errors: count("error"),
          warnings: count("warning"),
          notes: count("note"),
        }),
        report,
      );
      if (opts.strict && count("error") > 0) ctx.exitCode = 1;
      // JSON keeps every field of a finding unless the table is shaped; then it is the table's rows.
      if (out.format === "json" && !shapesTable(view)) {
        writeOutput(ctx, `${JSON.stringify(findings, null, 2)}\n`, out.out);
        return;
      }
      // The terminal shows findings as blocks that keep the whole message; --columns or --all-columns ask for the table.
      if (out.format === "table" && view.columns === null && !view.allColumns) {
        const shown = applyTableView(auditTable(findings, out.lang), view, true);
        const body = findings.length === 0 ? `${say("cli.audit_no_findings")}\n` : `${auditBlocks(shown)}\n`;
        writeOutput(ctx, `${body}\n${summary}\n`, out.out);
        return;
      }
      await writeTable(ctx, out, { zh: "核查", en: "audit" }, auditTable(findings, out.lang), table === null ? {} : { sources: table });
      ctx.io.stderr(`${summary}\n`);
    });
  },
};

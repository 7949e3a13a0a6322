import type { Command } from "commander";
import { auditReport } from "../../audit/audit.js";
import { auditReportFile, isReportFile, withClaimSummary, withTextClaims } from "../../audit/claim-files.js";
import { CHECK_IDS, type CheckId, type Severity } from "../../audit/finding.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput, resolveEntities } from "../command-options.js";
import { loadForCommand } from "../load-for-command.js";
import { writeOutput, writeTable } from "../output.js";
import { auditTable, auditText } from "../tables/audit-table.js";
import type { CommandModule } from "./command-module.js";

interface AuditCommandOptions extends OutputOptions {
  entity?: string[];
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
        .description("compare what each report prints (shares, growth, totals) with what its own counts imply")
        .argument("<path>", "a dataset folder or a folder of them (datasets/)")
        .option("--entity <ids...>", "only these bodies (id or name)")
        .option("--check <ids...>", `only these checks: ${Object.keys(CHECK_IDS).join(", ")}`)
        .option("--min-severity <level>", "leave out findings below error, warning or note", "note")
        .option("--strict", "exit 1 when any error-severity finding exists")
        .option("--datasets <dir>", say("claim.help.datasets"))
        .option("--texts <folders...>", say("claim.help.texts")),
    ).action(async (path: string, opts: AuditCommandOptions) => {
      const out = parseOutput(opts);
      const checks = opts.check?.map((c) => {
        if (c in CHECK_IDS) return c as CheckId;
        throw new UsageError(`unknown --check "${c}": expected one of ${Object.keys(CHECK_IDS).join(", ")}`);
      });
      if (!["error", "warning", "note"].includes(opts.minSeverity)) {
        throw new UsageError(`unknown --min-severity "${opts.minSeverity}": expected error, warning or note`);
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
        `${report.reports} report(s) audited, ${report.checks_run} checks ran: ${count("error")} error(s), ${count("warning")} warning(s), ${count("note")} note(s)`,
        report,
      );
      if (opts.strict && count("error") > 0) ctx.exitCode = 1;
      if (out.format === "json") {
        writeOutput(ctx, `${JSON.stringify(findings, null, 2)}\n`, out.out);
        return;
      }
      if (out.format === "table") {
        const body = findings.length === 0 ? "no findings: every figure that could be checked agrees\n" : `${auditText(findings)}\n`;
        writeOutput(ctx, `${body}\n${summary}\n`, out.out);
        return;
      }
      await writeTable(ctx, out, { zh: "核查", en: "audit" }, auditTable(findings), table === null ? {} : { sources: table });
      ctx.io.stderr(`${summary}\n`);
    });
  },
};

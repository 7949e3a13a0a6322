import type { Command } from "commander";
import { auditReport } from "../../audit/audit.js";
import { CHECK_IDS, type CheckId, type Severity } from "../../audit/finding.js";
import { UsageError } from "../../errors.js";
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
        .option("--strict", "exit 1 when any error-severity finding exists"),
    ).action(async (path: string, opts: AuditCommandOptions) => {
      const out = parseOutput(opts);
      const checks = opts.check?.map((c) => {
        if (c in CHECK_IDS) return c as CheckId;
        throw new UsageError(`unknown --check "${c}": expected one of ${Object.keys(CHECK_IDS).join(", ")}`);
      });
      if (!["error", "warning", "note"].includes(opts.minSeverity)) {
        throw new UsageError(`unknown --min-severity "${opts.minSeverity}": expected error, warning or note`);
      }
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const report = auditReport(table, {
        entities: resolveEntities(table, opts.entity),
        checks,
        minSeverity: opts.minSeverity as Severity,
      });
      const { findings } = report;
      const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
      const summary = `${report.reports} report(s) audited, ${report.checks_run} checks ran: ${count("error")} error(s), ${count("warning")} warning(s), ${count("note")} note(s)`;
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
      await writeTable(ctx, out, { zh: "核查", en: "audit" }, auditTable(findings), { sources: table });
      ctx.io.stderr(`${summary}\n`);
    });
  },
};

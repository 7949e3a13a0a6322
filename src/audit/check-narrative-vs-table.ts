/**
 * The narrative against the table in one 2019+ report: the requests the text says were received
 * (requests_received) against table 三's 本年新收 总计 (requests_new). A mismatch keeps both figures with
 * their sources; it is a warning, since the text sometimes counts one office while the table counts the
 * whole body, and only the report's authors can say which is meant.
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import { say } from "../messages/catalogue.js";
import type { AuditContext, Report } from "./audit-context.js";
import { finding, reportLang } from "./audit-context.js";
import type { Finding } from "./finding.js";

export function checkNarrativeVsTable(ctx: AuditContext, r: Report): Finding[] {
  if (layoutOfYear(r.year) === "2008") return [];
  // Figures are built only when both are stated (most reports of a corpus state neither).
  if (Number.isNaN(ctx.value(r, "requests_received")) || Number.isNaN(ctx.value(r, "requests_new"))) return [];
  const text = ctx.figure(r, "requests_received");
  const table = ctx.figure(r, "requests_new");
  if (text.value === null || table.value === null) return [];
  ctx.checksRun++;
  if (text.value === table.value) return [];
  const where = (f: typeof text) => (f.file === null ? "" : say("audit.where", { file: f.file, line: f.line ?? "" }, reportLang(r)));
  return [
    finding(r, "narrative_vs_table", "warning", text, {
      printed: text.value,
      computed: table.value,
      message: say(
        "audit.narrative_vs_table",
        {
          said: text.value,
          said_where: where(text),
          said_source: text.source ?? "",
          counted: table.value,
          counted_where: where(table),
          counted_source: table.source ?? "",
        },
        reportLang(r),
      ),
      figures: [text, table],
    }),
  ];
}

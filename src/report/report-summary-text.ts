/**
 * What the report command prints: where the report is, and per body its latest key figures with their
 * change and the audit's counts, so a terminal reader gets the gist without opening the page.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import type { ChartLang } from "../charts/theme.js";
import { say } from "../messages/catalogue.js";
import { disputedText } from "./disputed-text.js";
import { countText, signedCountText, signedPercentText } from "./number-text.js";
import { scopeChangeWarning } from "./scope-change-text.js";
import type { ReportSummary } from "./write-report.js";

export function reportSummaryText(s: ReportSummary, lang: ChartLang): string {
  const lines: string[] = [];
  const charts = s.pages.reduce((n, p) => n + p.charts, 0);
  lines.push(say("report.written", { path: s.entry, bodies: s.pages.length, charts, files: s.files.length }, lang));
  for (const r of s.reports) {
    const page = s.pages.find((p) => p.entity === r.entity)?.path ?? "";
    lines.push("", `${lang === "zh" ? r.name_zh : r.name_en} ${r.latest_year}  ${page}`);
    for (const h of r.headline) {
      const c = h.change;
      const delta =
        c === null || c.change === null
          ? ""
          : `  ${signedCountText(c.change)}${c.change_pct !== null ? ` (${signedPercentText(c.change_pct)})` : c.from_value === 0 ? ` (${say("report.prior_zero", undefined, lang)})` : ""} ${say("report.summary_change_on", { year: c.from_year }, lang)}`;
      const disputed = h.disputed_years.length === 0 ? "" : `  ⚠ ${disputedText(h.disputed_years, lang)}`;
      // The page's warning where the change crosses a change of scope: the same words, the same rule.
      const scoped = h.scope_change === null || delta === "" ? "" : `  ⚠ ${scopeChangeWarning(h.scope_change, lang)}`;
      lines.push(`  ${metricLabel(h.metric, lang)}: ${countText(h.value)}${delta}${scoped}${disputed}`);
    }
    const count = (sev: string) => r.findings.filter((f) => f.severity === sev).length;
    lines.push(`  ${say("report.summary_findings", { errors: count("error"), warnings: count("warning"), notes: count("note") }, lang)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * What the report command prints: where the report is, and per body its latest key figures with their
 * change and the audit's counts, so a terminal reader gets the gist without opening the page.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import type { ChartLang } from "../charts/theme.js";
import { disputedText } from "./disputed-text.js";
import { countText, signedCountText, signedPercentText } from "./number-text.js";
import { reportText } from "./report-text.js";
import type { ReportSummary } from "./write-report.js";

export function reportSummaryText(s: ReportSummary, lang: ChartLang): string {
  const lines: string[] = [];
  const charts = s.pages.reduce((n, p) => n + p.charts, 0);
  lines.push(
    lang === "zh"
      ? `报告已写入 ${s.entry}（${s.pages.length} 个机关，${charts} 张图，共 ${s.files.length} 个文件）`
      : `report written to ${s.entry} (${s.pages.length} bodies, ${charts} charts, ${s.files.length} files)`,
  );
  for (const r of s.reports) {
    const page = s.pages.find((p) => p.entity === r.entity)?.path ?? "";
    lines.push("", `${lang === "zh" ? r.name_zh : r.name_en} ${r.latest_year}  ${page}`);
    for (const h of r.headline) {
      const c = h.change;
      const delta =
        c === null || c.change === null
          ? ""
          : `  ${signedCountText(c.change)}${c.change_pct !== null ? ` (${signedPercentText(c.change_pct)})` : c.from_value === 0 ? ` (${reportText("prior_zero", lang)})` : ""} ${lang === "zh" ? `较${c.from_year}年` : `on ${c.from_year}`}`;
      const disputed = h.disputed_years.length === 0 ? "" : `  ⚠ ${disputedText(h.disputed_years, lang)}`;
      lines.push(`  ${metricLabel(h.metric, lang)}: ${countText(h.value)}${delta}${disputed}`);
    }
    const count = (sev: string) => r.findings.filter((f) => f.severity === sev).length;
    lines.push(
      `  ${reportText("findings", lang)}: ${count("error")} ${reportText("error", lang)}, ${count("warning")} ${reportText("warning", lang)}, ${count("note")} ${reportText("note", lang)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

import type { Finding } from "../../audit/finding.js";
import { sourcePlaceText } from "../../format/source-place.js";
import type { TableData } from "../../format/table-data.js";
import { TERMINAL_WIDTH, wrapText } from "../../format/text-table.js";
import { say } from "../../messages/catalogue.js";
import { currentLang, type Lang } from "../../messages/lang.js";
import { columnTitle } from "./column-title.js";

/** Findings as a table (CSV and Markdown output of `audit`). */
export function auditTable(findings: readonly Finding[], lang: Lang = currentLang()): TableData {
  const t = (key: string) => columnTitle(key, lang);
  return {
    columns: [
      { key: "severity", title: t("severity") },
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "year", title: t("year"), align: "right" },
      { key: "check", title: t("check") },
      { key: "metrics", title: t("metrics"), extra: true },
      { key: "applicant", title: t("applicant"), extra: true },
      { key: "printed", title: t("printed"), align: "right", extra: true },
      { key: "computed", title: t("computed"), align: "right", extra: true },
      { key: "difference", title: t("difference"), align: "right" },
      { key: "location", title: t("location"), extra: true },
      { key: "message", title: t("message") },
      { key: "source", title: t("source"), extra: true, text: sourcePlaceText },
    ],
    rows: findings.map((f) => ({
      severity: f.severity,
      entity: f.entity,
      entity_name: f.entity_name,
      year: f.year,
      check: f.check,
      metrics: f.metrics.join(" "),
      applicant: f.applicant,
      printed: f.printed,
      computed: f.computed,
      difference: f.difference,
      location: f.file === null ? null : `${f.file}:${f.line}`,
      message: f.message,
      source: f.source,
    })),
  };
}

/** Findings as compiler-style blocks for the terminal (see auditBlocks). */
export function auditText(findings: readonly Finding[]): string {
  return auditBlocks(auditTable(findings));
}

/**
 * Findings as compiler-style blocks for the terminal: severity, place, message, source sentence, from
 * the rows of auditTable (after --sort, --top and the filters), wrapped to the terminal table's width.
 */
export function auditBlocks(t: TableData): string {
  const indented = (s: string) => wrapText(s, TERMINAL_WIDTH - 2).map((l) => `  ${l}`);
  return t.rows
    .map((r) => {
      const message = String(r.message ?? "");
      const source = r.source === null || r.source === undefined ? "" : String(r.source);
      const lines = [`${r.severity}[${r.check}] ${r.location ?? ""}`.trimEnd(), ...indented(sourcePlaceText(message))];
      if (source && !message.includes(source)) lines.push(...indented(say("table.source_label", { source: sourcePlaceText(source) })));
      return lines.join("\n");
    })
    .join("\n\n");
}

import type { Finding } from "../../audit/finding.js";
import type { TableData } from "../../format/table-data.js";

/** Findings as a table (CSV and Markdown output of `audit`). */
export function auditTable(findings: readonly Finding[]): TableData {
  return {
    columns: [
      { key: "severity", title: "severity" },
      { key: "entity", title: "entity" },
      { key: "entity_name", title: "名称" },
      { key: "year", title: "year", align: "right" },
      { key: "check", title: "check" },
      { key: "metrics", title: "metrics" },
      { key: "applicant", title: "applicant" },
      { key: "printed", title: "printed", align: "right" },
      { key: "computed", title: "computed", align: "right" },
      { key: "difference", title: "difference", align: "right" },
      { key: "location", title: "where" },
      { key: "message", title: "message" },
      { key: "source", title: "source" },
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

/** Findings as compiler-style blocks for the terminal: severity, place, message, source sentence. */
export function auditText(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const lines = [`${f.severity}[${f.check}] ${f.file === null ? "" : `${f.file}:${f.line}`}`, `  ${f.message}`];
      if (f.source && !f.message.includes(f.source)) lines.push(`  source: ${f.source}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

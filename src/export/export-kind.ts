/**
 * What `export` can write, each as an export table: the tidy observations, year over year, breakdown
 * shares (of the parts' sum and of the declared whole) and the audit findings.
 */
import { auditReport } from "../audit/audit.js";
import type { Finding } from "../audit/finding.js";
import { type BreakdownRow, breakdown } from "../compute/breakdown.js";
import { yoy } from "../compute/yoy.js";
import type { ObservationTable } from "../core/observation-table.js";
import { changeExport } from "./change-export.js";
import type { ExportTable } from "./export-table.js";
import { observationsExport } from "./observations-export.js";
import { rowsExport } from "./rows-export.js";

export const EXPORT_KINDS = ["observations", "yoy", "shares", "audit"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportOptions {
  /** Shares of this breakdown group only (default every group). */
  group?: string;
  /** Receives the count of null growths caused by a missing or zero prior figure. */
  onGaps?: (count: number) => void;
}

export function exportTableOf(kind: ExportKind, table: ObservationTable, options: ExportOptions = {}): ExportTable {
  switch (kind) {
    case "observations":
      return observationsExport(table);
    case "yoy": {
      const result = yoy(table);
      options.onGaps?.(result.warnings.length);
      return changeExport(result);
    }
    case "shares":
      return rowsExport<BreakdownRow>(breakdown(table, { group: options.group }), [
        ["entity", "VARCHAR"],
        ["year", "INTEGER"],
        ["group", "VARCHAR"],
        ["whole", "VARCHAR"],
        ["metric", "VARCHAR"],
        ["applicant", "VARCHAR"],
        ["value", "DOUBLE"],
        ["parts_sum", "DOUBLE"],
        ["whole_value", "DOUBLE"],
        ["share_of_parts", "DOUBLE"],
        ["share_of_whole", "DOUBLE"],
        ["printed_share", "DOUBLE"],
        ["share_of_parts_change_pp", "DOUBLE"],
        ["share_of_whole_change_pp", "DOUBLE"],
      ]);
    case "audit":
      return rowsExport<Finding>(auditReport(table).findings, [
        ["entity", "VARCHAR"],
        ["year", "INTEGER"],
        ["check", "VARCHAR"],
        ["severity", "VARCHAR"],
        ["ran", "BOOLEAN"],
        ["metrics", "VARCHAR"],
        ["applicant", "VARCHAR"],
        ["printed", "DOUBLE"],
        ["computed", "DOUBLE"],
        ["difference", "DOUBLE"],
        ["message", "VARCHAR"],
        ["source", "VARCHAR"],
        ["file", "VARCHAR"],
        ["line", "INTEGER"],
      ]);
  }
}

/**
 * What `export` can write, each as an export table: the tidy observations, year over year, breakdown
 * shares (of the parts' sum and of the declared whole) and the audit findings.
 */
import { auditStream } from "../audit/audit-stream.js";
import type { Finding } from "../audit/finding.js";
import { WarningLog } from "../compute/compute-warning.js";
import { yoyPieces } from "../compute/yoy-pieces.js";
import type { ObservationTable } from "../core/observation-table.js";
import { CHANGE_COLUMNS, changeExport } from "./change-export.js";
import { type ExportPart, partRange } from "./export-part.js";
import type { Exportable, ExportStream } from "./export-table.js";
import { observationsExport } from "./observations-export.js";
import { type RowsColumn, rowsExport } from "./rows-export.js";
import { sharesExport } from "./shares-export.js";

export const EXPORT_KINDS = ["observations", "yoy", "shares", "audit"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportOptions {
  /** Shares of this breakdown group only (default every group). */
  group?: string;
  /** Receives the count of null growths caused by a missing or zero prior figure, once all are written. */
  onGaps?: (count: number) => void;
  /** Only this part of the export (for one thread of a parallel export; header-less parts concatenate). */
  part?: ExportPart;
  /** The table's seriesOrder, when made already (once for several threads): year over year then reuses it. */
  seriesOrder?: Int32Array;
}

/** What to write for a kind. Year over year and shares are streams: computed a piece at a time as they are written. */
export function exportTableOf(kind: ExportKind, table: ObservationTable, options: ExportOptions = {}): Exportable {
  switch (kind) {
    case "observations":
      return observationsExport(table, options.part);
    case "yoy":
      return yoyExport(table, options);
    case "shares":
      return sharesExport(table, { group: options.group, part: options.part });
    case "audit":
      return auditExport(table, undefined, options.part);
  }
}

/** The columns of the audit findings export. */
export const AUDIT_COLUMNS: readonly RowsColumn<Finding>[] = [
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
  ["message", "VARCHAR", "unique"],
  ["source", "VARCHAR"],
  ["file", "VARCHAR"],
  ["line", "INTEGER"],
];

/**
 * The audit findings as a stream, a group of reports at a time: a large corpus has millions of
 * findings, and holding (and sorting) them all at once is what outgrew memory.
 */
export function auditExport(table: ObservationTable, reportsPerGroup?: number, part?: ExportPart): ExportStream {
  let fraction = () => 0;
  return {
    columns: AUDIT_COLUMNS.map(([name, type]) => ({ name, type })),
    length: null,
    fraction: () => fraction(),
    *pieces() {
      const stream = auditStream(table, {}, reportsPerGroup, (n) => partRange(n, part));
      fraction = stream.fraction;
      for (const group of stream.groups) yield rowsExport<Finding>(group, AUDIT_COLUMNS);
    },
  };
}

/** Year over year as a stream of pieces, with the gap count reported once the last piece is taken. */
function yoyExport(table: ObservationTable, options: ExportOptions): ExportStream {
  let fraction = () => 0;
  // The walk visits every row once, so a part of the walk is a part of the rows.
  const { from, to } = partRange(table.length, options.part);
  return {
    columns: CHANGE_COLUMNS,
    length: to - from,
    fraction: () => fraction(),
    *pieces() {
      const log = new WarningLog(undefined, false);
      const walk = yoyPieces(table, log, undefined, (n) => partRange(n, options.part), options.seriesOrder);
      fraction = walk.fraction;
      for (const piece of walk.pieces) yield changeExport(piece);
      options.onGaps?.(log.count);
    },
  };
}

/**
 * Breakdown shares as an export stream: reports are taken a few thousand at a time, their share rows
 * computed into reused typed columns and written before the next piece, so memory stays bounded
 * however many reports the table holds. Rows and numbers are breakdown()'s, in its order.
 */
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { reportOrder } from "../compute/report-order.js";
import { ReportRows } from "../compute/report-rows.js";
import { ShareColumns, ShareComputer } from "../compute/share-columns.js";
import type { ObservationTable } from "../core/observation-table.js";
import { numberColumn, textColumn } from "./column-data.js";
import type { ExportPart } from "./export-part.js";
import { partRange } from "./export-part.js";
import type { ExportColumnHead, ExportStream, ExportTable } from "./export-table.js";
import { APPLICANT_TEXTS, METRIC_IDS } from "./metric-ids.js";

const GROUP_IDS = BREAKDOWN_SPECS.map((s) => s.id);
const WHOLE_IDS = BREAKDOWN_SPECS.map((s) => s.whole.metric);

export const SHARE_COLUMNS: readonly ExportColumnHead[] = [
  { name: "entity", type: "VARCHAR" },
  { name: "year", type: "INTEGER" },
  { name: "group", type: "VARCHAR" },
  { name: "whole", type: "VARCHAR" },
  { name: "metric", type: "VARCHAR" },
  { name: "applicant", type: "VARCHAR" },
  { name: "value", type: "DOUBLE" },
  { name: "parts_sum", type: "DOUBLE" },
  { name: "whole_value", type: "DOUBLE" },
  { name: "share_of_parts", type: "DOUBLE" },
  { name: "share_of_whole", type: "DOUBLE" },
  { name: "printed_share", type: "DOUBLE" },
  { name: "share_of_parts_change_pp", type: "DOUBLE" },
  { name: "share_of_whole_change_pp", type: "DOUBLE" },
];

export interface SharesExportOptions {
  /** Shares of this breakdown group only. */
  group?: string;
  /** Reports per piece (default 4096). */
  reportsPerPiece?: number;
  /** Only this part of the reports (for one thread of a parallel export). */
  part?: ExportPart;
}

export function sharesExport(table: ObservationTable, options: SharesExportOptions = {}): ExportStream {
  if (options.group !== undefined && !GROUP_IDS.includes(options.group)) throw new RangeError(`unknown group "${options.group}"`);
  const step = Math.max(1, options.reportsPerPiece ?? 4096);
  let fraction = 0;
  return {
    columns: SHARE_COLUMNS,
    length: null,
    fraction: () => fraction,
    *pieces() {
      const full = deriveSubtotals(table);
      const reports = reportOrder(full);
      const computer = new ShareComputer(full, new ReportRows(full), options.group);
      const cols = new ShareColumns(step * 8);
      const { from: start, to: end } = partRange(reports.length, options.part);
      for (let from = start; from < end; from += step) {
        const to = Math.min(end, from + step);
        cols.length = 0;
        computer.compute(reports, from, to, cols);
        fraction = (to - start) / (end - start);
        yield piece(full, cols);
      }
      fraction = 1;
    },
  };
}

function piece(full: ObservationTable, c: ShareColumns): ExportTable {
  return {
    length: c.length,
    columns: [
      textColumn("entity", c.entity, full.entityNames),
      numberColumn("year", "INTEGER", c.year),
      textColumn("group", c.spec, GROUP_IDS),
      textColumn("whole", c.spec, WHOLE_IDS),
      textColumn("metric", c.metric, METRIC_IDS),
      textColumn("applicant", c.applicant, APPLICANT_TEXTS, 1),
      numberColumn("value", "DOUBLE", c.value),
      numberColumn("parts_sum", "DOUBLE", c.partsSum),
      numberColumn("whole_value", "DOUBLE", c.whole),
      numberColumn("share_of_parts", "DOUBLE", c.shareOfParts),
      numberColumn("share_of_whole", "DOUBLE", c.shareOfWhole),
      numberColumn("printed_share", "DOUBLE", c.printedShare),
      numberColumn("share_of_parts_change_pp", "DOUBLE", c.shareOfPartsChangePp),
      numberColumn("share_of_whole_change_pp", "DOUBLE", c.shareOfWholeChangePp),
    ],
  };
}

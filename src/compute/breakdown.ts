/**
 * Breakdowns: each part's share of its group, against BOTH denominators, because they differ for
 * overlapping groups (an item published on several channels counts once in proactive_items but in
 * every channel): `share_of_parts` divides by the sum of the parts, `share_of_whole` by the declared
 * whole. Shares are in percent (41.83 for 41.83%); their year-over-year change is in percentage points.
 * Derived subtotals (result_denied, …) are summed from their sub-rows first (deriveSubtotals).
 */
import { metricAt } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { APPLICANT_CODES, type Applicant, type EntityId, type MetricId, type Year } from "../types.js";
import { BREAKDOWN_SPECS, type BreakdownSpec } from "./breakdown-specs.js";
import { deriveSubtotals } from "./derive-subtotals.js";
import { type ReportList, reportOrder } from "./report-order.js";
import { ReportRows } from "./report-rows.js";
import { ShareColumns, ShareComputer } from "./share-columns.js";
import type { ValueIndex } from "./value-index.js";

export interface BreakdownOptions {
  /** Only this report year (default every year). */
  year?: Year;
  /** Only this group id (see GROUPS, plus "applicant_types"). */
  group?: string;
  entities?: readonly EntityId[];
}

export interface BreakdownRow {
  entity: EntityId;
  entity_name: string;
  year: Year;
  group: string;
  whole: MetricId;
  metric: MetricId;
  /** The applicant type of an applicant_types part; null otherwise. */
  applicant: Applicant | null;
  value: number | null;
  /** Sum of the group's parts; null unless every part is stated. */
  parts_sum: number | null;
  /** The declared whole; null when not stated. */
  whole_value: number | null;
  /** value / parts_sum × 100. */
  share_of_parts: number | null;
  /** value / whole_value × 100. */
  share_of_whole: number | null;
  /** The share the report prints beside the figure, in percent, as printed. */
  printed_share: number | null;
  /** Change of share_of_parts on year − 1, in percentage points. */
  share_of_parts_change_pp: number | null;
  /** Change of share_of_whole on year − 1, in percentage points. */
  share_of_whole_change_pp: number | null;
}

/** The figures of one group in one report. NaN = unknown. */
export interface GroupFigures {
  spec: BreakdownSpec;
  values: number[];
  rows: number[];
  partsSum: number;
  whole: number;
  wholeRow: number;
}

export function breakdown(table: ObservationTable, options: BreakdownOptions = {}): BreakdownRow[] {
  if (options.group !== undefined && !BREAKDOWN_SPECS.some((s) => s.id === options.group)) {
    throw new RangeError(`unknown group "${options.group}"`);
  }
  const full = deriveSubtotals(table);
  const entities = options.entities?.length ? new Set(options.entities) : null;
  const reports = filterReports(reportOrder(full), (e, y) => {
    return (options.year === undefined || y === options.year) && (entities === null || entities.has(full.entityNames[e] as string));
  });
  const cols = new ShareColumns(reports.length * 8);
  new ShareComputer(full, new ReportRows(full), options.group).compute(reports, 0, reports.length, cols);
  const out: BreakdownRow[] = new Array(cols.length);
  for (let i = 0; i < cols.length; i++) {
    const entity = full.entityNames[cols.entity[i] as number] as string;
    const spec = BREAKDOWN_SPECS[cols.spec[i] as number] as BreakdownSpec;
    const a = cols.applicant[i] as number;
    out[i] = {
      entity,
      entity_name: full.entityInfo.get(entity)?.name_zh ?? entity,
      year: cols.year[i] as number,
      group: spec.id,
      whole: spec.whole.metric,
      metric: metricAt(cols.metric[i] as number).id,
      applicant: a < 0 ? null : (APPLICANT_CODES[a] as Applicant),
      value: orNull(cols.value[i] as number),
      parts_sum: orNull(cols.partsSum[i] as number),
      whole_value: orNull(cols.whole[i] as number),
      share_of_parts: orNull(cols.shareOfParts[i] as number),
      share_of_whole: orNull(cols.shareOfWhole[i] as number),
      printed_share: orNull(cols.printedShare[i] as number),
      share_of_parts_change_pp: orNull(cols.shareOfPartsChangePp[i] as number),
      share_of_whole_change_pp: orNull(cols.shareOfWholeChangePp[i] as number),
    };
  }
  return out;
}

/** The reports that pass `keep`, in the same order. */
function filterReports(reports: ReportList, keep: (entity: number, year: number) => boolean): ReportList {
  const entity: number[] = [];
  const year: number[] = [];
  for (let r = 0; r < reports.length; r++) {
    if (!keep(reports.entity[r] as number, reports.year[r] as number)) continue;
    entity.push(reports.entity[r] as number);
    year.push(reports.year[r] as number);
  }
  return { length: entity.length, entity: Int32Array.from(entity), year: Int32Array.from(year) };
}

/** The stated figures of a group in one report; NaN for each unknown one. */
export function groupFigures(index: ValueIndex, entity: string, year: number, spec: BreakdownSpec): GroupFigures {
  const rows = spec.parts.map((p) => index.row(entity, year, p.metric, p.applicant));
  const values = rows.map((r) => (r < 0 ? Number.NaN : (index.table.value[r] as number)));
  // The parts' sum is known only when every part is stated: an unknown part is not a zero.
  const partsSum = values.reduce((s, v) => s + v, 0);
  const wholeRow = index.row(entity, year, spec.whole.metric, spec.whole.applicant);
  const whole = wholeRow < 0 ? Number.NaN : (index.table.value[wholeRow] as number);
  return { spec, values, rows, partsSum, whole, wholeRow };
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/**
 * Breakdowns: each part's share of its group, against BOTH denominators, because they differ for
 * overlapping groups (an item published on several channels counts once in proactive_items but in
 * every channel): `share_of_parts` divides by the sum of the parts, `share_of_whole` by the declared
 * whole. Shares are in percent (41.83 for 41.83%); their year-over-year change is in percentage points.
 * Derived subtotals (result_denied, …) are summed from their sub-rows first (deriveSubtotals).
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { Applicant, EntityId, MetricId, Year } from "../types.js";
import { BREAKDOWN_SPECS, type BreakdownSpec } from "./breakdown-specs.js";
import { deriveSubtotals } from "./derive-subtotals.js";
import { ValueIndex } from "./value-index.js";

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
  const index = new ValueIndex(full);
  const entities = options.entities?.length ? new Set(options.entities) : null;
  const reports = new Map<string, [string, number]>();
  for (let i = 0; i < full.length; i++) {
    const e = full.entityAt(i);
    const y = full.year[i] as number;
    if ((options.year !== undefined && y !== options.year) || (entities && !entities.has(e))) continue;
    reports.set(`${e}\u0000${y}`, [e, y]);
  }
  const out: BreakdownRow[] = [];
  const sorted = [...reports.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  for (const [entity, year] of sorted) {
    const name = full.entityInfo.get(entity)?.name_zh ?? entity;
    for (const spec of BREAKDOWN_SPECS) {
      if (options.group !== undefined && spec.id !== options.group) continue;
      if (!spec.layouts.includes(layoutOfYear(year))) continue;
      const now = groupFigures(index, entity, year, spec);
      if (!hasShares(now)) continue;
      const before = spec.layouts.includes(layoutOfYear(year - 1)) ? groupFigures(index, entity, year - 1, spec) : null;
      spec.parts.forEach((part, k) => {
        const value = now.values[k] as number;
        const sp = share(value, now.partsSum);
        const sw = share(value, now.whole);
        const psp = before ? share(before.values[k] as number, before.partsSum) : Number.NaN;
        const psw = before ? share(before.values[k] as number, before.whole) : Number.NaN;
        const row = now.rows[k] as number;
        out.push({
          entity,
          entity_name: name,
          year,
          group: spec.id,
          whole: spec.whole.metric,
          metric: part.metric,
          applicant: part.applicant,
          value: orNull(value),
          parts_sum: orNull(now.partsSum),
          whole_value: orNull(now.whole),
          share_of_parts: orNull(sp),
          share_of_whole: orNull(sw),
          printed_share: row < 0 ? null : full.printedShareAt(row),
          share_of_parts_change_pp: orNull(sp - psp),
          share_of_whole_change_pp: orNull(sw - psw),
        });
      });
    }
  }
  return out;
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

/** A group is shown when at least one share can be computed. */
function hasShares(g: GroupFigures): boolean {
  const anyPart = g.values.some((v) => !Number.isNaN(v));
  return (anyPart && g.partsSum > 0) || (anyPart && g.whole > 0);
}

function share(value: number, denominator: number): number {
  return denominator > 0 ? (value / denominator) * 100 : Number.NaN;
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

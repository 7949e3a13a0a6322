/**
 * Several bodies side by side for one year and metric: each one's figure, its rank (1 = largest; ties
 * share a rank), its share of the peers' total (percent), the peers' median, and its own change on
 * year − 1. When year − 1 used an older report layout, the prior figure comes through the CROSSWALK and
 * the change is marked comparable, approximate or not comparable.
 */
import { findMetric, layoutOfYear, metricCode } from "../catalogue/catalogue.js";
import { crosswalkNote } from "../catalogue/crosswalk.js";
import type { ObservationTable } from "../core/observation-table.js";
import { entityScopes, scopeChangeBetween } from "../coverage/scope-by-year.js";
import type { Applicant, Basis, EntityId, MetricId, Year } from "../types.js";
import { type Comparability, comparability, crosswalkBreak, crosswalkPredecessor, withScope } from "./comparability.js";
import {
  type ComputeWarning,
  gapWarning,
  notStatedWarning,
  seriesBreakWarning,
  siblingYearFile,
  WarningLog,
  type WarnSink,
} from "./compute-warning.js";
import { deriveSubtotals } from "./derive-subtotals.js";
import { hasPercentChange, percentChangeOf } from "./percent-change.js";
import { ValueIndex } from "./value-index.js";

export interface CompareEntitiesOptions {
  year: Year;
  metric: MetricId;
  applicant?: Applicant | null;
  /** Entity ids to compare (default every entity with a report that year). */
  entities?: readonly EntityId[];
  warn?: WarnSink;
}

export interface PeerRow {
  entity: EntityId;
  entity_name: string;
  year: Year;
  metric: MetricId;
  value: number | null;
  /** Whether the figure was printed or derived (null when unknown). */
  basis: Basis | null;
  /** 1 for the largest figure; null when the figure is unknown. */
  rank: number | null;
  /** value / peer_total × 100. */
  share_of_peer_total: number | null;
  /** Sum of the known figures of all peers. */
  peer_total: number | null;
  /** Median of the known figures of all peers. */
  peer_median: number | null;
  prior_year: Year;
  /** The metrics the prior figure comes from ([metric], or older ones through the crosswalk). */
  prior_metrics: readonly MetricId[];
  prior_value: number | null;
  change: number | null;
  change_pct: number | null;
  /** "scope_changed" when this body's report counts another scope than the year before's. */
  comparability: Comparability;
  /** The year before's scope when this body's scope changed (全区), else null. */
  scope_from: string | null;
  /** This year's scope when it changed (办公室), else null. */
  scope_to: string | null;
}

export interface CompareEntitiesResult {
  rows: PeerRow[];
  warnings: readonly ComputeWarning[];
}

export function compareEntities(input: ObservationTable, options: CompareEntitiesOptions): CompareEntitiesResult {
  const { year, metric } = options;
  // The same figures every command sees: printed ones and the subtotals derived from them.
  const table = deriveSubtotals(input);
  if (metricCode(metric) < 0) throw new RangeError(`unknown metric id "${metric}"`);
  const applicant = options.applicant ?? null;
  const log = new WarningLog(options.warn);
  const index = ValueIndex.of(table);
  const peers = options.entities?.length ? [...options.entities] : [...table.entityNames].filter((e) => index.hasYear(e, year));
  const prior = priorSource(metric, year);
  const code = metricCode(metric);
  // Where the year before holds a figure in the metric's place that counts something else (a crosswalk
  // break), each peer that has it is told why its change is missing.
  const broken = prior.fit === "not_comparable" ? crosswalkBreak(metric, layoutOfYear(year - 1), layoutOfYear(year)) : undefined;
  const rows: PeerRow[] = peers.sort().map((entity) => {
    const name = table.entityInfo.get(entity)?.name_zh ?? entity;
    const valueRow = index.row(entity, year, metric, applicant);
    const value = valueRow < 0 ? Number.NaN : (table.value[valueRow] as number);
    const priorRows = prior.metrics.map((m) => index.row(entity, year - 1, m, applicant));
    const priorValue = priorRows.reduce((s, r) => s + (r < 0 ? Number.NaN : (table.value[r] as number)), 0);
    const pct = percentChangeOf(code, priorValue, value);
    if (broken !== undefined && !Number.isNaN(value) && broken.from.some((m) => index.row(entity, year - 1, m, applicant) >= 0)) {
      log.add(seriesBreakWarning({ entity, entity_name: name, metric, applicant, year }, broken.from, crosswalkNote(broken)));
    }
    if (Number.isNaN(value)) {
      // A peer without the figure is listed unranked, and says why: no report that year, or a report
      // that does not state it (or, in an older layout, cannot).
      log.add(notStatedWarning({ entity, entity_name: name, metric, applicant, year }, index.hasYear(entity, year)));
    }
    const zeroPrior = priorValue === 0 && hasPercentChange(code);
    const scope = scopeChangeBetween(entityScopes(table, entity), year - 1, year);
    if (
      !Number.isNaN(value) &&
      index.hasYear(entity, year - 1) &&
      prior.fit !== "not_comparable" &&
      (Number.isNaN(priorValue) || zeroPrior)
    ) {
      const row = index.row(entity, year, metric, applicant);
      log.add(
        gapWarning(
          zeroPrior ? "W_ZERO_PRIOR" : "W_NO_PRIOR",
          { entity, entity_name: name, metric: prior.metrics.join("+"), applicant, year, missing_year: year - 1 },
          siblingYearFile(table.fileAt(row), year - 1),
        ),
      );
    }
    return {
      entity,
      entity_name: name,
      year,
      metric,
      value: orNull(value),
      basis: valueRow < 0 || Number.isNaN(value) ? null : table.basisAt(valueRow),
      rank: null,
      share_of_peer_total: null,
      peer_total: null,
      peer_median: null,
      prior_year: year - 1,
      prior_metrics: prior.metrics,
      prior_value: orNull(priorValue),
      change: orNull(value - priorValue),
      change_pct: orNull(pct),
      // Nothing to compare with reads "no prior", unless the layouts already rule the comparison out.
      comparability: Number.isNaN(priorValue) && prior.fit !== "not_comparable" ? "no_prior" : withScope(prior.fit, scope),
      scope_from: scope?.from ?? null,
      scope_to: scope?.to ?? null,
    };
  });
  const known = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const total = known.reduce((s, v) => s + v, 0);
  const median = medianOf(known);
  for (const r of rows) {
    if (known.length > 0) {
      r.peer_total = total;
      r.peer_median = median;
    }
    if (r.value === null) continue;
    const v = r.value;
    r.rank = 1 + known.filter((k) => k > v).length;
    r.share_of_peer_total = total > 0 ? (v / total) * 100 : null;
  }
  rows.sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || a.entity.localeCompare(b.entity));
  return { rows, warnings: log.warnings };
}

/** Where the prior year's figure comes from: the same metric, or its crosswalk predecessors. */
function priorSource(metric: MetricId, year: Year): { metrics: readonly MetricId[]; fit: Comparability } {
  const older = layoutOfYear(year - 1);
  const newer = layoutOfYear(year);
  if (older !== newer && !findMetric(metric)?.layouts.includes(older)) {
    const entry = crosswalkPredecessor(metric, older, newer);
    if (entry) return { metrics: entry.from, fit: entry.fit === "same" ? "comparable" : "approximate" };
    return { metrics: [metric], fit: "not_comparable" };
  }
  return { metrics: [metric], fit: comparability(metric, year - 1, year).fit };
}

function medianOf(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

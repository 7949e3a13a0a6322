/**
 * Whether two years of one metric may be compared, given the 2019 and 2021 template changes: the same
 * layout is comparable; across a change the CROSSWALK decides (same → comparable, approximate →
 * approximate), and a metric the older or newer layout lacks is not comparable. Then the body's scope:
 * two years whose reports count different scopes (全区 → 办公室, entity.json's `scope`) are
 * "scope_changed", whatever the layouts say short of not comparable. The change is still computed, and
 * marked: every command reads this one verdict (compare, trend, peers, export, charts, the report).
 */
import { findMetric, layoutOfYear } from "../catalogue/catalogue.js";
import { CROSSWALK, type CrosswalkEntry, crosswalkNote } from "../catalogue/crosswalk.js";
import { type ScopeChange, scopeChangeBetween } from "../coverage/scope-by-year.js";
import type { Layout, MetricId, Year } from "../types.js";

/**
 * "no_prior" is not a verdict on layouts: a result with no earlier figure to compare with says so rather
 * than "comparable". "scope_changed": the same metric, but the two reports count different bodies.
 */
export type Comparability = "comparable" | "approximate" | "not_comparable" | "no_prior" | "scope_changed";

export interface ComparabilityResult {
  fit: Comparability;
  /** Why, in a few words (the crosswalk note when one applies). */
  note: string;
}

const STEPS: readonly [Layout, Layout][] = [
  ["2008", "2019"],
  ["2019", "2021"],
];
const ORDER: readonly Layout[] = ["2008", "2019", "2021"];
const RANK: Record<Comparability, number> = { comparable: 0, approximate: 1, scope_changed: 2, not_comparable: 3, no_prior: 0 };

/** The weaker of two verdicts (a series is as comparable as its weakest step). */
export function weakerFit(a: Comparability, b: Comparability): Comparability {
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * A layout verdict after the body's scopes: comparable or approximate across a scope change becomes
 * scope_changed; not comparable (and no prior) stay as they are.
 */
export function withScope(fit: Comparability, change: ScopeChange | null): Comparability {
  return change !== null && (fit === "comparable" || fit === "approximate") ? "scope_changed" : fit;
}

/**
 * The verdict for one body: the layouts' (comparability) and then its scopes' (`scopes`, from
 * entityScopes or scopeByYear). `scope` is the change when the scopes differ, null otherwise.
 */
export function bodyComparability(
  metric: MetricId,
  fromYear: Year,
  toYear: Year,
  scopes: ReadonlyMap<number, string>,
): ComparabilityResult & { scope: ScopeChange | null } {
  const layouts = comparability(metric, fromYear, toYear);
  const scope = scopeChangeBetween(scopes, Math.min(fromYear, toYear), Math.max(fromYear, toYear));
  const fit = withScope(layouts.fit, scope);
  const note = fit === "scope_changed" && scope !== null ? `scope changed: ${scope.from} → ${scope.to}` : layouts.note;
  return { fit, note, scope };
}

/** How far `metric` in `fromYear` compares with the same metric in `toYear`. */
export function comparability(metric: MetricId, fromYear: Year, toYear: Year): ComparabilityResult {
  const a = layoutOfYear(Math.min(fromYear, toYear));
  const b = layoutOfYear(Math.max(fromYear, toYear));
  if (a === b) return { fit: "comparable", note: "same report layout" };
  const def = findMetric(metric);
  let worst: ComparabilityResult = { fit: "comparable", note: "same meaning in both layouts" };
  for (const [from, to] of STEPS) {
    if (ORDER.indexOf(from) < ORDER.indexOf(a) || ORDER.indexOf(to) > ORDER.indexOf(b)) continue;
    const step = stepFit(metric, from, to, def?.layouts ?? []);
    if (RANK[step.fit] > RANK[worst.fit]) worst = step;
  }
  return worst;
}

function stepFit(metric: MetricId, from: Layout, to: Layout, layouts: readonly Layout[]): ComparabilityResult {
  const entry = CROSSWALK.find((e) => e.from_layout === from && e.to_layout === to && e.from.includes(metric) && e.to.includes(metric));
  if (entry) return { fit: fitOf(entry), note: crosswalkNote(entry) };
  if (!layouts.includes(from) || !layouts.includes(to)) {
    const lost = CROSSWALK.find((e) => e.from_layout === from && e.to_layout === to && (e.from.includes(metric) || e.to.includes(metric)));
    return { fit: "not_comparable", note: lost ? crosswalkNote(lost) : `${metric} is not part of both the ${from} and the ${to} layouts` };
  }
  return { fit: "comparable", note: "same meaning in both layouts" };
}

/** What a crosswalk entry's fit means for a comparison across it. */
export function fitOf(entry: CrosswalkEntry): Comparability {
  return entry.fit === "same" ? "comparable" : entry.fit === "approximate" ? "approximate" : "not_comparable";
}

/**
 * The "break" entry from which `metric` of the newer layout starts: the older layout prints a figure in
 * its place that counts something else (对外公开总数量 before 现行有效), so the series is not joined.
 */
export function crosswalkBreak(metric: MetricId, olderLayout: Layout, newerLayout: Layout): CrosswalkEntry | undefined {
  if (olderLayout === newerLayout) return undefined;
  return CROSSWALK.find(
    (e) =>
      e.fit === "break" &&
      e.to.includes(metric) &&
      ORDER.indexOf(e.from_layout) >= ORDER.indexOf(olderLayout) &&
      ORDER.indexOf(e.to_layout) <= ORDER.indexOf(newerLayout),
  );
}

/**
 * The crosswalk entry whose older figures stand in for `metric` in a year of `olderLayout`: the entry
 * must map onto exactly this metric and be same or approximate. Undefined when none does.
 */
export function crosswalkPredecessor(metric: MetricId, olderLayout: Layout, newerLayout: Layout): CrosswalkEntry | undefined {
  if (olderLayout === newerLayout) return undefined;
  return CROSSWALK.find(
    (e) =>
      e.to.length === 1 &&
      e.to[0] === metric &&
      e.from.length > 0 &&
      e.from_layout === olderLayout &&
      (e.fit === "same" || e.fit === "approximate") &&
      ORDER.indexOf(e.to_layout) <= ORDER.indexOf(newerLayout),
  );
}

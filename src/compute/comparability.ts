/**
 * Whether two years of one metric may be compared, given the 2019 and 2021 template changes: the same
 * layout is comparable; across a change the CROSSWALK decides (same → comparable, approximate →
 * approximate), and a metric the older or newer layout lacks is not comparable.
 */
import { findMetric, layoutOfYear } from "../catalogue/catalogue.js";
import { CROSSWALK, type CrosswalkEntry } from "../catalogue/crosswalk.js";
import type { Layout, MetricId, Year } from "../types.js";

/**
 * "no_prior" is not a verdict on layouts: a result with no earlier figure to compare with says so rather
 * than "comparable".
 */
export type Comparability = "comparable" | "approximate" | "not_comparable" | "no_prior";

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
const RANK: Record<Comparability, number> = { comparable: 0, approximate: 1, not_comparable: 2, no_prior: 0 };

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
  if (entry) return { fit: fitOf(entry), note: entry.note };
  if (!layouts.includes(from) || !layouts.includes(to)) {
    const lost = CROSSWALK.find((e) => e.from_layout === from && e.to_layout === to && (e.from.includes(metric) || e.to.includes(metric)));
    return { fit: "not_comparable", note: lost?.note ?? `${metric} is not part of both the ${from} and the ${to} layouts` };
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

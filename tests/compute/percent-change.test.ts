/**
 * Percent change only where it means something: non-negative figures with a positive prior, and never
 * for a signed 本年增/减 figure (kind "delta"), whose change is all there is.
 */
import { describe, expect, it } from "vitest";
import { metricCode } from "../../src/catalogue/catalogue.js";
import { METRICS } from "../../src/catalogue/metrics.js";
import { changeBetween } from "../../src/compute/change-between.js";
import { percentChange, percentChangeOf } from "../../src/compute/percent-change.js";
import { trend } from "../../src/compute/trend.js";
import { cells } from "./observations.js";

describe("percentChange(prior, current)", () => {
  it("is defined for a positive prior and a non-negative current figure only", () => {
    // (5 − 4) / 4 × 100 = 25; (0 − 4) / 4 × 100 = −100.
    expect(percentChange(4, 5)).toBe(25);
    expect(percentChange(4, 0)).toBe(-100);
    expect(percentChange(0, 5)).toBeNaN();
    expect(percentChange(-12, 5)).toBeNaN();
    expect(percentChange(4, -1)).toBeNaN();
    expect(percentChange(Number.NaN, 5)).toBeNaN();
  });

  it("percentChangeOf is NaN for every delta metric of the catalogue, and percentChange for the others", () => {
    const deltas = METRICS.filter((m) => m.kind === "delta").map((m) => m.id);
    expect(deltas).toEqual([
      "licensing_items_delta",
      "other_services_items_delta",
      "penalty_items_delta",
      "coercion_items_delta",
      "fee_items_delta",
    ]);
    for (const id of deltas) expect(percentChangeOf(metricCode(id), 2, 3)).toBeNaN();
    expect(percentChangeOf(metricCode("licensing_decisions"), 2, 3)).toBe(50);
  });
});

describe("a signed figure across years", () => {
  const t = () =>
    cells([
      ["a", 2019, "licensing_items_delta", -12],
      ["a", 2020, "licensing_items_delta", 5],
      ["b", 2019, "penalty_items_delta", 0],
      ["b", 2020, "penalty_items_delta", 3],
    ]);

  it("changeBetween gives −12 → 5 as a change of +17 and no percent (not −141.67%), and no zero-prior warning for 0 → 3", () => {
    const r = changeBetween(t(), 2019, 2020);
    expect(r.rows().map((x) => [x.metric, x.change, x.change_pct, x.comparability])).toEqual([
      ["licensing_items_delta", 17, null, "comparable"],
      ["penalty_items_delta", 3, null, "comparable"],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("trend gives the change only: no percent, no index, no compound growth", () => {
    const s = trend(t(), { metric: "licensing_items_delta" }).series[0];
    expect(s?.points.map((p) => [p.year, p.value, p.change, p.change_pct, p.index])).toEqual([
      [2019, -12, null, null, null],
      [2020, 5, 17, null, null],
    ]);
    expect(s?.cagr_pct).toBeNull();
    expect(s?.base_year).toBeNull();
  });
});

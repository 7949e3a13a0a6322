import { describe, expect, it } from "vitest";
import { compoundGrowth } from "../../src/compute/compound-growth.js";
import { trend } from "../../src/compute/trend.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { cells } from "./observations.js";

const FIXTURE = "tests/fixtures/multi-entity";

describe("trend(table, { metric })", () => {
  it("trend(table) reads pre-2019 requests_received for requests_new through the crosswalk, marked approximate", async () => {
    const t = await loadDatasetsOrThrow(FIXTURE);
    const beta = trend(t, { metric: "requests_new", entities: ["beta"] }).series[0];
    expect(beta?.points.map((p) => [p.year, p.value, p.basis, p.comparability])).toEqual([
      [2018, 4, "crosswalk", "no_prior"],
      [2019, 5, "printed", "approximate"],
      [2020, 8, "printed", "comparable"],
    ]);
    expect(beta?.points.map((p) => p.index)).toEqual([100, 125, 200]);
    expect(beta?.comparability).toBe("approximate");
    // (8 / 4)^(1/2) − 1 = √2 − 1.
    expect(beta?.cagr_pct).toBe(compoundGrowth(4, 8, 2));
    expect(beta?.cagr_pct?.toFixed(2)).toBe("41.42");
  });

  it("trend(table, { crosswalk: false }) keeps only the metric's own figures", async () => {
    const t = await loadDatasetsOrThrow(FIXTURE);
    const beta = trend(t, { metric: "requests_new", entities: ["beta"], crosswalk: false }).series[0];
    expect(beta?.points.map((p) => p.year)).toEqual([2019, 2020]);
  });

  it("trend(table, { baseYear }) warns and gives no index when the base figure is 0", () => {
    const t = cells([
      ["a", 2019, "requests_new", 0],
      ["a", 2020, "requests_new", 3],
    ]);
    const r = trend(t, { metric: "requests_new", baseYear: 2019 });
    expect(r.series[0]?.points.map((p) => p.index)).toEqual([null, null]);
    expect(r.warnings.map((w) => w.code)).toEqual(["W_ZERO_PRIOR", "W_NO_BASE"]);
  });

  it("compoundGrowth(first, last, years) is null-like (NaN) for a zero or unknown start", () => {
    expect(compoundGrowth(0, 5, 2)).toBeNaN();
    expect(compoundGrowth(Number.NaN, 5, 2)).toBeNaN();
    expect(compoundGrowth(100, 121, 2)).toBeCloseTo(10, 12);
  });
});

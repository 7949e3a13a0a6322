import { describe, expect, it } from "vitest";
import { compareEntities } from "../../src/compute/compare-entities.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { cells } from "./observations.js";

describe("compareEntities(table, { year, metric })", () => {
  it("compareEntities(table) ranks bodies, gives shares of the peer total and the median", async () => {
    const t = await loadDatasetsOrThrow("tests/fixtures/multi-entity");
    const { rows } = compareEntities(t, { year: 2019, metric: "requests_new" });
    expect(rows.map((r) => [r.entity, r.value, r.rank, r.share_of_peer_total, r.peer_total, r.peer_median])).toEqual([
      ["gamma", 15, 1, 75, 20, 10],
      ["beta", 5, 2, 25, 20, 10],
    ]);
    // 乙区's 2018 figure is requests_received, read through the crosswalk.
    expect(rows[1]).toMatchObject({
      prior_metrics: ["requests_received"],
      prior_value: 4,
      change: 1,
      change_pct: 25,
      comparability: "approximate",
    });
  });

  it("compareEntities(table) gives tied bodies the same rank and leaves unknown figures unranked", () => {
    const t = cells([
      ["a", 2020, "requests_new", 7],
      ["b", 2020, "requests_new", 7],
      ["c", 2020, "requests_new", 2],
      ["d", 2020, "requests_new", null],
    ]);
    const { rows } = compareEntities(t, { year: 2020, metric: "requests_new" });
    expect(rows.map((r) => [r.entity, r.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
      ["d", null],
    ]);
    expect(rows[0]?.peer_median).toBe(7);
  });
});

import { describe, expect, it } from "vitest";
import type { ComputeWarning } from "../../src/compute/compute-warning.js";
import { yoy } from "../../src/compute/yoy.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { inEnglish } from "../helpers/in-english.js";
import { cells } from "./observations.js";

// These tests check the English wording of messages.
inEnglish();

describe("yoy(table)", () => {
  it("yoy(table) gives the seed's 2017 growth of proactive_items: 86781 → 89370 is +2589, 2.98%", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    const row = yoy(t, { metrics: ["proactive_items"] })
      .rows()
      .find((r) => r.to_year === 2017);
    expect(row).toMatchObject({ from_value: 86781, to_value: 89370, change: 2589, comparability: "comparable" });
    expect(row?.change_pct).toBe((2589 / 86781) * 100);
    expect(row?.change_pct?.toFixed(2)).toBe("2.98");
  });

  it("yoy(table) is exact with large counts: 3000000000 → 3000000001 changes by exactly 1", () => {
    const t = cells([
      ["big", 2020, "proactive_items", 3000000000],
      ["big", 2021, "proactive_items", 3000000001],
    ]);
    const r = yoy(t).rows()[1];
    expect(r?.change).toBe(1);
    expect(r?.change_pct).toBe((1 / 3000000000) * 100);
  });

  it("yoy(table) gives null growth when the prior year is 0, keeps the absolute change, and warns", () => {
    const warnings: ComputeWarning[] = [];
    const t = cells([
      ["a", 2017, "channel_website", 0],
      ["a", 2018, "channel_website", 50],
    ]);
    const r = yoy(t, { warn: (w) => warnings.push(w) }).rows()[1];
    expect(r).toMatchObject({ change: 50, change_pct: null });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "W_ZERO_PRIOR", entity: "a", metric: "channel_website", year: 2018, missing_year: 2017 });
  });

  it("yoy(table) gives null growth when the prior figure is missing and names the file to fix", () => {
    const warnings: ComputeWarning[] = [];
    const t = cells([
      ["a", 2016, "proactive_items", 100],
      ["a", 2017, "proactive_items", 110],
      ["a", 2017, "channel_website", 40],
    ]);
    const rows = yoy(t, { warn: (w) => warnings.push(w) }).rows();
    expect(rows.find((r) => r.metric === "channel_website")).toMatchObject({ from_value: null, change: null, change_pct: null });
    expect(warnings.map((w) => w.message)).toEqual([
      "a市 has no 2016 value for channel_website; its 2017 growth is null. Add datasets/a/2016.csv with a channel_website row (or fill its value).",
    ]);
  });

  it("yoy(table) treats a blank prior as unknown, never as zero", () => {
    const t = cells([
      ["a", 2016, "requests_received", null],
      ["a", 2017, "requests_received", 12],
    ]);
    const r = yoy(t).rows()[1];
    expect(r).toMatchObject({ from_value: null, change: null, change_pct: null });
    expect(yoy(t).warnings[0]?.code).toBe("W_NO_PRIOR");
  });

  it("yoy(table) compares with year − 1 only: a gap year gives null, never a two-year change", () => {
    const t = cells([
      ["a", 2015, "proactive_items", 100],
      ["a", 2017, "proactive_items", 130],
    ]);
    const r = yoy(t).rows()[1];
    expect(r).toMatchObject({ from_year: 2016, to_year: 2017, from_value: null, change: null });
  });

  it("yoy(table) does not warn for the first year of an entity's data", () => {
    const t = cells([["a", 2017, "proactive_items", 100]]);
    const result = yoy(t);
    expect(result.length).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it("yoy(table) returns typed columns in series order: entity, metric, applicant, year", () => {
    const t = cells([
      ["b", 2018, "proactive_items", 5],
      ["a", 2018, "proactive_items", 3],
      ["a", 2017, "proactive_items", 2],
    ]);
    const r = yoy(t);
    expect(r.toValue).toBeInstanceOf(Float64Array);
    expect(Array.from(r.toYear)).toEqual([2017, 2018, 2018]);
    expect(r.rows().map((x) => x.entity)).toEqual(["a", "a", "b"]);
    expect(r.rows()[1]?.change).toBe(1);
  });
});

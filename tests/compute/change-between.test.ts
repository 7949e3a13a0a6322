import { describe, expect, it } from "vitest";
import { changeBetween } from "../../src/compute/change-between.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { inEnglish } from "../helpers/in-english.js";
import { cells } from "./observations.js";

// These tests check the English wording of messages.
inEnglish();

describe("changeBetween(table, from, to)", () => {
  it("changeBetween(table, 2016, 2017) lists every seed series with the 2016 baseline where it exists", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    const r = changeBetween(t, 2016, 2017);
    expect(r.length).toBe(40);
    expect(r.rows().find((x) => x.metric === "proactive_items")).toMatchObject({ from_value: 86781, to_value: 89370, change: 2589 });
    expect(r.warnings).toHaveLength(39);
    expect(r.warnings.find((w) => w.metric === "channel_website")?.message).toBe(
      "佳木斯市 has no 2016 value for channel_website; its 2017 growth is null. Add datasets/jiamusi/2016.csv with a channel_website row (or fill its value).",
    );
  });

  it("changeBetween(table, from, to) compares two years that are not consecutive", () => {
    const t = cells([
      ["a", 2019, "requests_new", 20],
      ["a", 2020, "requests_new", 22],
      ["a", 2024, "requests_new", 30],
    ]);
    expect(changeBetween(t, 2019, 2024).rows()).toMatchObject([{ from_value: 20, to_value: 30, change: 10, change_pct: 50 }]);
  });

  it("changeBetween(table, from, to) marks a step across the 2019 template change with its crosswalk fit", () => {
    const t = cells([
      ["a", 2018, "proactive_items", 100],
      ["a", 2019, "proactive_items", 90],
      ["a", 2018, "answer_refused", 3],
      ["a", 2019, "answer_refused", 3],
    ]);
    const rows = changeBetween(t, 2018, 2019).rows();
    expect(rows.find((r) => r.metric === "proactive_items")?.comparability).toBe("approximate");
    expect(rows.find((r) => r.metric === "answer_refused")?.comparability).toBe("not_comparable");
  });

  it("changeBetween(table, from, to) keeps only the metrics and entities asked for", () => {
    const t = cells([
      ["a", 2019, "requests_new", 1],
      ["b", 2019, "requests_new", 2],
      ["a", 2019, "result_total", 1],
    ]);
    const r = changeBetween(t, 2018, 2019, { metrics: ["requests_new"], entities: ["b"] });
    expect(r.rows().map((x) => [x.entity, x.metric])).toEqual([["b", "requests_new"]]);
  });

  it("changeBetween(table, from, to) rejects from ≥ to", () => {
    expect(() => changeBetween(cells([]), 2017, 2017)).toThrow(RangeError);
  });
});

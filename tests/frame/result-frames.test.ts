import { describe, expect, it } from "vitest";
import { loadFrame } from "../../src/frame/load-frame.js";
import { auditFrame, breakdownFrame, changeBetweenFrame, peersFrame, trendFrame, yoyFrame } from "../../src/frame/result-frames.js";
import { frameToRows } from "../../src/frame/rows-to-frame.js";
import { toFrame } from "../../src/frame/to-frame.js";
import { cells } from "../compute/observations.js";

describe("yoyFrame(df) and changeBetweenFrame(df, from, to)", () => {
  it("gives 86781 → 89370, +2589, 2589/86781 × 100 % for jiamusi's proactive items", async () => {
    const df = await loadFrame("datasets/jiamusi");
    for (const frame of [yoyFrame(df), changeBetweenFrame(df, 2016, 2017)]) {
      const row = frameToRows(frame).find((r) => r.metric === "proactive_items" && r.to_year === 2017);
      expect(row).toMatchObject({
        entity_name: "佳木斯市",
        from_year: 2016,
        to_year: 2017,
        from_value: 86781,
        to_value: 89370,
        change: 2589,
      });
      expect(row?.change_pct).toBe((2589 / 86781) * 100);
    }
  });

  it("stays exact where Danfo's float32 would not: 3000000000 → 3000000001", () => {
    const t = cells([
      ["x", 2016, "proactive_items", 3000000000],
      ["x", 2017, "proactive_items", 3000000001],
    ]);
    const row = frameToRows(yoyFrame(toFrame(t))).find((r) => r.to_year === 2017);
    expect(row).toMatchObject({ change: 1 });
    expect(row?.change_pct).toBe((1 / 3000000000) * 100);
  });
});

describe("breakdownFrame(df)", () => {
  it("gives the website share of the channel sum (106582) and of the whole (89370)", async () => {
    const rows = frameToRows(breakdownFrame(await loadFrame("datasets/jiamusi"), { year: 2017, group: "proactive_channels" }));
    const web = rows.find((r) => r.metric === "channel_website");
    expect(web).toMatchObject({ parts_sum: 106582, whole_value: 89370, printed_share: 41.4 });
    expect(web?.share_of_parts).toBe((44585 / 106582) * 100);
    expect(web?.share_of_whole).toBe((44585 / 89370) * 100);
  });
});

describe("auditFrame(df)", () => {
  it("flags the website and other printed shares of jiamusi 2017 and nothing in the request arithmetic", async () => {
    const rows = frameToRows(auditFrame(await loadFrame("datasets/jiamusi")));
    const errors = rows.filter((r) => r.severity === "error").map((r) => [r.check, r.metrics]);
    expect(errors).toEqual([
      // Read against the channels' sum, so the whole proactive_items is not among their figures.
      ["printed_share", "channel_website"],
      ["printed_share", "channel_other"],
    ]);
  });
});

describe("trendFrame(df) and peersFrame(df)", () => {
  it("indexes a series to its base year and ranks peers", () => {
    const t = cells([
      ["a", 2016, "proactive_items", 100],
      ["a", 2017, "proactive_items", 150],
      ["b", 2016, "proactive_items", 200],
      ["b", 2017, "proactive_items", 50],
    ]);
    const points = frameToRows(trendFrame(t, { metric: "proactive_items", entities: ["a"] }));
    expect(points.map((p) => [p.year, p.value, p.index])).toEqual([
      [2016, 100, 100],
      [2017, 150, 150],
    ]);
    const peers = frameToRows(peersFrame(t, { year: 2017, metric: "proactive_items" }));
    expect(peers.map((p) => [p.entity, p.value, p.rank, p.change])).toEqual([
      ["a", 150, 1, 50],
      ["b", 50, 2, -150],
    ]);
  });
});

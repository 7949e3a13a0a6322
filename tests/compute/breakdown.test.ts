import { describe, expect, it } from "vitest";
import { breakdown } from "../../src/compute/breakdown.js";
import { deriveSubtotals } from "../../src/compute/derive-subtotals.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { cells } from "./observations.js";

describe("breakdown(table)", () => {
  it("breakdown(table) gives the seed's website share against both denominators: 41.83% of 106582, 49.89% of 89370", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    const rows = breakdown(t, { year: 2017, group: "proactive_channels" });
    const web = rows.find((r) => r.metric === "channel_website");
    expect(web).toMatchObject({ value: 44585, parts_sum: 106582, whole_value: 89370, printed_share: 41.4 });
    expect(web?.share_of_parts).toBe((44585 / 106582) * 100);
    expect(web?.share_of_parts?.toFixed(2)).toBe("41.83");
    expect(web?.share_of_whole?.toFixed(2)).toBe("49.89");
    const wechat = rows.find((r) => r.metric === "channel_wechat");
    expect(wechat?.share_of_parts?.toFixed(3)).toBe("18.975");
  });

  it("breakdown(table) gives equal denominators for a partition whose parts add up: requests 3+0+53+26 = 82", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    const rows = breakdown(t, { year: 2017, group: "request_channels" });
    expect(rows.map((r) => r.parts_sum)).toEqual([82, 82, 82, 82]);
    expect(rows.map((r) => r.share_of_whole?.toFixed(1))).toEqual(["3.7", "0.0", "64.6", "31.7"]);
  });

  it("breakdown(table) derives result_denied from its 8 sub-rows for the 2019+ result categories", async () => {
    const t = await loadDatasetsOrThrow("datasets/huaian-hongze");
    const rows = breakdown(t, { year: 2024, group: "result_categories" });
    // 洪泽区 2024: 50 granted + 9 partial + 3 denied (1+1+1) + 32 unavailable (31+1+0) + 1 not processed + 0 other = 95.
    expect(rows.map((r) => [r.metric, r.value])).toEqual([
      ["result_granted", 50],
      ["result_partial", 9],
      ["result_denied", 3],
      ["result_unavailable", 32],
      ["result_not_processed", 1],
      ["result_other", 0],
    ]);
    expect(rows[0]?.parts_sum).toBe(95);
    expect(rows[0]?.whole_value).toBe(95);
  });

  it("breakdown(table) gives the change of a share in percentage points", () => {
    const t = cells([
      ["a", 2017, "requests_closed", 10],
      ["a", 2017, "requests_closed_on_time", 8],
      ["a", 2017, "requests_closed_extended", 2],
      ["a", 2018, "requests_closed", 20],
      ["a", 2018, "requests_closed_on_time", 19],
      ["a", 2018, "requests_closed_extended", 1],
    ]);
    const onTime = breakdown(t, { year: 2018 }).find((r) => r.metric === "requests_closed_on_time");
    expect(onTime?.share_of_parts).toBe(95);
    expect(onTime?.share_of_parts_change_pp).toBe(95 - 80);
  });

  it("breakdown(table) splits 2019+ new requests by applicant type", () => {
    const t = cells([
      ["a", 2020, "requests_new", 4, { applicant: "natural_person" }],
      ["a", 2020, "requests_new", 1, { applicant: "commercial_enterprise" }],
      ["a", 2020, "requests_new", 5],
    ]);
    const rows = breakdown(t, { group: "applicant_types" });
    expect(rows.find((r) => r.applicant === "natural_person")).toMatchObject({
      value: 4,
      whole_value: 5,
      share_of_whole: 80,
      parts_sum: null,
    });
  });

  it("deriveSubtotals(table) leaves a subtotal unknown when any sub-row is not stated", () => {
    const t = cells([
      ["a", 2020, "result_unavailable.not_held", 3],
      ["a", 2020, "result_unavailable.needs_creation", null],
      ["a", 2020, "result_unavailable.unclear_after_amend", 1],
    ]);
    const d = deriveSubtotals(t);
    expect(d.find("a", 2020, "result_unavailable")).toBe(-1);
    const all = cells([
      ["a", 2020, "result_unavailable.not_held", 3],
      ["a", 2020, "result_unavailable.needs_creation", 0],
      ["a", 2020, "result_unavailable.unclear_after_amend", 1],
    ]);
    const derived = deriveSubtotals(all);
    const i = derived.find("a", 2020, "result_unavailable");
    expect(derived.valueAt(i)).toBe(4);
    expect(derived.basisAt(i)).toBe("derived");
  });
});

import { describe, expect, it } from "vitest";
import { breakdown } from "../../src/compute/breakdown.js";
import { sharesExport } from "../../src/export/shares-export.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";

describe("sharesExport(table, options)", () => {
  it("sharesExport(table) streams breakdown()'s rows and numbers, in order, for every piece size", async () => {
    const t = await loadDatasetsOrThrow("datasets");
    for (const group of [undefined, "proactive_channels"]) {
      const want = breakdown(t, { group }).map((r) => [
        r.entity,
        r.year,
        r.group,
        r.whole,
        r.metric,
        r.applicant,
        r.value,
        r.parts_sum,
        r.whole_value,
        r.share_of_parts,
        r.share_of_whole,
        r.printed_share,
        r.share_of_parts_change_pp,
        r.share_of_whole_change_pp,
      ]);
      for (const reportsPerPiece of [1, 3, 1000]) {
        const stream = sharesExport(t, { group, reportsPerPiece });
        const got: unknown[][] = [];
        for (const piece of stream.pieces()) {
          for (let i = 0; i < piece.length; i++) got.push(piece.columns.map((c) => c.cell(i)));
        }
        expect(got).toEqual(want);
        expect(stream.fraction()).toBe(1);
      }
    }
  });

  it("sharesExport(table, { group }) refuses an unknown group", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    expect(() => sharesExport(t, { group: "nope" })).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { metricCode } from "../../src/catalogue/catalogue.js";
import { adoptDerived, deriveSubtotals } from "../../src/compute/derive-subtotals.js";
import { ValueIndex } from "../../src/compute/value-index.js";
import { ObservationTableBuilder } from "../../src/core/observation-table.js";
import { shareTable, tableOfShared } from "../../src/core/shared-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { APPLICANT_CODES } from "../../src/types.js";
import { cells } from "./observations.js";

describe("a derived table built once for several threads", () => {
  it("a derived table on shared memory, adopted for another view of the same table, is what deriving gives there", async () => {
    const table = await loadDatasetsOrThrow("datasets", { shared: true });
    const full = deriveSubtotals(table, { shared: true });
    // 洪泽区's table 三 has sub-rows, so subtotals are derived: a new table, itself on shared memory.
    expect(full).not.toBe(table);
    expect(full.length).toBeGreaterThan(table.length);
    expect(full.value.buffer).toBeInstanceOf(SharedArrayBuffer);

    // What a thread receives: new table objects over the same memory; it adopts the derived one.
    const theirs = tableOfShared(shareTable(table));
    const theirFull = tableOfShared(shareTable(full));
    adoptDerived(theirs, theirFull);
    expect(deriveSubtotals(theirs)).toBe(theirFull);
    const index = ValueIndex.of(theirFull);
    for (let i = 0; i < full.length; i++) {
      const a = full.applicant[i] as number;
      const applicant = a < 0 ? null : (APPLICANT_CODES[a] ?? null);
      expect(index.row(full.entityAt(i), full.year[i] as number, full.metricAt(i), applicant)).toBe(i);
    }
  });
});

describe("which indexes are kept with their table", () => {
  it("an index is kept and shared by later callers, unless asked for once (keep: false); deriving keeps none of the input's", async () => {
    const table = await loadDatasetsOrThrow("datasets");
    const once = ValueIndex.of(table, { keep: false });
    expect(ValueIndex.of(table, { keep: false })).not.toBe(once);
    expect(once.row("jiamusi", 2017, "proactive_items")).toBeGreaterThanOrEqual(0);
    const full = deriveSubtotals(table);
    expect(full).not.toBe(table);
    // Deriving looked up sub-rows through an index of the input that it did not keep: the next one
    // asked for is built afresh.
    const afterDeriving = ValueIndex.of(table, { keep: false });
    const kept = ValueIndex.of(table);
    expect(kept).not.toBe(afterDeriving);
    expect(ValueIndex.of(table)).toBe(kept);
    // Asked for once when one is kept already: the kept one.
    expect(ValueIndex.of(table, { keep: false })).toBe(kept);
  });
});

describe("a look-up of a cell the table never has is answered without probing, and still exactly", () => {
  it("a metric, applicant column or year the table lacks gives −1; one it has elsewhere is still found where it is", () => {
    const table = cells([
      ["a", 2010, "proactive_items", 10],
      ["a", 2011, "channel_website", 4],
      ["b", 2011, "proactive_items", 12],
      ["b", 2013, "proactive_items", null],
    ]);
    const index = ValueIndex.of(table);
    expect(index.row("a", 2010, "proactive_items")).toBe(0);
    expect(index.row("b", 2011, "proactive_items")).toBe(2);
    // Stated nowhere that year, or for that entity: the metric exists in the table but not the cell.
    expect(index.row("a", 2011, "proactive_items")).toBe(-1);
    expect(index.row("b", 2010, "proactive_items")).toBe(-1);
    expect(index.row("b", 2011, "channel_website")).toBe(-1);
    expect(index.row("a", 2010, "channel_website")).toBe(-1);
    // A row with an unknown value is still a row.
    expect(index.row("b", 2013, "proactive_items")).toBe(3);
    expect(Number.isNaN(index.value("b", 2013, "proactive_items"))).toBe(true);
    // Years outside the table's, a metric it never has, an applicant column it never has.
    expect(index.row("a", 2009, "proactive_items")).toBe(-1);
    expect(index.row("a", 2014, "proactive_items")).toBe(-1);
    expect(index.row("a", 2010, "requests_received")).toBe(-1);
    expect(index.row("a", 2010, "proactive_items", "natural_person")).toBe(-1);
  });

  it("years spread over more than 64 years fall back to one band for all years, and find the same rows", () => {
    const table = cells([
      ["a", 1950, "proactive_items", 1],
      ["a", 2020, "proactive_items", 2],
      ["a", 2021, "channel_website", 3],
    ]);
    const index = ValueIndex.of(table);
    expect(index.row("a", 1950, "proactive_items")).toBe(0);
    expect(index.row("a", 2020, "proactive_items")).toBe(1);
    expect(index.row("a", 2021, "channel_website")).toBe(2);
    expect(index.row("a", 2021, "proactive_items")).toBe(-1);
    expect(index.row("a", 1950, "channel_website")).toBe(-1);
  });
});

describe("a value index over a table of 100,000 rows (17 bits of row, 14 of fingerprint in a slot)", () => {
  it("finds every row, and −1 for cells next to them that the table does not have", () => {
    const builder = new ObservationTableBuilder(100_000);
    const metrics = [metricCode("proactive_items"), metricCode("channel_website"), metricCode("requests_received")];
    let line = 2;
    for (let e = 0; e < 5000 && builder.length < 100_000; e++) {
      const entity = builder.entityCode(`body${e}`);
      for (let year = 2010; year < 2017; year++) {
        for (const m of metrics) {
          // Every third body skips 2013: cells the index must not find.
          if (e % 3 === 0 && year === 2013) continue;
          builder.pushCodes(entity, year, m, -1, e + year, Number.NaN, Number.NaN, Number.NaN, false, -1, 0, line++);
        }
      }
    }
    const table = builder.build();
    expect(table.length).toBeGreaterThan(65_536);
    const index = ValueIndex.of(table);
    let wrong = 0;
    for (let i = 0; i < table.length; i++) {
      if (index.rowOf(table.entity[i] as number, table.year[i] as number, table.metric[i] as number, -1) !== i) wrong++;
    }
    expect(wrong).toBe(0);
    const m = metrics[0] as number;
    expect(index.rowOf(table.entityNames.indexOf("body3"), 2013, m, -1)).toBe(-1);
    expect(index.rowOf(table.entityNames.indexOf("body4"), 2013, m, -1)).toBeGreaterThanOrEqual(0);
    expect(index.rowOf(table.entityNames.indexOf("body4"), 2017, m, -1)).toBe(-1);
    expect(index.rowOf(table.entityNames.length, 2012, m, -1)).toBe(-1);
  });
});

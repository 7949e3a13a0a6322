import { describe, expect, it } from "vitest";
import { adoptDerived, deriveSubtotals } from "../../src/compute/derive-subtotals.js";
import { ValueIndex } from "../../src/compute/value-index.js";
import { shareTable, tableOfShared } from "../../src/core/shared-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { APPLICANTS } from "../../src/types.js";

describe("a value index and derived table built once for several threads", () => {
  it("an index on shared memory, adopted for another view of the same table, finds every row the same", async () => {
    const table = await loadDatasetsOrThrow("datasets", { shared: true });
    const full = deriveSubtotals(table, { shared: true });
    // 洪泽区's table 三 has sub-rows, so subtotals are derived: a new table, itself on shared memory.
    expect(full).not.toBe(table);
    expect(full.length).toBeGreaterThan(table.length);
    expect(full.value.buffer).toBeInstanceOf(SharedArrayBuffer);
    const built = ValueIndex.of(full, { shared: true });
    expect(built.slots.buffer).toBeInstanceOf(SharedArrayBuffer);

    // What a thread receives: new table objects over the same memory; it adopts both.
    const theirs = tableOfShared(shareTable(table));
    const theirFull = tableOfShared(shareTable(full));
    adoptDerived(theirs, theirFull);
    const adopted = ValueIndex.adopt(theirFull, built.slots);
    expect(deriveSubtotals(theirs)).toBe(theirFull);
    expect(ValueIndex.of(theirFull)).toBe(adopted);
    for (let i = 0; i < full.length; i++) {
      const a = full.applicant[i] as number;
      const applicant = a < 0 ? null : (APPLICANTS[a] ?? null);
      expect(adopted.row(full.entityAt(i), full.year[i] as number, full.metricAt(i), applicant)).toBe(i);
    }
    expect(adopted.row("jiamusi", 2017, "proactive_items")).toBe(built.row("jiamusi", 2017, "proactive_items"));
    expect(adopted.row("jiamusi", 2015, "proactive_items")).toBe(-1);
  });
});

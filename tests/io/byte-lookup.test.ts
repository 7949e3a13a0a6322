import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/catalogue/metrics.js";
import { ByteLookup } from "../../src/io/byte-lookup.js";

const encoder = new TextEncoder();

describe("ByteLookup finds a name by the bytes of a cell", () => {
  const ids = METRICS.map((m) => m.id);
  const lookup = new ByteLookup(ids);

  it("every catalogue metric id, read from the middle of a row, is found at its index", () => {
    const found = ids.map((id) => {
      const row = encoder.encode(`jiamusi,2017,${id},89370`);
      const start = "jiamusi,2017,".length;
      return lookup.find(row, start, start + encoder.encode(id).length);
    });
    expect(found).toEqual(ids.map((_, i) => i));
  });

  it("a name one byte off, cut short, run on, empty or unknown is not found", () => {
    const find = (s: string) => {
      const b = encoder.encode(s);
      return lookup.find(b, 0, b.length);
    };
    expect(find("proactive_items")).toBe(ids.indexOf("proactive_items"));
    expect(find("proactive_itemz")).toBe(-1);
    expect(find("Proactive_items")).toBe(-1);
    expect(find("proactive_item")).toBe(-1);
    expect(find("proactive_itemss")).toBe(-1);
    expect(find("proactive_jtems")).toBe(-1);
    expect(find("")).toBe(-1);
    expect(find("主动公开")).toBe(-1);
  });
});

import { describe, expect, it } from "vitest";
import { decimalsOf, judgePrinted } from "../../src/audit/printed-precision.js";

describe("judgePrinted(printed, computed)", () => {
  it("judgePrinted(printed, computed) agrees at the printed precision: 3 for 2.98, 41.8 for 41.83", () => {
    expect(judgePrinted(3, 2.9833).verdict).toBe("agrees");
    expect(judgePrinted(41.8, 41.8316).verdict).toBe("agrees");
    expect(judgePrinted(0, 0).verdict).toBe("agrees");
  });

  it("judgePrinted(printed, computed) tells truncation (18.9 for 18.975) from an error (41.4 for 41.83)", () => {
    expect(judgePrinted(18.9, 18.975)).toMatchObject({ verdict: "truncated", decimals: 1, rounded: 19 });
    expect(judgePrinted(41.4, 41.8316)).toMatchObject({ verdict: "disagrees", rounded: 41.8 });
    expect(judgePrinted(-2.9, -2.97).verdict).toBe("truncated");
  });

  it("decimalsOf(x) reads the printed precision", () => {
    expect([decimalsOf(41.4), decimalsOf(3), decimalsOf(0.75)]).toEqual([1, 0, 2]);
  });
});

import { describe, expect, it } from "vitest";
import { exactDifference } from "../../src/compute/exact-difference.js";

describe("exactDifference", () => {
  it("subtracts counts as they are", () => {
    expect(exactDifference(89370, 86781)).toBe(2589);
    expect(exactDifference(5, -12)).toBe(17);
  });

  it("gives the decimal difference of decimal amounts, without binary noise", () => {
    expect(1017.2 - 1202.48).not.toBe(-185.28);
    expect(exactDifference(1017.2, 1202.48)).toBe(-185.28);
    expect(exactDifference(0.3, 0.1)).toBe(0.2);
    expect(exactDifference(12.3, 12)).toBe(0.3);
    expect(exactDifference(1e-7, 3e-8)).toBe(7e-8);
  });

  it("keeps NaN (an unknown side) unknown", () => {
    expect(exactDifference(Number.NaN, 1.5)).toBeNaN();
    expect(exactDifference(1.5, Number.NaN)).toBeNaN();
  });
});

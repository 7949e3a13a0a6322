import { describe, expect, it } from "vitest";
import { countText } from "../../src/cli/tables/number-formats.js";

describe("countText(n) writes counts as toLocaleString('en') does, without loading ICU", () => {
  it("groups thousands, keeps the sign and leaves anything but a safe integer as String(n)", () => {
    expect(countText(0)).toBe("0");
    expect(countText(999)).toBe("999");
    expect(countText(1000)).toBe("1,000");
    expect(countText(200000)).toBe("200,000");
    expect(countText(9670)).toBe("9,670");
    expect(countText(-1234567)).toBe("-1,234,567");
    expect(countText(50_000_000)).toBe("50,000,000");
    expect(countText(1.5)).toBe("1.5");
  });

  it("agrees with toLocaleString('en') on whole numbers around every power of ten", () => {
    for (let p = 1; p <= 1e15; p *= 10) {
      for (const n of [p - 1, p, p + 1, -p]) expect(countText(n), String(n)).toBe(n.toLocaleString("en"));
    }
  });
});

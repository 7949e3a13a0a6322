import { describe, expect, it } from "vitest";
import { numberText } from "../../../src/io/xlsx/number-text.js";

describe("numberText reads a stored number from its digits", () => {
  it("keeps what the analyst typed, through Excel's 17-digit storage", () => {
    expect(numberText("89370")).toBe("89370");
    expect(numberText("41.399999999999999")).toBe("41.4");
    expect(numberText("0.30000000000000004")).toBe("0.3");
    expect(numberText("1.0000000000000001E-2")).toBe("0.01");
    expect(numberText("99999.999999999999")).toBe("100000");
    expect(numberText("-2589")).toBe("-2589");
    expect(numberText("1.5E3")).toBe("1500");
    expect(numberText("0")).toBe("0");
    expect(numberText("0.000")).toBe("0");
  });

  it("moves the point for a percent-formatted cell without binary rounding", () => {
    expect(numberText("0.414", 2)).toBe("41.4");
    expect(numberText("7.0000000000000007E-2", 2)).toBe("7");
    expect(numberText("1", 2)).toBe("100");
    expect(numberText("0.0050000000000000001", 2)).toBe("0.5");
  });

  it("gives null for what is not a number", () => {
    expect(numberText("")).toBeNull();
    expect(numberText("1,234")).toBeNull();
    expect(numberText("abc")).toBeNull();
    expect(numberText(".")).toBeNull();
    // An exponent no double has is refused rather than spelled out.
    expect(numberText("1E+999999999")).toBeNull();
    expect(numberText("1E+300")).toBe(`1${"0".repeat(300)}`);
  });
});

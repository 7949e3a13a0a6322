import { describe, expect, it } from "vitest";
import { byteSize } from "../../src/format/byte-size.js";

describe("byteSize", () => {
  it("says a size in the largest binary unit it reaches, whole or to one decimal", () => {
    expect(byteSize(90)).toBe("90 B");
    expect(byteSize(1024)).toBe("1 KiB");
    expect(byteSize(831_488)).toBe("812 KiB");
    expect(byteSize(1 << 20)).toBe("1 MiB");
    expect(byteSize(52_428_800)).toBe("50 MiB");
    expect(byteSize(52_743_373)).toBe("50.3 MiB");
    expect(byteSize(3 * 2 ** 30)).toBe("3 GiB");
  });
});

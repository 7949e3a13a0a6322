import { afterEach, describe, expect, it } from "vitest";
import { listText, orText } from "../../src/cli/list-text.js";
import { setLang } from "../../src/messages/lang.js";

afterEach(() => setLang("zh"));

describe("orText", () => {
  it("spaces 或 from Latin text beside it, not from Chinese", () => {
    expect(orText([".svg", ".png", ".html"])).toBe(".svg、.png 或 .html");
    expect(orText([2030, 2031])).toBe("2030 或 2031");
    expect(orText([2029, 2030, 2031])).toBe("2029、2030 或 2031");
    expect(orText(["佳木斯市", "洪泽区"])).toBe("佳木斯市或洪泽区");
    expect(orText(["佳木斯市", "huaian"])).toBe("佳木斯市或 huaian");
    expect(orText([2030])).toBe("2030");
  });

  it("reads as English in English", () => {
    setLang("en");
    expect(orText([2029, 2030, 2031])).toBe("2029, 2030 or 2031");
    expect(listText(["a", "b"])).toBe("a, b");
  });
});

import { describe, expect, it } from "vitest";
import { detectEncoding } from "../../src/io/detect-encoding.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

describe("detectEncoding(head) tells the encoding from a file's first bytes", () => {
  it("a byte-order mark decides", () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe("utf-8");
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toBe("utf-16le");
    expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toBe("utf-16be");
  });

  it("valid UTF-8 is UTF-8, with or without Chinese, and the empty file too", () => {
    expect(detectEncoding(utf8("entity,year,metric,value\n"))).toBe("utf-8");
    expect(detectEncoding(utf8("佳木斯市,2017,主动公开,89370\n"))).toBe("utf-8");
    expect(detectEncoding(bytes())).toBe("utf-8");
  });

  it("a character the sample cut short at its end is not taken for an error", () => {
    const whole = utf8("a,佳"); // 佳 is E4 BD B3
    expect(detectEncoding(whole.subarray(0, whole.length - 1))).toBe("utf-8");
    expect(detectEncoding(whole.subarray(0, whole.length - 2))).toBe("utf-8");
    const four = utf8("a😀"); // F0 9F 98 80
    expect(detectEncoding(four.subarray(0, four.length - 1))).toBe("utf-8");
  });

  it("GB18030 text (佳木斯 is BC D1 C4 BE CB B9) and bytes UTF-8 never has are GB18030", () => {
    expect(detectEncoding(bytes(0xbc, 0xd1, 0xc4, 0xbe, 0xcb, 0xb9, 0x2c, 0x31))).toBe("gb18030");
    expect(detectEncoding(bytes(0x61, 0xbc, 0xd1, 0x0a))).toBe("gb18030");
    // A lone continuation byte, and a byte UTF-8 never uses, at the very end.
    expect(detectEncoding(bytes(0x61, 0x80))).toBe("gb18030");
    expect(detectEncoding(bytes(0x61, 0xff))).toBe("gb18030");
  });
});

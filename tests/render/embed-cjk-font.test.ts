import { describe, expect, it } from "vitest";
import { embedCjkFont } from "../../src/render/embed-cjk-font.js";

describe("embedCjkFont(html)", () => {
  it("inlines a subset of the Chinese font as a data: URL at the top of <head>", async () => {
    const html = '<!doctype html><html><head><script>var s = "</head>";</script></head><body>佳木斯市 主动公开</body></html>';
    const out = await embedCjkFont(html);
    const style = out.indexOf("<style>@font-face");
    expect(style).toBeGreaterThan(out.indexOf("<head>"));
    expect(style).toBeLessThan(out.indexOf("<script>"));
    const b64 = /url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/.exec(out)?.[1] ?? "";
    const font = Buffer.from(b64, "base64");
    // A TrueType file, cut down from 10 MB to the few glyphs the page uses.
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    expect(font.length).toBeGreaterThan(2_000);
    expect(font.length).toBeLessThan(200_000);
    expect(out.endsWith("<body>佳木斯市 主动公开</body></html>")).toBe(true);
  });

  it("refuses a page without <head> rather than writing a page with no font", async () => {
    await expect(embedCjkFont("<p>佳木斯市</p>")).rejects.toThrow(/<head>/);
  });
});

import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { setLang } from "../../src/messages/lang.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

async function problemsOf(bytes: Uint8Array) {
  const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": bytes }));
  return r.problems;
}

const utf8 = (s: string) => Buffer.from(s, "utf8");

describe("encoding problems are told at their true line and column", () => {
  it("puts a 0xFF byte on line 3 of a UTF-8 file at line 3, its column, naming UTF-8 as the rest's encoding", async () => {
    // Line 3 is `channel_website,` then 0xFF: the byte is the 17th character.
    const bytes = Buffer.concat([
      utf8("metric,value,source\nproactive_items,1,主动公开\nchannel_website,"),
      Buffer.from([0xff]),
      utf8(",x\n"),
    ]);
    const [p, ...rest] = await problemsOf(bytes);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "E_ENCODING", line: 3, column: 17 });
    setLang("en");
    try {
      const [en] = await problemsOf(bytes);
      expect(en?.message).toContain("line 3, column 17: byte 0xFF is not UTF-8");
      expect(en?.found).toContain("the rest of the file is UTF-8");
    } finally {
      setLang("zh");
    }
    expect(p?.message).toContain("第 3 行第 17 列：字节 0xFF 不是 UTF-8");
    expect(p?.frame).toContain("> 3 | channel_website,");
  });

  it("puts a Latin-1 é after Chinese text at its character column, counting each Chinese character once", async () => {
    // Line 2: `proactive_items,1,主动公开caf` is 25 characters; é (0xE9) is the 26th.
    const bytes = Buffer.concat([utf8("metric,value,source\nproactive_items,1,主动公开caf"), Buffer.from([0xe9]), utf8("\n")]);
    const [p] = await problemsOf(bytes);
    expect(p).toMatchObject({ code: "E_ENCODING", line: 2, column: 26 });
  });

  it("names GB18030 as the rest's encoding when most of the file is GB18030", async () => {
    // 主动公开 in GB18030: D6 F7 B6 AF B9 AB BF AA; then a lone 0xFF on line 3, column 3.
    const line2 = Buffer.from([...utf8("proactive_items,1,"), 0xd6, 0xf7, 0xb6, 0xaf, 0xb9, 0xab, 0xbf, 0xaa, 0x0a]);
    const line3 = Buffer.from([...utf8("ch"), 0xff, ...utf8(",1,"), 0xd6, 0xf7, 0x0a]);
    const [p] = await problemsOf(Buffer.concat([utf8("metric,value,source\n"), line2, line3]));
    expect(p).toMatchObject({ code: "E_ENCODING", line: 3, column: 3 });
    expect(p?.found).toContain("GB18030");
  });

  it("tells UTF-16 without a byte-order mark as one problem, little- or big-endian, with how to save as UTF-8", async () => {
    const text = "metric,value\nproactive_items,89370\n";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const [bytes, name] of [
      [le, "UTF-16LE"],
      [be, "UTF-16BE"],
    ] as const) {
      const ps = await problemsOf(bytes);
      expect(ps.map((p) => [p.code, p.line, p.column])).toEqual([["E_ENCODING", 0, 0]]);
      expect(ps[0]?.found).toContain(name);
      expect(ps[0]?.hint).toContain("UTF-8");
      expect(ps[0]?.message).not.toContain("\\u0000");
    }
  });

  it("still reads UTF-16 with its byte-order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("metric,value\nproactive_items,89370\n", "utf16le")]);
    expect(await problemsOf(bytes)).toEqual([]);
  });

  it("tells a picture saved as .csv as not text, for the whole file", async () => {
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4e00000000049454e44ae426082",
      "hex",
    );
    const ps = await problemsOf(png);
    expect(ps.map((p) => [p.code, p.line, p.column])).toEqual([["E_ENCODING", 0, 0]]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

async function valuesOf(csv: string | Uint8Array) {
  const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": csv }));
  expect(r.problems).toEqual([]);
  return r.table.rows().map((o) => ({ metric: o.metric, value: o.value, printed_share: o.printed_share, basis: o.basis }));
}

/** Encodes text as GB18030 for the characters these fixtures use (ASCII + a few CJK via a lookup). */
function gb18030Bytes(text: string): Uint8Array {
  // Node has no GB18030 encoder; build one from the decoder for the characters present.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

describe("loadDatasets(path) reads what analysts really produce", () => {
  it("reads a GB18030 copy of jiamusi/2017.csv to the same table as the UTF-8 one", async () => {
    const utf8 = readFileSync("datasets/jiamusi/2017.csv", "utf8");
    const gb = gb18030Bytes(utf8);
    expect(gb.length).toBeLessThan(Buffer.byteLength(utf8));
    const a = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": utf8 }));
    const b = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": gb }));
    expect(b.problems).toEqual([]);
    const strip = (rows: ReturnType<typeof a.table.rows>) => rows.map(({ file: _f, ...rest }) => rest);
    expect(strip(b.table.rows())).toEqual(strip(a.table.rows()));
    expect(b.table.get("jiamusi", 2017, "proactive_items")).toBe(89370);
  });

  it("reads UTF-8 with a BOM and CRLF line ends", async () => {
    const rows = await valuesOf("\uFEFFmetric,value\r\nproactive_items,89370\r\nchannel_website,44585\r\n");
    expect(rows.map((r) => r.value)).toEqual([89370, 44585]);
  });

  it("reads thousands separators, full-width digits, ％ and stray spaces", async () => {
    const rows = await valuesOf(
      'metric,value,printed_share\nproactive_items,"89,370",\nchannel_website, ４４５８５ ,４１．４％\nchannel_weibo,12989条, 12.2 %\n',
    );
    expect(rows.map((r) => [r.value, r.printed_share])).toEqual([
      [89370, null],
      [44585, 41.4],
      [12989, 12.2],
    ]);
  });

  it("reads —, -, ／ and blank as not stated, never zero", async () => {
    const rows = await valuesOf("metric,value\nchannel_gazette,—\nchannel_website,-\nchannel_weibo,／\nchannel_wechat,\n");
    expect(rows.map((r) => r.value)).toEqual([null, null, null, null]);
  });

  it("keeps large counts exact", async () => {
    const rows = await valuesOf("metric,value\nproactive_items,3000000001\n");
    expect(rows[0]?.value).toBe(3000000001);
  });

  it("reads a long corpus file with entity and year columns beside entities.json", async () => {
    const root = tempDatasets({
      "corpus.csv": "entity,year,metric,value\njiamusi,2016,proactive_items,86781\njiamusi,2017,proactive_items,89370\n",
      "entities.json": JSON.stringify([
        { id: "jiamusi", name_zh: "佳木斯市", name_en: "Jiamusi", level: "city", province: "黑龙江省", parent: null },
      ]),
    });
    const r = await loadDatasets(`${root}/corpus.csv`);
    expect(r.problems).toEqual([]);
    expect(r.table.get("jiamusi", 2016, "proactive_items")).toBe(86781);
    expect(r.table.get("jiamusi", 2017, "proactive_items")).toBe(89370);
  });

  it("streams a file larger than one read chunk with every line number right", async () => {
    const n = 120_000;
    const metrics = ["proactive_items", "channel_website", "channel_weibo"];
    const lines = ["entity,year,metric,value,source"];
    for (let i = 0; i < n; i++) {
      const e = `e${Math.floor(i / 3) % 40000}`;
      lines.push(`${e},${2000 + Math.floor(i / 120000)},${metrics[i % 3]},${i},"row ${i}, quoted"`);
    }
    lines[100_001] = lines[100_001]?.replace(/,(\d+),"/, ',oops,"') ?? "";
    const ids = Array.from({ length: 40000 }, (_, k) => ({
      id: `e${k}`,
      name_zh: `e${k}`,
      name_en: `e${k}`,
      level: "x",
      province: "x",
      parent: null,
    }));
    const root = tempDatasets({ "corpus.csv": `${lines.join("\n")}\n`, "entities.json": JSON.stringify(ids) });
    const r = await loadDatasets(`${root}/corpus.csv`);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([["E_NOT_A_NUMBER", 100_002]]);
    expect(r.table.length).toBe(n - 1);
  });
});

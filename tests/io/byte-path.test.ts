import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { seeded } from "../helpers/seeded.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

/**
 * UTF-8 files go through the byte path (plain-row-scanner.ts); UTF-16 files through papaparse and the
 * string path. The same text must give the same table and the same problems either way.
 */
function utf16le(text: string): Uint8Array {
  return Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
}

const VALUES = [
  "12",
  "0",
  "0101",
  "",
  "—",
  "-",
  "3000000001",
  "999999999999999",
  "9999999999999999",
  "4万",
  "1,200",
  "12.5",
  "-3",
  "+3",
  " 7",
  "７",
];
const DECIMALS = ["", "41.4", "41.4%", "100", "100.5", "0.125", "-2.5", "—", "-", "+1", "1.", ".5", "12.3456789012345"];
const METRICS = [
  "proactive_items",
  "channel_website",
  "request_fees",
  "proposals_reply_rate",
  "licensing_items_delta",
  "requests_new",
  "proactive_itmes",
];
const APPLICANT_CELLS = ["", "", "", "natural_person", "total", "robot"];
const BASIS = ["", "printed", "derived", "Derived", "guess"];
const SOURCES = ["", "主动公开89370条", "plain text", " spaced", "'=1+1", '"quoted, with comma"', '"two\nlines"'];

function corpus(rows: number, seed: number, crlf: boolean): string {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out = ["entity,year,metric,applicant,value,printed_share,printed_change,printed_change_pct,basis,source,note"];
  for (let i = 0; i < rows; i++) {
    const entity = pick(["jiamusi", "jiamusi", "jiamusi", "hongze", "nowhere", ""]);
    const year = pick(["2016", "2017", "2018", "17", "1900", ""]);
    const cells = [entity, year, pick(METRICS), pick(APPLICANT_CELLS), pick(VALUES), pick(DECIMALS), pick(DECIMALS)];
    cells.push(pick(DECIMALS), pick(BASIS), pick(SOURCES), pick(["", "note", "备注"]));
    out.push(r() < 0.03 ? cells.slice(0, 9).join(",") : cells.join(","));
    if (r() < 0.02) out.push("");
  }
  return `${out.join(crlf ? "\r\n" : "\n")}\n`;
}

const ENTITIES = JSON.stringify(
  ["jiamusi", "hongze"].map((id) => ({ id, name_zh: id, name_en: id, level: "x", province: "x", parent: null })),
);

async function loadBoth(text: string) {
  const a = await loadDatasets(`${tempDatasets({ "corpus.csv": text, "entities.json": ENTITIES })}/corpus.csv`);
  const b = await loadDatasets(`${tempDatasets({ "corpus.csv": utf16le(text), "entities.json": ENTITIES })}/corpus.csv`);
  const rows = (t: typeof a) => t.table.rows().map(({ file: _f, ...rest }) => rest);
  const problems = (t: typeof a) => t.problems.map((p) => [p.code, p.line, p.column, p.hint]);
  return { a, b, rows, problems };
}

describe("loadDatasets(path) reads UTF-8 bytes and decoded text alike", () => {
  for (const [seed, crlf] of [
    [1, false],
    [2, true],
    [3, false],
  ] as const) {
    it(`gives the same rows and problems for a mixed corpus (seed ${seed}${crlf ? ", CRLF" : ""})`, async () => {
      const { a, b, rows, problems } = await loadBoth(corpus(400, seed, crlf));
      expect(a.table.length).toBeGreaterThan(20);
      expect(rows(a)).toEqual(rows(b));
      expect(a.omitted).toBe(b.omitted);
      expect(problems(a)).toEqual(problems(b));
      expect(a.table.entityNames).toEqual(b.table.entityNames);
    });
  }

  it("keeps 15-digit counts exact and reads decimals as Number() does", async () => {
    const text =
      "entity,year,metric,value,printed_share\njiamusi,2017,proactive_items,999999999999999,12.3456789012345\njiamusi,2017,request_fees,0.1,\n";
    const { a, rows } = await loadBoth(text);
    expect(a.problems).toEqual([]);
    expect(rows(a).map((o) => [o.value, o.printed_share])).toEqual([
      [999999999999999, 12.3456789012345],
      [0.1, null],
    ]);
  });

  it("reports bytes that are not UTF-8 after a valid head with E_ENCODING", async () => {
    const good = "entity,year,metric,value\njiamusi,2017,proactive_items,1\n";
    // Valid UTF-8 in the first 64 KB decides the encoding: the bad bytes come after blank lines.
    const bytes = Buffer.concat([Buffer.from(good), Buffer.alloc(70000, 0x0a), Buffer.from([0x6a, 0xff, 0xfe, 0x2c, 0x0a])]);
    const root = tempDatasets({ "corpus.csv": bytes, "entities.json": ENTITIES });
    const r = await loadDatasets(`${root}/corpus.csv`);
    expect(r.problems.map((p) => p.code)).toEqual(["E_ENCODING"]);
  });
});

import { describe, expect, it } from "vitest";
import { type LoadResult, loadDatasets } from "../../src/io/load-datasets.js";
import { type BackChunksRequest, type BackChunksResult, readBackChunks } from "../../src/io/read-back-chunks.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

/**
 * A long corpus read from both ends must give exactly the table, problems and messages of the
 * ordinary read. The helper runs in this thread here (its chunks interleave with the main thread's at
 * each await), with chunks of 2 KB, so a small corpus has dozens of them.
 */
const ENTITIES = JSON.stringify(
  Array.from({ length: 40 }, (_, e) => ({ id: `b${e}`, name_zh: `机关${e}`, name_en: `B${e}`, level: "x", province: "x", parent: null })),
);
const METRICS = ["proactive_items", "channel_website", "channel_weibo", "channel_wechat", "requests_received"];

/** Rows of 40 bodies × 6 years × 5 metrics, sorted by body and year; `edit` may change the lines. */
function corpus(edit: (lines: string[]) => void = () => {}): string {
  const lines = ["entity,year,metric,value,source"];
  for (let e = 0; e < 40; e++)
    for (let y = 2010; y < 2016; y++) for (const [k, m] of METRICS.entries()) lines.push(`b${e},${y},${m},${(e * 7 + y * 3 + k) % 97},`);
  edit(lines);
  return `${lines.join("\n")}\n`;
}

/** The corpus written once: both reads name the same file in their messages. */
function written(text: string): string {
  return `${tempDatasets({ "corpus.csv": text, "entities.json": ENTITIES })}/corpus.csv`;
}

async function load(file: string, withHelper: boolean): Promise<{ result: LoadResult; back: BackChunksResult[] }> {
  const back: BackChunksResult[] = [];
  const read = async (req: BackChunksRequest) => {
    const r = await readBackChunks(req);
    back.push(r);
    return r;
  };
  const result = await loadDatasets(file, withHelper ? { bothEnds: { read, minBytes: 0, chunkBytes: 2048 } } : {});
  return { result, back };
}

/** Every column of the table, the interned texts, and the problems as printed. */
function snapshot(r: LoadResult) {
  const t = r.table;
  return {
    names: t.entityNames,
    sources: t.sourceTexts,
    columns: [t.entity, t.year, t.metric, t.applicant, t.value, t.basis, t.source, t.file, t.line].map((c) =>
      Array.from(c.subarray(0, t.length)),
    ),
    problems: r.problems.map((p) => p.message),
    omitted: r.omitted,
  };
}

async function expectSameAsOneThread(file: string): Promise<BackChunksResult[]> {
  const one = await load(file, false);
  const both = await load(file, true);
  expect(snapshot(both.result)).toEqual(snapshot(one.result));
  return both.back;
}

describe("a long corpus read from both ends", () => {
  it("takes the helper's plain chunks and gives the one-thread table, lines and codes included", async () => {
    const back = await expectSameAsOneThread(written(corpus()));
    expect(back).toHaveLength(1);
    expect(back[0]?.ok).toBe(true);
    expect(back[0]?.chunks.length).toBeGreaterThan(1);
  });

  it("a quoted cell with a line break in the helper's part: the main thread reads that part itself", async () => {
    const back = await expectSameAsOneThread(
      written(
        corpus((lines) => {
          lines[lines.length - 30] = `${lines[lines.length - 30]?.slice(0, -1)}"两行,\n来源"`;
        }),
      ),
    );
    expect(back[0]?.ok).toBe(false);
  });

  it("a value with a unit in the helper's part is reported with its file:line as on one thread", async () => {
    const file = written(
      corpus((lines) => {
        lines[lines.length - 5] = "b39,2015,requests_received,12万,";
      }),
    );
    const back = await expectSameAsOneThread(file);
    expect(back[0]?.ok).toBe(false);
    const { result } = await load(file, true);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["E_UNIT_IN_VALUE", 1197]]);
  });

  it("a key in both parts is read again on one thread, and reported as the duplicate it is", async () => {
    const file = written(
      corpus((lines) => {
        lines.push("b0,2010,proactive_items,5,");
      }),
    );
    const { result, back } = await load(file, true);
    expect(back[0]?.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["E_DUPLICATE", 1202]]);
    expect(snapshot(result)).toEqual(snapshot((await load(file, false)).result));
  });

  it("a file too small for the helper is read on one thread", async () => {
    const file = written(corpus());
    let asked = 0;
    const read = async (req: BackChunksRequest) => {
      asked++;
      return readBackChunks(req);
    };
    await loadDatasets(file, { bothEnds: { read, chunkBytes: 2048 } });
    expect(asked).toBe(0);
  });
});

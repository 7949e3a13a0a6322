import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ObservationTableBuilder } from "../../src/core/observation-table.js";
import { LoadSizing } from "../../src/io/load-sizing.js";
import { readRecordBytes } from "../../src/io/record-bytes.js";

function written(content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "dt-record-bytes-")), "file.csv");
  writeFileSync(path, content);
  return path;
}

/** The pieces as texts, each copied when it comes (the reader fills its buffer again for the next). */
async function pieces(path: string, chunkBytes: number): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of readRecordBytes(path, undefined, chunkBytes)) out.push((piece.bytes as Buffer).toString("utf8"));
  return out;
}

describe("readRecordBytes", () => {
  const text = 'metric,value\nproactive_items,89370\nchannel_website,"44,585"\nnote,"two\nlines"\nchannel_weibo,2\n';

  it("gives the file's bytes in pieces of whole records, for any read size", async () => {
    const path = written(text);
    for (const size of [4, 5, 7, 16, 33, 1 << 20]) {
      const got = await pieces(path, size);
      expect(got.join("")).toBe(text);
      for (const piece of got) {
        expect(piece.endsWith("\n")).toBe(true);
        // A newline inside quotes never ends a piece: every piece holds an even number of quotes.
        expect((piece.match(/"/g) ?? []).length % 2).toBe(0);
      }
    }
  });

  it("keeps a record longer than the read size whole", async () => {
    const long = `metric,value\nnote,${"x".repeat(100)}\nchannel_weibo,2\n`;
    const got = await pieces(written(long), 8);
    expect(got.join("")).toBe(long);
    expect(got.some((p) => p === `note,${"x".repeat(100)}\n`)).toBe(true);
  });

  it("drops a UTF-8 byte-order mark and yields a last record without a newline", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const path = written(Buffer.concat([bom, Buffer.from("metric,value\n佳木斯,1\nlast,2")]));
    for (const size of [4, 6, 1 << 20]) {
      const got = await pieces(path, size);
      expect(got.join("")).toBe("metric,value\n佳木斯,1\nlast,2");
      expect(got.at(-1)?.endsWith("last,2")).toBe(true);
    }
  });

  it("yields nothing for an empty file", async () => {
    expect(await pieces(written(""), 8)).toEqual([]);
  });

  it("reports progress up to the file's size", async () => {
    const path = written(text);
    const seen: number[] = [];
    for await (const _ of readRecordBytes(path, (p) => seen.push(p.bytesRead - p.totalBytes), 16)) {
      // Only the progress is looked at here.
    }
    expect(seen.at(-1)).toBe(0);
    expect(seen.every((d) => d <= 0)).toBe(true);
  });
});

describe("LoadSizing", () => {
  const line = "body000001,2010,proactive_items,12345,\n"; // 39 bytes
  const rows = (n: number) => Buffer.from(line.repeat(n));

  it("sizes the columns from the first piece's lines before it is read, with a 5 % margin", () => {
    const builder = new ObservationTableBuilder(16);
    const total = line.length * 10_000;
    const sizing = new LoadSizing(total);
    sizing.expect(builder, { bytes: rows(1000) });
    // 10,000 rows × 1.05 + 64, give or take the rounding of the density.
    expect(builder.capacity).toBeGreaterThanOrEqual(10_564);
    expect(builder.capacity).toBeLessThanOrEqual(10_565);
  });

  it("asks the next piece when the first holds too few lines (a header alone)", () => {
    const builder = new ObservationTableBuilder(16);
    const sizing = new LoadSizing(line.length * 10_000);
    sizing.expect(builder, { bytes: Buffer.from("entity,year,metric,value,source\n") });
    expect(builder.capacity).toBe(16);
    sizing.expect(builder, { bytes: rows(100) });
    expect(builder.capacity).toBeGreaterThan(10_000);
  });

  it("grows again after the first megabyte only when the first guess fell short", () => {
    const total = line.length * 100_000;
    /** Capacity after 30,000 rows of the first megabyte were read into columns sized for `room`. */
    const afterFirstMegabyte = (room: number) => {
      const builder = new ObservationTableBuilder(16);
      builder.reserve(room);
      for (let i = 0; i < 30_000; i++) builder.pushCodes(0, 2010, 0, -1, i, Number.NaN, Number.NaN, Number.NaN, false, -1, 0, i + 2);
      new LoadSizing(total).reserve(builder, { bytes: rows(30_000) });
      return builder.capacity;
    };
    // 100,000 rows to come: 50,000 fell short (then 100,000 × 1.05 + 64), 120,000 did not.
    expect(afterFirstMegabyte(50_000)).toBeGreaterThanOrEqual(105_064);
    expect(afterFirstMegabyte(50_000)).toBeLessThanOrEqual(105_065);
    expect(afterFirstMegabyte(120_000)).toBe(120_000);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CorpusChunks } from "../../src/io/corpus-chunks.js";
import { type BytePiece, hasQuote, RecordCutter, readRecordBytes, recordEnd } from "../../src/io/record-bytes.js";

/**
 * The records of a small file, written one by one so the places a piece may end are known without the
 * cutter: quoted line breaks (\n and \r\n), an escaped quote, a quote at a record's end, CRLF endings,
 * Chinese text (multi-byte characters) and a last record without a line break.
 */
const RECORDS = [
  "metric,value,source\r\n",
  'proactive_items,89370,"主动公开\n89370条"\n',
  'channel_website,"44,585",\r\n',
  'note,1,"他说""两行\r\n""了"\n',
  'channel_weibo,2,""\n',
  "\n",
  'channel_wechat,3,"""\n"""\r\n',
  "requests_received,4,佳木斯",
];
const TEXT = RECORDS.join("");
const BYTES = Buffer.from(TEXT);
/** Byte offsets where a record ends (after its line break). */
const ENDS = RECORDS.map((_, i) => Buffer.byteLength(RECORDS.slice(0, i + 1).join("")));

/** Feeds `chunks` through a cutter, by push or by room/cut; returns the pieces (copied) and the rest. */
function cutAll(chunks: Buffer[], byRoom: boolean): string[] {
  const cutter = new RecordCutter(4);
  const out: string[] = [];
  for (const chunk of chunks) {
    if (byRoom) {
      chunk.copy(cutter.room(chunk.length));
      const piece = cutter.cut(chunk.length);
      if (piece !== null) out.push(piece.toString("utf8"));
    } else for (const piece of cutter.pushPieces(chunk)) out.push((piece.bytes as Buffer).toString("utf8"));
  }
  const rest = cutter.rest();
  if (rest !== null) out.push(rest.toString("utf8"));
  return out;
}

/** The pieces as texts (copied: a piece is valid until the next cut), an overlong record as "<overlong …>". */
function texts(pieces: Iterable<BytePiece>): string[] {
  return [...pieces].map((p) =>
    p.bytes !== undefined
      ? p.bytes.toString("utf8")
      : `<overlong ${p.overlong.bytes} bytes, ${p.overlong.lineBreaks} breaks${p.overlong.quoteOpen ? ", quote open" : ""}>`,
  );
}

/** Where the pieces fail to give back the text in whole records: null when they do. */
function misfit(pieces: string[], text = TEXT, ends = ENDS): string | null {
  if (pieces.join("") !== text) return `pieces ${JSON.stringify(pieces)} do not give back the text`;
  let at = 0;
  for (const p of pieces) {
    at += Buffer.byteLength(p);
    if (!ends.includes(at)) return `a piece ends at byte ${at}, inside a record: ${JSON.stringify(pieces)}`;
  }
  return null;
}

function expectWholeRecords(pieces: string[]): void {
  expect(misfit(pieces)).toBeNull();
}

const dir = mkdtempSync(join(tmpdir(), "dt-record-cutter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("RecordCutter", () => {
  it("ends pieces only where records end, at every cut of the file into two and three chunks", () => {
    for (const byRoom of [false, true]) {
      const misfits: string[] = [];
      for (let a = 0; a <= BYTES.length; a++) {
        const two = misfit(cutAll([BYTES.subarray(0, a), BYTES.subarray(a)], byRoom));
        if (two !== null) misfits.push(`cut at ${a}: ${two}`);
        for (let b = a; b <= BYTES.length; b++) {
          const three = misfit(cutAll([BYTES.subarray(0, a), BYTES.subarray(a, b), BYTES.subarray(b)], byRoom));
          if (three !== null) misfits.push(`cut at ${a} and ${b}: ${three}`);
        }
      }
      expect(misfits.slice(0, 3)).toEqual([]);
    }
  });

  it("gives every record as soon as its line break comes, one byte at a time", () => {
    const pieces = cutAll(
      Array.from(BYTES, (b) => Buffer.from([b])),
      true,
    );
    // Each complete record is a piece of its own; the last (no line break) is the rest.
    expect(pieces).toEqual(RECORDS);
  });

  it("drops a byte-order mark at the start, however the first bytes are cut", () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), BYTES]);
    for (let a = 0; a <= 6; a++) {
      expectWholeRecords(cutAll([withBom.subarray(0, a), withBom.subarray(a)], true));
    }
    // Only at the start: the same bytes later are the record's.
    const later = Buffer.concat([Buffer.from("a\n"), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("b\n")]);
    expect(cutAll([later.subarray(0, 3), later.subarray(3)], true).join("")).toBe(later.toString("utf8"));
  });

  it("holds a record whose quote never closes to the end, and says so", () => {
    const cutter = new RecordCutter(4);
    expect(texts(cutter.pushPieces(Buffer.from('a,1\nb,"open\n')))).toEqual(["a,1\n"]);
    expect(cutter.holding).toBe(true);
    expect(texts(cutter.pushPieces(Buffer.from("still\nopen\n")))).toEqual([]);
    expect(cutter.rest()?.toString()).toBe('b,"open\nstill\nopen\n');
    expect(cutter.holding).toBe(false);
    expect(cutter.rest()).toBeNull();
  });

  it("reads a record far longer than its buffer whole", () => {
    const long = `metric,value\nnote,"${"长".repeat(5000)}\n${"x".repeat(5000)}"\nchannel_weibo,2\n`;
    const bytes = Buffer.from(long);
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 7) chunks.push(bytes.subarray(at, at + 7));
    expect(cutAll(chunks, true).join("")).toBe(long);
    expect(cutAll(chunks, false)).toContain(`note,"${"长".repeat(5000)}\n${"x".repeat(5000)}"\n`);
  });
});

describe("readRecordBytes", () => {
  it("gives the same records for every read size", async () => {
    const path = join(dir, "records.csv");
    writeFileSync(path, TEXT);
    for (let size = 1; size <= BYTES.length + 1; size++) {
      const pieces: string[] = [];
      for await (const piece of readRecordBytes(path, undefined, size)) pieces.push((piece.bytes as Buffer).toString("utf8"));
      expectWholeRecords(pieces);
    }
  });
});

describe("recordEnd and hasQuote", () => {
  it("find a record's end past quoted line breaks, and look for quotes only where asked", () => {
    expect(recordEnd(BYTES, 0)).toBe((ENDS[0] as number) - 1);
    // The second record's quoted \n is not its end.
    expect(recordEnd(BYTES, ENDS[0] as number)).toBe((ENDS[1] as number) - 1);
    expect(recordEnd(Buffer.from("a,b"), 0)).toBe(3);
    expect(hasQuote(BYTES, 0, ENDS[0] as number)).toBe(false);
    expect(hasQuote(BYTES, ENDS[0] as number, ENDS[1] as number)).toBe(true);
    expect(hasQuote(Buffer.from('ab"'), 0, 2)).toBe(false);
  });
});

describe("CorpusChunks", () => {
  it("starts each chunk after a line break; a line longer than many chunks swallows them", () => {
    const path = join(dir, "long-line.csv");
    const text = `entity,year\n${"y".repeat(1000)}\nb,2\n${"z".repeat(300)}`;
    writeFileSync(path, text);
    const chunks = new CorpusChunks(path, 64);
    try {
      // The first line break after byte 64 is the one ending the long line.
      const afterLong = text.indexOf("\nb,2") + 1;
      for (let c = 1; c * 64 <= afterLong; c++) expect(chunks.start(c), `chunk ${c}`).toBe(afterLong);
      // Chunks after "b,2\n" fall into the last line, which no line break ends: they start at the end.
      for (let c = Math.ceil((afterLong + 4) / 64); c < chunks.count; c++) expect(chunks.start(c)).toBe(text.length);
      // The chunks, read either way, give the file back.
      let joined = "";
      for (let c = 0; c < chunks.count; c++) {
        const into = Buffer.alloc(chunks.length(c) + 5);
        const n = chunks.readInto(c, into);
        expect(into.subarray(0, n).equals(chunks.read(c))).toBe(true);
        joined += chunks.read(c).toString();
      }
      expect(joined).toBe(text);
    } finally {
      chunks.close();
    }
  });
});

describe("records longer than the limit", () => {
  /** Feeds `text` in reads of `size` bytes through a cutter whose records may be `limit` bytes long. */
  function cutWithLimit(text: string, size: number, limit: number): string[] {
    const cutter = new RecordCutter(size, limit);
    const bytes = Buffer.from(text);
    const out: string[] = [];
    for (let from = 0; from < bytes.length; from += size) {
      const part = bytes.subarray(from, Math.min(bytes.length, from + size));
      part.copy(cutter.room(part.length));
      out.push(...texts(cutter.cutPieces(part.length)));
    }
    out.push(...texts(cutter.restPieces()));
    return out;
  }

  it("skips a long line and hands on what follows it, for every read size", () => {
    // 12-byte limit; the second line is 30 bytes long.
    const text = `a,1\n${"x".repeat(30)}\nb,2\nc,3\n`;
    for (let size = 1; size <= 12; size++) {
      const got = cutWithLimit(text, size, 12);
      expect(got.filter((p) => p.startsWith("<"))).toEqual(["<overlong 30 bytes, 0 breaks>"]);
      expect(got.filter((p) => !p.startsWith("<")).join("")).toBe("a,1\nb,2\nc,3\n");
      // File order: the first line, then the overlong one, then the rest.
      expect(got.indexOf("<overlong 30 bytes, 0 breaks>")).toBeGreaterThan(0);
    }
  });

  it("counts the line breaks inside a long quoted record, and reads on after its quote closes", () => {
    const text = `a,1\nnote,"${"\n".repeat(20)}"\nb,2\n`;
    for (let size = 1; size <= 12; size++) {
      const got = cutWithLimit(text, size, 12);
      expect(got.filter((p) => p.startsWith("<"))).toEqual(["<overlong 27 bytes, 20 breaks>"]);
      expect(got.filter((p) => !p.startsWith("<")).join("")).toBe("a,1\nb,2\n");
    }
  });

  it("says a quote was open when the file ends inside the long record", () => {
    const text = `a,1\nnote,"${"y\n".repeat(20)}`;
    for (let size = 1; size <= 12; size++) {
      const got = cutWithLimit(text, size, 12);
      expect(got).toEqual(["a,1\n", "<overlong 46 bytes, 20 breaks, quote open>"]);
    }
  });

  it("keeps a record of exactly the limit", () => {
    const text = `${"z".repeat(12)}\nb,2\n`;
    for (let size = 1; size <= 12; size++) expect(cutWithLimit(text, size, 12).join("")).toBe(text);
  });

  it("refuses a read longer than the limit (one cut may end at most one long record)", () => {
    expect(() => new RecordCutter(4, 8).room(9)).toThrow(RangeError);
  });
});

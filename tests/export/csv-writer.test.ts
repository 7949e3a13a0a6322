import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { numberColumn, textColumn } from "../../src/export/column-data.js";
import type { ExportColumn, ExportStream, ExportTable } from "../../src/export/export-table.js";
import { writeCsvFile } from "../../src/export/write-csv-file.js";

/** The writer as it was first written: String(v) per number, a string field per text, one string per piece. */
function referenceCsv(t: ExportTable, guard: boolean): string {
  const field = (s: string, g: boolean) => {
    const text = g && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[,"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  let out = `${t.columns.map((c) => field(c.name, false)).join(",")}\n`;
  for (let i = 0; i < t.length; i++) {
    out += `${t.columns
      .map((c) => {
        const v = c.cell(i);
        return v === null ? "" : typeof v === "string" ? field(v, guard) : String(v);
      })
      .join(",")}\n`;
  }
  return out;
}

function written(t: ExportTable | ExportStream, guard = true): string {
  const path = join(mkdtempSync(join(tmpdir(), "dt-csv-")), "out.csv");
  writeCsvFile(path, t, { guardFormulas: guard });
  return readFileSync(path, "utf8");
}

/** The same columns without their typed data: every cell goes through cell(i). */
function cellsOnly(t: ExportTable): ExportTable {
  return { length: t.length, columns: t.columns.map(({ name, type, cell }): ExportColumn => ({ name, type, cell })) };
}

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  7,
  10,
  2147483647,
  -2147483648,
  2147483648,
  3000000001,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  2 ** 53,
  2 ** 60,
  1e21,
  -1e21,
  1.5e300,
  0.1,
  0.3,
  1 / 3,
  (7 / 3000000001) * 100,
  -41.83,
  5e-7,
  1e-7,
  123456789.123,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
const TEXTS = ["plain", "网站, 7条", 'say "hi"', "=SUM(A1)", "+1", "-2", "@x", "\tx", "line\nbreak", "", "佳木斯市", "=A1, B1", '-3, "x"'];

function sample(): ExportTable {
  const n = NUMBERS.length;
  const values = Float64Array.from(NUMBERS);
  const ints = Int32Array.from({ length: n }, (_, i) => (i % 2 ? -i * 1000003 : i));
  const codes = Int32Array.from({ length: n }, (_, i) => (i % (TEXTS.length + 1)) - 1);
  const rows = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
  return {
    length: n,
    columns: [
      numberColumn("value", "DOUBLE", values),
      numberColumn("reversed", "DOUBLE", values, rows),
      numberColumn("int", "INTEGER", ints),
      textColumn("text", codes, [null, ...TEXTS], 1),
      textColumn("text_reversed", codes, [null, ...TEXTS], 1, rows),
      { name: "flag", type: "BOOLEAN", cell: (i) => (i % 3 === 0 ? null : i % 3 === 1) },
      { name: "note", type: "VARCHAR", cell: (i) => TEXTS[i % TEXTS.length] ?? null },
    ],
  };
}

describe("writeCsvFile(path, table)", () => {
  it("writeCsvFile(path, table) writes typed columns byte for byte as String(x) and RFC 4180 fields would", () => {
    const t = sample();
    for (const guard of [true, false]) {
      expect(written(t, guard)).toBe(referenceCsv(t, guard));
      expect(written(cellsOnly(t), guard)).toBe(referenceCsv(t, guard));
    }
  });

  it("writeCsvFile(path, table) writes random integers and fractions exactly as String(x)", () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const xs = Float64Array.from({ length: 20000 }, (_, i) => {
      const r = rand();
      if (i % 4 === 0) return Math.floor(r * 10 ** Math.floor(rand() * 13)) * (rand() < 0.5 ? -1 : 1);
      if (i % 4 === 1) return (Math.floor(r * 100000) / Math.floor(rand() * 99999 + 1)) * 100;
      if (i % 4 === 2) return Math.floor(r * 2 ** 53);
      return (r - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
    });
    const t: ExportTable = { length: xs.length, columns: [numberColumn("x", "DOUBLE", xs)] };
    expect(written(t)).toBe(`x\n${Array.from(xs, (x) => String(x)).join("\n")}\n`);
  });

  it("writeCsvFile(path, table) writes integers around every power of ten as String(x), from doubles and int32 arrays", () => {
    const xs: number[] = [];
    for (let p = 1; p <= 1e15; p *= 10) for (const d of [-1, 0, 1]) xs.push(p + d, -(p + d));
    xs.push(2147483647, -2147483647, -2147483648, 2147483648, 9999, 10000, 99990000, 100000000, 200000000, 1000000001);
    const doubles = Float64Array.from(xs);
    const ints = Int32Array.from(xs.filter((x) => x >= -2147483648 && x <= 2147483647));
    const t: ExportTable = { length: doubles.length, columns: [numberColumn("x", "DOUBLE", doubles)] };
    expect(written(t)).toBe(`x\n${xs.map(String).join("\n")}\n`);
    const u: ExportTable = { length: ints.length, columns: [numberColumn("x", "INTEGER", ints)] };
    expect(written(u)).toBe(`x\n${Array.from(ints, String).join("\n")}\n`);
  });

  it("writeCsvFile(path, stream) writes its pieces as one table, whatever their sizes", () => {
    const t = sample();
    const whole = written(t);
    for (const size of [1, 2, 5, t.length]) {
      const stream: ExportStream = {
        columns: t.columns,
        length: t.length,
        fraction: () => 0,
        *pieces() {
          for (let from = 0; from < t.length; from += size) {
            const n = Math.min(size, t.length - from);
            yield {
              length: n,
              columns: t.columns.map((c): ExportColumn => ({ name: c.name, type: c.type, cell: (i) => c.cell(from + i) })),
            };
          }
        },
      };
      expect(written(stream)).toBe(whole);
    }
  });

  it("writeCsvFile(path, table) writes a table of many row blocks, read through row maps, as the reference does", () => {
    // More rows than the compiled row loop writes per call (65,536), so a block ends mid-table.
    const n = 70_000;
    const values = Float64Array.from({ length: n }, (_, i) => NUMBERS[i % NUMBERS.length] as number);
    const rows = Int32Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const codes = Int32Array.from({ length: n }, (_, i) => (i % (TEXTS.length + 1)) - 1);
    const t: ExportTable = {
      length: n,
      columns: [
        numberColumn("value", "DOUBLE", values),
        numberColumn("shuffled", "DOUBLE", values, rows),
        textColumn("text", codes, [null, ...TEXTS], 1, rows),
        { name: "note", type: "VARCHAR", cell: (i) => TEXTS[i % TEXTS.length] ?? null },
      ],
    };
    const progress: number[] = [];
    const path = join(mkdtempSync(join(tmpdir(), "dt-csv-")), "out.csv");
    writeCsvFile(path, t, { guardFormulas: true, onProgress: (done) => progress.push(done) });
    expect(readFileSync(path, "utf8")).toBe(referenceCsv(t, true));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(n);
  });

  it("writeCsvFile(path, table) returns the rows written", () => {
    const path = join(mkdtempSync(join(tmpdir(), "dt-csv-")), "out.csv");
    expect(writeCsvFile(path, sample())).toBe(NUMBERS.length);
  });
});

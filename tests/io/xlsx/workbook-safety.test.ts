import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../src/io/xlsx/read-workbook.js";
import { WorkbookError } from "../../../src/io/xlsx/workbook-error.js";
import { DEFAULT_LIMITS } from "../../../src/io/xlsx/workbook-limits.js";
import { zipParts } from "../../../src/io/xlsx/zip-writer.js";
import { numberCell, row, textCell, workbookBytes, workbookParts } from "../../helpers/workbook-fixture.js";

/** Runs a read that must fail; returns the error and how long it took. */
function failure(bytes: Buffer, limits = DEFAULT_LIMITS): { error: WorkbookError; ms: number } {
  const t0 = performance.now();
  try {
    readWorkbook(bytes, limits);
  } catch (err) {
    if (!(err instanceof WorkbookError)) throw err;
    return { error: err, ms: performance.now() - t0 };
  }
  throw new Error("the workbook was read");
}

const oneSheet = (rows: string) => workbookParts({ sheets: [{ name: "佳木斯市", rows }] });

describe("crafted workbooks fail with a clear error, in bounded time and memory", () => {
  it("a zip bomb: a sheet part whose header declares far more bytes than its compressed size allows", () => {
    // 64 MB of one repeated row deflates to about 64 KB: a ratio near deflate's ceiling.
    const rowXml = row(1, [numberCell("A1", "1")]);
    const bomb = Buffer.alloc(64 * 1024 * 1024, rowXml);
    const parts = oneSheet("");
    const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("no sheet part");
    sheet.data = bomb;
    const bytes = zipParts(parts);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const { error, ms } = failure(bytes);
    expect(error.message).toMatch(/超过前者的 100 倍（ZIP 炸弹）/);
    expect(error.part).toBe("xl/worksheets/sheet1.xml");
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(32 * 1024 * 1024);
  });

  it("a part that lies about its size is stopped one byte past what it declared", () => {
    const parts = oneSheet(row(1, [textCell("A1", "指标")]));
    const bytes = zipParts(parts);
    // Lower the declared inflated size of the sheet part in its central directory entry.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const at = bytes.lastIndexOf(name);
    bytes.writeUInt32LE(10, at - 46 + 24);
    const { error } = failure(bytes);
    expect(error.message).toMatch(/解压后超过其文件头声明的大小/);
  });

  it("a huge sheet: past the bound of rows, and of cells", () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 1, [numberCell(`A${i + 1}`, "1"), numberCell(`B${i + 1}`, "2")])).join("");
    const bytes = workbookBytes({ sheets: [{ name: "佳木斯市", rows }] });
    expect(failure(bytes, { ...DEFAULT_LIMITS, maxRows: 40 }).error.message).toMatch(/超过 40 行的上限/);
    expect(failure(bytes, { ...DEFAULT_LIMITS, maxCells: 60 }).error.message).toMatch(/超过 60 个单元格/);
    // A single row numbered past Excel's last row is refused without reading further.
    const far = workbookBytes({ sheets: [{ name: "s", rows: row(99_999_999, [numberCell("A99999999", "1")]) }] });
    expect(failure(far).error.message).toMatch(/行号为 99999999 的行，超过/);
  });

  it("XML entities: a DTD (the billion-laughs shape) is refused before any entity is expanded", () => {
    const parts = oneSheet(row(1, [textCell("A1", "指标")]));
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>';
    const sst = parts.find((p) => p.name === "xl/sharedStrings.xml");
    if (!sst) throw new Error("no shared strings part");
    sst.data = Buffer.from(laughs);
    const { error, ms } = failure(zipParts(parts));
    expect(error.message).toMatch(/含有文档类型声明/);
    expect(error.part).toBe("xl/sharedStrings.xml");
    expect(ms).toBeLessThan(500);
  });

  it("an external entity reference without a DTD is an undefined entity, not a file read", () => {
    const bytes = workbookBytes({ sheets: [{ name: "s", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>' }] });
    expect(failure(bytes).error.message).toMatch(/未定义的实体 &xxe;/);
  });

  it("broken zips: truncated, not a zip, a damaged part, an old .xls", () => {
    const good = workbookBytes({ sheets: [{ name: "s", rows: row(1, [textCell("A1", "指标")]) }] });
    expect(failure(good.subarray(0, good.length - 30)).error.message).toMatch(/不是 ZIP 压缩包|损坏|截断/);
    expect(failure(good.subarray(0, Math.floor(good.length / 2))).error.message).toMatch(/不是 ZIP 压缩包|损坏|截断/);
    expect(failure(Buffer.from("metric,value\nproactive_items,1\n")).error.message).toMatch(/不是 ZIP 压缩包/);
    const flipped = Buffer.from(good);
    // A byte inside the sheet part's deflated data, just after its name in its local header.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const data = flipped.indexOf(name) + name.length;
    flipped[data + 2] = (flipped[data + 2] as number) ^ 0xff;
    expect(failure(flipped).error.message).toMatch(/校验和不符|无法解压|声明/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(failure(xls).error.message).toMatch(/旧式二进制 Office 文件（\.xls 或 \.doc）/);
  });

  it("an encrypted part is refused by name", () => {
    const bytes = workbookBytes({ sheets: [{ name: "s", rows: row(1, [textCell("A1", "指标")]) }] });
    // Set the encryption flag on every central directory entry.
    for (
      let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    ) {
      bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) | 1, at + 8);
    }
    expect(failure(bytes).error.message).toMatch(/已加密/);
  });

  it("a stored (uncompressed) part is read; the bound on a part's size holds for it too", () => {
    const bytes = workbookBytes({ sheets: [{ name: "s", rows: row(1, [textCell("A1", "指标")]) }] });
    expect(readWorkbook(bytes)[0]?.rows[0]?.cells.get(1)?.text).toBe("指标");
    expect(failure(bytes, { ...DEFAULT_LIMITS, maxPartBytes: 100 }).error.message).toMatch(/超过上限 100 字节/);
    expect(deflateRawSync(Buffer.alloc(0)).length).toBeGreaterThan(0);
  });
});

describe("sheets a spreadsheet would not write", () => {
  it("rows out of order, and more merged ranges than the bound", () => {
    const backwards = workbookBytes({ sheets: [{ name: "s", rows: row(5, [numberCell("A5", "1")]) + row(3, [numberCell("A3", "1")]) }] });
    expect(failure(backwards).error.message).toMatch(/第 3 行排在第 5 行之后/);
    const merged = workbookBytes({
      sheets: [
        { name: "s", rows: row(1, [textCell("A1", "指标")]), after: `<mergeCells>${'<mergeCell ref="A1:B2"/>'.repeat(30)}</mergeCells>` },
      ],
    });
    expect(failure(merged, { ...DEFAULT_LIMITS, maxMerged: 20 }).error.message).toMatch(/超过 20 个合并区域/);
  });
});

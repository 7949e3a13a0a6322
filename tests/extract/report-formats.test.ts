import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { fillDocxTemplate } from "../../scripts/fill-docx-template.mjs";
import { extractReport } from "../../src/extract/extract-report.js";
import { extractReportFile } from "../../src/extract/extract-report-file.js";
import { readReportFile } from "../../src/extract/read-report-file.js";
import { encodeGb18030 } from "../helpers/gb18030.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of messages.
inEnglish();

const HONGZE_2024 = "../shared/reports/huaian-hongze-2024.txt";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), "report-formats-"));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** An OLE compound file's signature, then a directory entry name as UTF-16LE, as old Office files hold. */
function oleFile(stream: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(stream, "utf16le"),
    Buffer.alloc(64),
  ]);
}

async function zipWith(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

const figureKeys = (figures: readonly { metric: string; applicant: string | null; value: number }[]) =>
  figures.map((f) => `${f.metric}|${f.applicant ?? ""}|${f.value}`).sort();

describe("report files told by their bytes", () => {
  it("an old Word .doc is an error saying how to convert it", async () => {
    const path = tempFile("report-2019.doc", oleFile("WordDocument"));
    await expect(readReportFile(path)).rejects.toThrow(
      /report-2019\.doc: this is an old Word document \(\.doc.*save it as \.docx or PDF.*libreoffice --headless --convert-to docx/,
    );
  });

  it("a WPS .wps file is named as WPS; an old Excel .xls as Excel, whatever the file is called", async () => {
    await expect(readReportFile(tempFile("report-2019.wps", oleFile("WordDocument")))).rejects.toThrow(/this is a WPS document \(\.wps\)/);
    await expect(readReportFile(tempFile("report-2019.txt", oleFile("Workbook")))).rejects.toThrow(
      /this is an old Excel workbook \(\.xls\)/,
    );
  });

  it("a .docx saved under another name is read as Word; .xlsx and .pptx are errors naming them", async () => {
    const docx = await fillDocxTemplate(readFileSync("../shared/reports/pdf/template-2021-layout.docx"), [
      { metric: "licensing_decisions", value: 9 },
    ]);
    expect((await readReportFile(tempFile("report-2023.doc", docx))).kind).toBe("docx");
    const xlsx = await zipWith({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    await expect(readReportFile(tempFile("report-2023.xlsx", xlsx))).rejects.toThrow(
      /this is an Excel workbook \(\.xlsx\), which is not read/,
    );
    const pptx = await zipWith({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" });
    await expect(readReportFile(tempFile("report-2023.pptx", pptx))).rejects.toThrow(/this is a PowerPoint file \(\.pptx\)/);
  });

  it.each([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0]],
    ["GIF", [...Buffer.from("GIF89a")]],
    ["TIFF", [0x49, 0x49, 0x2a, 0x00]],
    ["WebP", [...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP")]],
  ])("a %s image is an error pointing to OCR, even named .txt", async (format, signature) => {
    const path = tempFile("report-2023.txt", Buffer.concat([Buffer.from(signature), Buffer.alloc(100, 7)]));
    await expect(readReportFile(path)).rejects.toThrow(new RegExp(`this is a ${format} image, not a report's text.*--ocr`));
  });

  it("a BMP image (its header gives its own length) is an error pointing to OCR", async () => {
    const bmp = Buffer.alloc(80);
    bmp.write("BM", 0, "latin1");
    bmp.writeUInt32LE(80, 2);
    await expect(readReportFile(tempFile("scan.bmp", bmp))).rejects.toThrow(/this is a BMP image/);
  });

  it("a web page saved as .pdf is not read as a PDF, nor as a report", async () => {
    const path = tempFile("report-2023.pdf", "<!DOCTYPE html><html><body>404 Not Found</body></html>");
    await expect(readReportFile(path)).rejects.toThrow(
      /report-2023\.pdf: named \.pdf but it is not a PDF \(it starts with "<!DOCTYPE ht"\)/,
    );
  });

  it("an empty file and a binary file are errors saying so", async () => {
    await expect(readReportFile(tempFile("empty-2023.txt", ""))).rejects.toThrow(/empty-2023\.txt is empty/);
    await expect(readReportFile(tempFile("blank-2023.txt", "  \n\n "))).rejects.toThrow(/blank-2023\.txt is empty \(only blank space\)/);
    await expect(readReportFile(tempFile("data-2023.txt", Buffer.from([1, 2, 0, 0, 5, 6, 7, 8])))).rejects.toThrow(
      /this is a binary file, not a report/,
    );
  });
});

describe("strict decoding of report texts", () => {
  const utf8 = readFileSync(HONGZE_2024);
  const text = utf8.toString("utf8");
  const lines = text.split("\n");
  const row = lines.findIndex((l) => l.startsWith("行政许可"));

  it("a UTF-8 text with one invalid byte at the start of a line is an error naming its offset, line and column", async () => {
    const offset = Buffer.byteLength(lines.slice(0, row).join("\n")) + 1;
    const bad = Buffer.concat([utf8.subarray(0, offset), Buffer.from([0xff]), utf8.subarray(offset)]);
    await expect(readReportFile(tempFile("huaian-hongze-2024.txt", bad))).rejects.toThrow(
      new RegExp(
        `huaian-hongze-2024\\.txt:${row + 1}:1: the text is UTF-8 except for one invalid byte sequence; the first is 0xFF at byte offset ${offset} \\(line ${row + 1}, column 1\\)`,
      ),
    );
  });

  it("counts the column in characters: a byte cut out of the middle of a character after 行政许可", async () => {
    const start = Buffer.byteLength(lines.slice(0, row).join("\n")) + 1;
    // 行政许可 is four 3-byte characters; the first byte of the fifth 3-byte character is dropped.
    expect(lines[row]?.slice(0, 4)).toBe("行政许可");
    const at = start + 12;
    const bad = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xe4, 0xb8]), utf8.subarray(at)]);
    await expect(readReportFile(tempFile("cut.txt", bad))).rejects.toThrow(
      new RegExp(`cut\\.txt:${row + 1}:5: .*0xE4 0xB8 at byte offset ${at}`),
    );
  });

  it("a GB18030 (GBK) text, as Chinese government sites serve them, decodes and gives the same figures", async () => {
    const file = await readReportFile(tempFile("huaian-hongze-2024.txt", encodeGb18030(text)));
    expect(file.text).toBe(text);
    expect(figureKeys(extractReportFile(file).figures)).toEqual(figureKeys(extractReport(text).figures));
  });

  it("a UTF-16 text with its byte-order mark decodes", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await readReportFile(tempFile("huaian-hongze-2024.txt", le))).text).toBe(text);
  });

  it("a text in neither UTF-8 nor GB18030 is an error, never a text with replacement characters", async () => {
    const junk = Buffer.concat([encodeGb18030("政府信息公开"), Buffer.from([0x81, 0x20, 0xff, 0x0a])]);
    await expect(readReportFile(tempFile("odd.txt", junk))).rejects.toThrow(/odd\.txt: the text is neither UTF-8 nor GB18030 \(GBK\)/);
  });
});

describe("no figure found is an error that says why", () => {
  const hongze = readFileSync(HONGZE_2024, "utf8");

  it("a report cut off before its first figure", async () => {
    const opening = hongze.slice(0, hongze.indexOf("一、总体情况") + 40);
    const file = await readReportFile(tempFile("huaian-hongze-2024.txt", opening));
    expect(() => extractReportFile(file)).toThrow(
      /no figure found: the report looks cut off: its text ends after \d+ characters.*before its statistical tables/,
    );
  });

  it("a table whose heading is there but whose rows are not the template's", async () => {
    const rows = "                自然人  法人  总计\n来信申请           3      1     4\n当面申请           2      0     2\n";
    const text = `${hongze.slice(0, hongze.indexOf("一、总体情况"))}三、收到和处理政府信息公开申请情况\n${rows}五、存在的主要问题及改进情况\n无。\n`;
    const file = await readReportFile(tempFile("huaian-hongze-2024.txt", text));
    const line = text.split("\n").findIndex((l) => l.startsWith("来信申请")) + 1;
    expect(() => extractReportFile(file)).toThrow(
      new RegExp(
        `no figure found: layout not recognised: the text has table rows of numbers \\(the first at line ${line}\\) but none is a row of the templates' tables`,
      ),
    );
  });

  it("a web page's table copied as text, a cell a line, and cut off", async () => {
    // Cut at the first row's seventh cell, which may itself be cut: no row is whole, so no figure is read.
    const cells = ["一、本年新收政府信息公开申请数量", ...Array(7).fill(" 0")];
    const text = `${hongze.slice(0, hongze.indexOf("一、总体情况"))}三、收到和处理政府信息公开申请情况\n${cells.join("\n\n")}\n`;
    const file = await readReportFile(tempFile("huaian-hongze-2024.txt", text));
    const line = text.split("\n").indexOf(" 0") + 1;
    expect(() => extractReportFile(file)).toThrow(
      new RegExp(
        `layout not recognised: the text has table cells one to a line.*\\(the first at line ${line}\\).*The text also looks cut off`,
      ),
    );
  });

  it("a whole report whose running text states no figure the rules read", async () => {
    const text =
      "某局2020年政府信息公开工作年度报告\n一、总体情况\n我局认真做好政府信息公开工作。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
    const file = await readReportFile(tempFile("mou-ju-2020.txt", text));
    expect(() => extractReportFile(file)).toThrow(/no figure found: no statistics found: no tables 2\/3\/4 .*looked for the headings/);
  });

  it("a text that is no disclosure report at all", async () => {
    const file = await readReportFile(tempFile("notes-2020.txt", "Shopping list: 3 apples, 2 pears.\n"));
    expect(() => extractReportFile(file)).toThrow(/does not look like a government information disclosure annual report/);
  });
});

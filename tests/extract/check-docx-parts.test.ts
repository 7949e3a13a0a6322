import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocxParts } from "../../src/extract/docx/check-docx-parts.js";
import { DEFAULT_LIMITS } from "../../src/io/xlsx/workbook-limits.js";
import { ZipArchive } from "../../src/io/xlsx/zip-archive.js";
import { type ZipPart, zipParts } from "../../src/io/xlsx/zip-writer.js";

const template = readFileSync("../shared/reports/pdf/template-2021-layout.docx");

/** The template's parts, with `edit` applied to word/document.xml. */
function withDocument(edit: (xml: string) => string): Buffer {
  const zip = new ZipArchive(template, DEFAULT_LIMITS);
  const parts: ZipPart[] = zip.names().map((name) => {
    const data = zip.read(name) as Buffer;
    return { name, data: name === "word/document.xml" ? Buffer.from(edit(data.toString("utf8")), "utf8") : data };
  });
  return zipParts(parts);
}

describe("checkDocxParts", () => {
  it("passes the 2021 template and the same parts zipped again", () => {
    expect(checkDocxParts(template)).toBeNull();
    expect(checkDocxParts(withDocument((x) => x))).toBeNull();
  });

  it("names the part whose XML is cut off or misnested", () => {
    expect(checkDocxParts(withDocument((x) => x.slice(0, Math.floor(x.length / 2))))).toMatch(/^word\/document\.xml: /);
    expect(checkDocxParts(withDocument((x) => x.replace("</w:body>", "</w:p></w:body>")))).toMatch(
      /word\/document\.xml: XML 已损坏：结束标签 <\/p>/,
    );
    expect(checkDocxParts(withDocument((x) => `${x}<extra/>`))).toMatch(/有第二个根元素/);
  });

  it("refuses a document type declaration and entities", () => {
    const dtd = withDocument((x) => x.replace(/^(<\?xml[^>]*\?>)/, '$1<!DOCTYPE d [<!ENTITY a "aaaa">]>'));
    expect(checkDocxParts(dtd)).toMatch(/含有文档类型声明/);
    expect(checkDocxParts(dtd)).not.toMatch(/工作簿|workbook/);
  });

  it("stops a part that inflates past its bound, in bounded time", () => {
    const bomb = zipParts([{ name: "word/document.xml", data: Buffer.alloc(8 * 1024 * 1024, 0x20) }]);
    const start = performance.now();
    expect(checkDocxParts(bomb, { ...DEFAULT_LIMITS, maxPartBytes: 1024 * 1024 })).toMatch(/document\.xml/);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("refuses, by default, a document of more than 3 MiB of XML (mammoth's tree of it would take seconds and gigabytes)", () => {
    // Paragraphs of differing text, so the part compresses as a real document does (no zip bomb).
    const paragraphs = Array.from({ length: 60_000 }, (_, i) => `<w:p><w:r><w:t>第${i}项主动公开${(i * 7919) % 99991}条</w:t></w:r></w:p>`);
    const big = withDocument((x) => x.replace("<w:body>", `<w:body>${paragraphs.join("")}`));
    expect(checkDocxParts(big)).toMatch(/^word\/document\.xml: 某个部件解压后为 \d+ 字节，超过上限 3145728 字节/);
    // The template, 250 KB of XML with every table, is far inside the bound.
    expect(checkDocxParts(withDocument((x) => x.replace("<w:body>", `<w:body>${paragraphs.slice(0, 10_000).join("")}`)))).toBeNull();
  });

  it("says a file that is not a zip is not one", () => {
    expect(checkDocxParts(Buffer.from("PK\u0003\u0004 not really"))).not.toBeNull();
  });
});

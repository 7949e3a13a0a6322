/**
 * A small valid PDF built in memory: one page per content stream, Helvetica as /F1, a Chinese font
 * that is not embedded as /F2 (STSong-Light with the standard UniGB-UCS2-H character map, as many
 * Chinese PDFs have) and a 2×2 grey image as /Im1 on every page, the cross-reference table with true
 * offsets. For tests of what a PDF
 * reader does with pages that hold text, or only a picture (a scan).
 */
export function minimalPdf(pageContents: readonly string[]): Buffer {
  const objects: string[] = [];
  const pageIds = pageContents.map((_, i) => 7 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] =
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x80\x80\x80\nendstream";
  objects[5] = "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>";
  objects[6] =
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 " +
    "/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>";
  pageContents.forEach((content, i) => {
    const id = pageIds[i] as number;
    objects[id] =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " +
      `/Resources << /Font << /F1 3 0 R /F2 5 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A page content stream that draws the picture over the whole page, as a scanner's PDF does. */
export const SCANNED_PAGE = "q 595 0 0 842 0 0 cm /Im1 Do Q";

/** A page content stream that writes each line of ASCII text at 12 pt, top down from y = 780. */
export function textPage(lines: readonly string[]): string {
  return lines.map((l, i) => `BT /F1 12 Tf 72 ${780 - i * 20} Td (${l.replace(/[()\\]/g, "\\$&")}) Tj ET`).join("\n");
}

/** A page content stream that writes each line in the Chinese font /F2 at 12 pt, top down from y = 780. */
export function chinesePage(lines: readonly string[]): string {
  const hex = (l: string) => [...l].map((ch) => (ch.codePointAt(0) as number).toString(16).padStart(4, "0")).join("");
  return lines.map((l, i) => `BT /F2 12 Tf 72 ${780 - i * 20} Td <${hex(l)}> Tj ET`).join("\n");
}

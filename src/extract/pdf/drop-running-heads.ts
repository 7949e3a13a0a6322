import type { PageLine } from "./page-lines.js";
import type { PdfPage } from "./pdf-page.js";

/** Running heads and feet are looked for in this share of the page height at the top and the bottom. */
const MARGIN_BAND = 0.12;

/**
 * Drops the running heads and feet of a PDF: a line in the top or bottom margin that comes back at
 * about the same height on at least half of the pages (and on two at least), its digits aside, as
 * "淮安市人民政府2024年政府信息公开工作年度报告" or "第 3 页 共 6 页" do. Read as text they would cut
 * paragraphs and tables that run on from one page to the next.
 */
export function dropRunningHeads(pages: readonly PdfPage[], lines: readonly PageLine[][]): PageLine[][] {
  if (pages.length < 2) return lines.map((l) => [...l]);
  const key = (line: PageLine, page: PdfPage) => {
    const top = line.y > page.height * (1 - MARGIN_BAND);
    const bottom = line.y < page.height * MARGIN_BAND;
    if (!top && !bottom) return null;
    const text = line.cells
      .map((c) => c.text)
      .join(" ")
      .replace(/\d+/g, "#")
      .replace(/\s+/g, "");
    return `${top ? "top" : "bottom"}|${Math.round(line.y / 6)}|${text}`;
  };
  const pagesWith = new Map<string, Set<number>>();
  lines.forEach((pageLines, p) => {
    for (const line of pageLines) {
      const k = key(line, pages[p] as PdfPage);
      if (k === null) continue;
      const set = pagesWith.get(k) ?? new Set<number>();
      set.add(p);
      pagesWith.set(k, set);
    }
  });
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return lines.map((pageLines, p) =>
    pageLines.filter((line) => {
      const k = key(line, pages[p] as PdfPage);
      return k === null || (pagesWith.get(k)?.size ?? 0) < least;
    }),
  );
}

/** One line of a report's text and where it starts in that text. */
export interface ReportLine {
  text: string;
  start: number;
}

/** Splits text into lines at \n, \r\n and form feeds (pdftotext's page break starts a new line). */
export function reportLines(text: string): ReportLine[] {
  const lines: ReportLine[] = [];
  const re = /\r?\n|\f/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

/** Page furniture between rows and paragraphs: "-3-", "— 3 —", "第 3 页", "第3页 共5页", "3/5". */
export function isPageNumberLine(s: string): boolean {
  return (
    /^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$/.test(s) ||
    /^\s*第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?\s*$/.test(s) ||
    /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/.test(s)
  );
}

/** A phrase as a pattern that tolerates the spaces PDF layout puts between characters ("三 、本 年 度"). */
export function loosePattern(phrase: string): string {
  return [...phrase].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("\\s*");
}

/** The body and year a report is about, read from its title, and where that was found. */
export interface ReportTitle {
  /** The body as its title names it, e.g. 佳木斯市 or 洪泽区人民政府; null when no title was found. */
  body: string | null;
  year: number | null;
  /** The title text the two came from, or the sentence the year came from. */
  source: string | null;
  /** How the year was found: from the title, from the statistics period, or not at all. */
  yearFrom: "title" | "period" | "none";
}

const CJK = "\\u3400-\\u9fff";
// "2017年佳木斯市政府信息公开工作年度报告", "佳木斯市2017年度政府信息公开工作年度报告",
// "洪泽区人民政府 / 2023 年政府信息公开工作年度报告" (body and year on two lines).
const TITLE = new RegExp(
  `([${CJK}()（）]{2,40}?)?\\s*((?:19|20)\\d\\d)\\s*年度?\\s*([${CJK}()（）]{0,40}?)\\s*政府信息公开(?:工作)?年度?报告`,
  "u",
);
const PERIOD = /统计期限[^。]{0,12}?((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日/u;

/**
 * Finds the title in the first lines of a report: lines are joined (titles are often split over two),
 * and the first "…YYYY年…政府信息公开…年度报告" wins. Without a title the year comes from the statistics
 * period ("统计期限为2017年1月1日至12月31日"); a year is never guessed from loose mentions.
 */
export function detectTitle(text: string): ReportTitle {
  const head = text
    .split(/\r?\n|\f/)
    .slice(0, 40)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^SOURCE:/i.test(l));
  for (const [i, line] of head.entries()) {
    const m = TITLE.exec(line);
    if (!m) continue;
    let found = fromMatch(m);
    // "洪泽区人民政府 / 2023 年政府信息公开工作年度报告": the body sits on the line above.
    if (found.body === null && i > 0) {
      const pair = TITLE.exec(`${head[i - 1]}${line}`);
      if (pair) {
        const joined = fromMatch(pair);
        if (joined.body !== null) found = joined;
      }
    }
    return found;
  }
  const p = PERIOD.exec(text);
  if (p) return { body: null, year: Number(p[1]), source: p[0], yearFrom: "period" };
  return { body: null, year: null, source: null, yearFrom: "none" };
}

function fromMatch(m: RegExpExecArray): ReportTitle {
  const body = cleanBody(m[3]) || cleanBody(m[1]) || null;
  return { body, year: Number(m[2]), source: m[0].trim(), yearFrom: "title" };
}

function cleanBody(s: string | undefined): string {
  if (!s) return "";
  // Page furniture that sits before a title on web pages ("首页", "当前位置") is not part of the name.
  return s
    .replace(/^.*?(?:当前位置|首页|正文)/u, "")
    .replace(/[()（）]/g, "")
    .replace(/^(?:关于)/u, "")
    .trim();
}

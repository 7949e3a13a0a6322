import { holdsArtefact } from "./mirror-artefacts.js";

/** The body and year a report is about, read from its title, and where that was found. */
export interface ReportTitle {
  /** The body as its title names it, e.g. 佳木斯市 or 洪泽区人民政府; null when no title was found. */
  body: string | null;
  year: number | null;
  /** The title text the two came from, or the sentence the year came from. */
  source: string | null;
  /**
   * How the year was found: from the title, from the statistics period, from the sentence opening the
   * account of the year ("2024年，我局…", the weakest: a report may open with last year's), or not at all.
   */
  yearFrom: "title" | "period" | "text" | "none";
}

const CJK = "\\u3400-\\u9fff";
// "2017年佳木斯市政府信息公开工作年度报告", "佳木斯市2017年度政府信息公开工作年度报告",
// "洪泽区人民政府 / 2023 年政府信息公开工作年度报告" (body and year on two lines), "大路镇人民政府2019年
// 信息公开年度报告" (政府 left out), "2025 年上海市人民政府办公厅政府信息公开 / 工作年度报告" (the title
// wrapped after the year).
const TITLE = new RegExp(
  `([${CJK}()（）]{2,40}?)?\\s*((?:19|20)\\d\\d)\\s*年度?\\s*([${CJK}()（）]{0,40}?)\\s*(?:政府|政务)?信息公开(?:工作)?\\s*年度?\\s*报告`,
  "u",
);
// "统计期限为2017年1月1日", "统计起止时间为…", "数据的统计周期为 2024 年 1 月 1 日".
const PERIOD = /统计(?:期限|起止时间|周期|时限|时间)[^。]{0,12}?((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日/u;
// "由上海市普陀区人民政府编制": the body that compiled the report, named right before 编制.
// The name must end as a body's name does, so "由…办公室综合各部门情况编制" names none.
const COMPILED_BY = new RegExp(
  `由([${CJK}()（）]{2,30}?(?:人民政府|政府|办公室|办公厅|局|委员会|委|厅|院|中心|街道办事处|管理委员会|管委会))(?:负责)?编制`,
  "u",
);
// "2024年，我局…": a paragraph that opens with a year and a comma.
const OPENING_YEAR = /^[ \t\u3000]*((?:19|20)\d\d)\s*年度?\s*[,，]/mu;

/** How much of a line the title is looked for in: titles run to some thirty characters. */
const TITLE_LINE_CHARS = 200;

/**
 * Finds the title in the first lines of a report: lines are joined (titles are often split over two),
 * and the first "…YYYY年…政府信息公开…年度报告" wins. Without a title the year comes from the statistics
 * period ("统计期限为2017年1月1日至12月31日"); a year is never guessed from loose mentions.
 */
export function detectTitle(text: string): ReportTitle {
  const head = text
    .split(/\r?\n|\f/, 40)
    // A title starts its line and is short: a line of thousands of spaces, tried from each of them
    // (TITLE begins with an optional name and spaces), took seconds.
    .map((l) => l.trim().slice(0, TITLE_LINE_CHARS))
    .filter((l) => l !== "" && !/^SOURCE:/i.test(l));
  for (const [i, line] of head.entries()) {
    // A title wrapped over two lines is read joined, when neither line is a title alone.
    const next = head[i + 1];
    const m = TITLE.exec(line) ?? (next === undefined || TITLE.test(next) ? null : TITLE.exec(`${line}${next}`));
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
  const by = COMPILED_BY.exec(text);
  const body = by ? cleanBody(by[1]) || null : null;
  const p = PERIOD.exec(text);
  if (p) return { body, year: Number(p[1]), source: p[0], yearFrom: "period" };
  const o = OPENING_YEAR.exec(text);
  if (o) return { body, year: Number(o[1]), source: o[0].trim(), yearFrom: "text" };
  return { body, year: null, source: by ? by[0] : null, yearFrom: "none" };
}

function fromMatch(m: RegExpExecArray): ReportTitle {
  const body = cleanBody(m[3]) || cleanBody(m[1]) || null;
  return { body, year: Number(m[2]), source: m[0].trim(), yearFrom: "title" };
}

function cleanBody(s: string | undefined): string {
  // Spam a mirror put where the name was names no body.
  if (!s || holdsArtefact(s)) return "";
  // Page furniture that sits before a title on web pages ("首页", "当前位置") is not part of the name.
  // Nor is the verb of a sentence that announces it ("现公布坪山区委(区政府)办公室2017年…").
  return s
    .replace(/^.*?(?:当前位置|首页|正文)/u, "")
    .replace(/[()（）]/g, "")
    .replace(/^(?:关于)/u, "")
    .replace(/^(?:(?:现予?|特向社会|特此|特)(?:公布|发布|公开|将)|公布|发布)/u, "")
    .trim();
}

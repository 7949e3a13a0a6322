import { layoutOfYear } from "../catalogue/catalogue.js";
import { say } from "../messages/catalogue.js";
import type { Layout } from "../types.js";
import { loosePattern } from "./report-lines.js";

const MARKS_2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知"].map(
  (p) => new RegExp(loosePattern(p), "u"),
);
const MARKS_2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购总金额"].map(
  (p) => new RegExp(loosePattern(p), "u"),
);
const TABLES = ["本年新收", "上年结转", "结转下年度"].map((p) => new RegExp(loosePattern(p), "u"));

/**
 * The statistical layout of a report, from its structure first and its year second: the 2021 template's
 * column heads (本年制发件数 …) and split (六)其他处理 rows, the 2019 template's (本年新制作数量, 上一年项目数量 …),
 * table 三's rows for either; a report with none of them is a 2008–2018 narrative report.
 */
export function detectLayout(text: string, year: number | null): { layout: Layout; reason: string } {
  const n2021 = MARKS_2021.filter((re) => re.test(text)).length;
  const n2019 = MARKS_2019.filter((re) => re.test(text)).length;
  const tables = TABLES.some((re) => re.test(text));
  if (n2021 > 0 && n2019 === 0) return { layout: "2021", reason: say("extract.layout_2021_heads") };
  if (n2019 > 0 && n2021 === 0) return { layout: "2019", reason: say("extract.layout_2019_heads") };
  if (n2019 > 0 && n2021 > 0) {
    const layout: Layout = year !== null && year >= 2021 ? "2021" : n2021 >= n2019 ? "2021" : "2019";
    return {
      layout,
      reason: year === null ? say("extract.layout_both_by_count", { layout }) : say("extract.layout_both_by_year", { layout, year }),
    };
  }
  if (tables) {
    const layout: Layout = year !== null && year >= 2021 ? "2021" : "2019";
    return { layout, reason: say("extract.layout_table_three_only", { layout }) };
  }
  if (year === null) return { layout: "2008", reason: say("extract.layout_nothing") };
  const byYear = layoutOfYear(year);
  return byYear === "2008"
    ? { layout: "2008", reason: say("extract.layout_2008_by_year") }
    : { layout: byYear, reason: say("extract.layout_by_year", { layout: byYear }) };
}

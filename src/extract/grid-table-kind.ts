import { cellText, type GridTable } from "./grid-table.js";
import { loosePattern } from "./report-lines.js";

/** Which statistical table of a 2019+ report an HTML table is. */
export type GridTableKind = "art20" | "t3" | "t4";

const words = (...ps: string[]) => new RegExp(ps.map(loosePattern).join("|"), "u");
const T3 = words("本年新收", "上年结转", "结转下年度");
const T4 = words("复议后起诉", "未经复议", "尚未审结");
const ART20 = words("第二十条", "本年新制作", "本年制发", "上一年项目数量", "处理决定数量", "采购项目数量", "收费金额");

/** Longer cells are running text (a page laid out in a table), not a row label or a column head. */
const MAX_LABEL = 60;

/**
 * Tells the tables apart by the words of their own label and head cells (a nested table's words are its
 * own; a cell of running text is no label): table 三 by its request rows, table 四 by its lawsuit heads,
 * table 二 by 第二十条 or its column heads. A table with none of them (page layout, contact details) is
 * none of the three.
 */
export function gridTableKind(text: string, table: GridTable): GridTableKind | null {
  const own = table.rows
    .flatMap((r) => r.cells.map((c) => cellText(text, c)))
    .filter((t) => t.length <= MAX_LABEL)
    .join(" ");
  if (T3.test(own)) return "t3";
  if (T4.test(own)) return "t4";
  if (ART20.test(own)) return "art20";
  return null;
}

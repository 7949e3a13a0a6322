import { say } from "../../messages/catalogue.js";
import type { Layout } from "../../types.js";
import { rowKind } from "../table-two-columns.js";
import type { ReadRow } from "./place-ocr-figures.js";
import { FIGURE } from "./read-band.js";

/**
 * The template the tables read follow: the option when given; otherwise table 二's 行政许可 row (one
 * figure, 本年处理决定数量, in the 2021 template; three in 2019's), or 行政事业性收费 (one figure, the
 * amount, in 2021; two in 2019). Without either row, 2021, the current template, is assumed and said.
 */
export function ocrLayout(rows: readonly ReadRow[], given: Layout | undefined): { layout: Layout; reason: string } {
  if (given !== undefined) return { layout: given, reason: say("extract.ocr_layout_given") };
  for (const row of rows) {
    if (row.cells.length < 2 || row.cells.length > 4) continue;
    const kind = rowKind(row.cells[0]?.text ?? "");
    const figures = row.cells.slice(1);
    if (!figures.some((c) => FIGURE.test(c.text))) continue;
    if (kind === "licensing" || kind === "fee") {
      const n = figures.length;
      const name = kind === "licensing" ? "行政许可" : "行政事业性收费";
      if (n === 1) return { layout: "2021", reason: say("extract.ocr_layout_one_column", { name, page: row.page }) };
      if ((kind === "licensing" && n === 3) || (kind === "fee" && n === 2))
        return { layout: "2019", reason: say("extract.ocr_layout_columns", { name, count: n, page: row.page }) };
    }
  }
  return { layout: "2021", reason: say("extract.ocr_layout_assumed") };
}

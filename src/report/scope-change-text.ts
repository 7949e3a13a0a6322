import type { ChartLang } from "../charts/theme.js";
import type { ScopeChange } from "../coverage/scope-by-year.js";
import { reportText } from "./report-text.js";

/** "统计范围改变（全区→办公室），不可直接比较": the warning a headline figure carries across a scope change. */
export function scopeChangeWarning(c: Pick<ScopeChange, "from" | "to">, lang: ChartLang): string {
  return reportText("scope_changed", lang).replace("{from}", c.from).replace("{to}", c.to);
}

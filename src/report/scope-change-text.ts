import type { ChartLang } from "../charts/theme.js";
import type { ScopeChange } from "../coverage/scope-by-year.js";
import { say } from "../messages/catalogue.js";

/** "统计范围改变（全区→办公室），不可直接比较": the warning a headline figure carries across a scope change. */
export function scopeChangeWarning(c: Pick<ScopeChange, "from" | "to">, lang: ChartLang): string {
  return say("report.scope_changed", { from: c.from, to: c.to }, lang);
}

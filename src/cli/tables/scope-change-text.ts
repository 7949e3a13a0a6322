import { say } from "../../messages/catalogue.js";
import type { Lang } from "../../messages/lang.js";

/** "全区→办公室" for a result whose body's scope changed between its two years; null (blank) otherwise. */
export function scopeChangeText(r: { scope_from: string | null; scope_to: string | null }, lang: Lang): string | null {
  if (r.scope_from === null || r.scope_to === null) return null;
  return say("scope.change", { from: r.scope_from, to: r.scope_to }, lang);
}

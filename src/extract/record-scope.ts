/**
 * What add-year does with the scope a report states (detectScope): it becomes the year's entry in
 * entity.json's `scope`, unless entity.json already sets that year's scope (by hand, or one text for
 * every year). A set scope wins; one that disagrees with the report is kept with a warning naming both.
 */
import { sameScope, scopeAt, scopeByYear } from "../coverage/scope-by-year.js";
import { say } from "../messages/catalogue.js";
import type { EntityInfo } from "../types.js";
import type { DetectedScope } from "./detect-scope.js";
import type { ReportPlace } from "./locate-figures.js";
import { whereText } from "./scope-line.js";

export interface RecordedScope {
  /** The entity metadata with the year's scope added (the input itself when nothing was added). */
  info: EntityInfo;
  /** True when `info` gained the year's scope and entity.json must be written. */
  changed: boolean;
  /** The line saying which scope was written; null when none was. */
  note: string | null;
  /** The disagreement with a scope entity.json already sets; null when they agree or nothing is set. */
  warning: string | null;
}

export function recordScope(
  info: EntityInfo,
  year: number,
  detected: DetectedScope | null,
  file: string,
  place: (offset: number) => ReportPlace,
): RecordedScope {
  const unchanged = { info, changed: false, note: null, warning: null };
  if (detected === null) return unchanged;
  const raw = info.scope;
  // A bad field is validate's to report; add-year leaves it as it is.
  const read = scopeByYear(info, [year], file);
  if (read.problem !== null) return unchanged;
  const set = typeof raw === "string" ? raw : raw?.[String(year)];
  if (set !== undefined) {
    if (sameScope(set, detected.scope)) return unchanged;
    const where = whereText(place(detected.start));
    return {
      ...unchanged,
      warning: say("scope.hand_set_kept", { file, year, set, detected: detected.scope, where, sentence: detected.sentence }),
    };
  }
  // An earlier year's scope holds until changed: a year that says the same adds no entry of its own.
  const held = scopeAt(read.scopes, year);
  if (held !== null && sameScope(held, detected.scope)) return unchanged;
  const scope = { ...(typeof raw === "object" && raw !== null ? raw : {}), [String(year)]: detected.scope };
  const sorted = Object.fromEntries(Object.entries(scope).sort(([a], [b]) => a.localeCompare(b)));
  return {
    info: { ...info, scope: sorted },
    changed: true,
    note: say("scope.written", { year, scope: detected.scope, file }),
    warning: null,
  };
}

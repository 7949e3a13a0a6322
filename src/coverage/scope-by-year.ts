/**
 * The scope a body's report counts, per year, from the optional `scope` field of its entity.json:
 *
 *   "scope": "本级"                                  every year the same scope;
 *   "scope": {"2023": "全区", "2024": "办公室"}       a year's scope holds until the next year named.
 *
 * Scopes are free text as the report says them (全市/全区/全县, 本级, 办公室, …); two years differ when their
 * text differs. The field is optional: a body without it has no scope change to show.
 */
import type { EntityInfo } from "../types.js";

export interface ScopeRead {
  /** The stated scope of each year named (a single scope is stated for every year of `years`). */
  scopes: Map<number, string>;
  /** A bad field, as one line naming the body, what was expected and what was found; null when fine. */
  problem: string | null;
}

const EXAMPLE = '"scope": {"2023": "全区", "2024": "办公室"}';

export function scopeByYear(info: EntityInfo | undefined, years: Iterable<number>, where: string): ScopeRead {
  const scopes = new Map<number, string>();
  const raw = info === undefined ? undefined : (info as EntityInfo & { scope?: unknown }).scope;
  if (raw === undefined || raw === null) return { scopes, problem: null };
  const bad = (found: string) => ({
    scopes: new Map<number, string>(),
    problem: `${where}: "scope": expected a text or an object of four-digit years to texts, like ${EXAMPLE}; found ${found}`,
  });
  if (typeof raw === "string") {
    if (raw.trim() === "") return bad("an empty text");
    for (const y of years) scopes.set(y, raw.trim());
    return { scopes, problem: null };
  }
  if (typeof raw !== "object" || Array.isArray(raw)) return bad(JSON.stringify(raw));
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d{4}$/.test(k)) return bad(`the key ${JSON.stringify(k)}`);
    if (typeof v !== "string" || v.trim() === "") return bad(`${JSON.stringify(v)} for ${k}`);
    scopes.set(Number(k), v.trim());
  }
  return { scopes, problem: null };
}

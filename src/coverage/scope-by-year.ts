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

/** The scope of a year: the one stated for it, or the latest stated before it (a scope holds until changed). */
export function scopeAt(scopes: ReadonlyMap<number, string>, year: number): string | null {
  let best: number | null = null;
  for (const y of scopes.keys()) if (y <= year && (best === null || y > best)) best = y;
  return best === null ? null : (scopes.get(best) ?? null);
}

/** Scopes compare as written, ignoring spaces and full-width forms (" 全区 " is 全区). */
export function sameScope(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  return norm(a) === norm(b);
}

/** A change of scope between two reports of one body (whatever years lie between them). */
export interface ScopeChange {
  from_year: number;
  to_year: number;
  from: string;
  to: string;
}

/**
 * The scope changes between consecutive years of `years` (the years a body has figures for): a year
 * whose scope is unknown, or the same as the previous report's, is no change.
 */
export function scopeChanges(scopes: ReadonlyMap<number, string>, years: Iterable<number>): ScopeChange[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: ScopeChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const fromYear = sorted[i - 1] as number;
    const toYear = sorted[i] as number;
    const from = scopeAt(scopes, fromYear);
    const to = scopeAt(scopes, toYear);
    if (from !== null && to !== null && !sameScope(from, to)) out.push({ from_year: fromYear, to_year: toYear, from, to });
  }
  return out;
}

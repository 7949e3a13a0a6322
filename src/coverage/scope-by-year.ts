/**
 * The scope a body's report counts, per year, from the optional `scope` field of its entity.json:
 *
 *   "scope": "本级"                                  every year the same scope;
 *   "scope": {"2023": "全区", "2024": "办公室"}       a year's scope holds until the next year named.
 *
 * Scopes are text as the report says them. A small vocabulary is understood (scopeKind): 全市/全区/全县
 * count the whole area, 本级 this level of government, 办公室/本机关 this office alone; two scopes of the
 * vocabulary differ when their kinds differ (全县 → 全区, a county turned district, is no change), any
 * other text when the text differs. The field is optional: a body without it has no scope change to show.
 */
import type { ObservationTable } from "../core/observation-table.js";
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

/** What a scope counts: the whole area, this level of government, or this office alone. */
export type ScopeKind = "whole_area" | "this_level" | "this_office";

const KIND_WORDS: readonly [RegExp, ScopeKind][] = [
  [/^全(?:省|市|区|县|州|盟|旗)$/, "whole_area"],
  [/^(?:[省市区县]?本级|本级政府)$/, "this_level"],
  [/^(?:办公室|办公厅|政府办|本机关|本单位)$/, "this_office"],
];

/** The kind of a scope text of the vocabulary; null for any other text. */
export function scopeKind(text: string): ScopeKind | null {
  const t = normScope(text);
  for (const [re, kind] of KIND_WORDS) if (re.test(t)) return kind;
  return null;
}

/**
 * Whether two scopes count the same: by kind when both are of the vocabulary (办公室 and 本机关 are one
 * office), else as written, ignoring spaces and full-width forms (" 全区 " is 全区).
 */
export function sameScope(a: string, b: string): boolean {
  const ka = scopeKind(a);
  const kb = scopeKind(b);
  if (ka !== null && kb !== null) return ka === kb;
  return normScope(a) === normScope(b);
}

function normScope(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "");
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
    const change = scopeChangeBetween(scopes, sorted[i - 1] as number, sorted[i] as number);
    if (change !== null) out.push(change);
  }
  return out;
}

/**
 * The one definition of a scope change, read by comparability (compare, trend, peers, export), the
 * charts, the coverage grid and the report pages: both years' scopes known (stated, or held from an
 * earlier year) and not the same. Null when either is unknown or they agree.
 */
export function scopeChangeBetween(scopes: ReadonlyMap<number, string>, fromYear: number, toYear: number): ScopeChange | null {
  const from = scopeAt(scopes, fromYear);
  const to = scopeAt(scopes, toYear);
  if (from === null || to === null || sameScope(from, to)) return null;
  return { from_year: fromYear, to_year: toYear, from, to };
}

const EMPTY: ReadonlyMap<number, string> = new Map();
const tableScopes = new WeakMap<ObservationTable, Map<string, ReadonlyMap<number, string>>>();

/**
 * A body's scopes as its entity.json in the table states them (empty without a `scope` field, or with a
 * bad one, which validate and coverage report). Read once per table and body. A single scope for every
 * year can change nothing, so only the year-by-year form gives entries here.
 */
export function entityScopes(table: ObservationTable, entity: string): ReadonlyMap<number, string> {
  let byEntity = tableScopes.get(table);
  if (byEntity === undefined) {
    byEntity = new Map();
    tableScopes.set(table, byEntity);
  }
  let scopes = byEntity.get(entity);
  if (scopes === undefined) {
    const info = table.entityInfo.get(entity);
    scopes = info === undefined ? EMPTY : scopeByYear(info, [], `entity.json of ${entity}`).scopes;
    byEntity.set(entity, scopes);
  }
  return scopes;
}

/**
 * Every body's scopes by entity code, for loops over rows: null when no body of the table states a
 * scope by year (most corpora), so such loops skip the lookup altogether.
 */
export function scopesByEntityCode(table: ObservationTable): (ReadonlyMap<number, string> | null)[] | null {
  let any = false;
  const out = table.entityNames.map((name) => {
    const scopes = entityScopes(table, name);
    if (scopes.size === 0) return null;
    any = true;
    return scopes;
  });
  return any ? out : null;
}

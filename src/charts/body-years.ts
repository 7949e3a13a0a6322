/**
 * The body and years a single-body chart is about ("上海市 2023→2024"), for its default title or
 * subtitle: a chart read on its own (a saved SVG, a gallery picture) must say whose figures it shows.
 * Undefined when the rows hold several bodies (the series or bars name them) or none.
 */
import { distinct, type SeriesKeyed } from "./series-label.js";

export function bodyName(rows: readonly Pick<SeriesKeyed, "entity" | "entity_label" | "entity_name">[]): string | undefined {
  const entities = distinct(rows.map((r) => r.entity));
  if (entities.length !== 1) return undefined;
  const row = rows[0] as (typeof rows)[number];
  return row.entity_label ?? row.entity_name ?? row.entity;
}

/** "2017" for one year, "2023→2024" for a span (first → last). */
export function yearsText(years: readonly number[]): string {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}→${hi}`;
}

/** "上海市 2023→2024" when the rows hold one body, else undefined. */
export function bodyYears(
  rows: readonly Pick<SeriesKeyed, "entity" | "entity_label" | "entity_name">[],
  years: readonly number[],
): string | undefined {
  const body = bodyName(rows);
  if (body === undefined) return undefined;
  return years.length === 0 ? body : `${body} ${yearsText(years)}`;
}

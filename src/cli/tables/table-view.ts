/**
 * What the user asked of a result table: which columns (--columns, --all-columns), in what order of rows
 * (--sort), how many (--top) and which rows (--metric, --year, … where a command filters its table).
 * Applied once to the TableData a command made, for every format: the options shape the result, not only
 * the terminal view. Row filters run first, then the sort, then --top, then the column choice.
 *
 * Default columns: a column marked `extra` is left out of terminal tables unless --all-columns or
 * --columns asks for it; files (CSV, JSON and xlsx for programs and Excel, Markdown for documents) keep
 * every column unless --columns is given.
 */
import { UsageError } from "../../errors.js";
import type { Cell, TableColumn, TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { closestStrings } from "../../text/closest-strings.js";

/** Keeps the rows whose value in one of `keys` is one of `values` (a list cell such as "a b" or "a+b" matches each item). */
export interface RowFilter {
  /** The option as typed, for messages: "--year". */
  option: string;
  keys: readonly string[];
  values: readonly string[];
}

export interface TableView {
  /** Column keys in the order to show them; null for the default columns. */
  columns: readonly string[] | null;
  allColumns: boolean;
  sort: { key: string; desc: boolean } | null;
  top: number | null;
  filters: readonly RowFilter[];
}

export const DEFAULT_VIEW: TableView = { columns: null, allColumns: false, sort: null, top: null, filters: [] };

export interface TableViewOptions {
  columns?: string;
  sort?: string;
  top?: string;
  allColumns?: boolean;
}

export function parseTableView(o: TableViewOptions): TableView {
  const columns =
    o.columns === undefined
      ? null
      : o.columns
          .split(/[,，]/)
          .map((s) => s.trim())
          .filter((s) => s !== "");
  if (columns !== null && columns.length === 0) throw new UsageError(say("table.view.columns_empty"));
  if (columns !== null && o.allColumns) throw new UsageError(say("table.view.columns_and_all"));
  let sort: TableView["sort"] = null;
  if (o.sort !== undefined) {
    const m = /^\s*([^:\s]+)\s*(?::\s*(asc|desc)\s*)?$/i.exec(o.sort);
    if (m === null) throw new UsageError(say("table.view.bad_sort", { value: o.sort }));
    sort = { key: m[1] as string, desc: (m[2] ?? "").toLowerCase() === "desc" };
  }
  let top: number | null = null;
  if (o.top !== undefined) {
    top = Number(o.top);
    if (!/^\s*\d+\s*$/.test(o.top) || top < 1) throw new UsageError(say("table.view.bad_top", { value: o.top }));
  }
  return { columns, allColumns: o.allColumns === true, sort, top, filters: [] };
}

/** True when the view changes more than the default columns: the rows or the columns were asked for. */
export function shapesTable(v: TableView): boolean {
  return v.columns !== null || v.allColumns || v.sort !== null || v.top !== null || v.filters.length > 0;
}

/** A view with a row filter added (a command's --year, --metric, … that its computation does not apply). */
export function withFilter(v: TableView, filter: RowFilter | null): TableView {
  return filter === null || filter.values.length === 0 ? v : { ...v, filters: [...v.filters, filter] };
}

/**
 * The table as the view asks. `reading` is true for the terminal, where the default columns leave out
 * the extra ones; files keep every column by default.
 */
export function applyTableView(t: TableData, v: TableView, reading: boolean): TableData {
  let rows = t.rows;
  for (const f of v.filters) rows = filterRows(t, rows, f);
  if (v.sort !== null) {
    const key = knownKey(t, v.sort.key, "--sort");
    rows = sortRows(rows, key, v.sort.desc);
  }
  if (v.top !== null) rows = rows.slice(0, v.top);
  let columns: readonly TableColumn[];
  if (v.columns !== null) {
    const byKey = new Map(t.columns.map((c) => [c.key, c]));
    columns = v.columns.map((k) => byKey.get(knownKey(t, k, "--columns")) as TableColumn);
  } else if (reading && !v.allColumns) {
    columns = t.columns.filter((c) => !c.extra);
  } else {
    columns = t.columns;
  }
  return { columns, rows };
}

/** The key itself when the table has that column, else a UsageError listing the keys, the closest first. */
function knownKey(t: TableData, key: string, option: string): string {
  if (t.columns.some((c) => c.key === key)) return key;
  const keys = t.columns.map((c) => c.key);
  const near = closestStrings(key, keys, 3);
  throw new UsageError(
    say(near.length > 0 ? "table.view.unknown_column_near" : "table.view.unknown_column", {
      option,
      key,
      near: near.join(say("general.list_separator")),
      keys: keys.join(", "),
    }),
  );
}

/**
 * Numbers by value, text by the Chinese pinyin collation of ICU (zh-u-co-pinyin: 淮安 before 上海 before
 * 深圳), blanks last whichever the direction; equal rows keep their order (the sort is stable).
 */
export function sortRows(rows: readonly Record<string, Cell>[], key: string, desc: boolean): Record<string, Cell>[] {
  const collator = new Intl.Collator("zh-u-co-pinyin", { numeric: true });
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    const xBlank = x === null || x === "";
    const yBlank = y === null || y === "";
    if (xBlank || yBlank) return xBlank === yBlank ? 0 : xBlank ? 1 : -1;
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    // Numbers before text in a column that mixes them.
    if (typeof x === "number") return -sign;
    if (typeof y === "number") return sign;
    return sign * collator.compare(x as string, y as string);
  });
}

function filterRows(t: TableData, rows: readonly Record<string, Cell>[], f: RowFilter): readonly Record<string, Cell>[] {
  const keys = f.keys.filter((k) => t.columns.some((c) => c.key === k));
  if (keys.length === 0) throw new UsageError(say("table.view.filter_not_here", { option: f.option }));
  const wanted = new Set(f.values.map((v) => v.trim().toLowerCase()));
  const items = (cell: Cell | undefined): string[] =>
    cell === null || cell === undefined
      ? []
      : String(cell)
          .split(/[\s+,:]+/)
          .concat(String(cell))
          .filter((s) => s !== "")
          .map((s) => s.toLowerCase());
  const kept = rows.filter((r) => keys.some((k) => items(r[k]).some((s) => wanted.has(s))));
  const missing = f.values.filter((v) => !rows.some((r) => keys.some((k) => items(r[k]).includes(v.trim().toLowerCase()))));
  if (kept.length === 0 || missing.length > 0) {
    const held = [...new Set(rows.flatMap((r) => String(r[keys[0] as string] ?? "").split(/[\s+,:]+/)))].filter((s) => s !== "");
    const sorted = held.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const shown = sorted.length > 40 ? [...sorted.slice(0, 40), "…"] : sorted;
    throw new UsageError(
      say("table.view.filter_no_match", {
        option: f.option,
        values: (missing.length > 0 ? missing : f.values).join(", "),
        held: shown.join(", ") || "—",
      }),
    );
  }
  return kept;
}

/** The output options with a row filter added to their view, when the option was given. */
export function withRowFilter<T extends { view?: TableView }>(
  out: T,
  option: string,
  keys: readonly string[],
  values: readonly string[] | undefined,
): T {
  if (values === undefined || values.length === 0) return out;
  return { ...out, view: withFilter(out.view ?? DEFAULT_VIEW, { option, keys, values }) };
}

/**
 * The one place derived figures are made. Every computation (compare, trend, peers, breakdown, audit,
 * export, charts, the report, the API) reads a table through `deriveSubtotals`, so each sees the same
 * derived rows, marked basis "derived" with their formula as source.
 *
 * What is derived: the subtotals the 2019+ table 三 does not print, each the sum of its sub-rows, per
 * applicant column:
 * - 不予公开 (result_denied), 无法提供 (result_unavailable), 不予处理 (result_not_processed): no layout
 *   prints them (derived_only in the catalogue);
 * - 其他处理 (result_other) in the 2021 layout, which splits it into three rows and prints no total (the
 *   2019 layout prints it as one row, with no sub-rows to sum).
 * Then the 法人或其他组织 sum (applicant `legal_person_total`) of every table 三 row: the 2019+ form splits
 * 法人或其他组织 into five columns (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and prints no subtotal
 * of them, while analysts compare 自然人 against it. Derived per row (the derived subtotal rows above
 * included) where all five columns are stated, else not at all.
 * And the prior year's figure a printed change implies ("较2016年增加2589条" beside 89370 gives 2016's
 * 86781), where the data has no row of it and the prior year's layout has the metric (a 2018 report
 * cannot hold a 2019-only metric); never from a printed percent growth, which is rounded. Figures a
 * dataset already holds as derived come in through the dataset file, marked derived there.
 *
 * A printed figure always wins: a subtotal is added only where the table has no row for it, so a cell
 * never has both. A subtotal is added only when every sub-row is stated; with any unknown sub-row it
 * stays unknown (absent). Returns a new table, or the input itself when there is nothing to add; the
 * input is not changed, and a derived table derives to itself.
 */
import { findMetric, layoutOfYear, metricCode } from "../catalogue/catalogue.js";
import { GROUPS, type MetricGroup } from "../catalogue/groups.js";
import { METRICS } from "../catalogue/metrics.js";
import { madePerTable } from "../core/made-per-table.js";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import { APPLICANT_CODES, type Layout, LEGAL_PERSON_COLUMNS, type MetricId } from "../types.js";
import { KeyTable } from "./key-table.js";
import { reportKey, ValueIndex } from "./value-index.js";

/**
 * The groups whose whole is derived, with the layouts where the template has no row for it: every
 * derived_only whole, and 其他处理 where the 2021 layout splits it.
 */
const SUBTOTAL_GROUPS: readonly { group: MetricGroup; layouts: readonly Layout[] }[] = GROUPS.flatMap((g) => {
  if (findMetric(g.whole)?.derived_only === true) return [{ group: g, layouts: g.layouts }];
  if (g.id === "other_handling") return [{ group: g, layouts: ["2021"] as const }];
  return [];
});

/** True when `metric` is a subtotal this module derives from its sub-rows (where not printed). */
export function isDerivedSubtotal(metric: MetricId): boolean {
  return SUBTOTAL_GROUPS.some((s) => s.group.whole === metric);
}

/** The formula a derived subtotal's row carries as its source, e.g. "result_other = result_other.no_amend + …". */
export function subtotalFormula(metric: MetricId): string | null {
  const s = SUBTOTAL_GROUPS.find((x) => x.group.whole === metric);
  return s === undefined ? null : formulaOf(s.group);
}

function formulaOf(g: MetricGroup): string {
  return `derived: ${g.whole} = ${g.parts.join(" + ")} (the report prints no subtotal row)`;
}

/** Results already derived, by input table: every computation of one table derives once. */
const derived = madePerTable(derive);

/**
 * The table with its derived figures. `shared` builds the derived table's columns on
 * SharedArrayBuffers, for threads to adopt (adoptDerived).
 */
export function deriveSubtotals(table: ObservationTable, options: { shared?: boolean } = {}): ObservationTable {
  const full = derived.of(table, options);
  // A derived table is its own derived table: a second call (a command's loaded table read by a
  // computation that derives again) is a look-up, not another pass.
  if (full !== table) derived.adopt(full, full);
  return full;
}

/** Takes `full`, derived from `table` by another thread, as table's derived table. */
export function adoptDerived(table: ObservationTable, full: ObservationTable): void {
  derived.adopt(table, full);
  derived.adopt(full, full);
}

/** The start of the source of a baseline derived from a printed change (see baselineSource). */
export const CHANGE_BASELINE = "derived from the printed change: ";

/** True when a row's source says it is a baseline derived from the next year's printed change. */
export function isChangeBaseline(source: string | null): boolean {
  return source?.startsWith(CHANGE_BASELINE) === true;
}

/** The derived groups as metric codes. */
const DERIVED = SUBTOTAL_GROUPS.map(({ group, layouts }) => ({
  whole: metricCode(group.whole),
  parts: group.parts.map((p) => metricCode(p)),
  layouts,
  source: formulaOf(group),
}));

function derive(table: ObservationTable, shared: boolean): ObservationTable {
  return legalPersonSums(groupSubtotals(table, shared), shared);
}

/** The source a derived 法人或其他组织 sum carries. */
export const LEGAL_PERSON_FORMULA = `derived: legal_person_total = ${LEGAL_PERSON_COLUMNS.join(" + ")} (法人或其他组织; the report prints no subtotal column)`;

const LEGAL_PERSON_TOTAL = APPLICANT_CODES.indexOf("legal_person_total");
/** 1 at the applicant code of each of the five 法人或其他组织 columns. */
const IS_ORG_COLUMN = new Uint8Array(APPLICANT_CODES.length);
for (const a of LEGAL_PERSON_COLUMNS) IS_ORG_COLUMN[APPLICANT_CODES.indexOf(a)] = 1;

/**
 * Adds each row's 法人或其他组织 sum: for every (entity, year, metric) whose five organisation columns are
 * all in the table and stated, and that has no legal_person_total row already (a dataset holding it as
 * derived). A row with any organisation column missing or unknown gets no sum: blank is unknown.
 */
function legalPersonSums(table: ObservationTable, shared: boolean): ObservationTable {
  const metrics = METRICS.length;
  // Per (entity, year, metric): how many organisation columns are stated, their sum, the first one's row.
  const seen = new KeyTable(1024);
  const count: number[] = [];
  const sum: number[] = [];
  const first: number[] = [];
  const has = new Set<number>();
  for (let i = 0; i < table.length; i++) {
    const a = table.applicant[i] as number;
    if (a < 0 || (IS_ORG_COLUMN[a] !== 1 && a !== LEGAL_PERSON_TOTAL)) continue;
    const key = reportKey(table.entity[i] as number, table.year[i] as number) * metrics + (table.metric[i] as number);
    if (a === LEGAL_PERSON_TOTAL) {
      has.add(key);
      continue;
    }
    let k = seen.get(key);
    if (k < 0) {
      k = count.length;
      seen.set(key, k);
      count.push(0);
      sum.push(0);
      first.push(i);
    }
    const v = table.value[i] as number;
    // An unknown column poisons the sum: it is never read as zero.
    if (Number.isNaN(v)) sum[k] = Number.NaN;
    else sum[k] = (sum[k] as number) + v;
    count[k] = (count[k] as number) + 1;
  }
  const rows: number[] = [];
  for (let k = 0; k < count.length; k++) {
    const row = first[k] as number;
    const key = reportKey(table.entity[row] as number, table.year[row] as number) * metrics + (table.metric[row] as number);
    if (count[k] === LEGAL_PERSON_COLUMNS.length && !Number.isNaN(sum[k] as number) && !has.has(key)) rows.push(k);
  }
  if (rows.length === 0) return table;
  const builder = new ObservationTableBuilder(table.length + rows.length, { shared });
  builder.append(table);
  for (const k of rows) {
    const row = first[k] as number;
    builder.push({
      entity: table.entityAt(row),
      year: table.year[row] as number,
      metric: table.metric[row] as number,
      applicant: LEGAL_PERSON_TOTAL,
      value: sum[k] as number,
      printedShare: Number.NaN,
      printedChange: Number.NaN,
      printedChangePct: Number.NaN,
      basis: "derived",
      source: LEGAL_PERSON_FORMULA,
      file: table.fileAt(row),
      line: table.line[row] as number,
    });
  }
  return builder.build();
}

/** The subtotals of groups the template prints no row for, and the baselines of printed changes. */
function groupSubtotals(table: ObservationTable, shared: boolean): ObservationTable {
  const isPart = new Uint8Array(METRICS.length);
  for (const g of DERIVED) for (const p of g.parts) isPart[p] = 1;
  // The first row of each (entity, year, applicant) cell where any sub-row exists, in order of first
  // appearance. Integer keys, not strings: a 2019+ corpus has millions of sub-rows.
  const seen = new KeyTable(1024);
  const firstRows: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (isPart[table.metric[i] as number] !== 1) continue;
    const key = cellKey(table.entity[i] as number, table.year[i] as number, table.applicant[i] as number);
    if (seen.get(key) < 0) {
      seen.set(key, 0);
      firstRows.push(i);
    }
  }
  // Nothing to derive (no sub-rows at all): the table as it is, without copying millions of rows.
  const baselines = changeBaselineRows(table);
  if (firstRows.length === 0 && baselines.length === 0) return table;
  // Only for looking up sub-rows here: the exports and the audit look up cells in the derived table,
  // report by report (report-rows.ts), so this index of the input is not kept with it.
  const index = ValueIndex.of(table, { keep: false });
  // What to add, found before anything is built: a table whose subtotals are all printed (or derived
  // already) is returned as it is. Parallel arrays of numbers, not an object per subtotal: a 2019+
  // corpus derives millions.
  const addRow: number[] = [];
  const addGroup: number[] = [];
  const addSum: number[] = [];
  const addFirst: number[] = [];
  for (const row of firstRows) {
    const e = table.entity[row] as number;
    const year = table.year[row] as number;
    const a = table.applicant[row] as number;
    const layout = layoutOfYear(year);
    for (let k = 0; k < DERIVED.length; k++) {
      const g = DERIVED[k] as (typeof DERIVED)[number];
      if (!g.layouts.includes(layout)) continue;
      // A printed figure wins: no derived row beside it.
      if (index.rowOf(e, year, g.whole, a) >= 0) continue;
      let sum = 0;
      let first = -1;
      for (const p of g.parts) {
        const r = index.rowOf(e, year, p, a);
        const v = r < 0 ? Number.NaN : (table.value[r] as number);
        // Every sub-row stated, or no subtotal: an unknown part is never read as zero.
        if (Number.isNaN(v)) {
          first = -2;
          break;
        }
        if (first === -1) first = r;
        sum += v;
      }
      if (first >= 0) {
        addRow.push(row);
        addGroup.push(k);
        addSum.push(sum);
        addFirst.push(first);
      }
    }
  }
  // A prior year with a row of its own (printed, or a subtotal derived above) keeps it.
  const subtotalsAdded = new Map<number, number[]>();
  if (baselines.length > 0) {
    for (let j = 0; j < addRow.length; j++) {
      const row = addRow[j] as number;
      const key = cellKey(table.entity[row] as number, table.year[row] as number, table.applicant[row] as number);
      subtotalsAdded.set(key, [...(subtotalsAdded.get(key) ?? []), (DERIVED[addGroup[j] as number] as (typeof DERIVED)[number]).whole]);
    }
  }
  const priors = baselines.filter((row) => {
    const year = (table.year[row] as number) - 1;
    const e = table.entity[row] as number;
    const m = table.metric[row] as number;
    const a = table.applicant[row] as number;
    return index.rowOf(e, year, m, a) < 0 && subtotalsAdded.get(cellKey(e, year, a))?.includes(m) !== true;
  });
  if (addRow.length === 0 && priors.length === 0) return table;
  const builder = new ObservationTableBuilder(table.length + addRow.length + priors.length, { shared });
  builder.append(table);
  for (let j = 0; j < addRow.length; j++) {
    const row = addRow[j] as number;
    const group = DERIVED[addGroup[j] as number] as (typeof DERIVED)[number];
    const first = addFirst[j] as number;
    builder.push({
      entity: table.entityAt(row),
      year: table.year[row] as number,
      metric: group.whole,
      applicant: table.applicant[row] as number,
      value: addSum[j] as number,
      printedShare: Number.NaN,
      printedChange: Number.NaN,
      printedChangePct: Number.NaN,
      basis: "derived",
      source: group.source,
      file: table.fileAt(first),
      line: table.line[first] as number,
    });
  }
  for (const row of priors) {
    const value = table.value[row] as number;
    const change = (table.printedChange as Float64Array)[row] as number;
    builder.push({
      entity: table.entityAt(row),
      year: (table.year[row] as number) - 1,
      metric: table.metric[row] as number,
      applicant: table.applicant[row] as number,
      value: value - change,
      printedShare: Number.NaN,
      printedChange: Number.NaN,
      printedChangePct: Number.NaN,
      basis: "derived",
      source: `${CHANGE_BASELINE}${value} − ${change}, from the ${table.year[row]} report: ${table.sourceAt(row) ?? table.metricAt(row)}`,
      file: table.fileAt(row),
      line: table.line[row] as number,
    });
  }
  return builder.build();
}

/**
 * Rows whose printed change implies the prior year's figure: a stated value and change, a count or an
 * amount (a signed 增/减 figure's change says nothing of a prior year's), the prior year's layout has
 * the metric, and the implied figure is not negative (a report contradicting itself is the audit's).
 */
function changeBaselineRows(table: ObservationTable): number[] {
  const changes = table.printedChange;
  if (changes === null) return [];
  const out: number[] = [];
  for (let i = 0; i < table.length; i++) {
    const change = changes[i] as number;
    const value = table.value[i] as number;
    if (Number.isNaN(change) || Number.isNaN(value) || value - change < 0) continue;
    const def = METRICS[table.metric[i] as number];
    if (def === undefined || def.kind === "delta" || !def.layouts.includes(layoutOfYear((table.year[i] as number) - 1))) continue;
    out.push(i);
  }
  return out;
}

/** One integer per (entity code, year, applicant index or −1). */
function cellKey(entity: number, year: number, applicant: number): number {
  return reportKey(entity, year) * 8 + applicant + 1;
}

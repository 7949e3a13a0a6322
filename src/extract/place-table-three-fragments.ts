import { labelSimilarity } from "./label-similarity.js";
import type { LogicalRow } from "./table-rows-in.js";
import type { TableThreeRow } from "./table-three-rows.js";

/** Columns of table 三: six applicant columns, then 总计. */
const APPLICANT_COLUMNS = 6;
const TOTAL_COLUMN = 6;
const MIN_SIMILARITY = 0.7;
const SUB_ROW_MARK = /(\d{1,2})\s*[.、．]\s*(?=[\u3400-\u9fff“"])/gu;

/**
 * Places the rows of a table broken into fragments (an OCR→Markdown conversion prints a row's numbers under
 * the labels of several rows, or under none) when the report's own identities prove the placing, and only then.
 *
 * A run of unplaced rows between two placed ones fills the template rows between them, in the text's order,
 * when there are exactly as many rows as template rows: the order of the numbers' lines is the one thing such
 * conversions keep. The placing stands only when, with it, every identity of the table holds:
 * - each placed fragment's six applicant columns add up to its 总计 column;
 * - every result row (三、(一) to (六)) is stated in full, and in every column they add up to (七)总计;
 * - 新收 + 上年结转 = (七)总计 + 结转下年度, in every column where all four are stated.
 * A fragment whose own line names a template row goes only to that row. If any check fails, or a run does
 * not fit its gap, nothing is placed and the rows stay left out, as without this step.
 *
 * Takes the alignment by labels (template row per row, undefined when none) and returns it with the proved
 * placings added.
 */
export function placeTableThreeFragments(
  rows: readonly LogicalRow[],
  pairs: readonly (TableThreeRow | undefined)[],
  templates: readonly TableThreeRow[],
): (TableThreeRow | undefined)[] {
  const placed = [...pairs];
  const index = new Map(templates.map((t, j) => [t, j]));
  let filled = false;
  let last = -1;
  for (let i = 0; i < rows.length; i++) {
    const t = pairs[i];
    if (t === undefined) continue;
    const j = index.get(t) as number;
    if (last >= 0 && i - last > 1) {
      const before = index.get(pairs[last] as TableThreeRow) as number;
      const run = i - last - 1;
      if (j - before - 1 !== run) return [...pairs];
      for (let k = 0; k < run; k++) {
        const row = rows[last + 1 + k] as LogicalRow;
        const slot = templates[before + 1 + k] as TableThreeRow;
        if (!fits(row, slot, templates)) return [...pairs];
        placed[last + 1 + k] = slot;
      }
      filled = true;
    }
    last = i;
  }
  if (!filled) return placed;
  return identitiesHold(rows, pairs, placed, templates) ? placed : [...pairs];
}

/** A fragment fits a template row when its cells are all stated, add up, and its own words name no other row. */
function fits(row: LogicalRow, slot: TableThreeRow, templates: readonly TableThreeRow[]): boolean {
  if (row.cells.length !== APPLICANT_COLUMNS + 1 || row.cells.some((c) => c.value === null)) return false;
  const named = templates.filter((t) => similarity(row.ownLabel, t) >= MIN_SIMILARITY);
  if (named.length > 0 && !named.includes(slot)) return false;
  const marks = [...row.ownLabel.matchAll(SUB_ROW_MARK)].map((m) => Number(m[1]));
  if (marks.length > 0 && marks.some((n) => n !== slot.index)) return false;
  return rowAddsUp(values(row));
}

function identitiesHold(
  rows: readonly LogicalRow[],
  pairs: readonly (TableThreeRow | undefined)[],
  placed: readonly (TableThreeRow | undefined)[],
  templates: readonly TableThreeRow[],
): boolean {
  const byMetric = new Map<string, (number | null)[]>();
  for (let i = 0; i < rows.length; i++) {
    const t = placed[i];
    if (t === undefined) continue;
    // Two rows on one template row: the placing is not one-to-one.
    if (byMetric.has(t.metric)) return false;
    byMetric.set(t.metric, values(rows[i] as LogicalRow));
  }
  // Every row placed by its label adds up too (a row that does not is a sign the fragments are mixed).
  for (let i = 0; i < rows.length; i++) {
    const t = placed[i];
    if (t === undefined || pairs[i] !== undefined) continue;
    if (!rowAddsUp(byMetric.get(t.metric) as (number | null)[])) return false;
  }
  const total = byMetric.get("result_total");
  if (total === undefined) return false;
  const resultTemplates = templates.filter(isResultRow).map((t) => t.metric);
  for (let c = 0; c <= TOTAL_COLUMN; c++) {
    const want = total[c];
    if (want === null || want === undefined) return false;
    let sum = 0;
    for (const metric of resultTemplates) {
      const v = byMetric.get(metric)?.[c];
      if (v === null || v === undefined) return false;
      sum += v;
    }
    if (sum !== want) return false;
  }
  return balances(byMetric);
}

/** 新收 + 上年结转 = (七)总计 + 结转下年度, in every column where all four are stated. */
function balances(byMetric: ReadonlyMap<string, readonly (number | null)[]>): boolean {
  const [fresh, carriedIn, total, carriedOut] = ["requests_new", "requests_carried_in", "result_total", "requests_carried_out"].map((m) =>
    byMetric.get(m),
  );
  if (fresh === undefined || carriedIn === undefined || total === undefined || carriedOut === undefined) return true;
  for (let c = 0; c <= TOTAL_COLUMN; c++) {
    const four = [fresh[c], carriedIn[c], total[c], carriedOut[c]];
    if (four.some((v) => v === null || v === undefined)) continue;
    const [a, b, t, o] = four as number[];
    if ((a as number) + (b as number) !== (t as number) + (o as number)) return false;
  }
  return true;
}

function isResultRow(t: TableThreeRow | undefined): boolean {
  return t !== undefined && /^result_/.test(t.metric) && t.metric !== "result_total";
}

function values(row: LogicalRow): (number | null)[] {
  return row.cells.map((c) => c.value);
}

function rowAddsUp(v: readonly (number | null)[]): boolean {
  if (v.length !== APPLICANT_COLUMNS + 1 || v.some((x) => x === null)) return false;
  const parts = v.slice(0, APPLICANT_COLUMNS) as number[];
  return parts.reduce((a, b) => a + b, 0) === v[TOTAL_COLUMN];
}

function similarity(label: string, t: TableThreeRow): number {
  return Math.max(labelSimilarity(label, t.key), ...(t.aliases ?? []).map((a) => labelSimilarity(label, a)));
}

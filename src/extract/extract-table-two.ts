import type { Layout } from "../types.js";
import { collapse, type ExtractContext, inLayout, misfit, refuseCell } from "./extract-context.js";
import { labelCore } from "./label-similarity.js";
import { isPageNumberLine, reportLines } from "./report-lines.js";
import { splitTableRow, type TableRow } from "./split-table-row.js";

type Column =
  | "issued"
  | "repealed"
  | "in_force"
  | "made"
  | "published_new"
  | "published_total"
  | "items_prev"
  | "items_delta"
  | "decisions"
  | "fee_amount"
  | "procurement_projects"
  | "procurement_amount";

/** Column heads as the templates print them, most specific first. */
const COLUMN_HEADS: readonly [Column, RegExp][] = [
  ["issued", /本年制发/],
  ["repealed", /本年废止/],
  ["in_force", /现行有效/],
  ["made", /本年新制作/],
  ["published_new", /本年新公开/],
  ["published_total", /对外公开总/],
  ["items_prev", /上一年项目/],
  ["items_delta", /本年增减|增减/],
  ["decisions", /处理决定/],
  ["fee_amount", /收费金额/],
  ["procurement_projects", /采购项目/],
  ["procurement_amount", /采购总金额/],
];

/** Row kinds: how a row is named, and the prefix of its metric ids. */
const ROW_KINDS: readonly { prefix: string; name: RegExp }[] = [
  { prefix: "normdocs", name: /规范性文件/ },
  { prefix: "rules", name: /规章/ },
  { prefix: "licensing", name: /行政许可/ },
  { prefix: "other_services", name: /其他对外管理服务事项/ },
  { prefix: "penalty", name: /行政处罚/ },
  { prefix: "coercion", name: /行政强制/ },
  { prefix: "fee", name: /行政事业性收费/ },
  { prefix: "procurement", name: /政府集中采购/ },
];

/** The template's columns per row kind and layout, used when the printed heads cannot be read. */
const TEMPLATE_COLUMNS: Record<Layout, Record<string, readonly Column[]>> = {
  "2021": {
    rules: ["issued", "repealed", "in_force"],
    normdocs: ["issued", "repealed", "in_force"],
    licensing: ["decisions"],
    penalty: ["decisions"],
    coercion: ["decisions"],
    fee: ["fee_amount"],
  },
  "2019": {
    rules: ["made", "published_new", "published_total"],
    normdocs: ["made", "published_new", "published_total"],
    licensing: ["items_prev", "items_delta", "decisions"],
    other_services: ["items_prev", "items_delta", "decisions"],
    penalty: ["items_prev", "items_delta", "decisions"],
    coercion: ["items_prev", "items_delta", "decisions"],
    fee: ["items_prev", "items_delta"],
    procurement: ["procurement_projects", "procurement_amount"],
  },
  "2008": {},
};

const ITEM_HEADING = /第\s*二\s*十\s*条\s*第\s*\(\s*([一二三四五六七八九十]+)\s*\)\s*项/u;

/**
 * Reads table 二 (the 第二十条 items). The columns of each item are read from its printed heads
 * (本年制发件数 / 本年新制作数量 / 上一年项目数量 …) in the order printed; when they cannot be read, the
 * template's columns for the layout are used, but only when the row has exactly that many numbers.
 * A row whose count does not fit, or whose name is not a template row (provincial extras), is left out
 * and its numbers listed as unassigned.
 */
export function extractTableTwo(ctx: ExtractContext, region: { start: number; end: number }): void {
  let heads = "";
  let pendingLabel = "";
  for (const line of reportLines(ctx.text.slice(region.start, region.end))) {
    const abs = { text: line.text, start: line.start + region.start };
    if (abs.text.trim() === "" || isPageNumberLine(abs.text)) continue;
    if (ITEM_HEADING.test(abs.text)) {
      heads = "";
      pendingLabel = "";
    }
    const row = splitTableRow(abs);
    if (row.cells.length === 0) {
      heads += labelCore(row.label.replace(/\//g, ""));
      pendingLabel = row.label;
      continue;
    }
    readRow(ctx, row, heads, pendingLabel);
    pendingLabel = "";
  }
}

function readRow(ctx: ExtractContext, row: TableRow, heads: string, pendingLabel: string): void {
  const kind = rowKind(row.label) ?? rowKind(`${pendingLabel}${row.label}`);
  const label = collapse(row.label || pendingLabel);
  const source = collapse(`第二十条 ${label} ${row.cells.map((c) => c.raw).join(" ")}`);
  if (kind === undefined) {
    refuseAll(ctx, row, `第二十条 row not recognised: ${label || "(no label)"}`);
    return;
  }
  const printed = headsInOrder(heads);
  const template = TEMPLATE_COLUMNS[ctx.layout][kind] ?? [];
  // Printed heads are trusted when they name as many columns as the template (all of them were read);
  // a partial reading could shift every number after a blank cell.
  const trusted =
    printed.length > 0 && (template.length === 0 || printed.length === template.length) ? printed : printed.length === 0 ? template : null;
  const columns = trusted !== null && trusted.length === row.cells.length ? trusted : null;
  if (columns === null) {
    refuseAll(
      ctx,
      row,
      `第二十条 ${label}: ${row.cells.length} number(s) for ${printed.length || template.length} column(s); which is which cannot be told`,
    );
    return;
  }
  const start = row.line.start + (row.line.text.length - row.line.text.trimStart().length);
  row.cells.forEach((cell, k) => {
    ctx.consumed.push([cell.start, cell.end]);
    if (cell.value === null) return;
    const metric = metricId(kind, columns[k] as Column);
    const bad =
      metric === null
        ? `第二十条 ${label} has no column ${columns[k]} in the catalogue`
        : !inLayout(metric, ctx.layout)
          ? `${metric} is not in the ${ctx.layout} layout`
          : misfit(metric, cell.value);
    if (metric === null || bad !== null) {
      refuseCell(ctx, cell.start, cell.end, bad ?? "unknown column");
      return;
    }
    ctx.figures.push({
      metric,
      applicant: null,
      value: cell.value,
      printed_share: null,
      printed_change: null,
      printed_change_pct: null,
      source,
      start: cell.start,
      end: cell.end,
      source_start: start,
      source_end: (row.cells[row.cells.length - 1] ?? cell).end,
      origin: "table",
      note: cell.unit ? `printed with unit ${cell.unit}` : null,
    });
  });
}

function rowKind(label: string): string | undefined {
  const core = labelCore(label);
  const hits = ROW_KINDS.filter((k) => k.name.test(core));
  return hits.length === 1 ? hits[0]?.prefix : undefined;
}

function headsInOrder(heads: string): Column[] {
  const found: { column: Column; at: number }[] = [];
  for (const [column, re] of COLUMN_HEADS) {
    const m = re.exec(heads);
    if (m && !found.some((f) => f.column === column)) found.push({ column, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

const METRIC_OF: Record<string, Partial<Record<Column, string>>> = {
  rules: {
    issued: "rules_issued",
    repealed: "rules_repealed",
    in_force: "rules_in_force",
    made: "rules_made",
    published_new: "rules_published_new",
    published_total: "rules_published_total",
  },
  normdocs: {
    issued: "normdocs_issued",
    repealed: "normdocs_repealed",
    in_force: "normdocs_in_force",
    made: "normdocs_made",
    published_new: "normdocs_published_new",
    published_total: "normdocs_published_total",
  },
  licensing: { items_prev: "licensing_items_prev", items_delta: "licensing_items_delta", decisions: "licensing_decisions" },
  other_services: {
    items_prev: "other_services_items_prev",
    items_delta: "other_services_items_delta",
    decisions: "other_services_decisions",
  },
  penalty: { items_prev: "penalty_items_prev", items_delta: "penalty_items_delta", decisions: "penalty_decisions" },
  coercion: { items_prev: "coercion_items_prev", items_delta: "coercion_items_delta", decisions: "coercion_decisions" },
  fee: { items_prev: "fee_items_prev", items_delta: "fee_items_delta", fee_amount: "fee_amount" },
  procurement: { procurement_projects: "procurement_projects", procurement_amount: "procurement_amount" },
};

function metricId(kind: string, column: Column): string | null {
  return METRIC_OF[kind]?.[column] ?? null;
}

function refuseAll(ctx: ExtractContext, row: TableRow, reason: string): void {
  ctx.warnings.push(reason);
  for (const c of row.cells) {
    if (c.value !== null) refuseCell(ctx, c.start, c.end, reason);
    else ctx.consumed.push([c.start, c.end]);
  }
}

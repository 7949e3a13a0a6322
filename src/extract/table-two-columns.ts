import type { Layout } from "../types.js";
import { labelCore } from "./label-similarity.js";

/**
 * What table 二 (the 第二十条 items) is made of in the two 2019+ templates: its column heads, its row
 * kinds, and the metric of each (row kind, column). Shared by the text and the HTML-grid readers.
 */
export type Column =
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
export const COLUMN_HEADS: readonly [Column, RegExp][] = [
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
export const ROW_KINDS: readonly { prefix: string; name: RegExp }[] = [
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
export const TEMPLATE_COLUMNS: Record<Layout, Record<string, readonly Column[]>> = {
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

/** The heading that starts an item ("第二十条第(一)项"; the text is folded, so brackets are ASCII). */
export const ITEM_HEADING = /第\s*二\s*十\s*条\s*第\s*\(\s*([一二三四五六七八九十]+)\s*\)\s*项/u;

/** The row kind a label names (规章, 行政许可 …), when it names exactly one. */
export function rowKind(label: string): string | undefined {
  const core = labelCore(label);
  const hits = ROW_KINDS.filter((k) => k.name.test(core));
  return hits.length === 1 ? hits[0]?.prefix : undefined;
}

export function headsInOrder(heads: string): Column[] {
  const found: { column: Column; at: number }[] = [];
  for (const [column, re] of COLUMN_HEADS) {
    const m = re.exec(heads);
    if (m && !found.some((f) => f.column === column)) found.push({ column, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

export const METRIC_OF: Record<string, Partial<Record<Column, string>>> = {
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

export function metricId(kind: string, column: Column): string | null {
  return METRIC_OF[kind]?.[column] ?? null;
}

/** The column a single head cell names ("本年新 制作数量" → made), when it names exactly one. */
export function headColumn(text: string): Column | null {
  const found = headsInOrder(labelCore(text.replace(/\//g, "")));
  return found.length === 1 ? (found[0] as Column) : null;
}

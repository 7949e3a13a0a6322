import { CROSSWALK } from "../../catalogue/crosswalk.js";
import { GROUPS } from "../../catalogue/groups.js";
import { METRICS } from "../../catalogue/metrics.js";
import type { TableData } from "../../format/table-data.js";
import type { Layout } from "../../types.js";
import type { Lang } from "../command-options.js";

/** The metric catalogue as a table, optionally only the metrics of one layout. */
export function metricsTable(lang: Lang, layout?: Layout): TableData {
  return {
    columns: [
      { key: "id", title: "id" },
      { key: "label", title: lang === "zh" ? "指标" : "label" },
      { key: "unit", title: lang === "zh" ? "单位" : "unit" },
      { key: "kind", title: "kind" },
      { key: "parent", title: "parent" },
      { key: "section", title: "section" },
      { key: "layouts", title: "layouts" },
      { key: "by_applicant", title: "by applicant" },
      { key: "derived_only", title: "derived only" },
      { key: "evidence", title: "evidence" },
    ],
    rows: METRICS.filter((m) => layout === undefined || m.layouts.includes(layout)).map((m) => ({
      id: m.id,
      label: lang === "zh" ? m.label_zh : m.label_en,
      unit: m.unit,
      kind: m.kind,
      parent: m.parent,
      section: m.section,
      layouts: m.layouts.join(" "),
      by_applicant: m.by_applicant ? "yes" : "",
      derived_only: m.derived_only ? "yes" : "",
      evidence: m.evidence,
    })),
  };
}

export function groupsTable(lang: Lang, layout?: Layout): TableData {
  return {
    columns: [
      { key: "id", title: "id" },
      { key: "label", title: lang === "zh" ? "分组" : "label" },
      { key: "relation", title: "relation" },
      { key: "whole", title: "whole" },
      { key: "parts", title: "parts" },
      { key: "layouts", title: "layouts" },
    ],
    rows: GROUPS.filter((g) => layout === undefined || g.layouts.includes(layout)).map((g) => ({
      id: g.id,
      label: lang === "zh" ? g.label_zh : g.label_en,
      relation: g.relation,
      whole: g.whole,
      parts: g.parts.join(" "),
      layouts: g.layouts.join(" "),
    })),
  };
}

export function crosswalkTable(layout?: Layout): TableData {
  return {
    columns: [
      { key: "from_layout", title: "from layout" },
      { key: "from", title: "from" },
      { key: "to_layout", title: "to layout" },
      { key: "to", title: "to" },
      { key: "fit", title: "fit" },
      { key: "evidence", title: "evidence" },
      { key: "note", title: "note" },
    ],
    rows: CROSSWALK.filter((e) => layout === undefined || e.from_layout === layout || e.to_layout === layout).map((e) => ({
      from_layout: e.from_layout,
      from: e.from.join(" + "),
      to_layout: e.to_layout,
      to: e.to.join(" + "),
      fit: e.fit,
      evidence: e.evidence,
      note: e.note,
    })),
  };
}

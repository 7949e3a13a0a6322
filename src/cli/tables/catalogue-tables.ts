import { CROSSWALK, crosswalkNote } from "../../catalogue/crosswalk.js";
import { GROUPS } from "../../catalogue/groups.js";
import { METRICS } from "../../catalogue/metrics.js";
import type { TableData } from "../../format/table-data.js";
import { currentLang } from "../../messages/lang.js";
import type { Layout } from "../../types.js";
import type { Lang } from "../command-options.js";
import { columnTitle } from "./column-title.js";

/** The metric catalogue as a table, optionally only the metrics of one layout. */
export function metricsTable(lang: Lang, layout?: Layout): TableData {
  const t = (key: string) => columnTitle(key, lang);
  return {
    columns: [
      { key: "id", title: t("id") },
      { key: "label", title: t("label") },
      { key: "unit", title: t("unit") },
      { key: "kind", title: t("kind"), extra: true },
      { key: "parent", title: t("parent"), extra: true },
      { key: "section", title: t("section") },
      { key: "layouts", title: t("layouts") },
      { key: "by_applicant", title: t("by_applicant"), extra: true },
      { key: "derived_only", title: t("derived_only"), extra: true },
      { key: "evidence", title: t("evidence"), extra: true },
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
  const t = (key: string, as?: string) => columnTitle(key, lang, as);
  return {
    columns: [
      { key: "id", title: t("id") },
      { key: "label", title: t("label", "group_label") },
      { key: "relation", title: t("relation"), extra: true },
      { key: "whole", title: t("whole") },
      { key: "parts", title: t("parts") },
      { key: "layouts", title: t("layouts"), extra: true },
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

export function crosswalkTable(layout?: Layout, lang: Lang = currentLang()): TableData {
  const t = (key: string) => columnTitle(key, lang);
  return {
    columns: [
      { key: "from_layout", title: t("from_layout") },
      { key: "from", title: t("from") },
      { key: "to_layout", title: t("to_layout") },
      { key: "to", title: t("to") },
      { key: "fit", title: t("fit") },
      { key: "evidence", title: t("evidence"), extra: true },
      { key: "note", title: t("note"), extra: true },
    ],
    rows: CROSSWALK.filter((e) => layout === undefined || e.from_layout === layout || e.to_layout === layout).map((e) => ({
      from_layout: e.from_layout,
      from: e.from.join(" + "),
      to_layout: e.to_layout,
      to: e.to.join(" + "),
      fit: e.fit,
      evidence: e.evidence,
      note: crosswalkNote(e),
    })),
  };
}

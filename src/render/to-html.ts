/** A chart as a self-contained offline HTML page (see html-shell.ts). */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { escapeHtml } from "./html-escape.js";
import { htmlShell } from "./html-shell.js";

export interface HtmlOptions {
  /** The page title; default the chart's title. */
  title?: string;
  lang?: "zh" | "en";
}

export function toHtml(spec: TopLevelSpec, options: HtmlOptions = {}): string {
  const title = options.title ?? specTitle(spec) ?? say("chart.page_title", undefined, options.lang ?? "zh");
  return htmlShell({
    title,
    lang: options.lang ?? "zh",
    body: `<div id="chart" class="chart" aria-label="${escapeHtml(title)}"></div>`,
    charts: [{ id: "chart", spec }],
  });
}

function specTitle(spec: TopLevelSpec): string | undefined {
  const t = (spec as { title?: unknown }).title;
  // A long title is given as lines (wrap-text.ts).
  const text = t && typeof t === "object" && !Array.isArray(t) ? (t as { text?: unknown }).text : t;
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.join("");
  return undefined;
}

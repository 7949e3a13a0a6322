/** A chart as a self-contained offline HTML page (see html-shell.ts). */
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./html-escape.js";
import { htmlShell } from "./html-shell.js";

export interface HtmlOptions {
  /** The page title; default the chart's title. */
  title?: string;
  lang?: "zh" | "en";
}

export function toHtml(spec: TopLevelSpec, options: HtmlOptions = {}): string {
  const title = options.title ?? specTitle(spec) ?? "chart";
  return htmlShell({
    title,
    lang: options.lang ?? "zh",
    body: `<div id="chart" class="chart" aria-label="${escapeHtml(title)}"></div>`,
    charts: [{ id: "chart", spec }],
  });
}

function specTitle(spec: TopLevelSpec): string | undefined {
  const t = (spec as { title?: unknown }).title;
  if (typeof t === "string") return t;
  if (t && typeof t === "object" && typeof (t as { text?: unknown }).text === "string") return (t as { text: string }).text;
  return undefined;
}

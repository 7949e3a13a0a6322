/**
 * A chart as notebook output: the Vega-Lite spec (interactive in JupyterLab and VS Code) with a PNG
 * beside it (what GitHub, nbviewer and HTML exports show, since they run no JavaScript).
 *
 * The chart builders write Vega-Lite 6 specs, but Jupyter front ends only render the Vega-Lite 5 MIME
 * type (`application/vnd.vegalite.v5+json`; there is no v6 renderer in JupyterLab or VS Code). The
 * grammar our builders use (marks, encodings, layers, transforms, params, config) is the same in 5 and
 * 6, so the displayed copy only relabels `$schema` to v5; the PNG is rendered from the original spec.
 */
import { Buffer } from "node:buffer";
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { toPng } from "../render/to-png.js";
import { NotebookOutput } from "./notebook-output.js";

export const VEGA_LITE_V5_MIME = "application/vnd.vegalite.v5+json";
export const VEGA_LITE_V5_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

export interface ShowChartOptions {
  /** Pixels per chart unit in the PNG. Default 2 (sharp on high-density screens). */
  scale?: number;
}

/** The spec as Jupyter's Vega-Lite 5 renderer takes it: a copy with `$schema` set to v5. */
export function vegaLiteForJupyter(spec: TopLevelSpec): TopLevelSpec {
  return { ...spec, $schema: VEGA_LITE_V5_SCHEMA } as TopLevelSpec;
}

/** The chart as a notebook output: Vega-Lite 5 spec, PNG, and its title as plain text. */
export async function showChart(spec: TopLevelSpec, options: ShowChartOptions = {}): Promise<NotebookOutput> {
  const png = await toPng(spec, { scale: options.scale ?? 2 });
  return new NotebookOutput({
    [VEGA_LITE_V5_MIME]: vegaLiteForJupyter(spec),
    "image/png": Buffer.from(png).toString("base64"),
    "text/plain": say("chart.notebook_chart", { title: chartTitle(spec) }),
  });
}

/** The chart's title text (a string, the `text` of a title object, or lines joined), or "无标题" ("untitled"). */
export function chartTitle(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = typeof title === "object" && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  if (typeof text === "string" && text !== "") return text;
  if (Array.isArray(text) && text.length > 0) return text.join(" ");
  return say("chart.untitled");
}

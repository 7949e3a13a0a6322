/**
 * Writes a chart to a file in the format its extension names (.vl.json, .svg, .png, .html). The file
 * is written atomically: a reader sees the old file or the complete new one, never a partial chart.
 */
import type { TopLevelSpec } from "vega-lite";
import { writeFileAtomic } from "../io/write-file-atomic.js";
import { type ChartFormat, chartFormatOf } from "./chart-file-format.js";
import { embedCjkFont } from "./embed-cjk-font.js";
import { embedSvgFont } from "./embed-svg-font.js";
import { toHtml } from "./to-html.js";
import { svgToPng } from "./to-png.js";
import { toSvg } from "./to-svg.js";

/** The chart's bytes in a format. */
export async function chartBytes(
  spec: TopLevelSpec,
  format: ChartFormat,
  options: { lang?: "zh" | "en" } = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "vl.json":
      return `${JSON.stringify(spec, null, 2)}\n`;
    case "svg":
      // A file on its own carries its font: it may be opened where no Chinese font is installed.
      return embedSvgFont(await toSvg(spec));
    case "png":
      return svgToPng(await toSvg(spec));
    case "html":
      return embedCjkFont(toHtml(spec, options));
  }
}

/** Writes the chart to `path`; returns the format written. */
export async function writeChart(spec: TopLevelSpec, path: string, options: { lang?: "zh" | "en" } = {}): Promise<ChartFormat> {
  const format = chartFormatOf(path);
  writeFileAtomic(path, await chartBytes(spec, format, options));
  return format;
}

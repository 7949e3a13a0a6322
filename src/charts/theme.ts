/**
 * The look shared by every chart: fonts, sizes, label angles and colours.
 *
 * The font list starts with the CJK font the renderer bundles (Noto Sans SC), so SVG and PNG files show
 * Chinese with the same glyphs the text measurement used; browsers fall back to their own CJK fonts.
 * Label angles are set on purpose: left to itself Vega-Lite turns short Chinese category labels on a
 * band x axis vertical, which reads badly.
 */
import type { Config } from "vega-lite";

export type { Lang as ChartLang } from "../messages/lang.js";

export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** The family name the renderer registers the bundled font under. */
export const CJK_FONT_NAME = "Noto Sans SC";

/** The font list every chart uses: the bundled CJK font first, then common system CJK fonts. */
export const CHART_FONT = `${CJK_FONT_NAME}, PingFang SC, Microsoft YaHei, Source Han Sans SC, sans-serif`;

/** Default plot sizes, in pixels. */
export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 280;

/**
 * Marks a chart that reads well at any width (a line or bar chart): a report page draws it at its
 * container's width and redraws it when the window changes (html-shell.ts). Files keep the fixed width.
 */
export const RESPONSIVE = { responsive: true } as const;

/** The colours of categories, in order (category-colors.ts gives each breakdown part its own). */
export const CATEGORY_PALETTE = [
  "#2f6db5",
  "#d4622a",
  "#3a9a5b",
  "#8e5ab5",
  "#c9a227",
  "#4fa3c7",
  "#b5485d",
  "#7a7a7a",
  "#2d4f7c",
  "#99b33d",
] as const;

/** Colours with a meaning: rises, falls, mismatches, missing values. */
export const COLORS = {
  rise: "#2f6db5",
  fall: "#d4622a",
  neutral: "#7a7a7a",
  mismatch: "#c62828",
  match: "#2e7d32",
  truncated: "#d39e00",
  missing: "#e6e6e6",
  rule: "#9e9e9e",
} as const;

/** The Vega-Lite config shared by every chart. */
export function chartConfig(): Config {
  return {
    font: CHART_FONT,
    padding: 12,
    background: "#ffffff",
    view: { stroke: null },
    // Room between title and subtitle, and between axis titles and labels, for the CJK font's tall line box.
    title: {
      fontSize: 15,
      fontWeight: 600,
      anchor: "start",
      offset: 10,
      subtitleFontSize: 11,
      subtitleColor: "#555555",
      subtitlePadding: 8,
    },
    axis: {
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 500,
      labelColor: "#333333",
      titleColor: "#333333",
      gridColor: "#eeeeee",
      titlePadding: 8,
    },
    axisX: { labelAngle: 0, labelOverlap: true },
    axisY: { labelLimit: 240 },
    // rowPadding: legend rows one CJK line box apart.
    legend: {
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 500,
      labelLimit: 280,
      symbolType: "square",
      rowPadding: 6,
      titlePadding: 8,
    },
    header: { labelFontSize: 12, titleFontSize: 12 },
    text: { fontSize: 11 },
    range: { category: [...CATEGORY_PALETTE] },
  };
}

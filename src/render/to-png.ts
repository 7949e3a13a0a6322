/**
 * A chart as a PNG: the SVG rasterised by resvg with the bundled CJK font and no system fonts, so the
 * picture is the same on every machine and never shows empty boxes for Chinese text.
 */
import type { TopLevelSpec } from "vega-lite";
import { CJK_FONT_NAME } from "../charts/theme.js";
import { importPackage } from "../core/import-package.js";
import { cjkFontPath } from "./cjk-font.js";
import { toSvg } from "./to-svg.js";

export interface PngOptions {
  /** Pixels per SVG unit; 2 gives sharp pictures on high-density screens. Default 2. */
  scale?: number;
}

export async function toPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await toSvg(spec), options);
}

/** Rasterises an SVG made by toSvg. */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const fontPath = cjkFontPath();
  const { Resvg } = await importPackage<typeof import("@resvg/resvg-js")>("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    font: { loadSystemFonts: false, fontFiles: [fontPath], defaultFontFamily: CJK_FONT_NAME, sansSerifFamily: CJK_FONT_NAME },
  });
  return new Uint8Array(resvg.render().asPng());
}

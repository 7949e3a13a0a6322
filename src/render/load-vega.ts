/**
 * Vega, Vega-Lite and the CJK text measurement, loaded on first use only: commands that draw nothing
 * (validate, compare, audit) never pay for these modules or their native parts.
 *
 * Vega measures text without a canvas by guessing 0.8 × font size per character, which is far too
 * narrow for Chinese (a CJK glyph is about one font size wide): legends and titles get clipped. Here
 * text is measured with @napi-rs/canvas using the bundled CJK font, whatever family the chart names, so
 * the layout is the same on every machine and matches the glyphs the PNG renderer draws.
 */
import { CJK_FONT_NAME } from "../charts/theme.js";
import { importPackage } from "../core/import-package.js";
import { cjkFontPath } from "./cjk-font.js";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");

export interface VegaModules {
  vega: Vega;
  vegaLite: VegaLite;
}

interface TextItem {
  fontSize?: number;
  fontStyle?: string;
  fontWeight?: string | number;
}

let loading: Promise<VegaModules> | undefined;

/** Vega and Vega-Lite, with CJK-aware text measurement installed (once per process). */
export function loadVega(): Promise<VegaModules> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

async function load(): Promise<VegaModules> {
  const fontPath = cjkFontPath();
  const [vega, vegaLite, canvas] = await Promise.all([
    importPackage<typeof import("vega")>("vega"),
    importPackage<typeof import("vega-lite")>("vega-lite"),
    importPackage<typeof import("@napi-rs/canvas")>("@napi-rs/canvas"),
  ]);
  canvas.GlobalFonts.registerFromPath(fontPath, CJK_FONT_NAME);
  const ctx = canvas.createCanvas(1, 1).getContext("2d");
  const cache = new Map<string, number>();
  // textMetrics is exported at run time (from vega-scenegraph) but missing from Vega's type declarations.
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const s = text == null ? "" : String(text).trim();
    if (size <= 0 || s === "") return 0;
    const font = `${item.fontStyle ?? "normal"} ${item.fontWeight ?? "normal"} ${size}px "${CJK_FONT_NAME}"`;
    const key = `${font}\u0000${s}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(s).width;
      cache.set(key, w);
    }
    return w;
  };
  return { vega, vegaLite };
}

/**
 * An @font-face rule carrying the bundled Noto Sans SC cut down to the characters a document uses (tens
 * of KB instead of 10 MB), inlined as a data: URL. HTML pages and standalone SVG files both carry one,
 * so Chinese shows on a machine with no Chinese font and nothing is fetched.
 */
import { readFileSync } from "node:fs";
import { importPackage } from "../core/import-package.js";
import { cjkFontPath } from "./cjk-font.js";

/** The family name the pages and the chart theme ask for. */
export const EMBEDDED_FONT_FAMILY = "Noto Sans SC";

/**
 * The @font-face rule for the distinct characters of `chars`. Only what is asked for: the 95 printable
 * ASCII characters alone weigh 64 KB in this font (their layout features pull in alternates), the
 * digits and a chart's Chinese labels under 20 KB.
 */
export async function cjkFontFaceCss(chars: string): Promise<string> {
  const { default: subsetFont } = await importPackage<typeof import("subset-font")>("subset-font");
  const font = await subsetFont(readFileSync(cjkFontPath()), [...new Set(chars)].join(""), { targetFormat: "truetype" });
  return `@font-face { font-family: "${EMBEDDED_FONT_FAMILY}"; src: url(data:font/ttf;base64,${font.toString("base64")}) format("truetype"); font-display: block; }`;
}

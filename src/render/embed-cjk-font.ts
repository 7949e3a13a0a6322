/**
 * Makes an HTML page show Chinese on any machine: a viewer without a Chinese system font (a fresh Linux
 * box, a CI runner) would draw every 汉字 as an empty box. The page gets the bundled Noto Sans SC, cut
 * down to the characters the page uses (a few hundred glyphs, ~100–200 KB instead of 10 MB), inlined as a
 * data: URL, so it stays one offline file and fetches nothing.
 */
import { readFileSync } from "node:fs";
import { importPackage } from "../core/import-package.js";
import { cjkFontPath } from "./cjk-font.js";

/** The family name the page styles and the chart theme ask for. */
export const EMBEDDED_FONT_FAMILY = "Noto Sans SC";

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

/** The page with an @font-face rule for the characters it contains, inserted at the top of <head>. */
export async function embedCjkFont(html: string): Promise<string> {
  const { default: subsetFont } = await importPackage<typeof import("subset-font")>("subset-font");
  const chars = new Set(PRINTABLE_ASCII);
  for (const ch of html) if ((ch.codePointAt(0) as number) > 0x7f) chars.add(ch);
  const font = await subsetFont(readFileSync(cjkFontPath()), [...chars].join(""), { targetFormat: "truetype" });
  const css = `@font-face { font-family: "${EMBEDDED_FONT_FAMILY}"; src: url(data:font/ttf;base64,${font.toString("base64")}) format("truetype"); font-display: block; }`;
  // The first <head> is the page's own: inlined scripts further down may contain the string "</head>".
  const head = html.indexOf("<head>");
  if (head < 0) throw new RangeError("embedCjkFont needs a page with a <head>");
  const at = head + "<head>".length;
  return `${html.slice(0, at)}\n<style>${css}</style>${html.slice(at)}`;
}

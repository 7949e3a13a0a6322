/**
 * Makes an HTML page show Chinese on any machine: a viewer without a Chinese system font (a fresh Linux
 * box, a CI runner) would draw every 汉字 as an empty box. The page gets the subset font rule of
 * cjk-font-face.ts at the top of <head>, so it stays one offline file and fetches nothing.
 */
import { cjkFontFaceCss } from "./cjk-font-face.js";

// Charts draw their axis labels and numbers in the browser, so every printable ASCII character may appear.
const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

/** The page with an @font-face rule for the characters it contains, inserted at the top of <head>. */
export async function embedCjkFont(html: string): Promise<string> {
  // The first <head> is the page's own: inlined scripts further down may contain the string "</head>".
  const head = html.indexOf("<head>");
  if (head < 0) throw new RangeError("embedCjkFont needs a page with a <head>");
  const chars = new Set(PRINTABLE_ASCII);
  for (const ch of html) if ((ch.codePointAt(0) as number) > 0x7f) chars.add(ch);
  const css = await cjkFontFaceCss([...chars].join(""));
  const at = head + "<head>".length;
  return `${html.slice(0, at)}\n<style>${css}</style>${html.slice(at)}`;
}

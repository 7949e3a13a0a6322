/**
 * Makes a standalone SVG file show Chinese on any machine. A chart's SVG names the font family
 * "Noto Sans SC" but, opened on its own (a report's "svg" link, a file sent by mail), it would rely on
 * the viewer having a Chinese font installed: without one every 汉字 is an empty box. The file gets a
 * <style> holding the subset font of cjk-font-face.ts, right after its opening <svg> tag.
 */
import { cjkFontFaceCss } from "./cjk-font-face.js";

/** The SVG with an @font-face rule for the characters its text uses. */
export async function embedSvgFont(svg: string): Promise<string> {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (open === null) throw new RangeError("embedSvgFont needs an SVG document with an <svg> element");
  // The text of the marks, entities decoded, so that "&amp;" subsets "&" rather than "a", "m", "p".
  // The SVG's text is final (Vega laid it out), so exactly its characters are kept.
  const text = svg.replace(/<[^>]*>/g, "").replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (_, e: string) => entityChar(e));
  const css = await cjkFontFaceCss(text);
  const at = open.index + open[0].length;
  // The CSS holds no "<" or "&" (a base64 data: URL), so it needs no CDATA section.
  return `${svg.slice(0, at)}<style>${css}</style>${svg.slice(at)}`;
}

function entityChar(e: string): string {
  if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] ?? "";
}

import type { GlyphRun, PdfPage } from "./pdf-page.js";

/**
 * A page as it reads: when most of its text runs along another direction than left to right (a
 * landscape table on a portrait page, turned a quarter turn), the page is turned back so that text is;
 * runs in any other direction (a column heading set sideways) are left out, since read as lines they
 * would only cut into the rows. The page's width and height follow the turn.
 */
export function uprightPage(page: PdfPage): PdfPage {
  const chars = new Map<number, number>();
  for (const r of page.runs) chars.set(r.angle ?? 0, (chars.get(r.angle ?? 0) ?? 0) + r.str.length);
  // Upright unless another direction clearly holds the text: a sideways heading is no turned page.
  let angle = 0;
  for (const [a, n] of chars) if (n > 2 * (chars.get(angle) ?? 0)) angle = a;
  const runs = page.runs.filter((r) => (r.angle ?? 0) === angle);
  if (angle === 0) return runs.length === page.runs.length ? page : { ...page, runs };
  const rad = (angle * Math.PI) / 180;
  const cos = Math.round(Math.cos(rad));
  const sin = Math.round(Math.sin(rad));
  // Turn by -angle: u = x cos + y sin, v = -x sin + y cos; then move the page's box back to the origin.
  const turn = (x: number, y: number) => ({ u: x * cos + y * sin, v: -x * sin + y * cos });
  const corners = [turn(0, 0), turn(page.width, 0), turn(0, page.height), turn(page.width, page.height)];
  const minU = Math.min(...corners.map((c) => c.u));
  const minV = Math.min(...corners.map((c) => c.v));
  const turned: GlyphRun[] = runs.map((r) => {
    const { u, v } = turn(r.x, r.y);
    return { ...r, x: u - minU, y: v - minV, angle: 0 };
  });
  const quarter = angle === 90 || angle === 270;
  return { ...page, width: quarter ? page.height : page.width, height: quarter ? page.width : page.height, runs: turned };
}

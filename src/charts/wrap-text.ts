/**
 * Long Chinese labels on a narrow chart: titles are broken into lines by the builder (their width is
 * known from the text), axis and legend labels by a Vega expression (labelExpr) that breaks them into
 * lines of a fixed number of characters and cuts what is left after two lines with "…". The full text
 * stays in the marks' tooltips and in the page's tables.
 */

/** The width a title may take: a phone's chart container (390 px less the page's and chart's padding). */
export const TITLE_WIDTH = 330;

/** Estimated width of `text` in pixels: a CJK character one em, anything narrower 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) as number) > 0x2e7f ? fontSize : fontSize * 0.6;
  return w;
}

/** `text` broken into lines no wider than `width`, at a space when one is near, else between characters. */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line !== "" && textWidth(line + ch, fontSize) > width) {
      const space = line.lastIndexOf(" ");
      if (space > line.length / 2) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = "";
      }
    }
    line += ch;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** A chart's title (15 px) and subtitle (11 px), as lines when they are wider than a phone's chart. */
export function chartTitle(
  title: string,
  subtitle?: string,
): string | string[] | { text: string | string[]; subtitle?: string | string[] } {
  const text = oneOrLines(wrapLines(title, TITLE_WIDTH, 15));
  if (subtitle === undefined) return text;
  return { text, subtitle: oneOrLines(wrapLines(subtitle, TITLE_WIDTH, 11)) };
}

function oneOrLines(lines: string[]): string | string[] {
  return lines.length === 1 ? (lines[0] as string) : lines;
}

/** Characters a line of a legend label holds (about 200 px at 11 px). */
export const LEGEND_CHARS = 18;
/** Characters a line of a category axis label holds (about 120 px at 11 px). */
export const AXIS_CHARS = 11;

/** Does any label need a second line on a category axis? Its bands are then made taller. */
export function needsTwoLines(labels: readonly string[], chars = AXIS_CHARS): boolean {
  return labels.some((l) => [...l].length > chars);
}

/**
 * A labelExpr that breaks a label longer than `chars` characters into two lines, the second cut with
 * "…" when the label is longer than two lines' worth.
 */
export function wrapLabelExpr(chars: number): string {
  const l = "datum.label";
  return `length(${l}) <= ${chars} ? ${l} : [substring(${l}, 0, ${chars}), length(${l}) <= ${2 * chars} ? substring(${l}, ${chars}) : substring(${l}, ${chars}, ${2 * chars - 1}) + '…']`;
}

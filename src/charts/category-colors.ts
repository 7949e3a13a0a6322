/**
 * One colour per category across every chart of a report: a breakdown part gets the palette colour of
 * its place in its catalogue group (予以公开 is the first result category, so the first colour, in the
 * donut, the bars and the slope alike), not the colour of its place among the parts a chart happens to
 * show. The parts a report leaves unstated are grey.
 */
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { CATEGORY_PALETTE } from "./theme.js";

/** The grey of the "not stated" remainder of a whole. */
export const UNSTATED_COLOR = "#c4c4c4";

let places: Map<string, number> | undefined;

/** The colour of a part (partKey: metric, or metric/applicant); undefined for a metric in no group. */
export function categoryColor(key: string): string | undefined {
  places ??= new Map(
    BREAKDOWN_SPECS.flatMap((g) =>
      g.parts.map((p, i) => [p.applicant === null ? p.metric : `${p.metric}/${p.applicant}`, i] as const),
    ).reverse(),
  );
  const i = places.get(key);
  return i === undefined ? undefined : (CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] as string);
}

/**
 * A colour scale for labelled categories: each label the colour of its key; labels whose key is in no
 * group take the palette colours no other label of the chart uses, in order.
 */
export function categoryScale(items: readonly { label: string; key: string | null }[]): { domain: string[]; range: string[] } {
  const domain: string[] = [];
  const range: (string | undefined)[] = [];
  for (const it of items) {
    if (domain.includes(it.label)) continue;
    domain.push(it.label);
    range.push(it.key === null ? UNSTATED_COLOR : categoryColor(it.key));
  }
  const free = CATEGORY_PALETTE.filter((c) => !range.includes(c));
  let next = 0;
  return { domain, range: range.map((c) => c ?? (free[next++ % Math.max(1, free.length)] as string)) };
}

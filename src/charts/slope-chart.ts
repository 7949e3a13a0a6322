/**
 * A slope chart between two years: each series is a line from its value in the first year to its value
 * in the second, labelled at both ends. A series stated in only one of the two years shows as a lone
 * point, never as a line to zero.
 *
 * The end labels never overprint: the builder lays the value axis out itself (a fixed domain and pixel
 * range) and places each year's labels with dodgeLabels, so close values get labels one line apart; a label
 * keeps its series' colour, so a moved one still reads as its line's.
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { bodyName } from "./body-years.js";
import { categoryScale } from "./category-colors.js";
import type { TrendChartRow } from "./chart-rows.js";
import { dodgeLabels } from "./dodge-labels.js";
import { EXACT_NUMBER } from "./number-format.js";
import { refuseOneYearSlope, refuseRepeatedPoints } from "./refuse-rows.js";
import { seriesLabels, seriesShape } from "./series-label.js";
import { type ChartLang, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { valueAxisTitle } from "./value-axis-title.js";
import { chartTitle } from "./wrap-text.js";

export interface SlopeChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  /** The two years compared; default the first and last year of the rows. */
  from?: number;
  to?: number;
  width?: number;
  height?: number;
}

const LABEL_SIZE = 11;
/** One label line: the CJK font's line box is about 1.45 em. */
const LINE = Math.ceil(LABEL_SIZE * 1.45);
/** Room kept above and below the highest and lowest point, in pixels. */
const PAD = 12;

export function slopeChart(rows: readonly TrendChartRow[], options: SlopeChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const years = rows.map((r) => r.year);
  const from = options.from ?? Math.min(...years);
  const to = options.to ?? Math.max(...years);
  refuseOneYearSlope(from, to);
  refuseRepeatedPoints(rows, "slopeChart");
  const height = options.height ?? 300;
  const kept = rows.filter((r) => r.year === from || r.year === to);
  const shape = seriesShape(kept);
  const stated = kept.flatMap((r) => (r.value !== null && Number.isFinite(r.value) ? [r.value] : []));
  const lo = stated.length === 0 ? 0 : Math.min(...stated);
  const hi = stated.length === 0 ? 1 : Math.max(...stated);
  // Equal values (or one) still get a domain: the points then sit in the middle.
  const [d0, d1] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  const pixel = (v: number) => PAD + ((d1 - v) / (d1 - d0)) * (height - 2 * PAD);
  const base = kept.map((r) => {
    const l = seriesLabels(r, shape, lang);
    return { entity: r.entity, metric: r.metric, series: l.series, year: r.year, end: r.year === from ? "from" : "to", value: r.value };
  });
  const labelY = new Map<number, number>();
  for (const end of ["from", "to"]) {
    const at = base.flatMap((v, i) => (v.end === end && v.value !== null && Number.isFinite(v.value) ? [i] : []));
    const placed = dodgeLabels(
      at.map((i) => pixel(base[i]?.value as number)),
      LINE,
      LINE / 2,
      height - LINE / 2,
    );
    for (const [k, i] of at.entries()) labelY.set(i, placed[k] as number);
  }
  const values = base.map((v, i) => ({ ...v, label_y: labelY.get(i) ?? null }));
  const x = {
    field: "year",
    type: "ordinal" as const,
    title: null,
    sort: [from, to],
    scale: { domain: [from, to], padding: 0.1 },
    // labelPadding: the years sit clear of the lowest end labels.
    axis: { labelAngle: 0, domain: false, ticks: false, labelFontSize: 12, labelFontWeight: 600 as const, labelPadding: 10 },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    title: valueAxisTitle(shape.metrics, lang),
    axis: null,
    scale: { domain: [d0, d1], range: [height - PAD, PAD], nice: false, zero: false },
  };
  // Series that are breakdown parts keep their category colour (the donut's and the bars' too).
  const colors = categoryScale(
    values.map((v) => ({ label: v.series, key: shape.entities.length === 1 ? v.metric : `${v.entity}:${v.metric}` })),
  );
  const color = { field: "series", type: "nominal" as const, legend: null, sort: colors.domain, scale: colors };
  const labelAt = { field: "label_y", type: "quantitative" as const, scale: null };
  const title = options.title ?? `${from} → ${to}`;
  // One body's lines are its metrics: the subtitle names the body (and the years, when a given title may not).
  const body = bodyName(kept);
  const subtitle = options.subtitle ?? (body === undefined ? undefined : options.title === undefined ? body : `${body} ${from}→${to}`);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, subtitle),
    width: options.width ?? 200,
    height,
    config: chartConfig(),
    data: { values },
    transform: [{ filter: "isValid(datum.value) && isFinite(datum.value)" }],
    encoding: { x, y, color },
    layer: [
      { mark: { type: "line", strokeWidth: 2 }, encoding: { detail: { field: "series", type: "nominal" } } },
      {
        mark: { type: "point", filled: true, size: 50 },
        encoding: {
          tooltip: [
            { field: "series", type: "nominal", title: say("chart.metric", undefined, lang) },
            { field: "year", type: "ordinal", title: say("chart.year", undefined, lang) },
            { field: "value", type: "quantitative", title: say("chart.value", undefined, lang), format: EXACT_NUMBER },
          ],
        },
      },
      {
        transform: [{ filter: "datum.end === 'from'" }],
        mark: { type: "text", align: "right", baseline: "middle", dx: -8, fontSize: LABEL_SIZE },
        encoding: { y: labelAt, text: { field: "value", type: "quantitative", format: EXACT_NUMBER } },
      },
      {
        transform: [{ filter: "datum.end === 'to'" }, { calculate: "datum.series + '  ' + format(datum.value, ',~f')", as: "end_label" }],
        mark: { type: "text", align: "left", baseline: "middle", dx: 8, fontSize: LABEL_SIZE },
        encoding: { y: labelAt, text: { field: "end_label", type: "nominal" } },
      },
    ],
  };
}

/**
 * Writes the HTML report of a table: one offline page per body (<entity>.html), its charts beside it
 * (<entity>/<chart>.vl.json, .svg and, when asked, .png), and index.html comparing the bodies
 * when there are several. Every file is written atomically.
 */
import { join } from "node:path";
import type { ChartLang } from "../charts/theme.js";
import type { ObservationTable } from "../core/observation-table.js";
import { writeFileAtomic } from "../io/write-file-atomic.js";
import { embedCjkFont } from "../render/embed-cjk-font.js";
import { embedSvgFont } from "../render/embed-svg-font.js";
import { svgToPng } from "../render/to-png.js";
import { toSvg } from "../render/to-svg.js";
import { buildReports, type EntityReport } from "./entity-report.js";
import { entityReportHtml } from "./entity-report-html.js";
import { indexCharts, indexHtml } from "./index-report.js";
import { fileSafe, type ReportChart, reportCharts } from "./report-charts.js";

export interface WriteReportOptions {
  lang?: ChartLang;
  /** Also write a PNG of each chart beside its SVG (default false: about 0.3 s a chart, for the font load). */
  png?: boolean;
  /** Called after each file is written, with its path. */
  onFile?: (path: string) => void;
}

export interface ReportSummary {
  /** The page to open first: index.html, or the one body's page. */
  entry: string;
  pages: { entity: string; path: string; charts: number }[];
  files: string[];
  reports: EntityReport[];
}

export async function writeReport(table: ObservationTable, outDir: string, options: WriteReportOptions = {}): Promise<ReportSummary> {
  const lang = options.lang ?? "zh";
  const reports = buildReports(table);
  const files: string[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    writeFileAtomic(path, data);
    files.push(path);
    options.onFile?.(path);
  };
  const several = reports.length > 1;
  const pageNames = new Map(reports.map((r) => [r.entity, `${fileSafe(r.entity)}.html`]));
  const pages: ReportSummary["pages"] = [];
  for (const r of reports) {
    const charts = reportCharts(r, lang);
    const chartDir = fileSafe(r.entity);
    await writeChartFiles(charts, join(outDir, chartDir), options.png === true, write);
    const page = join(outDir, pageNames.get(r.entity) as string);
    const chartFormats = options.png === true ? ["vl.json", "svg", "png"] : ["vl.json", "svg"];
    write(
      page,
      await embedCjkFont(entityReportHtml(r, charts, { lang, chartDir, chartFormats, ...(several ? { indexHref: "index.html" } : {}) })),
    );
    pages.push({ entity: r.entity, path: page, charts: charts.length });
  }
  let entry = pages[0]?.path ?? join(outDir, "index.html");
  if (several) {
    const charts = indexCharts(table, reports, lang);
    await writeChartFiles(charts, join(outDir, "index"), options.png === true, write);
    entry = join(outDir, "index.html");
    write(entry, await embedCjkFont(indexHtml(reports, charts, pageNames, lang)));
  }
  return { entry, pages, files, reports };
}

async function writeChartFiles(
  charts: readonly ReportChart[],
  dir: string,
  png: boolean,
  write: (path: string, data: string | Uint8Array) => void,
): Promise<void> {
  for (const c of charts) {
    const base = join(dir, c.id);
    write(`${base}.vl.json`, `${JSON.stringify(c.spec, null, 2)}\n`);
    const svg = await toSvg(c.spec);
    write(`${base}.svg`, await embedSvgFont(svg));
    if (png) write(`${base}.png`, await svgToPng(svg));
  }
}

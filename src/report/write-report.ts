/**
 * Writes the HTML report of a table: one offline page per body (<entity>.html), its charts beside it
 * (<entity>/<chart>.vl.json, .svg and, when asked, .png), and index.html comparing the bodies
 * when there are several. The report is built in a fresh folder that replaces the output folder whole
 * (replace-folder.ts), so no page of an earlier run survives.
 */
import { join } from "node:path";
import type { ChartLang } from "../charts/theme.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { ReportTexts } from "../extract/find-report-texts.js";
import { writeFileAtomic } from "../io/write-file-atomic.js";
import { currentLang } from "../messages/lang.js";
import { embedCjkFont } from "../render/embed-cjk-font.js";
import { embedSvgFont } from "../render/embed-svg-font.js";
import { svgToPng } from "../render/to-png.js";
import { toSvg } from "../render/to-svg.js";
import { buildReports, type EntityReport } from "./entity-report.js";
import { entityReportHtml } from "./entity-report-html.js";
import { indexCharts, indexHtml } from "./index-report.js";
import { replaceFolder } from "./replace-folder.js";
import { type ReportChart, reportCharts } from "./report-charts.js";
import { reportPageNames } from "./report-page-names.js";
import { measurePageReuse, reuseSectionHtml } from "./reuse-section.js";

export interface WriteReportOptions {
  lang?: ChartLang;
  /** Also write a PNG of each chart beside its SVG (default false: about 0.3 s a chart, for the font load). */
  png?: boolean;
  /** Called for each file once the report is in place, with its path. */
  onFile?: (path: string) => void;
  /** Called with the names of the temporary folders killed runs left beside the output, once removed. */
  onStaleRemoved?: (names: string[]) => void;
  /**
   * The published reports (findReportTexts): a body with reports for two consecutive years among them gets
   * a section on the text its latest report reuses from the year before's. Without it, no such section.
   */
  texts?: ReportTexts;
}

export interface ReportSummary {
  /** The page to open first: index.html, or the one body's page. */
  entry: string;
  pages: { entity: string; path: string; charts: number }[];
  files: string[];
  reports: EntityReport[];
}

export async function writeReport(table: ObservationTable, outDir: string, options: WriteReportOptions = {}): Promise<ReportSummary> {
  const lang = options.lang ?? currentLang();
  const reports = buildReports(table, lang);
  // Checked before anything is written: a bad or shared page name stops the report with the bodies named.
  const names = reportPageNames(reports);
  const pageNames = new Map([...names].map(([entity, name]) => [entity, `${name}.html`]));
  const files: string[] = [];
  const several = reports.length > 1;
  const pages: ReportSummary["pages"] = [];
  let entry = join(outDir, "index.html");
  // Everything goes into a fresh folder that then takes outDir's place (replace-folder.ts).
  await replaceFolder(
    outDir,
    async (tmp) => {
      const write = (rel: string, data: string | Uint8Array) => {
        writeFileAtomic(join(tmp, rel), data);
        files.push(join(outDir, rel));
      };
      for (const r of reports) {
        const charts = reportCharts(r, lang);
        const chartDir = names.get(r.entity) as string;
        await writeChartFiles(charts, chartDir, options.png === true, write);
        const page = pageNames.get(r.entity) as string;
        const reuse = options.texts === undefined ? null : await measurePageReuse(options.texts, r.entity);
        const chartFormats = options.png === true ? ["vl.json", "svg", "png"] : ["vl.json", "svg"];
        write(
          page,
          await embedCjkFont(
            entityReportHtml(r, charts, {
              lang,
              chartDir,
              chartFormats,
              ...(several ? { indexHref: "index.html" } : {}),
              ...(reuse === null ? {} : { reuse: reuseSectionHtml(reuse, lang) }),
            }),
          ),
        );
        pages.push({ entity: r.entity, path: join(outDir, page), charts: charts.length });
      }
      entry = pages[0]?.path ?? entry;
      if (several) {
        const charts = indexCharts(table, reports, lang);
        await writeChartFiles(charts, "index", options.png === true, write);
        entry = join(outDir, "index.html");
        write("index.html", await embedCjkFont(indexHtml(reports, charts, pageNames, lang)));
      }
    },
    options.onStaleRemoved,
  );
  for (const f of files) options.onFile?.(f);
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

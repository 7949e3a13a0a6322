/** The chart file formats, chosen by the output file's extension. */
import { orText } from "../cli/list-text.js";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";

export const CHART_FORMATS = ["vl.json", "svg", "png", "html"] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** The format of a chart file name; a UsageError listing the known extensions otherwise. */
export function chartFormatOf(path: string): ChartFormat {
  const lower = path.toLowerCase();
  const found = CHART_FORMATS.find((f) => lower.endsWith(`.${f}`));
  if (found === undefined) {
    throw new UsageError(say("cli.chart_format_unknown", { path, extensions: orText(CHART_FORMATS.map((f) => `.${f}`)) }));
  }
  return found;
}

import type { CsvOutput, OutputResult } from "../export/export-threads.js";
import type { CliContext } from "./cli-context.js";
import { countText } from "./tables/number-formats.js";

/** The line `export` prints for each output written, whichever thread wrote it. */
export function reportWritten(ctx: CliContext, o: CsvOutput, r: OutputResult): void {
  const note = r.gaps > 0 ? ` (${countText(r.gaps)} growths null: prior year missing, not stated or 0)` : "";
  ctx.io.stderr(`wrote ${countText(r.rows)} ${o.kind} rows to ${o.path}${note}\n`);
}

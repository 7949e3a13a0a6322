import type { CsvOutput, OutputResult } from "../export/export-threads.js";
import { say } from "../messages/catalogue.js";
import type { CliContext } from "./cli-context.js";
import { countText } from "./tables/number-formats.js";

/** The line `export` prints for each output written, whichever thread wrote it. */
export function reportWritten(ctx: CliContext, o: CsvOutput, r: OutputResult): void {
  const note = r.gaps > 0 ? say("cli.export_gaps", { count: countText(r.gaps) }) : "";
  ctx.io.stderr(`${say("cli.export_wrote", { rows: countText(r.rows), kind: o.kind, path: o.path, note })}\n`);
}

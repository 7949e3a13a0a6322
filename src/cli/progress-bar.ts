import type { LoadProgress } from "../io/load-datasets.js";
import type { CliIO } from "./cli-context.js";

/**
 * A progress bar on stderr for long loads, drawn only on a terminal and only once a load has run for a
 * moment, so quick commands and piped output stay clean.
 */
export function loadProgressBar(
  io: CliIO,
  enabled = Boolean(process.stderr.isTTY),
): { onProgress: (p: LoadProgress) => void; done: () => void } {
  const started = Date.now();
  let drawn = false;
  let last = 0;
  return {
    onProgress(p) {
      const now = Date.now();
      if (!enabled || now - started < 500 || now - last < 100) return;
      last = now;
      drawn = true;
      const frac = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 1;
      const width = 30;
      const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
      const mb = (b: number) => (b / 1048576).toFixed(0);
      io.stderr(
        `\r${bar} ${(frac * 100).toFixed(0).padStart(3)}%  file ${p.fileIndex + 1}/${p.fileCount}  ${mb(p.bytesRead)}/${mb(p.totalBytes)} MB `,
      );
    },
    done() {
      if (drawn) io.stderr("\r\x1b[2K");
    },
  };
}

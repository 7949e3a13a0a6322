import type { LoadProgress } from "../io/load-datasets.js";
import { say } from "../messages/catalogue.js";
import type { CliIO } from "./cli-context.js";

/**
 * A progress bar on stderr for long steps, drawn only on a terminal and only once a step has run for a
 * moment, so quick commands and piped output stay clean.
 */
export function progressBar(
  io: CliIO,
  enabled = Boolean(process.stderr.isTTY),
): { update: (fraction: number, label: string) => void; done: () => void } {
  const started = Date.now();
  let drawn = false;
  let last = 0;
  return {
    update(fraction, label) {
      const now = Date.now();
      if (!enabled || now - started < 500 || now - last < 100) return;
      last = now;
      drawn = true;
      const width = 30;
      const frac = Math.min(1, Math.max(0, fraction));
      const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
      io.stderr(`\r${bar} ${(frac * 100).toFixed(0).padStart(3)}%  ${label} `);
    },
    done() {
      if (drawn) io.stderr("\r\x1b[2K");
      drawn = false;
    },
  };
}

/** The progress bar of a load: bytes read over the bytes of every file. */
export function loadProgressBar(
  io: CliIO,
  enabled = Boolean(process.stderr.isTTY),
): { onProgress: (p: LoadProgress) => void; done: () => void } {
  const bar = progressBar(io, enabled);
  const mb = (b: number) => (b / 1048576).toFixed(0);
  return {
    onProgress(p) {
      const frac = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 1;
      bar.update(
        frac,
        say("cli.progress_load", { file: p.fileIndex + 1, files: p.fileCount, read: mb(p.bytesRead), total: mb(p.totalBytes) }),
      );
    },
    done: bar.done,
  };
}

/**
 * Whether a file changed while it was read: its size, modification time and inode before and after.
 * A CSV an editor or a script rewrites during the load would otherwise load cut short, and a command
 * would compute on it as if it were whole.
 */
import { statSync } from "node:fs";
import { type DataProblem, problem } from "../errors.js";
import { say } from "../messages/catalogue.js";

export interface FileStamp {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
}

/** The file's stamp now; null when it cannot be stat'ed (gone). */
export function fileStamp(path: string): FileStamp | null {
  try {
    const st = statSync(path, { bigint: true });
    return { size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino };
  } catch {
    return null;
  }
}

/** The E_FILE_CHANGED problem when the file's stamp after the read differs from the one before; else null. */
export function fileChangeProblem(path: string, file: string, before: FileStamp | null): DataProblem | null {
  const after = fileStamp(path);
  if (before !== null && after !== null && same(before, after)) return null;
  const found =
    before === null || after === null
      ? say("io.file_changed.gone")
      : say("io.file_changed.found", {
          before: before.size,
          beforeTime: time(before.mtimeNs),
          after: after.size,
          afterTime: time(after.mtimeNs),
        });
  return problem(
    "E_FILE_CHANGED",
    { file },
    say("io.file_changed.what"),
    say("io.file_changed.expected"),
    found,
    say("io.file_changed.hint"),
  );
}

function same(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino;
}

/** A modification time to the microsecond, in UTC: rewrites within one second must still differ. */
function time(ns: bigint): string {
  const ms = Number(ns / 1_000_000n);
  const micro = String((ns / 1000n) % 1000n).padStart(3, "0");
  return new Date(ms).toISOString().replace("Z", `${micro}Z`);
}

/**
 * Refuses outputs that would destroy one another or an input before anything is written: two outputs
 * naming one file (`--out a.csv --out a.csv`, or `a.csv` and `./x/../a.csv`, or a link to it) would leave
 * only the last, silently; an output that is an input would overwrite the data being read. An output
 * under a regular file (`afile/x.csv`) can never be written, and is told before the work (the export
 * threads would meet it in a worker, as a failure to open a part file).
 */
import { type Stats, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { IoError, UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";

/** The path's status, or undefined where there is nothing to compare (no such file, a path under a file). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // the write itself will say why it cannot be done
  }
}

/** `-` (stdout) and devices (/dev/stdout) are not files an output replaces, and may repeat. */
function isReplaceable(path: string): boolean {
  if (path === "-") return false;
  const st = statOf(path);
  return st === undefined || st.isFile() || st.isDirectory();
}

/** The identity of a path: its inode where it exists (links and hard links meet), else its resolved name. */
function identity(path: string): string {
  const st = statOf(path);
  return st === undefined ? `path:${resolve(path)}` : `inode:${st.dev}:${st.ino}`;
}

/**
 * Throws a UsageError when two of `outputs` are the same file or folder, or when one is among `inputs`
 * (or, for an output folder, holds an input: a report written over its own datasets).
 */
export function checkOutputs(outputs: readonly string[], inputs: readonly string[] = []): void {
  const seen = new Map<string, string>();
  for (const out of outputs) {
    if (!isReplaceable(out)) continue;
    checkFolderPath(out);
    const id = identity(out);
    const first = seen.get(id);
    if (first !== undefined) throw new UsageError(say("write.output_twice", { first, second: out }));
    seen.set(id, out);
  }
  for (const input of inputs) {
    if (input === "-") continue;
    const inId = identity(input);
    for (const out of outputs) {
      if (!isReplaceable(out)) continue;
      const inside = relative(resolve(out), resolve(input));
      const holds = statOf(out)?.isDirectory() === true && !inside.startsWith("..") && inside !== resolve(input);
      if (identity(out) === inId || holds) throw new UsageError(say("write.output_is_input", { output: out, input }));
    }
  }
}

/** Throws an IoError (ENOTDIR) when the nearest existing folder above `out` is not a folder but a file. */
function checkFolderPath(out: string): void {
  for (let dir = dirname(resolve(out)); ; dir = dirname(dir)) {
    let st: Stats | undefined;
    try {
      st = statSync(dir, { throwIfNoEntry: false });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOTDIR") return; // the write will say what it is
    }
    if (st?.isDirectory()) return;
    if (st !== undefined) throw new IoError("write", out, "ENOTDIR");
    if (dirname(dir) === dir) return;
  }
}

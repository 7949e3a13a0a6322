/**
 * What a path in a dataset folder is, found without opening it: a FIFO blocks whoever opens it, and a
 * link may point nowhere or round in a loop. Links to a file or folder are followed (analysts link a
 * shared folder in); everything else is named, so the loader can report it instead of hanging or
 * crashing.
 */
import { lstatSync, statSync } from "node:fs";

export type EntryKind =
  | { kind: "file" | "folder"; link: boolean }
  /** A FIFO, device or socket (`what` says which), itself or at the end of a link. */
  | { kind: "special"; what: "fifo" | "device" | "socket"; link: boolean }
  | { kind: "dangling" }
  | { kind: "loop" }
  | { kind: "missing" }
  /** lstat or stat failed for another reason (no permission, …): `error` is its code. */
  | { kind: "unreadable"; error: string };

export function entryKind(path: string): EntryKind {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = errorCode(err);
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "missing" } : { kind: "unreadable", error: code };
  }
  const link = st.isSymbolicLink();
  if (link) {
    try {
      st = statSync(path);
    } catch (err) {
      const code = errorCode(err);
      if (code === "ELOOP") return { kind: "loop" };
      if (code === "ENOENT" || code === "ENOTDIR") return { kind: "dangling" };
      return { kind: "unreadable", error: code };
    }
  }
  if (st.isFile()) return { kind: "file", link };
  if (st.isDirectory()) return { kind: "folder", link };
  const what = st.isFIFO() ? "fifo" : st.isSocket() ? "socket" : "device";
  return { kind: "special", what, link };
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String(err);
}

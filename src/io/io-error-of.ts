import { IoError } from "../errors.js";

/**
 * The system's refusal of a file operation (an error with an errno code: ENOSPC, EACCES, ENOTDIR, …) as
 * an IoError naming the file the user asked for and what was being done with it; any other error (a
 * bug of ours) unchanged, so that it still surfaces as unexpected.
 */
export function ioErrorOf(err: unknown, action: "read" | "write", path: string): unknown {
  if (err instanceof IoError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (!(err instanceof Error) || typeof code !== "string" || !/^E[A-Z0-9]+$/.test(code)) return err;
  return new IoError(action, path, code, err);
}

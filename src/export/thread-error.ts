/**
 * An error as it crosses from a worker thread to the main one. Structured cloning keeps an Error's
 * message but not the fields that tell a user's file problem (a folder as output, a full disk) from a
 * bug, so they travel alongside: the main thread throws an error the CLI reports as it would its own.
 */

export interface ThreadError {
  message: string;
  stack: string;
  code?: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

type FileError = NodeJS.ErrnoException & { dest?: string };

/** What a worker posts for an error it caught. */
export function threadError(err: unknown): ThreadError {
  const e = (err instanceof Error ? err : new Error(String(err))) as FileError;
  return { message: e.message, stack: e.stack ?? e.message, code: e.code, syscall: e.syscall, path: e.path, dest: e.dest };
}

/**
 * The error the main thread throws: a file system error as it was (code, path and system call), any
 * other with the thread named, since it is a bug to report.
 */
export function errorOfThread(e: ThreadError, thread: string): Error {
  const err: FileError = new Error(e.code === undefined ? `${thread} failed: ${e.message}` : e.message);
  if (e.code !== undefined) err.code = e.code;
  if (e.syscall !== undefined) err.syscall = e.syscall;
  if (e.path !== undefined) err.path = e.path;
  if (e.dest !== undefined) err.dest = e.dest;
  err.stack = e.stack;
  return err;
}

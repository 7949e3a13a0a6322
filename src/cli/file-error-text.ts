import { type MessageKey, say } from "../messages/catalogue.js";

/** What the file system refused, and why, for the errors a user's paths and disks cause (not a bug of ours). */
const FILE_ERRORS: Record<string, MessageKey> = {
  EISDIR: "cli.fs_eisdir",
  ENOTDIR: "cli.fs_enotdir",
  ENOENT: "cli.fs_enoent",
  EACCES: "cli.fs_eacces",
  EPERM: "cli.fs_eperm",
  EROFS: "cli.fs_erofs",
  ENOSPC: "cli.fs_enospc",
  EDQUOT: "cli.fs_edquot",
  EMFILE: "cli.fs_emfile",
  EIO: "cli.fs_eio",
  EFBIG: "cli.fs_efbig",
};

/** Why a file operation failed, in words, or null when the error is not one a user's file system causes. */
export function fileErrorText(code: string | undefined): string | null {
  const key = code === undefined ? undefined : FILE_ERRORS[code];
  return key === undefined ? null : say(key);
}

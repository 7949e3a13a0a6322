/** What the file system refused, and why, for the errors a user's paths and disks cause (not a bug of ours). */
const FILE_ERRORS: Record<string, string> = {
  EISDIR: "it is a folder; give a file name",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EMFILE: "too many open files",
  EIO: "the device reported an input/output error",
  EFBIG: "the file is larger than the file system allows",
};

/** Why a file operation failed, in words, or null when the error is not one a user's file system causes. */
export function fileErrorText(code: string | undefined): string | null {
  return code === undefined ? null : (FILE_ERRORS[code] ?? null);
}

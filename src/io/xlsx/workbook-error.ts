/**
 * A workbook that cannot be read safely or at all: a broken or encrypted zip, a part past the size
 * bounds (a zip bomb), XML with a DTD, a sheet past the row or cell bounds. The loader turns it into
 * one E_WORKBOOK problem naming the file and, when known, the part or sheet.
 */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";

  constructor(
    message: string,
    /** What to do about it. */
    readonly hint: string,
    /** The zip part or sheet concerned, when there is one. */
    readonly part?: string,
  ) {
    super(message);
  }
}

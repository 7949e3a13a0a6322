/**
 * Something a Jupyter notebook shows as rich output. The Deno kernel displays any cell result that has a
 * `Symbol.for("Jupyter.display")` method returning a MIME bundle, so the library can build outputs with
 * no dependency on Deno's globals and the same object is testable under Node.
 */

/** The key the Deno Jupyter kernel looks for on a cell's result (Deno.jupyter.$display). */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** MIME type → data, as the Jupyter protocol carries it (images base64, JSON as objects). */
export type MimeBundle = Readonly<Record<string, unknown>>;

export class NotebookOutput {
  constructor(readonly bundle: MimeBundle) {}

  [JUPYTER_DISPLAY](): MimeBundle {
    return this.bundle;
  }

  /** What a terminal or a plain-text viewer shows. */
  toString(): string {
    const text = this.bundle["text/plain"];
    return typeof text === "string" ? text : "";
  }
}

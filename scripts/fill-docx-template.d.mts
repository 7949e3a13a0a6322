/** A figure to write into the template: a metric, its applicant column in table 三 (null for 总计), a value. */
export interface TemplateFigure {
  metric: string;
  applicant?: string | null;
  value: number | string;
}

/** Every cell the blank 2021 template has room for. */
export function templateCells(): { metric: string; applicant: string | null }[];

/**
 * The blank 2021 report template (.docx bytes) with each figure written into its cell, as new .docx
 * bytes; cells of figures not given stay blank. Throws when a figure has no cell in the template.
 */
export function fillDocxTemplate(template: Uint8Array, figures: Iterable<TemplateFigure>): Promise<Buffer>;

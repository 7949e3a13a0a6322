import { DataError } from "../errors.js";
import { type LoadResult, readDatasetText } from "../io/load-datasets.js";
import type { EntityInfo } from "../types.js";
import type { ExtractedReport } from "./extracted-report.js";
import { toDatasetCsv } from "./to-dataset-csv.js";

export interface ReportDataset {
  /** The dataset file's text. */
  csv: string;
  /** The dataset as the loader reads it, validated against the format and the catalogue. */
  validated: LoadResult;
}

/**
 * An extracted report → the dataset file of one body and year, validated exactly as `loadDatasets`
 * would read it from `target.file`. Throws a DataError when it does not validate (the extractor checks
 * each value against its metric, so this would be a defect), so nothing invalid is ever written.
 */
export async function datasetFromReport(
  report: ExtractedReport,
  target: { entity: string; year: number; entityInfo: EntityInfo; file: string },
): Promise<ReportDataset> {
  const csv = toDatasetCsv(report);
  const validated = await readDatasetText(csv, target);
  if (validated.problems.length > 0) throw new DataError(validated.problems, validated.omitted);
  return { csv, validated };
}

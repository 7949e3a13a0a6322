/**
 * An ObservationTable handed to worker threads without copying it per thread: its typed columns move
 * into SharedArrayBuffers once (a thread posted a shared column reads the same memory), its interned
 * texts and entity metadata are small and are cloned as usual.
 */
import type { EntityInfo } from "../types.js";
import { ObservationTable } from "./observation-table.js";
import { onSharedMemory as shared } from "./shared-memory.js";

/** What a thread receives: structured-clone friendly, columns on shared memory. */
export interface SharedTable {
  length: number;
  entityNames: readonly string[];
  entity: Int32Array;
  year: Int32Array;
  metric: Int32Array;
  applicant: Int8Array;
  value: Float64Array;
  printedShare: Float64Array | null;
  printedChange: Float64Array | null;
  printedChangePct: Float64Array | null;
  basis: Uint8Array;
  sourceTexts: readonly string[];
  source: Int32Array;
  fileNames: readonly string[];
  file: Int32Array;
  line: Int32Array;
  entityInfo: ReadonlyMap<string, EntityInfo>;
}

/** The table with its columns on shared memory (columns already shared are kept as they are). */
export function shareTable(t: ObservationTable): SharedTable {
  return {
    length: t.length,
    entityNames: t.entityNames,
    entity: shared(t.entity),
    year: shared(t.year),
    metric: shared(t.metric),
    applicant: shared(t.applicant),
    value: shared(t.value),
    printedShare: t.printedShare && shared(t.printedShare),
    printedChange: t.printedChange && shared(t.printedChange),
    printedChangePct: t.printedChangePct && shared(t.printedChangePct),
    basis: shared(t.basis),
    sourceTexts: t.sourceTexts,
    source: shared(t.source),
    fileNames: t.fileNames,
    file: shared(t.file),
    line: shared(t.line),
    entityInfo: t.entityInfo,
  };
}

/** The table a thread received. */
export function tableOfShared(s: SharedTable): ObservationTable {
  return new ObservationTable(
    s.length,
    s.entityNames,
    s.entity,
    s.year,
    s.metric,
    s.applicant,
    s.value,
    s.printedShare,
    s.printedChange,
    s.printedChangePct,
    s.basis,
    s.sourceTexts,
    s.source,
    s.fileNames,
    s.file,
    s.line,
    s.entityInfo,
  );
}

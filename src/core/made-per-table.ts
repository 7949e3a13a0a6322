/**
 * What is made from a table once and kept with it: tables do not change, and several computations read
 * the same derived data (the derived subtotals, the reports' order and runs). `shared` makes it on
 * SharedArrayBuffers; an export's worker threads adopt the one their lead made rather than make their own.
 */
import type { ObservationTable } from "./observation-table.js";

export interface MadePerTable<T> {
  /** The table's value, made now if it was not. */
  of(table: ObservationTable, options?: { shared?: boolean }): T;
  /** Takes `value`, made from `table` by another thread, as table's value. */
  adopt(table: ObservationTable, value: T): void;
}

export function madePerTable<T>(make: (table: ObservationTable, shared: boolean) => T): MadePerTable<T> {
  const made = new WeakMap<ObservationTable, T>();
  return {
    of(table, options = {}) {
      let value = made.get(table);
      if (value === undefined) {
        value = make(table, options.shared === true);
        made.set(table, value);
      }
      return value;
    },
    adopt(table, value) {
      made.set(table, value);
    },
  };
}

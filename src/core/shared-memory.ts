/**
 * Typed arrays on SharedArrayBuffers, for what worker threads read without a copy each (the table's
 * columns, the series order, the derived subtotals).
 */

export type NumberArray = Int32Array | Int8Array | Uint8Array | Float64Array;

export interface NumberArrayType<T extends NumberArray> {
  new (length: number): T;
  new (buffer: SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A zero-filled array of `length`, on shared memory when `shared`. */
export function numberArray<T extends NumberArray>(type: NumberArrayType<T>, length: number, shared: boolean): T {
  return shared ? new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT)) : new type(length);
}

/** The array itself when it is on shared memory already, else a copy on shared memory. */
export function onSharedMemory<T extends NumberArray>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const copy = numberArray(a.constructor as NumberArrayType<T>, a.length, true);
  copy.set(a as never);
  return copy;
}

/**
 * A zip reader for workbooks that trusts nothing in the file: the central directory is parsed with
 * every offset checked against the file, each part inflates with a hard output bound (zlib stops at
 * `maxOutputLength`, so a bomb never allocates past it), the inflated size must match the declared
 * one, the ratio of inflated to compressed bytes is bounded, and the CRC is checked. Only stored and
 * deflated parts are read; encrypted, split and ZIP64 archives are refused with a clear message.
 */
import { inflateRawSync } from "node:zlib";
import { say } from "../../messages/catalogue.js";
import { crc32 } from "./crc32.js";
import { WorkbookError } from "./workbook-error.js";
import type { WorkbookLimits } from "./workbook-limits.js";

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: WorkbookLimits,
  ) {
    if (bytes.length > limits.maxFileBytes) {
      throw new WorkbookError(
        say("io.workbook_too_big", { size: bytes.length, max: limits.maxFileBytes }),
        say("io.workbook_use_csv.hint"),
      );
    }
    const end = findEndRecord(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const dirSize = bytes.readUInt32LE(end + 12);
    const dirOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new WorkbookError(say("io.workbook_zip64"), say("io.workbook_use_csv.hint"));
    if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0)
      throw new WorkbookError(say("io.workbook_split_zip"), notAZip());
    if (count > limits.maxEntries) throw new WorkbookError(say("io.workbook_too_many_parts", { count, max: limits.maxEntries }), notAZip());
    if (dirOffset + dirSize > end) throw new WorkbookError(say("io.workbook_directory_outside"), notAZip());
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > end || bytes.readUInt32LE(p) !== CENTRAL) throw new WorkbookError(say("io.workbook_directory_damaged"), notAZip());
      const nameLength = bytes.readUInt16LE(p + 28);
      const extraLength = bytes.readUInt16LE(p + 30);
      const commentLength = bytes.readUInt16LE(p + 32);
      if (p + 46 + nameLength > end) throw new WorkbookError(say("io.workbook_directory_damaged"), notAZip());
      const name = bytes.toString("utf8", p + 46, p + 46 + nameLength);
      const entry: Entry = {
        name,
        flags: bytes.readUInt16LE(p + 8),
        method: bytes.readUInt16LE(p + 10),
        crc: bytes.readUInt32LE(p + 16),
        compressedSize: bytes.readUInt32LE(p + 20),
        size: bytes.readUInt32LE(p + 24),
        localOffset: bytes.readUInt32LE(p + 42),
      };
      // Part names are matched without case, as Excel does.
      this.entries.set(name.toLowerCase(), entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The names of the archive's parts, as stored. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The inflated bytes of a part, or null when the archive has no such part. */
  read(name: string): Buffer | null {
    const e = this.entries.get(name.toLowerCase());
    if (e === undefined) return null;
    const { bytes, limits } = this;
    if (e.flags & 1) throw new WorkbookError(say("io.workbook_encrypted"), say("io.workbook_encrypted.hint"), e.name);
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff)
      throw new WorkbookError(say("io.workbook_zip64"), say("io.workbook_use_csv.hint"), e.name);
    const h = e.localOffset;
    if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== LOCAL)
      throw new WorkbookError(say("io.workbook_no_local_header"), notAZip(), e.name);
    const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
    if (start + e.compressedSize > bytes.length) throw new WorkbookError(say("io.workbook_part_truncated"), notAZip(), e.name);
    const budget = Math.min(limits.maxPartBytes, limits.maxTotalBytes - this.inflated);
    if (e.size > budget) throw tooLarge(e, e.size, limits);
    if (e.size > limits.ratioFloorBytes && e.size > e.compressedSize * limits.maxRatio) throw bomb(e, limits);
    const raw = bytes.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(raw);
    else if (e.method === 8) {
      try {
        // One byte over the declared size: a part that inflates past it lies about its size, and is
        // stopped there rather than at the budget.
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ERR_BUFFER_TOO_LARGE") throw new WorkbookError(say("io.workbook_part_overflows"), notAZip(), e.name);
        throw new WorkbookError(say("io.workbook_part_not_inflated", { why: (err as Error).message }), notAZip(), e.name);
      }
    } else throw new WorkbookError(say("io.workbook_part_method", { method: e.method }), notAZip(), e.name);
    if (out.length !== e.size)
      throw new WorkbookError(say("io.workbook_part_size_mismatch", { size: out.length, declared: e.size }), notAZip(), e.name);
    if (crc32(out) !== e.crc) throw new WorkbookError(say("io.workbook_part_checksum"), notAZip(), e.name);
    this.inflated += out.length;
    return out;
  }
}

function tooLarge(e: Entry, size: number, limits: WorkbookLimits): WorkbookError {
  return new WorkbookError(
    say("io.workbook_part_too_large", { size, max: Math.min(limits.maxPartBytes, limits.maxTotalBytes) }),
    say("io.workbook_use_csv.hint"),
    e.name,
  );
}

function bomb(e: Entry, limits: WorkbookLimits): WorkbookError {
  return new WorkbookError(
    say("io.workbook_zip_bomb", { compressed: e.compressedSize, size: e.size, ratio: limits.maxRatio }),
    say("io.workbook_hostile.hint"),
    e.name,
  );
}

/** The end-of-central-directory record: its signature within the last 64 KB + 22 bytes (the comment). */
function findEndRecord(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  const head = bytes.subarray(0, 4).toString("latin1");
  if (head.startsWith("\xd0\xcf\x11\xe0")) throw new WorkbookError(say("io.workbook_old_binary"), say("io.workbook_old_binary.hint"));
  throw new WorkbookError(say("io.workbook_not_zip"), notAZip());
}

/** The hint for a damaged archive: only the workbook loader shows hints, a Word file's error has none. */
function notAZip(): string {
  return say("io.workbook_save_again.hint");
}

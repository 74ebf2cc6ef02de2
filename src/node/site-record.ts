import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { readBounded } from './files.js';
import { hashOf, lstatOrNone, MAX_OWN_FILE_BYTES } from './output-record.js';

// A file's hash as the record keeps it: half a SHA-256, plenty to tell an edit from procmap's bytes, and it keeps
// the manifest of a province's catalog (some 8,000 files) small enough to read in a warm build's time.
const digest = (data: string | Uint8Array): string => hashOf(data).slice(0, 32);

/** A file's size and modification time as a record keeps them: equal, the file was not touched since. */
function stamp(stats: Stats): string {
  return `${stats.size} ${stats.mtimeMs}`;
}

/** The byte length of what is written: a string is written as UTF-8. */
function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

/**
 * Whether the regular file at `path` holds what procmap wrote there: its settled record (`<hash> <size> <mtimeMs>`,
 * what a finished write left) or its pending one (`<hash> <size>`, what a write was about to put there when the
 * build saved its manifest). Size and time as settled: procmap's, nothing read (a warm build stays fast); a size
 * that neither record has: changed; otherwise the file is read once and hashed. A regular file only: `undefined`
 * when there is none (nothing there, a link or a folder), which the write or removal that follows deals with.
 */
function holdsOwnBytes(path: string, settled: string | undefined, pending: string | undefined): boolean | undefined {
  const stats = lstatOrNone(path);
  if (stats === undefined || !stats.isFile()) return undefined;
  const [hash, size, mtime] = settled?.split(' ') ?? [];
  if (settled !== undefined && stamp(stats) === `${size} ${mtime}`) return true;
  const [pendingHash, pendingSize] = pending?.split(' ') ?? [];
  const sized = [
    settled && size === String(stats.size) && hash,
    pending && pendingSize === String(stats.size) && pendingHash,
  ];
  const hashes = sized.filter((value): value is string => typeof value === 'string' && value !== '');
  if (hashes.length === 0 || stats.size > MAX_OWN_FILE_BYTES) return false;
  const read = readBounded(path, MAX_OWN_FILE_BYTES, { follow: false });
  return read.ok && hashes.includes(digest(read.bytes));
}

/**
 * Whether the file at `path` still holds the bytes its settled record says procmap wrote: its size and time as
 * recorded (nothing read), or else its bytes hashed. False when it is missing, not a regular file, or changed.
 */
export function holdsRecordedBytes(path: string, settled: string): boolean {
  return holdsOwnBytes(path, settled, undefined) === true;
}

/** Whether the regular file at `path` has the size and time its settled record has: untouched, proved without a read. */
export function hasRecordedStamp(path: string, settled: string): boolean {
  const stats = lstatOrNone(path);
  return stats !== undefined && stats.isFile() && settled.endsWith(` ${stamp(stats)}`);
}

/**
 * The build's record of the files it wrote in a site, by their paths in the site: a file is replaced or removed only
 * while it holds what procmap wrote there, so that an officer's edit (a note added to a page, a Word file edited in
 * place) is never lost; such a file is kept and listed in `kept`. Before a file is written, its pending record (the
 * bytes about to be written) is saved beside its settled one, so a build killed between the write and the next save
 * still knows the file for its own, and an edit made after it for an edit. A file the manifest lists without any
 * record cannot be proved procmap's: it is never removed, and replaced only in the first build from the manifest of
 * an older procmap (which recorded none; `legacy`), so that an upgrade is not refused.
 */
export class SiteRecord {
  /** Files changed since procmap wrote them, or not proved procmap's, which this build left as they are. */
  readonly kept = new Set<string>();
  /** Of `kept`, the files with no record at all: procmap cannot tell whether it wrote them. */
  readonly unproved = new Set<string>();
  private readonly records: Map<string, string>;
  private readonly pending: Map<string, string>;
  // A manifest with no record at all: written by a procmap before the record.
  private readonly legacy: boolean;

  constructor(
    private readonly root: string,
    records: Readonly<Record<string, string>> | undefined,
    pending: Readonly<Record<string, string>> = {},
  ) {
    this.legacy = records === undefined;
    this.records = new Map(Object.entries(records ?? {}));
    this.pending = new Map();
    // A pending record is left by a build stopped between saving it and settling it (rare): a file holding those
    // bytes is procmap's new one, and settled now, so that later builds take the fast path again.
    for (const [output, record] of Object.entries(pending)) {
      const path = join(this.root, output);
      const stats = lstatOrNone(path);
      if (!stats?.isFile()) continue;
      if (holdsOwnBytes(path, undefined, record)) this.records.set(output, `${record.split(' ')[0]} ${stamp(stats)}`);
      // Neither the old bytes nor the new: an edit, told by either record.
      else if (!holdsOwnBytes(path, this.records.get(output), undefined)) this.pending.set(output, record);
    }
  }

  /**
   * In the first build from an older procmap's manifest (no record), records the files this build is about to write
   * as they are, trusted by name: the upgrade is not refused, and a build stopped part way leaves them recorded. The
   * files it would remove are not adopted: those stay unproved, and are never removed.
   */
  adopt(outputs: Iterable<string>): void {
    if (!this.legacy) return;
    for (const output of outputs) {
      if (this.records.has(output)) continue;
      const path = join(this.root, output);
      const stats = lstatOrNone(path);
      if (!stats?.isFile() || stats.size > MAX_OWN_FILE_BYTES) continue;
      const read = readBounded(path, MAX_OWN_FILE_BYTES, { follow: false });
      if (read.ok) this.records.set(output, `${digest(read.bytes)} ${stamp(stats)}`);
    }
  }

  /**
   * Whether the build may replace (or, `removing`, remove) a file: false, and it is kept, when it changed since
   * procmap wrote it or when nothing records that procmap wrote it.
   */
  mayReplace(output: string, removing = false): boolean {
    if (this.kept.has(output)) return false;
    const record = this.records.get(output);
    const pending = this.pending.get(output);
    const path = join(this.root, output);
    if (record === undefined && pending === undefined) {
      if (!lstatOrNone(path)?.isFile() || (this.legacy && !removing)) return true;
      this.unproved.add(output);
      this.kept.add(output);
      return false;
    }
    if (holdsOwnBytes(path, record, pending) !== false) return true;
    this.kept.add(output);
    return false;
  }

  /**
   * Records the size and time a file now has when it still holds procmap's bytes at another time (a site copied
   * without its times, a page saved unchanged), so that the next build proves it untouched without reading it.
   */
  restamp(output: string): void {
    const record = this.records.get(output);
    if (record === undefined || this.pending.has(output)) return;
    const path = join(this.root, output);
    if (hasRecordedStamp(path, record) || !holdsOwnBytes(path, record, undefined)) return;
    const stats = lstatOrNone(path);
    if (stats?.isFile()) this.records.set(output, `${record.split(' ')[0]} ${stamp(stats)}`);
  }

  /** Whether procmap's record of `output` is of these very bytes: writing them changes nothing a reader sees. */
  holds(output: string, data: string | Uint8Array): boolean {
    return this.records.get(output)?.split(' ')[0] === digest(data);
  }

  /** Notes the bytes about to be written at `output`, and returns their pending record, saved before the write. */
  willWrite(output: string, data: string | Uint8Array): string {
    const pending = `${digest(data)} ${byteLength(data)}`;
    this.pending.set(output, pending);
    return pending;
  }

  /** Records the bytes just written at `output`, with the size and time the file now has. */
  wrote(output: string, data: string | Uint8Array): void {
    const stats = lstatOrNone(join(this.root, output));
    this.pending.delete(output);
    if (stats?.isFile()) this.records.set(output, `${digest(data)} ${stamp(stats)}`);
    else this.records.delete(output);
  }

  /** Forgets a file the build removed. */
  removed(output: string): void {
    this.pending.delete(output);
    this.records.delete(output);
  }

  /** The record as the manifest keeps it, sorted, limited to the files the manifest lists as procmap's. */
  entries(owned: ReadonlySet<string>): Record<string, string> {
    return listed(this.records, owned);
  }

  /** The pending records as the manifest keeps them, limited to the files it lists as procmap's. */
  pendingEntries(owned: ReadonlySet<string>): Record<string, string> {
    return listed(this.pending, owned);
  }
}

function listed(records: ReadonlyMap<string, string>, owned: ReadonlySet<string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const output of [...records.keys()].sort())
    if (owned.has(output)) Object.defineProperty(files, output, { value: records.get(output), enumerable: true });
  return files;
}

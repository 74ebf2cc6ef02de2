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

/**
 * Whether the regular file at `path` no longer holds what its record (`<hash> <size> <mtimeMs>`) says procmap
 * wrote. Size and time equal: unchanged, nothing read (a build with nothing new stays fast); size different:
 * changed; only a file touched but of the same size is read and hashed. Nothing there, a link or a folder is not
 * an edit: the write or removal that follows deals with it as before.
 */
function changedSince(path: string, record: string): boolean {
  const stats = lstatOrNone(path);
  if (stats === undefined || !stats.isFile()) return false;
  const [hash, size, mtime] = record.split(' ');
  if (stamp(stats) === `${size} ${mtime}`) return false;
  if (String(stats.size) !== size || stats.size > MAX_OWN_FILE_BYTES) return true;
  const read = readBounded(path, MAX_OWN_FILE_BYTES, { follow: false });
  return !read.ok || digest(read.bytes) !== hash;
}

/**
 * The build's record of the files it wrote in a site, by their paths in the site: before a file is replaced or
 * removed, it must still hold what was written, so that an officer's edit (a note added to a page, a Word file
 * edited in place) is never lost; such a file is kept and listed in `kept`. A file the record does not list (one an
 * older procmap wrote, with a manifest of names only) is replaced or removed as before.
 */
export class SiteRecord {
  /** Files changed since procmap wrote them, which this build left as they are. */
  readonly kept = new Set<string>();
  private readonly records: Map<string, string>;
  // Records of files this build may rewrite, set aside from the manifest while it runs (see setAside).
  private readonly aside = new Map<string, string>();

  constructor(
    private readonly root: string,
    records: Readonly<Record<string, string>> | undefined,
  ) {
    this.records = new Map(Object.entries(records ?? {}));
  }

  /**
   * Takes out of the record the files this build may rewrite and that are unchanged: a build killed between writing
   * one and saving its new record must not leave the old one, which would take procmap's own file for an edit. A
   * changed file keeps its record, and is kept.
   */
  setAside(outputs: Iterable<string>): void {
    for (const output of outputs) {
      const record = this.records.get(output);
      if (record === undefined) continue;
      if (changedSince(join(this.root, output), record)) this.kept.add(output);
      else {
        this.aside.set(output, record);
        this.records.delete(output);
      }
    }
  }

  /** Whether some files are set aside: the manifest on disk must then be written without their records. */
  get settingAside(): boolean {
    return this.aside.size > 0;
  }

  /** Whether the build may replace or remove a file: false (and it is kept) when it changed since procmap wrote it. */
  mayReplace(output: string): boolean {
    if (this.kept.has(output)) return false;
    const record = this.records.get(output) ?? this.aside.get(output);
    if (record === undefined || !changedSince(join(this.root, output), record)) return true;
    this.kept.add(output);
    return false;
  }

  /** Records the bytes just written at `output`, with the size and time the file now has. */
  wrote(output: string, data: string | Uint8Array): void {
    const stats = lstatOrNone(join(this.root, output));
    this.aside.delete(output);
    if (stats?.isFile()) this.records.set(output, `${digest(data)} ${stamp(stats)}`);
    else this.records.delete(output);
  }

  /** Forgets a file the build removed. */
  removed(output: string): void {
    this.aside.delete(output);
    this.records.delete(output);
  }

  /**
   * At the end of a build: the files set aside and not rewritten get their record back (one edited while the build
   * ran is then known as changed by the next).
   */
  restore(): void {
    for (const [output, record] of this.aside) this.records.set(output, record);
    this.aside.clear();
  }

  /** The record as the manifest keeps it, sorted, limited to the files the manifest lists as procmap's. */
  entries(owned: ReadonlySet<string>): Record<string, string> {
    const files: Record<string, string> = {};
    for (const output of [...this.records.keys()].sort())
      if (owned.has(output))
        Object.defineProperty(files, output, { value: this.records.get(output), enumerable: true });
    return files;
  }
}

import { createHash } from 'node:crypto';
import { lstatSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang, Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import {
  displayPath,
  folderRefusal,
  inputRefusal,
  isInput,
  isSpecialFile,
  linkRefusal,
  prepareOutputFolder,
  readBounded,
  readOnlyFolderError,
  removeAbandonedTemporaryFiles,
  specialFileRefusal,
  writeFileSafely,
  WriteError,
} from './files.js';
import { fileReadOnly, readOnlyWords } from './read-only.js';
import type { Io } from './io.js';
import { inRunFolder } from './run-context.js';
import { unlessInterrupted } from './interrupt.js';
import { FolderBusyError, lockFolder } from './build-lock.js';

/**
 * The record, in an output folder of `doc`, `flowchart` and `export` (and beside a report written with `-o`), of the
 * files procmap wrote there.
 */
export const OUTPUT_RECORD = '.procmap-outputs.json';
// Held by the run writing into the folder, from reading the record to its last save: two runs into one folder each
// laid their hashes over the other's, leaving a record that matched no file. A report written with -o holds it only
// while it writes (see lockForReport).
const OUTPUT_LOCK = '.procmap-outputs.lock';
// How long a report waits for another run writing into its folder (a doc run rendering PDFs) before it gives up.
const REPORT_WAIT_MS = 60_000;
const REPORT_POLL_MS = 100;

// Per file name, the hashes of the bytes procmap wrote: one at rest, two while a write is under way.
type Entries = Map<string, string[]>;

/** A file a command is about to write: its path, and its bytes when they are known before anything is written. */
export type PlannedFile = readonly [path: string, data?: string | Uint8Array];

const HASH = /^[0-9a-f]{64}$/;
// A few hundred bytes a file: a record this large was not written by procmap.
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
// The largest files procmap writes (a long procedure's PDF, a large catalog's workbook) are a few MiB: a larger file
// cannot be one of them, and is not read to be sure.
export const MAX_OWN_FILE_BYTES = 64 * 1024 * 1024;
// Files rendered one by one (a document's PDF, a chart's PNG) are written in batches of this many files or bytes, one
// save of the record each: a save per file rewrote the whole record each time, quadratic in the number of files.
const BATCH_FILES = 64;
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * What is at a path, not following a link; undefined when nothing is, or when it cannot be told (a file where the
 * folder should be, a folder procmap may not search): the write that follows then says why in its own words.
 */
export function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(inRunFolder(path), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A plain file name in the folder: no folder part, not `.` or `..`, not the record itself (a report may be hidden). */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    name !== OUTPUT_RECORD &&
    !/[/\\\0]/.test(name)
  );
}

/** The hash a record keeps of a file's bytes. */
export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A record read back and validated like any input: any part that is not a plain name with one or two hashes voids
 * it (`damaged`); a link or a folder at its place is refused before anything is written, as every write refuses them.
 */
function readRecord(path: string): { entries: Entries; damaged: boolean } {
  const stats = lstatOrNone(path);
  if (stats === undefined) return { entries: new Map(), damaged: false };
  if (stats.isSymbolicLink()) throw linkRefusal(path);
  // A folder in the record's place is no damaged record: --force could not write the record there either.
  if (stats.isDirectory()) throw folderRefusal(path);
  const damaged = { entries: new Map<string, string[]>(), damaged: true };
  const read = readBounded(path, MAX_RECORD_BYTES, { follow: false });
  if (!read.ok) return damaged;
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return damaged;
  }
  if (!isMap(data) || data.version !== 1 || !isMap(data.files)) return damaged;
  const entries: Entries = new Map();
  for (const [name, hashes] of Object.entries(data.files)) {
    if (
      !isPlainName(name) ||
      !Array.isArray(hashes) ||
      hashes.length < 1 ||
      hashes.length > 2 ||
      !hashes.every((hash): hash is string => typeof hash === 'string' && HASH.test(hash))
    )
      return damaged;
    entries.set(name, hashes);
  }
  return { entries, damaged: false };
}

/** Why a file in the way is not procmap's to replace. */
type Refusal = 'foreign' | 'changed';

/**
 * The files procmap wrote into one output folder, kept in the folder as `.procmap-outputs.json` with a hash of each
 * one's bytes: a command replaces only a file it wrote that has not changed since, never an officer's edit (a Word
 * document edited to import back, a signed scan of the same name) unless `--force` says so. Files are written in
 * batches: the record first gets a batch's new hashes beside the old, then the batch is renamed into place, so a run
 * killed at any point leaves a record that accepts whatever each file holds.
 */
export class OutputRecord {
  private readonly path: string;
  // The hashes this run recorded, laid over the record on disk at each save (another command may write beside it).
  private readonly changes: Entries = new Map();
  // Files handed to write() and not yet on disk, and their size together.
  private pending: (readonly [string, string | Uint8Array])[] = [];
  private pendingBytes = 0;
  // Names this run recorded and then did not write: taken out of the record on disk at each save.
  private readonly dropped = new Set<string>();
  // Releases the folder's lock; undefined until this run holds it.
  private unlock: (() => void) | undefined;
  /** Whether the folder had a record before this run: one this run made and left empty is removed, not kept. */
  private readonly hadRecord: boolean;

  private constructor(
    private readonly dir: string,
    private entries: Entries,
    private readonly force: boolean,
    // A report of `-o` (lint, diff, ontime): the file in the way is no document to import back.
    private readonly report = false,
  ) {
    this.path = join(dir, OUTPUT_RECORD);
    this.hadRecord = lstatOrNone(this.path) !== undefined;
  }

  /**
   * Reads the record of an output folder; a damaged one is reported and vouches for nothing. A report's record is
   * opened with the lock lockForReport took (`held`), released by close().
   */
  static open(
    dir: string,
    {
      force = false,
      report = false,
      held,
      io,
      lang,
    }: { force?: boolean | undefined; report?: boolean; held?: (() => void) | undefined; io: Io; lang: Lang },
  ): OutputRecord {
    const path = join(dir, OUTPUT_RECORD);
    // A folder that does not exist yet (or cannot take the lock: read-only) is locked as its first file is written.
    const unlock = held ?? (!report && lstatOrNone(dir)?.isDirectory() ? lockOutputs(dir, false) : undefined);
    let read;
    try {
      read = readRecord(path);
    } catch (error) {
      unlock?.();
      throw error;
    }
    const { entries, damaged } = read;
    if (damaged)
      io.stderr.write(
        lang === 'vi'
          ? `procmap: bản ghi các tệp procmap đã tạo, "${displayPath(path)}", bị hỏng; tệp đã có trong "${displayPath(dir)}" chỉ bị ghi đè khi dùng --force\n`
          : `procmap: the record of the files procmap wrote, "${displayPath(path)}", is damaged; files already in "${displayPath(dir)}" are replaced only with --force\n`,
      );
    const record = new OutputRecord(dir, entries, force, report);
    record.unlock = unlock;
    return record;
  }

  /** Lets another run write into the folder: at the end of a run that failed before finish(). */
  close(): void {
    this.unlock?.();
    this.unlock = undefined;
  }

  /**
   * Takes the folders of the files `procmap import` is about to take in (see TakenIn), before the import writes
   * anything: while another run holds one of them, throws FolderBusyError saying so, every lock taken released, and the
   * import stops with nothing written. Only folders that already have a record (one procmap writes into): an import
   * creates no record, nor lock, beside the officer's files.
   */
  static holdForTakeIn(paths: readonly string[]): TakenIn {
    const held = new Map<string, () => void>();
    try {
      for (const dir of new Set(paths.map((path) => dirname(path)))) {
        if (!lstatOrNone(join(dir, OUTPUT_RECORD))?.isFile()) continue;
        const unlock = lockOutputs(dir, false);
        if (unlock !== undefined) held.set(dir, unlock);
      }
    } catch (error) {
      for (const unlock of held.values()) unlock();
      throw error;
    }
    return new TakenIn(held);
  }

  /**
   * Records a file `procmap import` took in, with the hash of the bytes it read, in a folder whose lock the run holds
   * (holdForTakeIn): the officer's edits are now in the procedure, so the next command may replace the file.
   */
  static takeIn(path: string, bytes: Uint8Array): void {
    const dir = dirname(path);
    const recordPath = join(dir, OUTPUT_RECORD);
    if (!lstatOrNone(recordPath)?.isFile()) return;
    const { entries, damaged } = readRecord(recordPath);
    if (damaged) return;
    const record = new OutputRecord(dir, entries, false);
    record.changes.set(basename(path), [hashOf(bytes)]);
    // The lock is the caller's (TakenIn) and outlives this save: finish() releases only a lock the record holds.
    record.finish();
  }

  /**
   * Refuses (exit 2, writing nothing) when a file at any of the planned paths is one procmap did not write or one
   * changed since, naming them and saying what to do; with --force nothing is refused. A file that already holds
   * exactly the bytes given for it is procmap's work (written before the record was kept): it is accepted and
   * recorded. A link is refused whatever the record says. A file the record does not list at a path of
   * `judgedWhenMade` (one that looks like procmap's own, its bytes not known yet) is judged when it is written: it is
   * replaced if it holds exactly the bytes made for it, else the run stops there, that file untouched.
   */
  refuseUsersFiles(files: readonly PlannedFile[], judgedWhenMade: ReadonlySet<string> = new Set()): void {
    this.standings(files, judgedWhenMade, true);
  }

  /** Of these paths, those with a file the record does not list: the only ones worth looking into before a refusal. */
  unlisted(paths: readonly string[]): string[] {
    return paths.filter((path) => !this.entries.has(basename(path)) && lstatOrNone(path)?.isFile() === true);
  }

  /**
   * Writes files of this folder as writeFileSafely does, each over nothing but an unchanged file procmap wrote (or
   * anything, with --force), in batches (see BATCH_FILES): a batch's new hashes are recorded first, beside the old, so
   * a run killed between the two leaves either file known as procmap's. finish() writes what is left.
   */
  write(files: readonly (readonly [string, string | Uint8Array])[]): void {
    for (const file of files) {
      this.pending.push(file);
      this.pendingBytes += typeof file[1] === 'string' ? Buffer.byteLength(file[1]) : file[1].byteLength;
    }
    if (this.pending.length >= BATCH_FILES || this.pendingBytes >= BATCH_BYTES) this.flush();
  }

  /** Writes the files still waiting, records their final hashes and forgets files no longer in the folder. */
  finish(): void {
    try {
      this.flush();
      if (this.changes.size > 0) this.save(true);
    } finally {
      this.close();
    }
  }

  /**
   * Takes the folder's lock before the first write when open() could not (the folder was made by this run), and
   * reads the record again: a run that wrote there meanwhile has finished, and its files are procmap's to replace.
   * A report (`-o` of lint, diff, ontime) whose folder this run made takes it too, without waiting: no run held it.
   */
  private lockLate(firstFile: string): void {
    if (this.unlock !== undefined) return;
    try {
      prepareOutputFolder(this.dir);
      this.unlock = lockOutputs(this.dir, true);
    } catch (error) {
      // A folder that takes no new file refuses the lock and the output folder as it refuses the user's files:
      // named as the file the user asked for.
      throw readOnlyFolderError(firstFile, error) ?? error;
    }
    const { entries } = readRecord(this.path);
    for (const [name, hashes] of this.changes) entries.set(name, hashes);
    this.entries = entries;
  }

  /** Writes the waiting files: their hashes beside the old in one save of the record, then each file into place. */
  private flush(): void {
    const files = this.pending;
    if (files.length === 0) return;
    this.pending = [];
    this.pendingBytes = 0;
    this.lockLate(files[0]![0]);
    // Checked again as it is written: the officer may have saved the file in Word while the documents rendered.
    const before = this.standings(files);
    const hashes = files.map(([path, data]) => [basename(path), hashOf(data)] as const);
    hashes.forEach(([name, hash], index) => {
      this.dropped.delete(name);
      const kept = before[index];
      this.changes.set(name, kept === undefined || kept === hash ? [hash] : [kept, hash]);
    });
    try {
      this.save(false);
    } catch (error) {
      // The record is procmap's own hidden file: a folder that refuses it refuses the user's files too, named instead.
      throw readOnlyFolderError(files[0]![0], error) ?? error;
    }
    let written = 0;
    try {
      for (const [path, data] of files) {
        writeFileSafely(path, data, this.dir);
        written++;
      }
    } catch (error) {
      this.unrecord(hashes.slice(written), before.slice(written));
      throw error;
    }
    for (const [name, hash] of hashes) {
      this.changes.set(name, [hash]);
      this.entries.set(name, [hash]);
    }
  }

  /**
   * Per file, the hash of procmap's unchanged file there (undefined when there is none); throws the refusal naming
   * every other file in the way, unless --force. A file holding exactly its planned bytes is taken as procmap's and
   * recorded. A link is refused whatever the record says, and so is a file named as the record itself.
   */
  private standings(
    files: readonly PlannedFile[],
    judgedWhenMade: ReadonlySet<string> = new Set(),
    beforeAnyWrite = false,
  ): (string | undefined)[] {
    const refused: [string, Refusal][] = [];
    const hashes = files.map(([path, data]) => {
      const name = basename(path);
      if (name === OUTPUT_RECORD) throw recordNameRefusal(path);
      const stats = lstatOrNone(path);
      if (stats === undefined) return undefined;
      // Before the refusal that offers --force: no --force replaces a device, FIFO or socket (`-o /dev/null`).
      if (isSpecialFile(path, stats)) throw specialFileRefusal(path, this.report);
      if (stats.isSymbolicLink()) throw linkRefusal(path);
      // An input is never an output to replace, whatever the record says (`lint -o` naming a dossier file, say).
      if (isInput(path)) throw inputRefusal(path);
      // Made read-only by its user, whatever the record says and even with --force: checked before anything is
      // written, so that a command of many files writes none of them.
      const locked = stats.isFile() ? fileReadOnly(inRunFolder(path)) : undefined;
      if (locked !== undefined) throw new WriteError(readOnlyWords(displayPath(path), locked, 'replace'));
      // A folder in the way, before anything is written too (said only at its write, the files before it were written);
      // at a batch's write, the write itself says it.
      if (stats.isDirectory()) {
        if (beforeAnyWrite) throw folderRefusal(path);
        return undefined;
      }
      const known = this.entries.get(name);
      const planned = data === undefined ? undefined : hashOf(data);
      // Read only what may be procmap's: a file the record lists, or one of the very size about to be written.
      const worthReading =
        known !== undefined ||
        (data !== undefined && stats.size === (typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength));
      const read =
        worthReading && stats.isFile() && stats.size <= MAX_OWN_FILE_BYTES
          ? readBounded(path, MAX_OWN_FILE_BYTES, { follow: false })
          : undefined;
      const hash = read?.ok ? hashOf(read.bytes) : undefined;
      if (hash !== undefined && known?.includes(hash)) return hash;
      if (hash !== undefined && hash === planned) {
        this.entries.set(name, [hash]);
        this.changes.set(name, [hash]);
        return hash;
      }
      if (known === undefined && data === undefined && judgedWhenMade.has(path)) return undefined;
      if (!this.force) refused.push([path, known === undefined ? 'foreign' : 'changed']);
      return undefined;
    });
    if (refused.length > 0) throw refusalError(refused, this.report);
    return hashes;
  }

  /**
   * Takes back the hashes of files a failed write did not write (a folder in the way): each keeps what the record said
   * of it before, or is no longer listed, so that the record lists only files procmap wrote.
   */
  private unrecord(names: readonly (readonly [string, string])[], before: readonly (string | undefined)[]): void {
    names.forEach(([name], index) => {
      const kept = before[index];
      if (kept === undefined) {
        this.changes.delete(name);
        this.dropped.add(name);
      } else this.changes.set(name, [kept]);
    });
    try {
      this.save(false);
    } catch {
      // The write's own failure is what the user is told; a record left with both hashes still accepts either file.
    }
  }

  /** Writes the record: the one on disk now, with this run's hashes over it; at the end, without files gone. */
  private save(prune: boolean): void {
    const { entries } = readRecord(this.path);
    for (const name of this.dropped) entries.delete(name);
    for (const [name, hashes] of this.changes) entries.set(name, hashes);
    const files: Record<string, string[]> = {};
    for (const name of [...entries.keys()].sort()) {
      if (prune && !lstatOrNone(join(this.dir, name))?.isFile()) continue;
      Object.defineProperty(files, name, { value: entries.get(name), enumerable: true });
    }
    // A run that failed before any file was written leaves the folder as it found it: no record of nothing.
    if (Object.keys(files).length === 0 && !this.hadRecord) {
      rmSync(this.path, { force: true });
      return;
    }
    writeFileSafely(this.path, `${JSON.stringify({ version: 1, files }, null, 1)}\n`, this.dir);
  }
}

/**
 * The folders of the documents an import takes in, held from before the import writes anything to the last save of
 * their records: a doc or export run writing there meanwhile would otherwise lose the entry, or the import its own.
 */
export class TakenIn {
  constructor(private readonly held: Map<string, () => void>) {}

  /** Records a file the import took in, in a folder this holds (or one that took no lock: a read-only folder). */
  take(path: string, bytes: Uint8Array): void {
    OutputRecord.takeIn(path, bytes);
  }

  /** Lets the folders go, whether the import finished or failed. */
  release(): void {
    for (const unlock of this.held.values()) unlock();
    this.held.clear();
  }
}

/**
 * Takes a report's folder (`-o` of lint, diff, ontime) for the moment the report and the record are written: without
 * it, two runs saving the record at once each laid their entries over the record as it was before the other's save,
 * and one entry was lost. Most often the user's own folder (a repository's root): two reports written at once wait for
 * each other instead of refusing, and the lock file is there only while a report is written. While another run holds
 * the folder (a doc run rendering documents into it), waits, saying so once; after a minute stops, saying that run is
 * writing there. Undefined for a folder that does not exist yet (made and locked as the report is written).
 */
export async function lockForReport(dir: string, io: Io, lang: Lang): Promise<(() => void) | undefined> {
  if (!lstatOrNone(dir)?.isDirectory()) return undefined;
  const deadline = Date.now() + REPORT_WAIT_MS;
  let said = false;
  for (;;) {
    try {
      return lockOutputs(dir, false);
    } catch (error) {
      if (!(error instanceof FolderBusyError) || Date.now() >= deadline) throw error;
      if (!said)
        io.stderr.write(
          lang === 'vi'
            ? `procmap: đang chờ một lần chạy procmap khác (tiến trình ${error.owner}) ghi xong vào "${displayPath(dir)}"\n`
            : `procmap: waiting for another procmap run (process ${error.owner}) to finish writing into "${displayPath(dir)}"\n`,
        );
      said = true;
      await new Promise((resolve) => setTimeout(resolve, REPORT_POLL_MS));
      await unlessInterrupted();
    }
  }
}

/**
 * Takes an output folder for this run, or says plainly that another run is writing into it. Any other failure (a
 * read-only folder) is thrown when `strict`, else left for the first write to say in its own words.
 */
function lockOutputs(dir: string, strict: boolean): (() => void) | undefined {
  try {
    const unlock = lockFolder(dir, OUTPUT_LOCK, (owner, lock) => ({
      en: `Another procmap run (process ${owner}) is writing into "${displayPath(dir)}"; run this one when it has finished (if no procmap run is still going, delete ${lock})`,
      vi: `Một lần chạy procmap khác (tiến trình ${owner}) đang ghi vào "${displayPath(dir)}"; hãy chạy lại khi lần đó xong (nếu không còn lần chạy procmap nào, hãy xóa ${lock})`,
    }));
    // The folder is this run's now: what a killed run (kill -9, a power cut) left half written goes, as a build's does.
    try {
      removeAbandonedTemporaryFiles(dir, 0);
    } catch {
      // Not ours to remove after all (another user's file in a shared folder): left, as it was before.
    }
    return unlock;
  } catch (error) {
    if (strict || error instanceof FolderBusyError) throw error;
    return undefined;
  }
}

/** The refusal of an output named as the record procmap keeps in the folder. */
function recordNameRefusal(path: string): UsageError {
  return new UsageError({
    en: `Refusing to write "${displayPath(path)}": procmap keeps there the record of the files it wrote in that folder; choose another name`,
    vi: `Không ghi "${displayPath(path)}": procmap dùng tệp này để ghi lại các tệp nó đã tạo trong thư mục đó; hãy chọn tên khác`,
  });
}

/** The plain-words refusal for files in the way: which, why, and what the officer can do. */
function refusalError(refused: readonly [string, Refusal][], report: boolean): UsageError {
  const names = refused.slice(0, 3).map(([path]) => `"${displayPath(path)}"`);
  const more = refused.length - names.length;
  const one = refused.length === 1;
  const changed = refused.every(([, why]) => why === 'changed');
  const foreign = refused.every(([, why]) => why === 'foreign');
  // Word documents and workbooks are what `procmap import` reads back.
  const importable = refused.some(([path]) => /\.(docx|xlsx)$/i.test(path));
  const list: Translated = {
    en: `${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    vi: `${names.join(', ')}${more > 0 ? ` và ${more} tệp khác` : ''}`,
  };
  const it = { en: one ? 'it' : 'them', vi: one ? 'tệp đó' : 'các tệp đó' };
  const why: Translated = changed
    ? {
        en: `${one ? 'it was' : 'they were'} changed after procmap wrote ${it.en} (edited in Word or Excel, say), and writing would lose those changes`,
        vi: `${it.vi} đã được sửa sau khi procmap tạo ra (ví dụ sửa bằng Word hay Excel), ghi đè sẽ làm mất các chỗ sửa đó`,
      }
    : foreign
      ? {
          en: `procmap did not write ${it.en} (${OUTPUT_RECORD} beside ${it.en} does not list ${it.en})`,
          vi: `${it.vi} không do procmap tạo ra (${OUTPUT_RECORD} ở cùng thư mục không ghi ${it.vi})`,
        }
      : {
          en: `procmap did not write ${it.en}, or ${one ? 'it was' : 'they were'} changed after procmap wrote ${it.en} (edited in Word or Excel, say)`,
          vi: `${it.vi} không do procmap tạo ra, hoặc đã được sửa sau khi procmap tạo ra (ví dụ sửa bằng Word hay Excel)`,
        };
  // What to do: an import takes the changes in, and the document can then be written afresh from the procedure. A
  // changed file procmap wrote is marked as taken in by the import (OutputRecord.takeIn): no --force is then needed.
  const todo: Translated = report
    ? {
        en: `write the report to another file, move ${it.en} away, or run again with --force to replace ${it.en}`,
        vi: `hãy ghi báo cáo vào tệp khác, chuyển ${it.vi} đi nơi khác, hoặc chạy lại với --force để ghi đè`,
      }
    : importable && changed
      ? {
          en: `import ${it.en} first (procmap import) to keep ${one ? 'its' : 'their'} changes, then run again; or move ${it.en} away, or run again with --force to replace ${it.en}`,
          vi: `hãy nhập ${it.vi} trước (procmap import) để giữ các chỗ sửa rồi chạy lại; hoặc chuyển ${it.vi} đi nơi khác, hoặc chạy lại với --force để ghi đè`,
        }
      : importable
        ? {
            en: `import ${it.en} first (procmap import) to keep ${one ? 'its' : 'their'} changes, then run again with --force to replace ${it.en}; or move ${it.en} away`,
            vi: `hãy nhập ${it.vi} trước (procmap import) để giữ các chỗ sửa, rồi chạy lại với --force để ghi đè; hoặc chuyển ${it.vi} đi nơi khác`,
          }
        : {
            en: `move ${it.en} away, or run again with --force to replace ${it.en}`,
            vi: `hãy chuyển ${it.vi} đi nơi khác, hoặc chạy lại với --force để ghi đè`,
          };
  return new UsageError({
    en: `Refusing to write over ${list.en}: ${why.en}; ${todo.en}`,
    vi: `Không ghi đè ${list.vi}: ${why.vi}; ${todo.vi}`,
  });
}

import { createHash } from 'node:crypto';
import { lstatSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang, Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import { displayPath, linkRefusal, readBounded, writeFileSafely } from './files.js';
import type { Io } from './io.js';
import { inRunFolder } from './run-context.js';

/** The record, in an output folder of `doc`, `flowchart` and `export`, of the files procmap wrote there. */
export const OUTPUT_RECORD = '.procmap-outputs.json';

// Per file name, the hashes of the bytes procmap wrote: one at rest, two while a write is under way.
type Entries = Map<string, string[]>;

const HASH = /^[0-9a-f]{64}$/;
// A few hundred bytes a file: a record this large was not written by procmap.
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
// The largest files procmap writes (a long procedure's PDF, a large catalog's workbook) are a few MiB: a larger file
// cannot be one of them, and is not read to be sure.
const MAX_OWN_FILE_BYTES = 64 * 1024 * 1024;

/**
 * What is at a path, not following a link; undefined when nothing is, or when it cannot be told (a file where the
 * folder should be, a folder procmap may not search): the write that follows then says why in its own words.
 */
function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(inRunFolder(path), { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A plain file name in the folder, as procmap's outputs are named: no folder part, no hidden file, no `..`. */
function isPlainName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !name.startsWith('.') && !/[/\\\0]/.test(name);
}

/** The hash a record keeps of a file's bytes. */
function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A record read back and validated like any input: any part that is not a plain name with one or two hashes voids
 * it (`damaged`); a link at its place is refused before anything is written, as every write refuses links.
 */
function readRecord(path: string): { entries: Entries; damaged: boolean } {
  const stats = lstatOrNone(path);
  if (stats === undefined) return { entries: new Map(), damaged: false };
  if (stats.isSymbolicLink()) throw linkRefusal(path);
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
 * document edited to import back, a signed scan of the same name) unless `--force` says so. A write first records
 * the new hash beside the old, then renames the file into place, so a run killed at any point leaves a record that
 * accepts whatever the file holds.
 */
export class OutputRecord {
  private readonly path: string;
  // The hashes this run recorded, laid over the record on disk at each save (another command may write beside it).
  private readonly changes: Entries = new Map();

  private constructor(
    private readonly dir: string,
    private readonly entries: Entries,
    private readonly force: boolean,
  ) {
    this.path = join(dir, OUTPUT_RECORD);
  }

  /** Reads the record of an output folder; a damaged one is reported and vouches for nothing. */
  static open(
    dir: string,
    { force = false, io, lang }: { force?: boolean | undefined; io: Io; lang: Lang },
  ): OutputRecord {
    const path = join(dir, OUTPUT_RECORD);
    const { entries, damaged } = readRecord(path);
    if (damaged)
      io.stderr.write(
        lang === 'vi'
          ? `procmap: bản ghi các tệp procmap đã tạo, "${displayPath(path)}", bị hỏng; tệp đã có trong "${displayPath(dir)}" chỉ bị ghi đè khi dùng --force\n`
          : `procmap: the record of the files procmap wrote, "${displayPath(path)}", is damaged; files already in "${displayPath(dir)}" are replaced only with --force\n`,
      );
    return new OutputRecord(dir, entries, force);
  }

  /**
   * Refuses (exit 2, writing nothing) when a file at any of `paths` is one procmap did not write or one changed since,
   * naming them and saying what to do; with --force nothing is refused. A link is refused whatever the record says.
   */
  refuseUsersFiles(paths: readonly string[]): void {
    this.standings(paths);
  }

  /**
   * Writes files of this folder as writeFileSafely does, each over nothing but an unchanged file procmap wrote (or
   * anything, with --force): their new hashes are recorded first, beside the old, so a run killed between the two
   * leaves either file known as procmap's.
   */
  write(files: readonly (readonly [string, string | Uint8Array])[]): void {
    if (files.length === 0) return;
    // Checked again as it is written: the officer may have saved the file in Word while the documents rendered.
    const before = this.standings(files.map(([path]) => path));
    const hashes = files.map(([path, data]) => [basename(path), hashOf(data)] as const);
    hashes.forEach(([name, hash], index) => {
      const kept = before[index];
      this.changes.set(name, kept === undefined || kept === hash ? [hash] : [kept, hash]);
    });
    this.save(false);
    for (const [path, data] of files) writeFileSafely(path, data, this.dir);
    for (const [name, hash] of hashes) {
      this.changes.set(name, [hash]);
      this.entries.set(name, [hash]);
    }
  }

  /** Records the final hashes of the files this run wrote and forgets files no longer in the folder. */
  finish(): void {
    if (this.changes.size > 0) this.save(true);
  }

  /**
   * Per path, the hash of procmap's unchanged file there (undefined when there is none); throws the refusal naming
   * every other file in the way, unless --force. A link is refused whatever the record says.
   */
  private standings(paths: readonly string[]): (string | undefined)[] {
    const refused: [string, Refusal][] = [];
    const hashes = paths.map((path) => {
      const stats = lstatOrNone(path);
      if (stats === undefined) return undefined;
      if (stats.isSymbolicLink()) throw linkRefusal(path);
      // A folder in the way is said by the write itself, in its own words.
      if (stats.isDirectory()) return undefined;
      const known = this.entries.get(basename(path));
      const read =
        known !== undefined && stats.isFile() && stats.size <= MAX_OWN_FILE_BYTES
          ? readBounded(path, MAX_OWN_FILE_BYTES, { follow: false })
          : undefined;
      const hash = read?.ok ? hashOf(read.bytes) : undefined;
      if (hash !== undefined && known!.includes(hash)) return hash;
      if (!this.force) refused.push([path, known === undefined ? 'foreign' : 'changed']);
      return undefined;
    });
    if (refused.length > 0) throw refusalError(refused);
    return hashes;
  }

  /** Writes the record: the one on disk now, with this run's hashes over it; at the end, without files gone. */
  private save(prune: boolean): void {
    const { entries } = readRecord(this.path);
    for (const [name, hashes] of this.changes) entries.set(name, hashes);
    const files: Record<string, string[]> = {};
    for (const name of [...entries.keys()].sort()) {
      if (prune && !lstatOrNone(join(this.dir, name))?.isFile()) continue;
      Object.defineProperty(files, name, { value: entries.get(name), enumerable: true });
    }
    writeFileSafely(this.path, `${JSON.stringify({ version: 1, files }, null, 1)}\n`, this.dir);
  }
}

/** The plain-words refusal for files in the way: which, why, and what the officer can do. */
function refusalError(refused: readonly [string, Refusal][]): UsageError {
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
  // What to do: an import takes the changes in, and the document can then be written afresh from the procedure.
  const todo: Translated = importable
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

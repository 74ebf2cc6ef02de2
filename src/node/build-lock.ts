import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ToolError } from '../errors.js';
import type { Translated } from '../i18n.js';
import { displayPath, processAlive, readBounded, readOnlyOutputError, temporaryName } from './files.js';
import { onInterrupt } from './interrupt.js';
import { processStat } from './process-stat.js';
import { inRunFolder } from './run-context.js';

const LOCK = '.procmap-build.lock';

/**
 * Takes the site folder for one build: a second build into the same folder would delete the first one's temporary
 * files and interleave their outputs, so it stops with a clear message instead (exit 2). A lock left by a build that
 * is no longer running is taken over. Returns the function that releases the lock.
 */
export function lockSite(dir: string): () => void {
  return lockFolder(dir, LOCK, (owner, lock) => ({
    en: `Another procmap build (process ${owner}) is writing into "${displayPath(dir)}"; run this one when it has finished (if no build is running, delete ${lock})`,
    vi: `Một lần chạy procmap build khác (tiến trình ${owner}) đang ghi vào "${displayPath(dir)}"; hãy chạy lại khi lần đó xong (nếu không có lần build nào đang chạy, hãy xóa ${lock})`,
  }));
}

/** The refusal of a folder that another procmap run, still going, holds. */
export class FolderBusyError extends ToolError {
  constructor(
    message: Translated,
    /** The process of the run holding the folder. */
    readonly owner: number,
  ) {
    super(message);
  }
}

/**
 * Takes `dir` for this run by creating the lock file `name` in it exclusively: while another live process holds it,
 * throws FolderBusyError with the words `busy` gives; a lock left by a process no longer running is taken over.
 * Released on Ctrl-C too. Returns the function that releases the lock; other failures (a read-only folder) are the
 * system's error, thrown as it is.
 */
export function lockFolder(dir: string, name: string, busy: (owner: number, lock: string) => Translated): () => void {
  const path = join(dir, name);
  const file = inRunFolder(path);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    } catch (error) {
      // A read-only folder is said as every write into it says it, naming the folder rather than the lock.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw readOnlyOutputError(dir, error) ?? error;
      const found = lstatSync(file, { throwIfNoEntry: false });
      // Released meanwhile: try again.
      if (found === undefined) continue;
      // procmap never makes a folder there: taking it over renamed the user's folder aside, then failed to remove it.
      if (found.isDirectory())
        throw new ToolError({
          en: `Cannot lock "${displayPath(dir)}" for writing: "${displayPath(path)}" is a folder, at the name of procmap's lock file; move or rename that folder, then run again`,
          vi: `Không khóa được "${displayPath(dir)}" để ghi: "${displayPath(path)}" là một thư mục, trùng tên tệp khóa của procmap; hãy chuyển hoặc đổi tên thư mục đó, rồi chạy lại`,
        });
      // Nor a link or a FIFO: procmap's lock is a regular file of its own, and procmap never removes what it cannot prove
      // it wrote (before, a link there was removed as a stale lock).
      if (!found.isFile()) {
        const link = found.isSymbolicLink();
        throw new ToolError({
          en: `Cannot lock "${displayPath(dir)}" for writing: "${displayPath(path)}" is ${link ? 'a symbolic link' : 'not a regular file'}, at the name of procmap's lock file, which procmap did not make; remove ${link ? 'the link' : 'it'}, then run again`,
          vi: `Không khóa được "${displayPath(dir)}" để ghi: "${displayPath(path)}" ${link ? 'là một liên kết tượng trưng' : 'không phải tệp thông thường'}, trùng tên tệp khóa của procmap mà không do procmap tạo; hãy xóa ${link ? 'liên kết đó' : 'nó đi'}, rồi chạy lại`,
        });
      }
      // A lock that cannot be read is treated like one whose owner is gone.
      const read = readBounded(path, 64, { follow: false });
      // "<pid> <start time>", or "<pid>" alone where there is no /proc (and in locks of earlier versions).
      const [ownerText = '', started] = read.ok ? read.bytes.toString('utf8').trim().split(' ') : [];
      const owner = Number.parseInt(ownerText, 10);
      // A lock naming this very process was left by an earlier run whose id this one has been given again (ids
      // repeat from one container start to the next): this process is not writing there.
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner, started))
        throw new FolderBusyError(busy(owner, displayPath(path)), owner);
      setAside(path, { stats: found, bytes: read.ok ? read.bytes : undefined });
      continue;
    }
    // The start time too, where Linux gives it: a later run finding the lock of a dead build whose id another program
    // has been given meanwhile then takes it over.
    const start = processStat(process.pid)?.start;
    const words = Buffer.from(start === undefined ? `${process.pid}\n` : `${process.pid} ${start}\n`);
    writeSync(fd, words);
    const own = { stats: fstatSync(fd), bytes: words };
    closeSync(fd);
    let held = true;
    let forget = () => {};
    const release = () => {
      // Only this run's own lock: never one another run has put there since.
      if (held && isLock(path, own)) rmSync(file, { force: true });
      held = false;
      forget();
    };
    forget = onInterrupt(release);
    return release;
  }
  throw new ToolError({
    en: `Could not lock "${displayPath(dir)}" for writing; try again`,
    vi: `Không khóa được "${displayPath(dir)}" để ghi; hãy thử lại`,
  });
}

/** A lock as a run looked at it: the file, and its words (undefined when it could not be read). */
interface SeenLock {
  stats: Stats;
  bytes: Buffer | undefined;
}

/**
 * Whether the lock at `path` is the one seen: the same file holding the same words. A file's number alone is not
 * enough: the system gives a lock made just after another was removed the removed one's number again.
 */
function isLock(path: string, seen: SeenLock): boolean {
  const stats = lstatSync(inRunFolder(path), { throwIfNoEntry: false });
  if (stats === undefined || stats.ino !== seen.stats.ino || stats.dev !== seen.stats.dev) return false;
  const read = readBounded(path, 64, { follow: false });
  return read.ok ? seen.bytes !== undefined && read.bytes.equals(seen.bytes) : seen.bytes === undefined;
}

/**
 * Removes the lock of a run that is gone (`stale`, as it was looked at), and only that one: two runs that both found it
 * stale each removed "the lock" by name, and the later removal took the fresh lock the first had made meanwhile, so both
 * wrote into the folder. It is renamed aside first (atomic), and removed only if what was moved is the stale lock; a
 * fresh lock moved by mistake is put back (a link, which never replaces one made since).
 */
function setAside(path: string, stale: SeenLock): void {
  const file = inRunFolder(path);
  const aside = join(dirname(path), temporaryName(basename(path)));
  try {
    renameSync(file, inRunFolder(aside));
  } catch (error) {
    // Gone already: another run took it over, and the next attempt finds that run's lock.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!isLock(aside, stale)) {
    try {
      linkSync(inRunFolder(aside), file);
    } catch {
      // A third run locked the folder in that instant: its lock stands, and the next attempt finds it.
    }
  }
  rmSync(inRunFolder(aside), { force: true });
}

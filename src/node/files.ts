import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  promises,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LIMITS } from '../model/limits.js';
import { loadFile, tooLargeFile, type LoadedFile } from '../model/load.js';
import { ToolError, UsageError } from '../errors.js';
import { isColumnMappingText } from '../model/mapping-shape.js';
import { escapeControls } from '../model/quote.js';
import { processStat } from './process-stat.js';
import type { Translated } from '../i18n.js';
import { fileReadOnly, readOnlyWords } from './read-only.js';
import { lookAlikePaths } from './look-alike-names.js';
import { inRunFolder, workingFolder } from './run-context.js';
import { systemFolderOf } from './system-folders.js';
import { CONFIGURATION_NAMES, namedCalendarFile, walkIgnores, type Ignored } from './walk-ignores.js';

const PROCEDURE_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const CONFIG_FILE = /^procmap\.config\.ya?ml$/i;
// Hidden files other tools keep beside a catalog: skipped without a note, as every hidden file was before.
const TOOL_FILE =
  /^\.(?:gitlab-ci|pre-commit-config|pre-commit-hooks|prettierrc|yamllint|travis|golangci|readthedocs|codecov|markdownlint|eslintrc|stylelintrc|lintstagedrc|mergify|goreleaser|hadolint|rubocop|swiftlint|clang-tidy|clang-format|spectral|redocly|ansible-lint|yamlfmt|sops|gitpod|woodpecker|drone|cirrus|coderabbit|semgrep|trivy|procmap)(?:[.-][^/]*)?\.ya?ml$/i;

/** Whether a file below a searched folder (path relative to it, `/`-separated) is one the folder walk would find. */
export function isCatalogFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part))) return false;
  return PROCEDURE_FILE.test(name) && !CONFIG_FILE.test(name);
}

/**
 * Whether a file below a searched folder (path relative to it, `/`-separated) is a hidden procedure file the folder
 * walk would skip with a note (`xa/..yaml`), for a listing not read by the walk (a git tree at a revision).
 */
function isHiddenCatalogFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts.pop()!;
  // The walk never enters a hidden folder, so nothing below one is said.
  if (parts.some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part))) return false;
  return name.startsWith('.') && PROCEDURE_FILE.test(name) && !TOOL_FILE.test(name);
}

/**
 * Which files below a folder named on the command line are in its catalog, for a listing not read by the folder walk
 * (a git tree at a revision): the walk's own choice, `ignores:` of the configuration at or above the folder included.
 * `relativePath` is `/`-separated, below `root`.
 */
export function catalogFilter(root: string): (relativePath: string) => boolean {
  const ignored = walkIgnores(root);
  return (relativePath) => isCatalogFile(relativePath) && !ignored(join(root, relativePath));
}

/** The hidden procedure files of a listing below `root` that the walk would note, `ignores:` of `root` applied. */
export function hiddenCatalogFilter(root: string): (relativePath: string) => boolean {
  const ignored = walkIgnores(root);
  return (relativePath) => isHiddenCatalogFile(relativePath) && !ignored(join(root, relativePath));
}

/** A file that could not be read, with the reason in words. */
export interface UnreadableFile {
  file: string;
  message: string;
  /** The reason in every language, when procmap words it itself. */
  reason?: Translated;
}

// A relative path without "." or ".." parts, doubled or trailing slashes is what `relative` would make of it, in any
// working folder: a folder walk's paths are all such, and a catalog's lint shows each of them three times.
const NOT_PLAIN = /^\/|(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/;

/** Paths as shown to users: relative to the working folder, with forward slashes, in every message and report. */
export function displayPath(path: string, cwd = workingFolder()): string {
  if (sep === '/' && path !== '') {
    if (!NOT_PLAIN.test(path)) return escapeControls(path);
    // An absolute path as plain is its own `resolve`, and one outside an absolute, plain working folder is one that
    // `relative` starts with ".." and is shown as given: a catalog named by its absolute path (CI) skips `relative`.
    if (path[0] === '/' && cwd[0] === '/' && !NOT_PLAIN.test(path.slice(1)) && !NOT_PLAIN.test(cwd.slice(1)))
      if (cwd !== '/' && path !== cwd && !path.startsWith(`${cwd}/`)) return escapeControls(path);
  }
  const rel = relative(cwd, resolve(cwd, path)) || '.';
  // File names reach terminals and CI logs too: a control character in one must not act on them.
  return escapeControls((rel.startsWith('..') ? path : rel).split(sep).join('/'));
}

const REASONS: Record<string, Translated> = {
  EACCES: { en: 'Permission denied', vi: 'Không có quyền đọc' },
  EPERM: { en: 'Permission denied', vi: 'Không có quyền đọc' },
  ELOOP: { en: 'Symbolic link loop', vi: 'Liên kết tượng trưng vòng quanh' },
  ENOENT: { en: 'No such file or folder', vi: 'Không có tệp hay thư mục này' },
  EISDIR: { en: 'Is a folder', vi: 'Là một thư mục' },
};

function failed(file: string, error: unknown): UnreadableFile {
  const reason = REASONS[(error as NodeJS.ErrnoException).code ?? ''];
  return reason
    ? { file, message: reason.en, reason }
    : { file, message: error instanceof Error ? error.message : String(error) };
}

/** Whether a path names a folder (a link to one counts), relative paths being the run's. */
export function isFolder(path: string): boolean {
  return statSync(inRunFolder(path), { throwIfNoEntry: false })?.isDirectory() === true;
}

const NOT_A_FILE: Translated = {
  en: 'Not a regular file (a device, pipe or socket); procmap reads only files',
  vi: 'Không phải tệp thông thường (thiết bị, ống dẫn hay socket); procmap chỉ đọc tệp',
};

/**
 * Expands files and folders into the procedure files below them, sorted; folders are walked once even through
 * symbolic link loops, and a file found again through a link is one file (see `onceEach`). A path that does not exist
 * is a usage error: a typo must never pass as "no problems". The files found are inputs of the run, which no write may
 * replace, unless `inputs` is false (files an import may update).
 */
export function findProcedureFiles(
  paths: readonly string[],
  { inputs = true }: { inputs?: boolean } = {},
): WalkedFiles {
  const found: FoundFile[] = [];
  const unreadable: UnreadableFile[] = [];
  // Hidden files (`..yaml`, `.quy-trinh.yaml`) the walk skips, as ESLint does: said, so that a procedure named so is
  // not left out in silence. Column mappings saved among the procedures (`--map cot.yaml`) are skipped and said too,
  // but by the loader (isColumnMapping), which reads each file anyway: the walk opens none.
  const hidden: string[] = [];
  // How many files the walk had found before each hidden one: its notes and the loader's come in the walk's order.
  const hiddenAt: number[] = [];
  const hide = (path: string) => {
    hidden.push(path);
    hiddenAt.push(found.length);
  };
  const seenDirs = new Set<string>();
  // The real path of the folder named on the command line that the walk is in: links lead only within it.
  let top = '';
  // What `ignores:` in the configuration of the folder named on the command line skips below it.
  let ignored: Ignored = () => false;
  const walk = (dir: string) => {
    const where = inRunFolder(dir);
    let real: string;
    try {
      real = realpathSync(where);
    } catch (error) {
      unreadable.push(failed(displayPath(dir), error));
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(where, { withFileTypes: true });
    } catch (error) {
      unreadable.push(failed(displayPath(dir), error));
      return;
    }
    // What `join` puts before an entry's name, made once a folder: `join` normalised every path and real path again,
    // character by character (see `joinedPrefix`).
    const inDir = joinedPrefix(dir);
    const inReal = joinedPrefix(real);
    // A calendar file a configuration here names (`calendar: lich.yaml`) is that configuration's, not a procedure.
    const config = entries.find((entry) => CONFIGURATION_NAMES.includes(entry.name));
    const calendar = config && namedCalendarFile(resolve(inRunFolder(inDir + config.name)));
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (calendar !== undefined && resolve(inRunFolder(inDir + entry.name)) === calendar) continue;
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) {
        if (!entry.isDirectory() && PROCEDURE_FILE.test(entry.name) && !TOOL_FILE.test(entry.name))
          if (!ignored(inDir + entry.name)) hide(inDir + entry.name);
        continue;
      }
      const path = inDir + entry.name;
      if (ignored(path)) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(inRunFolder(path)).isDirectory();
        } catch (error) {
          unreadable.push(failed(displayPath(path), error));
          continue;
        }
        // A link to a folder elsewhere (`/`, `/usr`, a home folder) would make the walk read the whole disk, with no
        // way to stop it, and quote other people's files in the report: it is named, not followed.
        if (isDir && !within(top, realPath(path) ?? '')) {
          unreadable.push(folderLinkOutside(displayPath(path), displayPath(realPath(path) ?? path)));
          continue;
        }
      }
      if (isDir) walk(path);
      else if (PROCEDURE_FILE.test(entry.name) && !CONFIG_FILE.test(entry.name)) {
        // A file in a folder whose real path is known is there (no look-up); a link is looked up where it points.
        if (entry.isSymbolicLink()) found.push({ path, real: realPath(path) ?? path, link: true });
        else found.push({ path, inReal, name: entry.name, link: false });
      }
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(inRunFolder(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        throw new UsageError({ en: `Path "${path}" does not exist`, vi: `Đường dẫn "${path}" không tồn tại` });
      unreadable.push(failed(displayPath(path), error));
      continue;
    }
    if (stats.isDirectory()) {
      top = realPath(path) ?? path;
      ignored = walkIgnores(path);
      walk(path);
    } else {
      const link = lstatSync(inRunFolder(path), { throwIfNoEntry: false })?.isSymbolicLink() === true;
      found.push({ path, real: realPath(path) ?? path, link, named: true });
    }
  }
  const { files, kept } = onceEach(found);
  // Reports and documents are written after the files are read: none may replace one of them.
  if (inputs) protectInputs(files);
  // Files whose names look the same (one saved on macOS), named as messages show them: every command says so.
  const lookAlike = lookAlikePaths(files).map((group) => group.map((path) => displayPath(path)));
  // Named on the command line or reached through a link: read as procedures whatever they hold, as before the loader
  // decided on column mappings (a mapping named is linted, and its problems told).
  const notWalked = new Set(
    kept
      ? found.filter((file, index) => kept[index] && (file.link || file.named === true)).map((file) => file.path)
      : [],
  );
  // A place among the files found counts only the files kept (a file found again through a link is dropped).
  let at = hiddenAt;
  if (kept) {
    const before = [0];
    for (const one of kept) before.push(before[before.length - 1]! + (one ? 1 : 0));
    at = hiddenAt.map((n) => before[n]!);
  }
  return { files, unreadable, hidden, hiddenAt: at, notWalked, lookAlike };
}

/** What the walk of a command's paths found: the files to read, those it could not, and those it skipped. */
export interface WalkedFiles {
  files: string[];
  unreadable: UnreadableFile[];
  /** Hidden procedure files (`..yaml`) the walk skipped. */
  hidden: string[];
  /** For each hidden file, how many of `files` the walk found before it. */
  hiddenAt: number[];
  /** Files named on the command line or reached through a link: never taken for a column mapping. */
  notWalked: ReadonlySet<string>;
  lookAlike: string[][];
}

/**
 * Whether bytes read from a file the walk found are a column mapping (src/model/mapping-shape.ts) rather than a
 * procedure; one larger than a settings file may be is not.
 */
export function isColumnMapping(bytes: Buffer): boolean {
  if (bytes.length > LIMITS.maxConfigBytes) return false;
  // Most files never name columns: not decoded.
  if (bytes.indexOf('columns') === -1) return false;
  return isColumnMappingText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

/**
 * The files to note as skipped, in the order the walk met them: the hidden ones, and the column mappings the loader
 * found among the files.
 */
export function skippedInWalkOrder(
  found: Pick<WalkedFiles, 'files' | 'hidden' | 'hiddenAt'>,
  mappings: ReadonlySet<string>,
): string[] {
  const skipped: string[] = [];
  let next = 0;
  found.files.forEach((path, index) => {
    while (next < found.hidden.length && found.hiddenAt[next]! <= index) skipped.push(found.hidden[next++]!);
    if (mappings.has(path)) skipped.push(path);
  });
  return [...skipped, ...found.hidden.slice(next)];
}

/** The note on a column mapping the walk skipped among the procedures, saying how procmap uses it. */
function mappingFileNote(path: string): Translated {
  const file = displayPath(path);
  return {
    en: `note: skipped "${file}": it is a column mapping (only columns, steps and statuses), not a procedure; give it to --map of procmap ontime or procmap import`,
    vi: `ghi chú: bỏ qua "${file}": đây là bảng ghép cột (chỉ có columns, steps và statuses), không phải quy trình; hãy dùng nó với --map của procmap ontime hoặc procmap import`,
  };
}

/**
 * The note on a file the walk skipped: a hidden procedure file (`..yaml`), saying why and what to do instead, or a
 * column mapping (the walk skips no other file whose name does not start with ".").
 */
export function hiddenFileNote(path: string): Translated {
  if (!basename(path).startsWith('.')) return mappingFileNote(path);
  const file = displayPath(path);
  const example = displayPath(join(dirname(path), 'quy-trinh.yaml'));
  return {
    en: `note: skipped "${file}": a file whose name starts with "." is hidden, and procmap does not read hidden files in a folder; if it is a procedure, rename it so that its name does not start with "." (for example "${example}"), or name the file on the command line`,
    vi: `ghi chú: bỏ qua "${file}": tệp có tên bắt đầu bằng dấu chấm là tệp ẩn, procmap không đọc tệp ẩn trong thư mục; nếu đó là một quy trình, hãy đổi tên để tên không bắt đầu bằng dấu chấm (ví dụ "${example}"), hoặc ghi tên tệp trên dòng lệnh`,
  };
}

/** Whether a real path is a folder or lies below it. */
function within(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Why a link to a folder outside the one being checked is not read: the walk does not follow it. */
function folderLinkOutside(file: string, target: string): UnreadableFile {
  const reason = {
    en: `a link to the folder "${target}", outside the folder being checked, is not followed; to check that folder, name it on the command line`,
    vi: `liên kết tới thư mục "${target}" nằm ngoài thư mục đang kiểm tra nên không được mở; muốn kiểm tra thư mục đó, hãy ghi nó trên dòng lệnh`,
  };
  return { file, message: reason.en, reason };
}

/**
 * What `join(dir, name)` puts before a name, for any name that is one plain part (no separator, not `.` or `..`, as
 * every name a folder lists is): `join` normalises the whole path again for each name, and gives a name alone after
 * `.`, `./` or `a/..`, so the prefix is what it gives for a one-letter name, less that letter.
 */
function joinedPrefix(dir: string): string {
  return join(dir, 'x').slice(0, -1);
}

/**
 * A procedure file as the walk found it: the path it was reached by, the file it is, and whether a link led there. A
 * file that is no link, in a walked folder, has its real path there (`inReal` + `name`), made only when needed.
 */
type FoundFile = { path: string; link: boolean; named?: true } & (
  { real: string } | { real?: undefined; inReal: string; name: string }
);

/** The real path of a found file. */
function realOf(file: FoundFile): string {
  return file.real ?? file.inReal + file.name;
}

/**
 * The paths of the files found, each file once and in the order found: a file reached through a link as well as where
 * it stands is linted (and fixed) by its own path, else by the first link to it. Read twice, it would be two
 * procedures with one id, and its problems twice.
 */
function onceEach(found: readonly FoundFile[]): { files: string[]; kept?: boolean[] } {
  // Files that are no links, found in folders walked once each (by real path), are different files: only a link or a
  // file named on the command line can be one of them again. Their real paths and the map of them were most of what
  // the walk of a catalog left to the garbage collector.
  if (!found.some((file) => file.link || file.named === true)) return { files: found.map((file) => file.path) };
  const chosen = new Map<string, FoundFile>();
  for (const file of found) {
    const real = realOf(file);
    const before = chosen.get(real);
    if (before === undefined || (before.link && !file.link)) chosen.set(real, file);
  }
  const kept = found.map((file) => chosen.get(realOf(file)) === file);
  return { files: found.filter((_, index) => kept[index]).map((file) => file.path), kept };
}

/**
 * The procedure files under the paths, as findProcedureFiles finds them, refusing paths that hold none: a command
 * given the wrong folder or a misspelt extension must never pass as "nothing to do" (README: exit 2).
 */
export function findCatalogFiles(paths: readonly string[]): CatalogFiles {
  const found = { ...findProcedureFiles(paths), roots: paths };
  refuseNoProcedures(found, new Set());
  return found;
}

/** What findCatalogFiles found, with the paths it was given. */
export type CatalogFiles = WalkedFiles & { roots: readonly string[] };

/**
 * Refuses a catalog with no procedure file to read: none found, or (once read) only column mappings. A command
 * given the wrong folder or a misspelt extension must never pass as "nothing to do" (README: exit 2).
 */
export function refuseNoProcedures(found: CatalogFiles, mappings: ReadonlySet<string>): void {
  if (found.unreadable.length > 0 || found.files.some((path) => !mappings.has(path))) return;
  const refusal = noProcedureFiles(found.roots);
  const skipped = skippedInWalkOrder(found, mappings);
  if (skipped.length === 0) throw refusal;
  // Only skipped files: "no procedure files" beside a `..yaml` the officer can see in the folder would be a riddle.
  const notes = skipped.map(hiddenFileNote);
  throw new UsageError({
    en: [refusal.text('en'), ...notes.map((note) => note.en.replace(/^note: /, ''))].join('\n'),
    vi: [refusal.text('vi'), ...notes.map((note) => note.vi.replace(/^ghi chú: /, ''))].join('\n'),
  });
}

/** The refusal of paths that hold no procedure file, the same for every command (`diff` of two empty folders too). */
export function noProcedureFiles(paths: readonly string[]): UsageError {
  const named = paths.map(escapeControls).join('", "');
  return new UsageError({
    en: `No procedure files (.yaml, .yml) in "${named}"`,
    vi: `Không có tệp quy trình (.yaml, .yml) nào trong "${named}"`,
  });
}

/** A file read within a limit, or why it was not: not a regular file, or larger than the limit (`size` then set). */
export type BoundedRead =
  { ok: true; bytes: Buffer } | { ok: false; message: string; size?: number; reason?: Translated };

/** Whether a read failed because nothing is at the path (as opposed to something there that cannot be read). */
export function isMissing(read: BoundedRead): boolean {
  return !read.ok && read.reason === REASONS.ENOENT;
}

/**
 * Reads a regular file of at most `limit` bytes. Never trusts the size the system reports (a link to /dev/zero,
 * a file in /proc): it reads at most limit + 1 bytes, and opens without blocking so a FIFO never hangs the run.
 * With `follow: false` a link at the path itself is not read (ELOOP).
 */
export function readBounded(path: string, limit: number, { follow = true }: { follow?: boolean } = {}): BoundedRead {
  let fd: number | undefined;
  try {
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW);
    fd = openSync(inRunFolder(path), flags);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, message: REASONS.EISDIR!.en, reason: REASONS.EISDIR! };
    if (!stats.isFile()) return { ok: false, message: NOT_A_FILE.en, reason: NOT_A_FILE };
    if (stats.size > limit) return { ok: false, message: 'Too large', size: stats.size };
    // Sized by what the system reports and grown if the file holds more: a 2 MiB buffer zeroed per file cost more
    // than reading a whole catalog of 5 KiB files.
    // Not zeroed, and small ones from Node's shared pool: only the bytes read are ever returned (subarray below).
    let buffer = Buffer.allocUnsafe(Math.min(limit, stats.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer], Math.min(limit + 1, buffer.length * 2));
      const asked = buffer.length - length;
      const read = readSync(fd, buffer, length, asked, null);
      if (read === 0) break;
      length += read;
      if (length > limit) return { ok: false, message: 'Too large', size: length };
      // A regular file that gave all the bytes its size says, and fewer than asked for, is at its end: a second
      // read to hear so was half the read calls of a catalog's lint. Files whose size says nothing (0 in /proc) read on.
      if (stats.size > 0 && length === stats.size && read < asked) break;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    const reason = REASONS[(error as NodeJS.ErrnoException).code ?? ''];
    return reason
      ? { ok: false, message: reason.en, reason }
      : { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A procedure file's bytes, read but not yet parsed, under the name messages show. */
export interface ProcedureBytes {
  file: string;
  bytes: Buffer;
}

/**
 * Reads a procedure file's bytes, refusing one over the size limit, or one that is not a regular file; or says why
 * not (a file over the limit comes back already loaded, as the diagnostic that says so).
 */
export function readProcedureBytes(
  path: string,
  { mapping = false }: { mapping?: boolean } = {},
): ProcedureBytes | LoadedFile | UnreadableFile | SkippedMapping {
  const file = displayPath(path);
  const read = readBounded(path, LIMITS.maxFileBytes);
  if (read.ok) return mapping && isColumnMapping(read.bytes) ? { file, mapping: path } : { file, bytes: read.bytes };
  if (read.size !== undefined) return tooLargeFile(file, read.size);
  return read.reason ? { file, message: read.message, reason: read.reason } : { file, message: read.message };
}

/** A file the walk found that the loader took for a column mapping (`--map`), by the path the walk found it at. */
export interface SkippedMapping {
  file: string;
  mapping: string;
}

/**
 * Reads a procedure file into the model, refusing one over the size limit, or one that is not a regular file; or says
 * why not. With `mapping`, a column mapping is passed over (SkippedMapping), for a file the walk found in a folder.
 */
export function readProcedureFile(
  path: string,
  options: { mapping?: boolean } = {},
): LoadedFile | UnreadableFile | SkippedMapping {
  const read = readProcedureBytes(path, options);
  return 'bytes' in read ? loadFile(read.file, read.bytes) : read;
}

// What each settings file is called in messages.
const SETTINGS_FILE: Record<'configuration' | 'calendar' | 'columnMapping', Translated> = {
  configuration: { en: 'configuration file', vi: 'tệp cấu hình' },
  calendar: { en: 'calendar file', vi: 'tệp lịch làm việc' },
  columnMapping: { en: 'column mapping', vi: 'bảng ghép cột' },
};

/**
 * Reads a settings file (the configuration, a calendar) within its own limit; a file that cannot be read is a usage
 * error naming what it is.
 */
export function readSettingsFile(path: string, what: keyof typeof SETTINGS_FILE, limit: number): Buffer {
  const read = readBounded(path, limit);
  if (read.ok) return read.bytes;
  const { en, vi } = SETTINGS_FILE[what];
  const file = displayPath(path);
  if (read.size !== undefined) {
    const kib = Math.round(limit / 1024);
    throw new UsageError({
      en: `The ${en} "${file}" is larger than ${kib} KiB; a ${en} is a few kilobytes`,
      vi: `${vi[0]!.toUpperCase()}${vi.slice(1)} "${file}" lớn hơn ${kib} KiB; ${vi} chỉ vài kilobyte`,
    });
  }
  throw new UsageError({
    en: `Cannot read ${en} "${file}": ${read.message}`,
    vi: `Không đọc được ${vi} "${file}": ${read.reason?.vi ?? read.message}`,
  });
}

/** procmap could not write a file: the path is unsafe (a link, outside the output, an input) or the system refused. */
export class WriteError extends ToolError {
  override name = 'WriteError';
}

// The words for the system errors a user can act on, by error code.
const ENVIRONMENT_ERRORS: Record<string, Translated> = {
  ENOSPC: { en: 'the disk is full', vi: 'ổ đĩa đã đầy' },
  EDQUOT: { en: 'the disk quota is used up', vi: 'đã dùng hết hạn mức ổ đĩa' },
  EFBIG: {
    en: 'the file is larger than this system allows (ulimit -f)',
    vi: 'tệp lớn hơn mức hệ thống này cho phép (ulimit -f)',
  },
  EACCES: { en: 'permission denied', vi: 'không có quyền truy cập' },
  EPERM: { en: 'permission denied', vi: 'không có quyền truy cập' },
  EROFS: { en: 'the disk is read-only', vi: 'ổ đĩa chỉ cho đọc' },
  ENOTDIR: {
    en: 'a part of the path is a file, not a folder',
    vi: 'một phần của đường dẫn là tệp, không phải thư mục',
  },
  EISDIR: { en: 'it is a folder, not a file', vi: 'đó là thư mục, không phải tệp' },
  EEXIST: { en: 'a file of that name is in the way', vi: 'đã có một tệp trùng tên ở đó' },
  ENOENT: { en: 'no such file or folder', vi: 'không có tệp hay thư mục đó' },
  ELOOP: { en: 'symbolic link loop', vi: 'liên kết tượng trưng vòng lặp' },
  EMFILE: { en: 'too many open files', vi: 'quá nhiều tệp đang mở' },
  ENFILE: { en: 'too many open files', vi: 'quá nhiều tệp đang mở' },
  EIO: { en: 'input/output error', vi: 'lỗi đọc/ghi' },
  ENAMETOOLONG: {
    en: 'the name is longer than this system allows; give it a shorter name',
    vi: 'tên dài hơn mức hệ thống này cho phép; hãy đặt tên ngắn hơn',
  },
};

/** The words for a system error a user can act on (full disk, permissions, a file where a folder should be), else undefined. */
export function environmentErrorText(error: unknown): Translated | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === undefined ? undefined : ENVIRONMENT_ERRORS[code];
}

/** A WriteError saying why a path cannot be written, with the system's reason in words where there are words for it. */
function writeFailure(en: string, vi: string, error: unknown): WriteError {
  const detail = error instanceof Error ? error.message : String(error);
  const words = environmentErrorText(error);
  return new WriteError({ en: `${en}: ${words?.en ?? detail}`, vi: `${vi}: ${words?.vi ?? detail}` }, { cause: error });
}

// The refusals of a folder that takes no new file: no write permission, or made immutable (chattr +i), even for root.
const FOLDER_REFUSALS = new Set(['EACCES', 'EPERM']);

/**
 * The WriteError for `path` when the system refused it (`error`, or the error it wraps) because its folder takes no new
 * file: it names the file the user asked for and its folder in plain words; undefined for any other failure.
 */
export function readOnlyFolderError(path: string, error: unknown): WriteError | undefined {
  return folderTakesNoFile(dirname(path), error, {
    en: `Cannot write "${displayPath(path)}"`,
    vi: `Không ghi được "${displayPath(path)}"`,
  });
}

/**
 * The WriteError for the output folder `dir` when the system refused a file procmap keeps there (its lock) because the
 * folder takes no new file: it names the folder, not procmap's hidden file; undefined for any other failure.
 */
export function readOnlyOutputError(dir: string, error: unknown): WriteError | undefined {
  return folderTakesNoFile(dir, error, {
    en: `Cannot write into "${displayPath(dir)}"`,
    vi: `Không ghi được vào "${displayPath(dir)}"`,
  });
}

// The refusal of a folder (or its nearest parent there) that takes no new file, after `what` could not be done.
function folderTakesNoFile(dir: string, error: unknown, what: Translated): WriteError | undefined {
  const there = readOnlyFolderOf(dir, error);
  if (there === undefined) return undefined;
  const errno = (error instanceof WriteError ? error.cause : error) as NodeJS.ErrnoException;
  const folder = displayPath(there);
  return new WriteError(
    {
      en: `${what.en}: the folder "${folder}" is read-only, nothing can be written into it; choose another folder, or allow writing into it`,
      vi: `${what.vi}: thư mục "${folder}" chỉ cho đọc, không ghi được vào đó; hãy chọn thư mục khác, hoặc cho phép ghi vào thư mục đó`,
    },
    { cause: errno },
  );
}

/**
 * The folder (`dir`, or its nearest parent there) whose refusal to take a new file made `error` (or the error it
 * wraps), or undefined when the failure was something else: the folder, not the file, is what the user can change.
 */
export function readOnlyFolderOf(dir: string, error: unknown): string | undefined {
  const errno = (error instanceof WriteError ? error.cause : error) as NodeJS.ErrnoException | undefined;
  if (errno?.code === undefined || !FOLDER_REFUSALS.has(errno.code)) return undefined;
  const there = nearestThere(dir);
  try {
    accessSync(inRunFolder(there), constants.W_OK);
    return undefined;
  } catch {
    return there;
  }
}

/** The folder itself if it is there, else its nearest parent that is: `-o rodir/sub` could not be made in rodir. */
function nearestThere(dir: string): string {
  try {
    while (lstatSync(inRunFolder(dir), { throwIfNoEntry: false }) === undefined && dirname(dir) !== dir)
      dir = dirname(dir);
  } catch {
    // A part of the way that cannot be looked at: the folder as far as it was followed.
  }
  return dir;
}

// Temporary files are named `.<final name>.procmap-tmp-<pid>-<random>`: nothing a user would name a file, and the
// process id tells a later run whether the writer is still alive.
const TEMP_FILE = /^\..*\.procmap-tmp-(\d+)-[0-9a-f]{8}$/;
// The longest file name (in bytes) Linux, macOS and Windows file systems all take.
const MAX_NAME_BYTES = 255;

/**
 * The temporary file's name for a final name: `.<name>.procmap-tmp-<pid>-<random>`, or, when that is longer than a
 * file name may be (a procedure saved under its 237-byte title), a short hash of the name in its place.
 */
export function temporaryName(name: string): string {
  const tail = `.procmap-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const full = `.${name}${tail}`;
  if (Buffer.byteLength(full) <= MAX_NAME_BYTES) return full;
  return `.${createHash('sha256').update(name).digest('hex').slice(0, 16)}${tail}`;
}

/** Removes a temporary file, if there: a failure to remove it must not hide the failure that made it useless. */
function removeTemporary(temp: string): void {
  try {
    rmSync(temp, { force: true });
  } catch {
    // Left for removeAbandonedTemporaryFiles: its name is procmap's.
  }
}
const inFlight = new Set<string>();
// Whether this run has put a file under its final name: an interrupted run that wrote nothing says so, not that "the
// files already written are complete".
let wroteAny = false;

/** Whether this run has written any file (each put in place whole by writeFileSafely or writeFileSafelyAsync). */
export function wroteFiles(): boolean {
  return wroteAny;
}
// Asynchronous writes under way, to wait for on Ctrl-C: their temporary file may not exist yet when the signal comes.
const writesUnderWay = new Set<Promise<void>>();
let writesHeld = false;
const protectedInputs = new Set<string>();
// Inputs whose real paths are not looked up yet: most runs write nothing (a lint), so the lookups, one system call per
// file, wait for the first write that has to be checked against them.
const unresolvedInputs: { cwd: string; paths: readonly string[] }[] = [];

/** The real path of a file, links resolved; undefined when it cannot be resolved. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(inRunFolder(path));
  } catch {
    return undefined;
  }
}

/** Marks files as inputs of this run: no write may replace them (a report written over a procedure file). */
export function protectInputs(paths: Iterable<string>): void {
  // Resolved against the run's folder when looked up: a catalog's lint resolved 20,000 paths here for no write.
  unresolvedInputs.push({ cwd: workingFolder(), paths: [...paths] });
}

/** The real paths of every input of this run, looking up those added since the last call. */
function inputs(): ReadonlySet<string> {
  for (const { cwd, paths } of unresolvedInputs.splice(0))
    for (const path of paths) {
      const real = realPath(resolve(cwd, path));
      if (real !== undefined) protectedInputs.add(real);
    }
  return protectedInputs;
}

/** Whether a path is one of this run's inputs (protectInputs), which no write may replace. */
export function isInput(path: string): boolean {
  return inputs().has(realPath(path) ?? '');
}

/** Forgets the inputs and writes in flight of earlier runs: for running several commands in one process (tests). */
export function forgetRunState(): void {
  protectedInputs.clear();
  unresolvedInputs.length = 0;
  inFlight.clear();
  writesUnderWay.clear();
  writesHeld = false;
  wroteAny = false;
}

/**
 * On Ctrl-C: starts no new asynchronous write (each waits for ever; the process is about to exit) and waits, at most
 * `timeout` ms, for those under way. An open() already handed to the thread pool creates its temporary file even
 * after removeTemporaryFiles has run, so removing first left such files behind.
 */
export async function settleWrites(timeout: number): Promise<void> {
  writesHeld = true;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeout)));
  await Promise.race([Promise.allSettled([...writesUnderWay]), late]);
  clearTimeout(timer);
}

/**
 * Whether a process with this id is running (a temporary file or lock of a live procmap must be left alone); with
 * `started` (its start time as processStat gives it), whether it is still that very process.
 */
export function processAlive(pid: number, started?: string): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Where Linux says more: a process that has exited but is not reaped (a zombie) still answers kill(0), and an id
  // reused by another program answers too, with another start time. Elsewhere kill(0)'s answer stands.
  const stat = processStat(pid);
  if (stat === undefined) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return started === undefined || stat.start === started;
}

/** Removes the temporary files of writes still in flight: called when the run is interrupted. */
export function removeTemporaryFiles(): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
}

/**
 * Removes temporary files that a killed procmap (SIGKILL, power cut) left in a folder and the folders below it, down
 * to `depth` levels: only procmap's own names, only regular files, only those whose writer is no longer running;
 * links are never followed.
 */
export function removeAbandonedTemporaryFiles(dir: string, depth: number): void {
  let entries;
  try {
    entries = readdirSync(inRunFolder(dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) removeAbandonedTemporaryFiles(path, depth - 1);
    const match = entry.isFile() ? TEMP_FILE.exec(entry.name) : null;
    if (match && !processAlive(Number(match[1]))) rmSync(inRunFolder(path), { force: true });
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(inRunFolder(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The error for a file procmap would have to write through a symbolic link. */
export function linkRefusal(path: string): WriteError {
  return new WriteError({
    en: `Refusing to write "${displayPath(path)}": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)`,
    vi: `Không ghi "${displayPath(path)}": đó là một liên kết tượng trưng, và procmap không bao giờ ghi qua liên kết không do nó tạo (hãy xóa liên kết)`,
  });
}

/**
 * Whether something at an output's path is no file to replace: a device, FIFO or socket, or a link to one or into
 * /dev or /proc (`-o /dev/stdout`). A rename would put a plain file in its place (as root, `-o /dev/null` replaced
 * the system's /dev/null), and writing into it instead could block on a FIFO for good.
 */
export function isSpecialFile(path: string, stats: Stats): boolean {
  if (stats.isFile() || stats.isDirectory()) return false;
  if (!stats.isSymbolicLink()) return true;
  const absolute = resolve(inRunFolder(path));
  if (/^\/(dev|proc)(\/|$)/.test(absolute)) return true;
  let target: Stats | undefined;
  try {
    target = statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return false; // A loop or a link out of reach: the link's own refusal says it.
  }
  return target !== undefined && !target.isFile() && !target.isDirectory();
}

/**
 * The error for an output whose path holds a device, FIFO or socket (isSpecialFile), even with --force: a report's
 * words point to standard output, which is what `-o /dev/stdout` wants.
 */
export function specialFileRefusal(path: string, report = false): WriteError {
  const shown = displayPath(path);
  // A link (to /dev/zero) among the files a command names itself: the link is what to remove. A report's `-o
  // /dev/stdout` is a link too, but there leaving -o out is what was meant.
  if (!report && lstatOrUndefined(path)?.isSymbolicLink()) return linkRefusal(path);
  return new WriteError(
    report
      ? {
          en: `Refusing to write the report to "${shown}": it is a device, a pipe or a socket, not a file, and procmap writes only files; leave -o out to have the report on standard output (… > file, or | another command), or name a file`,
          vi: `Không ghi báo cáo vào "${shown}": đó là thiết bị, ống dẫn hay socket, không phải tệp, và procmap chỉ ghi vào tệp; hãy bỏ -o để báo cáo in ra đầu ra chuẩn (… > tệp, hoặc | lệnh khác), hoặc ghi tên một tệp`,
        }
      : {
          en: `Refusing to write "${shown}": it is a device, a pipe or a socket, not a file, and procmap writes only files; move it away, or write into another file or folder`,
          vi: `Không ghi "${shown}": đó là thiết bị, ống dẫn hay socket, không phải tệp, và procmap chỉ ghi vào tệp; hãy chuyển nó đi, hoặc ghi ra tệp hay thư mục khác`,
        },
  );
}

/** The error for a file procmap would have to write where a folder stands. */
export function folderRefusal(path: string): WriteError {
  return new WriteError({
    en: `Cannot write "${displayPath(path)}": it is a folder, not a file`,
    vi: `Không ghi được "${displayPath(path)}": đó là thư mục, không phải tệp`,
  });
}

/** The error for an output at the path of one of the run's inputs. */
export function inputRefusal(path: string): WriteError {
  return new WriteError({
    en: `Refusing to write "${displayPath(path)}": it is one of the input files; choose another output`,
    vi: `Không ghi "${displayPath(path)}": đó là một tệp đầu vào; hãy chọn nơi ghi khác`,
  });
}

/**
 * Creates a folder and the missing folders above it, one at a time: Node's recursive mkdir looks the folder up again
 * after any failure but a few, so a read-only disk (EROFS) or a full one came out as "no such file or folder".
 */
function makeFolders(absolute: string): void {
  const missing: string[] = [];
  for (let at = absolute; dirname(at) !== at && lstatOrUndefined(at) === undefined; at = dirname(at))
    missing.unshift(at);
  for (const folder of missing)
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another run: it is there, as wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
}

/** Creates an output folder (`-o`) if needed; one that is a file, or cannot be created, is a WriteError. It may be a link the user chose. */
export function prepareOutputFolder(root: string): void {
  const system = systemFolderRefusal(root);
  if (system !== undefined) throw system;
  try {
    if (lstatOrUndefined(root) === undefined) makeFolders(inRunFolder(root));
    else {
      const stats = statSync(inRunFolder(root));
      if (!stats.isDirectory()) throw notAFolder(root, stats);
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' ? danglingLink(root) : undefined;
    if (dangling) throw danglingRefusal(root, dangling);
    throw writeFailure(`Cannot write into "${displayPath(root)}"`, `Không ghi được vào "${displayPath(root)}"`, error);
  }
}

/**
 * Refuses at once an output folder that is there and is not a folder (a file, a device), so that a run says so before
 * it spends time linting and rendering; one that cannot be read is left to prepareOutputFolder, which says why.
 */
export function refuseNonFolderOutput(root: string): void {
  if (lstatOrUndefined(root) === undefined) return;
  let stats: Stats;
  try {
    stats = statSync(inRunFolder(root));
  } catch {
    return;
  }
  if (!stats.isDirectory()) throw notAFolder(root, stats);
}

/**
 * Refuses an output folder (`-o` of build and doc) that is the root of the file system or the home folder itself:
 * a site or documents and procmap's records written there would sit among the whole disk's or the user's own files,
 * and a later build would take names there for its own. `what` names what the folder is for, with an example.
 */
export function wholeFolderRefusal(
  dir: string,
  home: string | undefined,
  what: { en: string; vi: string; example: string },
): WriteError | undefined {
  const real = (path: string): string => {
    const absolute = resolve(inRunFolder(path));
    try {
      return realpathSync(absolute);
    } catch {
      return absolute;
    }
  };
  const folder = real(dir);
  const which =
    dirname(folder) === folder
      ? { en: 'the root of the file system', vi: 'thư mục gốc của hệ thống tệp' }
      : home !== undefined && home !== '' && real(home) === folder
        ? { en: 'your home folder itself', vi: 'chính thư mục nhà (home) của bạn' }
        : undefined;
  if (which === undefined) return undefined;
  const shown = displayPath(dir);
  return new WriteError({
    en: `Refusing to write into "${shown}": it is ${which.en}, not a folder for ${what.en}; name a folder for ${what.en} (for example -o ${what.example}), which procmap creates if needed`,
    vi: `Không ghi vào "${shown}": đó là ${which.vi}, không phải thư mục dành cho ${what.vi}; hãy đặt tên một thư mục cho ${what.vi} (ví dụ -o ${what.example}), procmap sẽ tự tạo nếu chưa có`,
  });
}

/**
 * The refusal of an output (`-o`, a file or a folder) in /dev, /proc or /sys, or reached through a link into one
 * (system-folders.ts), naming the path as the user typed it; undefined anywhere else.
 */
export function systemFolderRefusal(path: string): WriteError | undefined {
  const folder = systemFolderOf(path);
  if (folder === undefined) return undefined;
  const shown = displayPath(path);
  return new WriteError({
    en: `Refusing to write "${shown}": it is in ${folder}, where the system keeps its devices and its running state, not files; name a file or folder of your own (for example in your catalog's folder)`,
    vi: `Không ghi "${shown}": đường dẫn này nằm trong ${folder}, nơi hệ thống giữ các thiết bị và trạng thái đang chạy của nó, không phải nơi để tệp; hãy ghi tên một tệp hay thư mục của bạn (ví dụ trong thư mục bộ quy trình)`,
  });
}

/**
 * Why an output folder (`-o`, or the folder of an output file) could not be written into, told before anything is read
 * or made: the nearest part of it that exists is a file, not a folder (`-o notes.txt/report.xlsx`). Undefined when it
 * looks writable; the write itself still says any other reason in its own words.
 */
export function outputFolderRefusal(dir: string): WriteError | undefined {
  let current = dir === '' ? '.' : dir;
  for (;;) {
    let stats;
    try {
      stats = statSync(inRunFolder(current), { throwIfNoEntry: false });
    } catch {
      // A part of the way that is a file answers ENOTDIR: looked at from nearer the root.
      stats = undefined;
    }
    if (stats !== undefined) return stats.isDirectory() ? undefined : notAFolder(current, stats);
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * The first part of a path that is a symbolic link to nothing, with where it points: `ls` shows such a link, so "no
 * such file" would be a riddle.
 */
function danglingLink(path: string): { link: string; target: string } | undefined {
  const parts = resolve(inRunFolder(path)).split(sep);
  try {
    for (let k = 2; k <= parts.length; k++) {
      const link = parts.slice(0, k).join(sep);
      if (lstatOrUndefined(link)?.isSymbolicLink() !== true) continue;
      if (statSync(link, { throwIfNoEntry: false }) === undefined) return { link, target: readlinkSync(link) };
    }
  } catch {
    // A loop or a folder that cannot be read on the way: the system's own reason says it.
  }
  return undefined;
}

/** The error for an output folder (`-o`) that is, or lies under, a link to a folder that does not exist. */
function danglingRefusal(root: string, { link, target }: { link: string; target: string }): WriteError {
  const name = displayPath(link);
  const shown = escapeControls(target);
  return new WriteError({
    en: `Cannot write into "${displayPath(root)}": "${name}" is a symbolic link to "${shown}", a folder that does not exist, and procmap does not create what a link it did not make points to; create "${shown}", or remove the link`,
    vi: `Không ghi được vào "${displayPath(root)}": "${name}" là liên kết tượng trưng tới "${shown}", một thư mục không tồn tại, và procmap không tạo nơi mà một liên kết không do nó tạo trỏ tới; hãy tạo "${shown}", hoặc xóa liên kết`,
  });
}

/** The error for an output folder that is a file, or a device, pipe or socket (`-o /dev/full`). */
function notAFolder(path: string, stats: Stats): WriteError {
  const which = stats.isFile()
    ? { en: 'a file', vi: 'tệp' }
    : { en: 'a device, a pipe or a socket', vi: 'thiết bị, ống dẫn hay socket' };
  return new WriteError({
    en: `Cannot write into "${displayPath(path)}": it is ${which.en}, not a folder`,
    vi: `Không ghi được vào "${displayPath(path)}": đó là ${which.vi}, không phải thư mục`,
  });
}

/** Creates the folders from `root` down to `dir`, refusing any that is a link or a file. */
function ensureFolders(root: string, dir: string): void {
  prepareOutputFolder(root);
  let current = root;
  for (const part of relative(root, dir).split(sep).filter(Boolean)) {
    current = join(current, part);
    const stats = lstatOrUndefined(current);
    if (stats === undefined) mkdirSync(inRunFolder(current));
    else if (stats.isSymbolicLink()) throw folderLinkRefusal(current);
    else if (!stats.isDirectory()) throw notAFolder(current, stats);
  }
}

/** The refusal of a folder on the way to an output that is a symbolic link. */
function folderLinkRefusal(folder: string): WriteError {
  return new WriteError({
    en: `Refusing to write into "${displayPath(folder)}": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)`,
    vi: `Không ghi vào "${displayPath(folder)}": đó là một liên kết tượng trưng, và procmap không bao giờ ghi qua liên kết không do nó tạo (hãy xóa liên kết)`,
  });
}

/**
 * Refuses, before anything is written, what writing `files` (paths below `root`) would refuse part way: a folder on
 * the way that is a symbolic link or no folder, or a folder or a device, FIFO or socket at a file's own path. A run
 * that writes its own records first (build's manifest) checks this up front, so that a refused run leaves the folder
 * exactly as it was.
 */
export function refuseBlockedWays(root: string, files: readonly string[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    let current = root;
    for (const part of relative(root, dirname(file)).split(sep).filter(Boolean)) {
      current = join(current, part);
      if (seen.has(current)) continue;
      seen.add(current);
      const stats = lstatOrUndefined(current);
      // Nothing there: the write creates it, and nothing below it can be a link.
      if (stats === undefined) break;
      if (stats.isSymbolicLink()) throw folderLinkRefusal(current);
      if (!stats.isDirectory()) throw notAFolder(current, stats);
    }
    const stats = lstatOrUndefined(file);
    if (stats?.isDirectory()) throw folderRefusal(file);
    if (stats !== undefined && isSpecialFile(file, stats)) throw specialFileRefusal(file);
  }
}

/**
 * Writes a file safely: only inside `root` (default: the file's own folder), never through a symbolic link, never
 * over an input of the run; through a procmap-named temporary file that is fully written (a short write is an
 * error), fsynced and renamed, so no file under its final name is ever incomplete. Failures throw WriteError.
 * `replacesInput` is for `lint --fix` only, which rewrites inputs on purpose.
 */
export function writeFileSafely(
  path: string,
  data: string | Uint8Array,
  root: string = dirname(path),
  replacesInput = false,
): void {
  const { target, temp, buffer, mode, kept, fail } = prepareWrite(path, data, root, replacesInput);
  let fd: number | undefined;
  inFlight.add(temp);
  try {
    fd = openSync(temp, TEMP_FLAGS, mode);
    if (kept) keepAttributes(fd, kept);
    for (let offset = 0; offset < buffer.length;) {
      const written = writeSync(fd, buffer, offset, buffer.length - offset);
      if (written <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      offset += written;
    }
    fsyncSync(fd);
    if (fstatSync(fd).size !== buffer.length) throw new Error(`only part of the file was written`);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    wroteAny = true;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeTemporary(temp);
    fail(error);
  } finally {
    inFlight.delete(temp);
  }
}

/** How a fully written temporary file takes its final name: a rename, unless the caller puts it there on conditions. */
export type PutInPlace = (temp: string, target: string) => Promise<void>;

/**
 * writeFileSafely without blocking the main thread: the same checks up front, then the temporary file is written,
 * fsynced, checked and renamed on libuv's threads, so a build renders the next procedure while the disk syncs. `place`
 * replaces the rename (an import puts a file there only over what it read: guarded-replace.ts).
 */
export async function writeFileSafelyAsync(
  path: string,
  data: string | Uint8Array,
  root: string = dirname(path),
  place: PutInPlace = (temp, target) => promises.rename(temp, target),
): Promise<void> {
  if (writesHeld) return new Promise<void>(() => undefined);
  const write = writeUnderWay(path, data, root, place);
  writesUnderWay.add(write);
  try {
    await write;
  } finally {
    writesUnderWay.delete(write);
  }
}

async function writeUnderWay(path: string, data: string | Uint8Array, root: string, place: PutInPlace): Promise<void> {
  const { target, temp, buffer, mode, kept, fail } = prepareWrite(path, data, root, false);
  let handle: FileHandle | undefined;
  inFlight.add(temp);
  try {
    // fs.promises, not node:fs/promises: Node loads it (with streams, readline and watchers) only when first asked,
    // and most runs never write asynchronously.
    handle = await promises.open(temp, TEMP_FLAGS, mode);
    // Cheap system calls on a descriptor: done synchronously, the same code as writeFileSafely's.
    if (kept) keepAttributes(handle.fd, kept);
    for (let offset = 0; offset < buffer.length;) {
      const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.sync();
    if ((await handle.stat()).size !== buffer.length) throw new Error(`only part of the file was written`);
    await handle.close();
    handle = undefined;
    await place(temp, target);
    wroteAny = true;
  } catch (error) {
    if (handle !== undefined) await handle.close().catch(() => undefined);
    await promises.rm(temp, { force: true }).catch(() => undefined);
    fail(error);
  } finally {
    inFlight.delete(temp);
  }
}

const TEMP_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** The permissions and owner of a file a write replaces, which its replacement takes. */
interface KeptAttributes {
  mode: number;
  uid: number;
  gid: number;
}

/**
 * Gives the temporary file the replaced file's permissions and, where the process may (as root, or a group it is in),
 * its owner and group: the rename would otherwise leave a shared `rw-rw-r--` file `rw-r--r--` (the umask) and
 * root's, locking out the officers who edit it. An owner the system will not set is not an error: the mode stays.
 */
function keepAttributes(fd: number, kept: KeptAttributes): void {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid !== undefined && (kept.uid !== uid || kept.gid !== gid)) {
    try {
      fchownSync(fd, kept.uid, kept.gid);
    } catch {
      // Not ours to give away (EPERM): the file becomes the writer's, as any editor's save-by-rename does.
    }
  }
  // After chown, which may clear set-id bits; open() took the mode through the umask.
  fchmodSync(fd, kept.mode);
}

/** The checks every safe write makes before touching data (see writeFileSafely), and the temporary file's name. */
function prepareWrite(path: string, data: string | Uint8Array, root: string, replacesInput: boolean) {
  const target = inRunFolder(path);
  const base = inRunFolder(root);
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new WriteError({
      en: `Refusing to write "${displayPath(path)}": it is outside "${displayPath(root)}"`,
      vi: `Không ghi "${displayPath(path)}": tệp nằm ngoài "${displayPath(root)}"`,
    });
  const system = systemFolderRefusal(path);
  if (system !== undefined) throw system;
  const dir = dirname(target);
  const fail = (error: unknown): never => {
    if (error instanceof WriteError) throw error;
    throw (
      readOnlyFolderError(path, error) ??
      writeFailure(`Cannot write "${displayPath(path)}"`, `Không ghi được "${displayPath(path)}"`, error)
    );
  };
  let existing;
  try {
    ensureFolders(base, dir);
    existing = lstatOrUndefined(target);
  } catch (error) {
    return fail(error);
  }
  if (existing !== undefined && isSpecialFile(path, existing)) throw specialFileRefusal(path);
  if (existing?.isSymbolicLink()) throw linkRefusal(path);
  if (existing?.isDirectory()) throw folderRefusal(path);
  if (existing && !replacesInput && isInput(target)) throw inputRefusal(path);
  // An output the user made read-only is their "do not change this", as an editor takes it: a rename would replace
  // it all the same, since it needs only the folder's permission. (lint --fix checks its files itself.)
  const locked = existing?.isFile() && !replacesInput ? fileReadOnly(target) : undefined;
  if (locked !== undefined) throw new WriteError(readOnlyWords(displayPath(path), locked, 'replace'));
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = join(dir, temporaryName(basename(target)));
  // The set-id and sticky bits too (a shared folder's setgid files): fchmod gives them back, not open().
  const kept = existing ? { mode: existing.mode & 0o7777, uid: existing.uid, gid: existing.gid } : undefined;
  return { target, temp, buffer, mode: (kept?.mode ?? 0o666) & 0o777, kept, fail };
}

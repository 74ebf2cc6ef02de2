import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS } from '../model/limits.js';
import { loadFile, tooLargeFile, type LoadedFile } from '../model/load.js';
import { UsageError } from './errors.js';
import { escapeControls } from '../model/quote.js';
import type { Translated } from '../i18n.js';

const PROCEDURE_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const CONFIG_FILE = /^procmap\.config\.ya?ml$/i;

/** Whether a file below a searched folder (path relative to it, `/`-separated) is one the folder walk would find. */
export function isCatalogFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part))) return false;
  return PROCEDURE_FILE.test(name) && !CONFIG_FILE.test(name);
}

/** A file that could not be read, with the reason in words. */
export interface UnreadableFile {
  file: string;
  message: string;
  /** The reason in every language, when procmap words it itself. */
  reason?: Translated;
}

/** Paths as shown to users: relative to the working folder, with forward slashes, in every message and report. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path) || '.';
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
  return reason ? { file, message: reason.en, reason } : { file, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Expands files and folders into the procedure files below them, sorted; folders are walked once even through
 * symbolic link loops. A path that does not exist is a usage error: a typo must never pass as "no problems".
 */
export function findProcedureFiles(paths: readonly string[]): { files: string[]; unreadable: UnreadableFile[] } {
  const files = new Set<string>();
  const unreadable: UnreadableFile[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      unreadable.push(failed(displayPath(dir), error));
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push(failed(displayPath(dir), error));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(path).isDirectory();
        } catch (error) {
          unreadable.push(failed(displayPath(path), error));
          continue;
        }
      }
      if (isDir) walk(path);
      else if (PROCEDURE_FILE.test(entry.name) && !CONFIG_FILE.test(entry.name)) files.add(path);
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError({ en: `Path "${path}" does not exist`, vi: `Đường dẫn "${path}" không tồn tại` });
      unreadable.push(failed(displayPath(path), error));
      continue;
    }
    if (stats.isDirectory()) walk(path);
    else files.add(path);
  }
  return { files: [...files], unreadable };
}

/** Reads a procedure file into the model, refusing one over the size limit before reading it; or says why not. */
export function readProcedureFile(path: string): LoadedFile | UnreadableFile {
  const file = displayPath(path);
  let fd: number | undefined;
  try {
    // One open and fstat serve both the size check and the read.
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > LIMITS.maxFileBytes) return tooLargeFile(file, size);
    return loadFile(file, readFileSync(fd));
  } catch (error) {
    return failed(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

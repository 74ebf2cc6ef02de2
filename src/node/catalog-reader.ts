import type { Lang } from '../i18n.js';
import { loadFile, type LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';
import {
  findCatalogFiles,
  refuseNoProcedures,
  skippedInWalkOrder,
  type CatalogFiles,
  readProcedureBytes,
  readProcedureFile,
  type ProcedureBytes,
  type UnreadableFile,
} from './files.js';

/** Turns a file that could not be read into the diagnostic that says so. */
export function unreadableDiagnostic({ file, message, reason }: UnreadableFile, lang: Lang = 'en'): Diagnostic {
  const text = lang === 'vi' ? `Không đọc được: ${reason?.vi ?? message}` : `Cannot read: ${message}`;
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message: text };
}

/** A catalog's files as read, in order, before parsing: bytes, or a file already loaded as its size problem. */
export interface ReadCatalog {
  files: (ProcedureBytes | LoadedFile)[];
  unreadable: Diagnostic[];
  /** The files skipped, hidden ones and column mappings, in the walk's order, for the command to say so. */
  hidden: string[];
}

/**
 * Reads the bytes of every procedure file under the paths; files that cannot be read come back as diagnostics. Paths
 * with no procedure file at all are refused (a usage error).
 */
export function readCatalog(paths: readonly string[], lang: Lang = 'en'): ReadCatalog {
  return readFoundFiles(findCatalogFiles(paths), lang);
}

/**
 * Reads the bytes of the procedure files findCatalogFiles found, as readCatalog does, passing over the column
 * mappings among them (told in `hidden`), and refusing a catalog that holds nothing else.
 */
export function readFoundFiles(found: CatalogFiles, lang: Lang = 'en'): ReadCatalog {
  const read: ReadCatalog['files'] = [];
  const failures = found.unreadable.map((u) => unreadableDiagnostic(u, lang));
  const mappings = new Set<string>();
  for (const path of found.files) {
    const result = readProcedureBytes(path, { mapping: !found.notWalked.has(path) });
    if ('mapping' in result) mappings.add(result.mapping);
    else if ('bytes' in result || 'locate' in result) read.push(result);
    else failures.push(unreadableDiagnostic(result, lang));
  }
  refuseNoProcedures(found, mappings);
  return { files: read, unreadable: failures, hidden: skippedInWalkOrder(found, mappings) };
}

/** Parses a catalog read with readCatalog. */
export function parseCatalog({ files, unreadable }: Omit<ReadCatalog, 'hidden'>): {
  sources: LoadedFile[];
  unreadable: Diagnostic[];
} {
  return { sources: files.map((read) => ('bytes' in read ? loadFile(read.file, read.bytes) : read)), unreadable };
}

/** Reads every procedure file under the paths into memory, as readCatalog does, and parses them. */
export function loadCatalog(
  paths: readonly string[],
  lang: Lang = 'en',
): { sources: LoadedFile[]; unreadable: Diagnostic[] } {
  return parseCatalog(readCatalog(paths, lang));
}

/**
 * Reads procedure files one at a time as the linter asks for them, so a huge catalog never sits in memory. Files the
 * walk found in a folder (not in `notWalked`) that are column mappings are passed over into `mappings`.
 */
export function* streamSources(
  paths: readonly string[],
  failures: Diagnostic[],
  lang: Lang = 'en',
  skip?: { notWalked: ReadonlySet<string>; mappings: string[] },
): Generator<LoadedFile> {
  for (const path of paths) {
    const result = readProcedureFile(path, { mapping: skip !== undefined && !skip.notWalked.has(path) });
    if ('mapping' in result) skip?.mappings.push(result.mapping);
    else if ('locate' in result) yield result;
    else failures.push(unreadableDiagnostic(result, lang));
  }
}

import type { Lang } from '../i18n.js';
import type { LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';
import { findProcedureFiles, readProcedureFile, type UnreadableFile } from './files.js';

/** Turns a file that could not be read into the diagnostic that says so. */
export function unreadableDiagnostic({ file, message, reason }: UnreadableFile, lang: Lang = 'en'): Diagnostic {
  const text = lang === 'vi' ? `Không đọc được: ${reason?.vi ?? message}` : `Cannot read: ${message}`;
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message: text };
}

/** Reads every procedure file under the paths into memory; files that cannot be read come back as diagnostics. */
export function loadCatalog(
  paths: readonly string[],
  lang: Lang = 'en',
): { sources: LoadedFile[]; unreadable: Diagnostic[] } {
  const { files, unreadable } = findProcedureFiles(paths);
  const sources: LoadedFile[] = [];
  const failures = unreadable.map((u) => unreadableDiagnostic(u, lang));
  for (const path of files) {
    const result = readProcedureFile(path);
    if ('locate' in result) sources.push(result);
    else failures.push(unreadableDiagnostic(result, lang));
  }
  return { sources, unreadable: failures };
}

/** Reads procedure files one at a time as the linter asks for them, so a huge catalog never sits in memory. */
export function* streamSources(
  paths: readonly string[],
  failures: Diagnostic[],
  lang: Lang = 'en',
): Generator<LoadedFile> {
  for (const path of paths) {
    const result = readProcedureFile(path);
    if ('locate' in result) yield result;
    else failures.push(unreadableDiagnostic(result, lang));
  }
}

import type { Lang } from '../i18n.js';
import { hiddenFileNote } from '../node/files.js';
import { lookAlikeNote } from '../node/look-alike-names.js';
import type { Io } from '../node/io.js';

/**
 * Says on standard error, for every command that walks a catalog, which hidden procedure files (`..yaml`) the walk
 * skipped: one wording everywhere, so a procedure named so is never left out of a document, a count or a report in
 * silence.
 */
export function noteHiddenFiles(hidden: readonly string[], io: Pick<Io, 'stderr'>, lang: Lang): void {
  for (const path of hidden) io.stderr.write(`procmap: ${hiddenFileNote(path)[lang]}\n`);
}

/**
 * Says on standard error, for every command that reads a catalog but lint (which reports them at the files), which
 * files have names that look the same: otherwise the command lists, counts or writes them under one name.
 */
export function noteLookAlikeFiles(groups: readonly (readonly string[])[], io: Pick<Io, 'stderr'>, lang: Lang): void {
  for (const group of groups) io.stderr.write(`procmap: ${lookAlikeNote(group)[lang]}\n`);
}

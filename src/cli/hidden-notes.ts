import type { Lang } from '../i18n.js';
import { hiddenFileNote } from '../node/files.js';
import { lookAlikeNote } from '../node/look-alike-names.js';
import type { Io } from '../node/io.js';
import { takeMisnamedNotes } from '../node/misnamed-notes.js';
import { escapeControlsKeepingLines } from '../model/quote.js';

/**
 * Says on standard error, for every command that walks a catalog, which hidden procedure files (`..yaml`) the walk
 * skipped: one wording everywhere, so a procedure named so is never left out of a document, a count or a report in
 * silence. With them, the misnamed configurations above the catalog its configuration look-ups passed over.
 */
export function noteHiddenFiles(hidden: readonly string[], io: Pick<Io, 'stderr'>, lang: Lang): void {
  noteMisnamedConfigs(io, lang);
  for (const path of hidden) io.stderr.write(`procmap: ${hiddenFileNote(path)[lang]}\n`);
}

/**
 * Says the misnamed configurations (procmap.yaml) passed over above the catalog so far: before the report, as the
 * other notes about the run, not after it where a terminal shows it below the summary; main says any left at the end.
 */
export function noteMisnamedConfigs(io: Pick<Io, 'stderr'>, lang: Lang): void {
  for (const note of takeMisnamedNotes()) io.stderr.write(`procmap: ${escapeControlsKeepingLines(note[lang])}\n`);
}

/**
 * Says on standard error, for every command that reads a catalog but lint (which reports them at the files), which
 * files have names that look the same: otherwise the command lists, counts or writes them under one name.
 */
export function noteLookAlikeFiles(groups: readonly (readonly string[])[], io: Pick<Io, 'stderr'>, lang: Lang): void {
  for (const group of groups) io.stderr.write(`procmap: ${lookAlikeNote(group)[lang]}\n`);
}

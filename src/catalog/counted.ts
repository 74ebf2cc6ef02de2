import type { CatalogEntry, Diagnostic } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { listCatalog, type ListedProcedure } from './stats.js';

/** The rule whose errors a catalog summary counts itself ("vượt thời hạn"): they leave a procedure in the figures. */
export const COUNTED_RULE = 'within-time-limit';

/**
 * The procedures a catalog summary counts, listed: those without errors, and those whose only errors are the one the
 * summary counts (over the limit). Any other error leaves a procedure out: its figures could not be trusted.
 */
export function countedCatalog(
  entries: readonly CatalogEntry[],
  errors: readonly Pick<Diagnostic, 'file' | 'rule'>[],
  calendar: WorkingCalendar | ((file: string) => WorkingCalendar),
): ListedProcedure[] {
  const broken = uncountedFiles(errors);
  return listCatalog(
    entries.filter((entry) => !broken.has(entry.file)),
    calendar,
  );
}

/** The files whose errors leave them out of a summary's figures: any error but the one it counts. */
function uncountedFiles(errors: readonly Pick<Diagnostic, 'file' | 'rule'>[]): Set<string> {
  return new Set(errors.filter((d) => d.rule !== COUNTED_RULE).map((d) => d.file));
}

/** A file a summary's figures leave out, and why, for a script to see what the figures do not count. */
export interface LeftOut {
  file: string;
  /** Its id and title, when the file could be read as a procedure. */
  id?: string;
  title?: string;
  /** `invalid`: not read as a procedure (its YAML, its shape, the file itself); `errors`: read, with errors. */
  reason: 'invalid' | 'errors';
  /** The rules whose errors leave it out, each once, in the order found. */
  rules: string[];
}

/** The files countedCatalog leaves out of the figures, by file name, each with why. */
export function leftOutOfCount(
  entries: readonly CatalogEntry[],
  errors: readonly Pick<Diagnostic, 'file' | 'rule'>[],
): LeftOut[] {
  return [...uncountedFiles(errors)].sort().map((file): LeftOut => {
    const procedure = entries.find((entry) => entry.file === file)?.procedure;
    const rules = [...new Set(errors.filter((d) => d.file === file && d.rule !== COUNTED_RULE).map((d) => d.rule))];
    return procedure
      ? { file, id: procedure.id, title: procedure.title, reason: 'errors', rules }
      : { file, reason: 'invalid', rules };
  });
}

/** A procedure of the catalog that a build left off the site, and why. */
export interface Unpublished {
  file: string;
  /** Its id and title, when the file could be read as a procedure. */
  id?: string;
  title?: string;
  /** Over its limit (its only errors say so); other errors in its file; no errors, but its pages could not be made. */
  reason: 'over' | 'errors' | 'notBuilt';
  /** Its line in the summary's figures, when they count it. */
  counted?: ListedProcedure;
}

/**
 * The procedures left off the site (`files`: their files), each with why and its line in the figures if counted, in
 * the catalog's order of ids, files that are no procedure last: a published summary names what it does not show.
 */
export function unpublishedProcedures(
  files: Iterable<string>,
  entries: readonly CatalogEntry[],
  errors: readonly Pick<Diagnostic, 'file' | 'rule'>[],
  counted: readonly ListedProcedure[],
): Unpublished[] {
  return [...new Set(files)]
    .map((file): Unpublished => {
      const procedure = entries.find((entry) => entry.file === file)?.procedure;
      const listed = counted.find((p) => p.file === file);
      const own = errors.filter((d) => d.file === file);
      const reason =
        own.length === 0
          ? 'notBuilt'
          : own.every((d) => d.rule === COUNTED_RULE) && listed?.withinLimit === false
            ? 'over'
            : 'errors';
      return {
        file,
        ...(procedure ? { id: procedure.id, title: procedure.title } : {}),
        reason,
        ...(listed ? { counted: listed } : {}),
      };
    })
    .sort((a, b) => (a.id ?? '\uffff').localeCompare(b.id ?? '\uffff') || a.file.localeCompare(b.file));
}

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
  calendar: WorkingCalendar,
): ListedProcedure[] {
  const broken = new Set(errors.filter((d) => d.rule !== COUNTED_RULE).map((d) => d.file));
  return listCatalog(
    entries.filter((entry) => !broken.has(entry.file)),
    calendar,
  );
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

import type { Change } from './classify.js';
import { collapseSpaces } from './spelling.js';

/** The other procedure of a pair removed and added under one title: its id and file, for the report to name. */
export interface SameTitle {
  id: string;
  file: string;
}

const titleKey = (title: string) => collapseSpaces(title).normalize('NFC').toLowerCase();

/**
 * Marks a procedure removed and one added that bear the same title, one of each: most often one procedure whose id
 * was changed (by mistake, or a renumbering), which the report would otherwise show as two unrelated changes. Levels
 * stay: an id that changed is a procedure the documents, the one-stop software and the listing no longer find.
 */
export function markSameTitles(changes: readonly Change[]): Change[] {
  const removed = new Map<string, Change[]>();
  const added = new Map<string, Change[]>();
  for (const change of changes) {
    // One added where the base file could not be read is said as such already.
    if (change.kind === 'procedure-added' && change.unreadableBase === undefined)
      added.set(titleKey(change.title), [...(added.get(titleKey(change.title)) ?? []), change]);
    if (change.kind === 'procedure-removed')
      removed.set(titleKey(change.title), [...(removed.get(titleKey(change.title)) ?? []), change]);
  }
  const other = new Map<Change, SameTitle>();
  for (const [key, gone] of removed) {
    const come = added.get(key);
    // Two of a title on a side are no pair: which went where is not known.
    if (gone.length !== 1 || come?.length !== 1) continue;
    other.set(gone[0]!, { id: come[0]!.procedure, file: come[0]!.file });
    other.set(come[0]!, { id: gone[0]!.procedure, file: gone[0]!.file });
  }
  if (other.size === 0) return [...changes];
  return changes.map((change) => {
    const same = other.get(change);
    return same === undefined ? change : { ...change, sameTitle: same };
  });
}

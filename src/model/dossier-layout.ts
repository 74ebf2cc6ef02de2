import { groupBy } from '../group-by.js';
import { isOriginalsText } from './dossier-counts.js';
import { nameWithCount, unsortedCount } from './dossier-quantity.js';
import type { DossierItem } from './types.js';

// Where each dossier item stands in a printed table, so that the document, the workbook and the citizen page put an
// item in the same group and the same column: one reading, not one per output.

/** A dossier item's place in a table whose originals and copies have columns of their own. */
export interface DossierPlacement {
  /** The name, with a count that says not which after it (`Báo cáo (01 bản)`): under neither column. */
  name: string;
  /** The count under "Bản chính". */
  originals?: number;
  /** Words about the original under "Bản chính", after the count: `01 bản chính hoặc bản sao có chứng thực`. */
  originalsWords?: string;
  /** A count of copies or words about them, under "Bản sao". */
  copies?: number | string;
}

/**
 * Where an item's quantity stands where originals and copies are counted apart (`split`, as countsOriginals tells):
 * words stand under the kind they name first, a count of no kind after the name. Without `split`, as written.
 */
export function dossierPlacement(item: DossierItem, split: boolean): DossierPlacement {
  const { name, originals, copies } = item;
  const unsorted = unsortedCount(item, split);
  if (unsorted !== undefined)
    return { name: nameWithCount(name, unsorted), ...(originals !== undefined && { originals }) };
  const words = split && typeof copies === 'string' && isOriginalsText(copies) ? copies : undefined;
  return {
    name,
    ...(originals !== undefined && { originals }),
    ...(words !== undefined ? { originalsWords: words } : copies !== undefined && { copies }),
  };
}

/** A group of the dossier: the papers of one case, or of every case (`case` null). */
export interface DossierGroup<T> {
  case: string | null;
  items: T[];
}

/**
 * The dossier by case: the papers an item without `case` names, which every applicant brings, first; then each case's
 * papers in the order the case first appears. Printed after a case, such an item would read as that case's alone.
 */
export function dossierByCase<T extends { case?: string | null }>(items: readonly T[]): DossierGroup<T>[] {
  const groups = groupBy(items, (item) => item.case ?? null, new Map([[null, []]]));
  return [...groups].filter(([, group]) => group.length > 0).map(([when, group]) => ({ case: when, items: group }));
}

/** A file of one side of a diff, known by the id of its content (a git blob id) before it is read. */
export interface ContentId {
  blob: string;
}

/**
 * Drops files whose content is on both sides, matched one to one by content id: the same bytes hold the same
 * procedure, so they cannot differ, wherever the file moved. Only the rest needs parsing.
 */
export function changedFiles<T extends ContentId>(
  base: readonly T[],
  revision: readonly T[],
): { base: T[]; revision: T[]; unchanged: number } {
  const unmatched = new Map<string, number>();
  for (const file of revision) unmatched.set(file.blob, (unmatched.get(file.blob) ?? 0) + 1);
  const keptBase: T[] = [];
  const matched = new Map<string, number>();
  for (const file of base) {
    const left = unmatched.get(file.blob) ?? 0;
    if (left > 0) {
      unmatched.set(file.blob, left - 1);
      matched.set(file.blob, (matched.get(file.blob) ?? 0) + 1);
    } else {
      keptBase.push(file);
    }
  }
  const keptRevision: T[] = [];
  for (const file of revision) {
    const skip = matched.get(file.blob) ?? 0;
    if (skip > 0) matched.set(file.blob, skip - 1);
    else keptRevision.push(file);
  }
  return { base: keptBase, revision: keptRevision, unchanged: base.length - keptBase.length };
}

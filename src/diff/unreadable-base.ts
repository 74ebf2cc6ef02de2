import type { Change } from './classify.js';
import { revisionColon } from '../revision-colon.js';

/** A file of the base that could not be compared, with the procedure id it held where it parsed that far. */
export interface UnreadableBaseFile {
  file: string;
  /** The procedure's id, where the file parsed but broke a rule that stops a comparison (a step id used twice). */
  id?: string;
  /** Why, in the user's language, where it is in the file: "2:8: Dấu nháy (") này không được đóng…". */
  problem: string;
}

/** A file's path without the revision it was read at: `HEAD:procedures/a.yaml` is `procedures/a.yaml`. */
function pathOf(file: string): string[] {
  const colon = revisionColon(file);
  // A Windows drive (C:\…) is a path, not a revision.
  const path = colon > 1 ? file.slice(colon + 1) : file;
  return path.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
}

/** How many trailing folders and the name two paths share: the same file of two sides, whatever their roots. */
function sharedTail(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The base file a procedure said to be added comes from, where that file could not be read: the one that held its
 * id, else the one at the same place in its side (the same name, and the most folders in common, alone).
 */
function brokenSource(change: Change, broken: readonly UnreadableBaseFile[]): UnreadableBaseFile | undefined {
  const byId = broken.find((file) => file.id === change.procedure);
  if (byId) return byId;
  const path = pathOf(change.file);
  const scored = broken.map((file) => ({ file, shared: sharedTail(pathOf(file.file), path) }));
  const best = Math.max(0, ...scored.map((s) => s.shared));
  const found = scored.filter((s) => s.shared === best);
  return best > 0 && found.length === 1 ? found[0]!.file : undefined;
}

/**
 * Procedures reported as added whose base file could not be read: the base may well have held them, so the report
 * says the base was unreadable (and why) rather than that the procedure is new. The level stays: the revision is
 * judged as any new procedure, breaking when its own steps exceed its limit.
 */
export function markUnreadableBase(changes: readonly Change[], broken: readonly UnreadableBaseFile[]): Change[] {
  if (broken.length === 0) return [...changes];
  return changes.map((change) => {
    if (change.kind !== 'procedure-added') return change;
    const source = brokenSource(change, broken);
    return source === undefined
      ? change
      : { ...change, unreadableBase: { file: source.file, problem: source.problem, parsed: source.id !== undefined } };
  });
}

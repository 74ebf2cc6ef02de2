import { lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Whether any part of `file` below `root` (the root itself not included) is a symbolic link. Checking only the last
 * part let a link to a folder (`p/LEAKDIR` → /etc) lead a request out of the folder it was meant to stay in.
 */
export function linkBelow(root: string, file: string): boolean {
  let at = root;
  for (const part of relative(root, file).split(sep)) {
    if (part === '') continue;
    at = join(at, part);
    const stats = lstatSync(at, { throwIfNoEntry: false });
    // Nothing there: nothing further down is there either, so no link can be followed through it.
    if (stats === undefined) return false;
    if (stats.isSymbolicLink()) return true;
  }
  return false;
}

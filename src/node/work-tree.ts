import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The top folder of the git work tree that holds `folder`: the nearest one up with a `.git` (a folder, or the file a
 * linked worktree or submodule has), or undefined outside any. Found on disk, without running git, which a CI image
 * may lack.
 */
export function workTreeTop(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A path with its links resolved; as written when it cannot be (a file gone since it was read). */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

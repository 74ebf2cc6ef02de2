import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../model/limits.js';
import { idFileKey } from '../model/id-file-name.js';
import { loadFile } from '../model/load.js';
import { isCatalogFile } from './files.js';
import { listTree, readBlobs, type Repository } from './git.js';

/** The procedure id a file's content holds, or undefined when it is not a procedure that parses. */
export function procedureIdOf(file: string, bytes: Uint8Array): string | undefined {
  const data = loadFile(file, bytes).data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const id = (data as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/**
 * Where a procedure now in a file new since a revision was at that revision: the one procedure file of the revision,
 * no longer in the working tree, that holds the same id (or the id spelled otherwise, as the diff pairs them). Read by
 * id, not by git's rename detection, so that a file moved with plain `mv` (untracked) or edited past git's similarity
 * threshold is still found. Undefined when none or several are.
 */
export async function movedFrom(
  repository: Repository,
  object: string,
  id: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const tree = await listTree(repository, object, '', env);
  // Only files gone from the working tree: one still there is its own procedure (a copy), compared at its own path.
  const gone = tree.filter((entry) => isCatalogFile(entry.path) && !existsSync(join(repository.root, entry.path)));
  if (gone.length === 0) return undefined;
  const contents = await readBlobs(
    repository,
    gone.map((entry) => entry.blob),
    LIMITS.maxFileBytes,
    env,
  );
  const key = idFileKey(id);
  const found = gone.filter((entry) => {
    const bytes = contents.get(entry.blob);
    if (bytes === undefined || typeof bytes === 'number') return false;
    const held = procedureIdOf(entry.path, bytes);
    return held !== undefined && idFileKey(held) === key;
  });
  return found.length === 1 ? found[0]!.path : undefined;
}

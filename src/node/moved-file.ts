import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../model/limits.js';
import { idFileKey } from '../model/id-file-name.js';
import { loadFile } from '../model/load.js';
import { isCatalogFile } from './files.js';
import { listTree, readBlobs, type Repository } from './git.js';
import { ignoredInRepository } from './walk-ignores.js';

/** The procedure id a file's content holds, or undefined when it is not a procedure that parses. */
export function procedureIdOf(file: string, bytes: Uint8Array): string | undefined {
  const data = loadFile(file, bytes).data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const id = (data as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/**
 * Where a procedure was at a revision, by its id: the path, or undefined when no file or several hold it. Files a
 * configuration's `ignores:` skips are searched only for a file that lies in such a folder itself (`ignoredToo`).
 */
export interface MovedFrom {
  (id: string, ignoredToo?: boolean): string | undefined;
  /** Every path of the revision gone since that holds a procedure: none left to find, no new file need be read. */
  readonly places: readonly string[];
}

/**
 * Where a procedure now in a file new since a revision was at that revision: the one procedure file of the revision,
 * no longer in the working tree, that holds the same id (or the id spelled otherwise, as the diff pairs them). Read by
 * id, not by git's rename detection, so that a file moved with plain `mv` (untracked) or edited past git's similarity
 * threshold is still found. The revision's tree is listed and its gone files read once, for every file asked about.
 */
export async function movedFrom(repository: Repository, object: string, env: NodeJS.ProcessEnv): Promise<MovedFrom> {
  const tree = await listTree(repository, object, '', env);
  // Only files gone from the working tree: one still there is its own procedure (a copy), compared at its own path.
  const gone = tree.filter((entry) => isCatalogFile(entry.path) && !existsSync(join(repository.root, entry.path)));
  const contents =
    gone.length === 0
      ? new Map()
      : await readBlobs(
          repository,
          gone.map((entry) => entry.blob),
          LIMITS.maxFileBytes,
          env,
        );
  // A test folder the configuration ignores may hold copies of the catalog's procedures: lint and the diff's folder
  // walk never read them as the catalog, so neither is one taken for the file a procedure was moved from.
  const ignored = ignoredInRepository(repository.root);
  const paths = new Map<string, { path: string; ignored: boolean }[]>();
  for (const entry of gone) {
    const bytes = contents.get(entry.blob);
    if (bytes === undefined || typeof bytes === 'number') continue;
    const held = procedureIdOf(entry.path, bytes);
    if (held === undefined) continue;
    const key = idFileKey(held);
    paths.set(key, [...(paths.get(key) ?? []), { path: entry.path, ignored: ignored(entry.path) }]);
  }
  const lookup = (id: string, ignoredToo = false) => {
    const found = (paths.get(idFileKey(id)) ?? []).filter((file) => ignoredToo || !file.ignored);
    return found.length === 1 ? found[0]!.path : undefined;
  };
  return Object.assign(lookup, { places: [...paths.values()].flat().map(({ path }) => path) });
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below a folder (outside .git) with a hash of its bytes: what a run that writes nothing must leave as it was. */
export function treeHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (name === '.git' || name.startsWith('.git/')) continue;
    hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

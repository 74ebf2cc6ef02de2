import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .yaml and .yml file under a folder, depth first in directory order, node_modules left out. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

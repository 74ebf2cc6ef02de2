import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder procmap is installed in (where its package.json, templates and schemas are), found by walking up from
 * this module, so it holds whether the code runs from dist/ module by module or from the start-up bundle.
 */
export const PACKAGE_ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'procmap')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('procmap cannot find its own package.json');
    dir = parent;
  }
})();

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the files `paths` (each by its path from `root` and its bytes), in their order: a change of one file's
 * bytes, a file added, removed or renamed, each gives another hash.
 */
export function filesFingerprint(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(relative(root, path));
    hash.update('\u0000');
    hash.update(readFileSync(path));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/** Every file below `dir`, by path, sorted; `skip` names folders below it that are left out. */
function filesBelow(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skip.has(relative(dir, path).split(/[\\/]/)[0]!))
    .sort();
}

/**
 * The code a module at `file` is part of: the bundle alone when it is one (`dist/bundle/main.cjs`, what the binary
 * runs), else every file of the folder of procmap's modules it lies in (dist/ module by module, or src/ run by the
 * tests), the bundles aside.
 */
export function codeFiles(file: string): { root: string; files: string[] } {
  if (file.endsWith('.cjs')) return { root: dirname(file), files: [file] };
  // This module is <code>/node/code-fingerprint.{ts,js}.
  const root = dirname(dirname(file));
  return { root, files: filesBelow(root, new Set(['bundle'])) };
}

/**
 * Where scripts/bundle.mjs writes the hash of the bundle's own text (this placeholder in it, 64 characters, hashed as
 * it stands): the bundle then knows its code at no cost, where hashing its 3 MB on each build took 5–20 ms of a
 * 0.1–0.2 s build that finds nothing changed.
 */
export const BUNDLE_DIGEST = 'procmap:the-bundle-digest-that-scripts/bundle.mjs-writes-here:::';

let running: string | undefined;

/**
 * A hash of the procmap code that is running: the site's styles, scripts and page markup are in it, not in the
 * templates folder, and they change between two builds of one version (a fix installed from git, a packager's
 * patch). The bundle's is written in it when it is made; code run module by module (dist/, or src/ in the tests)
 * is hashed once per process.
 */
export function runningCodeFingerprint(): string {
  if (/^[0-9a-f]{64}$/.test(BUNDLE_DIGEST)) return BUNDLE_DIGEST;
  if (running === undefined) {
    const { root, files } = codeFiles(fileURLToPath(import.meta.url));
    running = filesFingerprint(root, files);
  }
  return running;
}

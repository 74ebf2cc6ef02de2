import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The small fixture catalog the build tests use (four procedures), never the bundled procedures/ catalog. */
export const SITE_CATALOG = join(ROOT, 'test', 'fixtures', 'site');

/** A fresh folder for one test file, removed after it. */
export function workFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `procmap-safety-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A catalog folder holding copies of some of the fixture catalog's procedures (paths under test/fixtures/site/). */
export function catalogOf(dir: string, ...files: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) cpSync(join(SITE_CATALOG, file), join(dir, file.replace(/\//g, '-')));
  return dir;
}

/** A private copy of a folder (a built site, a catalog) for one test to change, so that no test sees another's. */
export function copyOf(from: string, to: string): string {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

/** Temporary files a write left behind: procmap's naming, and the `<name>.<digits>` of the writer it replaced. */
export function leftovers(names: readonly string[]): string[] {
  return names.filter((name) => /procmap-tmp|\.\d+$/.test(name));
}

import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** A fresh folder for one test file, removed after it. */
export function workFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `procmap-safety-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A catalog folder holding copies of some of the sample procedures (paths under procedures/). */
export function catalogOf(dir: string, ...files: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) cpSync(join(ROOT, 'procedures', file), join(dir, file.replace(/\//g, '-')));
  return dir;
}

/** Temporary files a write left behind: procmap's naming, and the `<name>.<digits>` of the writer it replaced. */
export function leftovers(names: readonly string[]): string[] {
  return names.filter((name) => /procmap-tmp|\.\d+$/.test(name));
}

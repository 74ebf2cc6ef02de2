import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

/**
 * Runs `procmap import` in a fixture folder on `args` (its files and options) into a new temporary folder: the run,
 * that folder, and the text of a procedure written there by its id.
 */
export async function importFrom(fixtures: string, args: readonly string[], lang = 'en') {
  const out = mkdtempSync(join(tmpdir(), 'procmap-import-'));
  const run = await runCli(['import', '--lang', lang, ...args, '-o', out], { cwd: fixtures });
  return { ...run, out, yaml: (id: string) => readFileSync(join(out, `${id}.yaml`), 'utf8') };
}

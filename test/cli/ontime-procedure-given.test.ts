import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = join(import.meta.dirname, '../fixtures/ontime/catalog');

describe('a procedure file given to ontime where the dossier export goes', () => {
  it('is said to be a procedure, with where each file goes, not that it lacks the dossier columns', async () => {
    const result = await runCli(['ontime', 'ket-hon.yaml', '--catalog', '.', '--lang', 'en'], { cwd: CATALOG });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `ket-hon.yaml: this is a procedure file, not a table of dossiers: give the procedures' folder with --catalog, and the dossier export of the one-stop software (.csv, .xlsx or .json) as the argument`,
    );
  });
});

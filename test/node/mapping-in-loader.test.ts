import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFoundFiles } from '../../src/node/catalog-reader.js';
import { findCatalogFiles, findProcedureFiles, forgetRunState } from '../../src/node/files.js';
import { runInFolder } from '../../src/node/run-context.js';
import { runCli } from '../helpers/run-cli.js';

// The walk opened and read every procedure file once more to tell a `--map` column mapping from a procedure (~21 µs a
// file, 2,000 files 6 → 49 ms); the loader, which reads each file anyway, now decides, with the same notes in the
// walk's order.
const MAPPING = 'columns:\n  received: Ngày nhận\nsteps:\n  receive: Tiếp nhận\n';
const PROCEDURE = 'id: QT-01\ntitle: Cấp bản sao\n';
const root = mkdtempSync(join(tmpdir(), 'procmap-mapping-loader-'));
// Walk order: .an.yaml (hidden), b-cot.yaml (mapping), c.yaml, d/.e.yaml (hidden), d/cot.yaml (mapping), e.yaml
for (const [path, text] of [
  ['cat/.an.yaml', PROCEDURE],
  ['cat/b-cot.yaml', MAPPING],
  ['cat/c.yaml', PROCEDURE],
  ['cat/d/.e.yaml', PROCEDURE],
  ['cat/d/cot.yaml', MAPPING],
  ['cat/e.yaml', PROCEDURE],
  ['only/cot.yaml', MAPPING],
] as const) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inRoot = <T>(run: () => T): T =>
  runInFolder({ cwd: root }, () => {
    forgetRunState();
    return run();
  });

describe('column mappings among the procedures, told by the loader', () => {
  it('are left among the files by the walk, which opens none', () => {
    const found = inRoot(() => findProcedureFiles(['cat']));
    expect(found.files).toEqual(['cat/b-cot.yaml', 'cat/c.yaml', 'cat/d/cot.yaml', 'cat/e.yaml']);
    expect(found.hidden).toEqual(['cat/.an.yaml', 'cat/d/.e.yaml']);
  });

  it('are passed over by the loader and noted with the hidden files in the walk’s order', () => {
    const read = inRoot(() => readFoundFiles(findCatalogFiles(['cat'])));
    expect(read.files.map((file) => file.file)).toEqual(['cat/c.yaml', 'cat/e.yaml']);
    expect(read.hidden).toEqual(['cat/.an.yaml', 'cat/b-cot.yaml', 'cat/d/.e.yaml', 'cat/d/cot.yaml']);
  });

  it('give lint the same notes in the same order, and are not counted as files checked', async () => {
    const run = await runCli(['lint', 'cat', '--lang', 'en', '-f', 'json'], { cwd: root });
    const noted = run.stderr
      .split('\n')
      .filter(Boolean)
      .map((line) => /skipped "([^"]+)"/.exec(line)?.[1]);
    expect(noted).toEqual(['cat/.an.yaml', 'cat/b-cot.yaml', 'cat/d/.e.yaml', 'cat/d/cot.yaml']);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string }[] };
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['cat/c.yaml', 'cat/e.yaml']));
  });

  it('still refuse a folder that holds nothing but a mapping, naming it', async () => {
    const run = await runCli(['lint', 'only', '--lang', 'en'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('No procedure files (.yaml, .yml) in "only"');
    expect(run.stderr).toContain('skipped "only/cot.yaml": it is a column mapping');
  });

  it('are read as procedures when named on the command line', async () => {
    const run = await runCli(['lint', 'only/cot.yaml', '--lang', 'en', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('only/cot.yaml');
  });
});

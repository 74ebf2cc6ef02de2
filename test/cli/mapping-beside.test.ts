import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A --map column mapping (top-level columns, steps) saved among the procedures: it was linted as a broken procedure
// (7 schema errors) by lint, doc, flowchart and build.
const FIXTURE = join(ROOT, 'test/cli/fixtures/mapping-beside');
const NOTE =
  'procmap: note: skipped "cot.yaml": it is a column mapping (only columns, steps and statuses), not a procedure; give it to --map of procmap ontime or procmap import\n';

/** A copy of the fixture folder (a procedure and cot.yaml), to run in. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-mapping-beside-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('a column mapping saved among the procedures', () => {
  it('is passed over by lint with one note naming it', async () => {
    const dir = copy();
    expect(await runCli(['lint', '.', '--lang', 'en'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: NOTE,
    });
  });

  it('is passed over by doc, flowchart and build, each saying so once', async () => {
    const dir = copy();
    const doc = await runCli(['doc', '.', '-f', 'md', '-o', 'doc', '--lang', 'en'], { cwd: dir });
    expect([doc.code, doc.stderr]).toEqual([0, NOTE]);
    expect(readdirSync(join(dir, 'doc')).filter((name) => !name.startsWith('.'))).toEqual(['QT-CT-01.md']);
    const chart = await runCli(['flowchart', '.', '-f', 'mmd', '-o', 'charts', '--lang', 'en'], { cwd: dir });
    expect([chart.code, chart.stderr]).toEqual([0, NOTE]);
    const build = await runCli(['build', '.', '-o', 'site', '--lang', 'en'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stderr.split('\n').filter((line) => line.includes('cot.yaml'))).toEqual([NOTE.trimEnd()]);
  });

  it('still lints a real procedure that merely lacks fields, and a file with columns beside a procedure’s fields', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'thieu.yaml'), 'title: Cấp bản sao\ncolumns:\n  received: Ngày nhận\n');
    const run = await runCli(['lint', '.', '--lang', 'en', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(NOTE);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; rule: string }[] };
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['thieu.yaml']));
    expect(diagnostics.filter((d) => d.rule === 'schema').length).toBeGreaterThan(0);
  });
});

import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A file its user made read-only (chmod 444) is their "do not change this": every command that would replace it, an
// output procmap wrote itself included, leaves it as it is and says how to make it writable (src/node/read-only.ts).
const CATALOG = 'test/fixtures/ontime/catalog';
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-read-only-'));
const refusal = (file: string) =>
  `Cannot write "${file}": it is read-only; to have procmap replace it, make it writable first (chmod u+w "${file}")`;

describe('a read-only file in the way of an output', () => {
  it('export -o over a workbook procmap wrote and its user made read-only: refused, even with --force', async () => {
    const out = join(fresh(), 'catalog.xlsx');
    expect((await runCli(['export', CATALOG, '-o', out, '--lang', 'en'])).code).toBe(0);
    chmodSync(out, 0o444);
    const before = readFileSync(out);
    const run = await runCli(['export', CATALOG, '-o', out, '--lang', 'en', '--force']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `procmap: ${refusal(out)}\n` });
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('ontime -o over a read-only report: refused, nothing written', async () => {
    const out = join(fresh(), 'report.txt');
    const args = ['ontime', 'test/fixtures/ontime/ho-so.csv', '--catalog', CATALOG, '--as-of', '2026-05-08 09:00'];
    expect((await runCli([...args, '-o', out, '--lang', 'en'])).code).toBe(0);
    writeFileSync(out, 'kept');
    chmodSync(out, 0o444);
    const run = await runCli([...args, '-o', out, '--lang', 'en', '--force']);
    expect([run.code, run.stdout, run.stderr.split('\n').at(-2)]).toEqual([2, '', `procmap: ${refusal(out)}`]);
    expect(readFileSync(out, 'utf8')).toBe('kept');
  });

  it('import over a read-only procedure file: that row is skipped with the same words, even with --force', async () => {
    const dir = fresh();
    const workbook = join(dir, 'catalog.xlsx');
    const out = join(dir, 'procedures');
    expect((await runCli(['export', CATALOG, '-o', workbook])).code).toBe(0);
    expect((await runCli(['import', workbook, '-o', out])).code).toBe(0);
    const file = join(out, 'QT-CT-01.yaml');
    const edited = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Sửa tay');
    writeFileSync(file, edited);
    chmodSync(file, 0o444);
    const run = await runCli(['import', workbook, '-o', out, '--force', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^skipped {6}.*catalog\.xlsx: sheet "[^"]*" row 2 \(2\.000815\): Cannot write "(.*QT-CT-01\.yaml)": it is read-only; to have procmap replace it, make it writable first \(chmod u\+w "\1"\)$/m,
    );
    expect(run.stdout).toContain('0 imported, 2 unchanged, 1 skipped\n');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

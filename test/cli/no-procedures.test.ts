import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A folder a command is pointed at by mistake: files, but no procedure file (.yaml, .yml) among them.
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-no-procedures-'));
  mkdirSync(join(dir, 'e2'));
  writeFileSync(join(dir, 'e2', 'notes.txt'), 'not a procedure');
  cpSync(join(ROOT, 'test/fixtures/ontime-units/ho-so.csv'), join(dir, 'ho-so.csv'));
  return dir;
}

const REFUSAL = {
  en: (path: string) => `procmap: No procedure files (.yaml, .yml) in "${path}"\n`,
  vi: (path: string) => `procmap: Không có tệp quy trình (.yaml, .yml) nào trong "${path}"\n`,
};

describe('a command given a path with no procedure file', () => {
  it.each([
    ['doc', ['doc', 'e2', '-o', 'out']],
    ['export', ['export', 'e2', '-o', 'x.xlsx']],
    ['flowchart', ['flowchart', 'e2', '-o', 'fc', '--format', 'mmd']],
    ['time', ['time', 'e2']],
    ['build', ['build', 'e2', '-o', 's']],
    ['stats', ['stats', 'e2']],
    ['ontime --catalog', ['ontime', '--catalog', 'e2', 'ho-so.csv']],
    ['lint', ['lint', 'e2']],
  ])('%s refuses it as lint does, exit 2, and writes nothing', async (_name, args) => {
    const dir = workFolder();
    expect(await runCli([...args, '--lang', 'en'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: REFUSAL.en('e2'),
    });
    expect(await runCli([...args, '--lang', 'vi'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: REFUSAL.vi('e2'),
    });
    expect(readdirSync(dir).sort()).toEqual(['e2', 'ho-so.csv']);
  });

  it.each([['doc'], ['export'], ['flowchart'], ['stats'], ['lint']])(
    '%s with no path refuses the current folder when it holds none',
    async (command) => {
      const dir = workFolder();
      expect(await runCli([command, '--lang', 'en'], { cwd: join(dir, 'e2') })).toEqual({
        code: 2,
        stdout: '',
        stderr: REFUSAL.en('.'),
      });
      expect(readdirSync(join(dir, 'e2'))).toEqual(['notes.txt']);
    },
  );
});

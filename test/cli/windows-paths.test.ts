import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const SOURCE = readFileSync(join(ROOT, 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml'), 'utf8');

// Made at run time: a name with a backslash in it cannot be checked out on Windows.
describe('a path written with Windows backslashes', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'procmap-windows-path-'));
    mkdirSync(join(dir, 'procedures', 'Thủ tục'), { recursive: true });
    writeFileSync(join(dir, 'procedures', 'Thủ tục', 'a.yaml'), SOURCE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the path with slashes where that names a file or folder (it said "does not exist")', async () => {
    const lint = await runCli(['lint', '--lang', 'en', 'procedures\\Thủ tục\\a.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', '✔ 1 file checked, no problems\n']);
    const time = await runCli(['time', '--lang', 'en', '.\\procedures\\Thủ tục'], { cwd: dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('procedures/Thủ tục/a.yaml');
  });

  it('is a name with a backslash where such a name stands on disk', async () => {
    writeFileSync(join(dir, 'procedures\\b.yaml'), SOURCE);
    // The same path with slashes names a file too: the name as typed, which stands, is the one meant.
    writeFileSync(join(dir, 'procedures', 'b.yaml'), SOURCE);
    const time = await runCli(['time', '--lang', 'en', 'procedures\\b.yaml'], { cwd: dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout.split('\n')[1]).toBe('procedures\\b.yaml');
  });

  it('names nothing, as typed, where neither form does', async () => {
    const lint = await runCli(['lint', '--lang', 'en', 'procedures\\nope.yaml'], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([2, '']);
    expect(lint.stderr).toBe('procmap: Path "procedures\\nope.yaml" does not exist\n');
  });
});

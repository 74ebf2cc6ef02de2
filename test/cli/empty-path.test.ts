import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A copy: before the fix, `-o ""` wrote wherever "" led.
function catalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-empty-path-'));
  cpSync(join(ROOT, 'test/cli/fixtures/config-catalog'), dir, { recursive: true });
  return dir;
}

// Before, "" was read as the current folder or standard output: an unset CI variable ("$CATALOG") silently changed
// what was checked or where it went.
describe('an empty string given as a path (CLI)', () => {
  it.each([
    [['lint', ''], 'Tham số thứ 1'],
    [['lint', 'procedures', ''], 'Tham số thứ 2'],
    [['time', ''], 'Tham số thứ 1'],
    [['diff', '', 'procedures'], 'Tham số thứ 1'],
    [['stats', ''], 'Tham số thứ 1'],
    [['ontime', 'ho-so.csv', '--catalog', ''], '--catalog'],
    [['lint', 'procedures', '-c', ''], '--config'],
    [['time', 'procedures', '--calendar', ''], '--calendar'],
    [['lint', 'procedures', '-o', ''], '--output'],
    [['export', 'procedures', '-o', ''], '--output'],
  ])('procmap %j is refused, naming %s (exit 2)', async (args, what) => {
    const result = await runCli(args, { cwd: catalog() });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `procmap: ${what} là chuỗi rỗng: hãy ghi đường dẫn (có biến môi trường nào chưa đặt?)\n`,
    });
  });

  it('says it in English with --lang en', async () => {
    const result = await runCli(['lint', '--lang', 'en', '-c', '', 'procedures'], { cwd: catalog() });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'procmap: --config is an empty string: write a path (is a variable unset?)\n',
    });
  });
});

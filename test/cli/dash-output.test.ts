import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

function catalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-dash-output-'));
  cpSync(join(ROOT, 'test/cli/fixtures/config-catalog'), dir, { recursive: true });
  return dir;
}

// `lint -f sarif -o - | upload` wrote the report to a file named "-" and nothing to the pipe; `doc -o -` made a
// folder "-". The shell's "-" is standard output: refused, saying how to get that, before anything is read or written.
describe('-o - (standard output, by the shell convention)', () => {
  it.each([
    ['lint', 'procedures', '-o', '-'],
    ['lint', 'procedures', '--output', '-', '-f', 'sarif'],
    ['doc', 'procedures', '-f', 'md', '-o', '-'],
    ['flowchart', 'procedures', '-f', 'mmd', '-o', '-'],
    ['export', 'procedures', '-o', '-'],
  ])('procmap %s … is refused, exit 2, and writes nothing', async (...args) => {
    const dir = catalog();
    const before = readdirSync(dir).sort();
    const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: -o "-" would write a file or folder named "-", not standard output: leave -o out to have a report on standard output; to name a file or folder "-", write ./-\n',
    });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('says it in Vietnamese by default', async () => {
    const result = await runCli(['lint', 'procedures', '-o', '-'], { cwd: catalog() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'procmap: -o "-" sẽ ghi vào một tệp hoặc thư mục tên là "-", không phải đầu ra chuẩn: hãy bỏ -o để báo cáo in ra đầu ra chuẩn; muốn đặt tên tệp hoặc thư mục là "-", hãy viết ./-\n',
    );
  });

  it('still writes a report to a file named "-" written ./-', async () => {
    const dir = catalog();
    const result = await runCli(['lint', 'procedures', '-f', 'json', '-o', './-'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(readFileSync(join(dir, '-'), 'utf8')).toMatch(/^{\n  "diagnostics": \[/);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Files left by `git merge` with a conflict: `<<<<<<< HEAD`, `=======`, `>>>>>>> feature` lines around two versions.
const FIXTURES = join(ROOT, 'test/cli/fixtures/merge-conflict');

const VI =
  'Tệp còn xung đột khi gộp nhánh git (merge conflict) chưa được giải quyết: giữa các dòng "<<<<<<<", "=======" và ">>>>>>>" là hai phiên bản của cùng một đoạn; hãy giữ lại một phiên bản và xóa các dòng đánh dấu đó';
const EN =
  'This file has a git merge conflict that is not resolved yet: between the lines "<<<<<<<", "=======" and ">>>>>>>" stand two versions of the same lines; keep one version and delete the marker lines';

describe('a file with a merge conflict not yet resolved', () => {
  it('is told as such at the line of its first marker, by lint, in both languages', async () => {
    const vi = await runCli(['lint', 'conflicted.yaml'], { cwd: FIXTURES });
    expect(vi).toEqual({
      code: 1,
      stdout: `conflicted.yaml\n  14:1  lỗi  ${VI}  parse\n\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n`,
      stderr: '',
    });
    const en = await runCli(['lint', '--lang', 'en', 'conflicted.yaml'], { cwd: FIXTURES });
    expect(en).toEqual({
      code: 1,
      stdout: `conflicted.yaml\n  14:1  error  ${EN}  parse\n\n✖ 1 problem (1 error, 0 warnings)\n  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n`,
      stderr: '',
    });
  });

  it('stops diff at the revision that holds it', async () => {
    const result = await runCli(['diff', 'clean.yaml', 'conflicted.yaml'], { cwd: FIXTURES });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `conflicted.yaml:14:1: lỗi ${VI} (parse)\nprocmap: 1 vấn đề trong các tệp của bản sửa; hãy sửa (procmap lint) rồi chạy lại diff\n`,
    });
  });

  it('is told in the configuration and in a calendar file', async () => {
    const config = await runCli(['lint', 'clean.yaml'], { cwd: join(FIXTURES, 'config') });
    expect(config).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Cấu hình không hợp lệ:\nprocmap.config.yaml:2:1: ${VI}\n`,
    });
    const calendar = await runCli(['time', '--lang', 'en', 'clean.yaml', '--calendar', 'calendar.yaml'], {
      cwd: FIXTURES,
    });
    expect(calendar.code).toBe(2);
    expect(calendar.stdout).toBe('');
    expect(calendar.stderr).toContain(`calendar.yaml:2:1: ${EN}\n`);
  });
});

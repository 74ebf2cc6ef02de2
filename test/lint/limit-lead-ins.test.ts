import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/limit-lead-ins');

/** A copy of a fixture beside the configuration that turns canonical-duration on, in a folder of its own. */
function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-lead-ins-'));
  cpSync(join(FIXTURES, `${name}.yaml`), join(dir, 'p.yaml'));
  cpSync(join(FIXTURES, 'procmap.config.yaml'), join(dir, 'procmap.config.yaml'));
  return dir;
}

describe('the legal words laws put before a limit, alone or several in a row', () => {
  // Each was refused as "not a duration"; "Thời hạn giải quyết: 10 ngày làm việc" (with the colon) was read.
  const leadIns: [string, string][] = [
    ['lead-1', 'Thời hạn giải quyết 10 ngày làm việc'],
    ['lead-2', 'Trong thời hạn không quá 10 ngày làm việc'],
    ['lead-3', 'Tổng thời gian giải quyết 10 ngày làm việc'],
    ['lead-4', 'Thời hạn giải quyết là 10 ngày làm việc'],
    ['lead-5', 'Trong thời hạn chậm nhất 10 ngày làm việc'],
    ['lead-6', 'Thời hạn giải quyết: trong thời hạn tối đa 10 ngày làm việc'],
  ];

  it('reads the limit after them, and --fix writes it alone', async () => {
    for (const [name, written] of leadIns) {
      const dir = copy(name);
      const result = await runCli(['lint', '--lang', 'vi', 'p.yaml'], { cwd: dir });
      expect(result.code, name).toBe(0);
      expect(result.stderr, name).toBe('');
      expect(result.stdout, name).toBe(
        `p.yaml\n  7:13  cảnh báo  Hãy viết "${written}" thành "10d"  canonical-duration\n\n✖ 1 vấn đề (0 lỗi, 1 cảnh báo)\n  0 lỗi và 1 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n`,
      );
      const fixed = await runCli(['lint', '--lang', 'vi', '--fix', 'p.yaml'], { cwd: dir });
      expect(fixed.code, name).toBe(0);
      expect(readFileSync(join(dir, 'p.yaml'), 'utf8'), name).toContain('\ntime_limit: "10d"\n');
    }
  });

  it('gives the advice for a next-day clause to "the same day or the next", with no hour to say which', async () => {
    const result = await runCli(['lint', '--lang', 'vi', 'p.yaml'], { cwd: copy('same-or-next-day') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '7:13  lỗi  "Trong ngày hoặc ngày làm việc tiếp theo" không cho biết trả kết quả vào ngày nào: hãy ghi "Trong ngày làm việc tiếp theo" nếu trả kết quả chậm nhất vào cuối ngày làm việc sau ngày tiếp nhận',
    );
    expect(result.stdout).toContain('ghi "trong ngày" và giờ chuyển sang hôm sau ở cutoff, ví dụ cutoff: "15:00"');
  });
});

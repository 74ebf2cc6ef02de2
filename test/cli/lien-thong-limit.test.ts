import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/lien-thong';
const STAGES = 'UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc';

describe('time on a liên thông limit given per agency (CLI)', () => {
  it('refuses the shares alone with the total to write, never the limit of one agency', async () => {
    const result = await runCli(['time', '--lang', 'vi', `${DIR}/per-agency.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${DIR}/per-agency.yaml\n` +
        `  7:13  lỗi  "${STAGES}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "10 ngày làm việc (${STAGES})"  schema\n` +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng lệnh procmap lint --fix.\n',
    );
  });

  it('counts the appointment from the total that --fix writes, printing the shares as the law words them', async () => {
    const result = await runCli(['time', '--lang', 'vi', `${DIR}/total.yaml`, '--received', '13/02/2026 09:00']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\nTheo văn bản: 10 ngày làm việc (${STAGES})\n`,
    );
    // Ten working days from Friday 13/02/2026, the Tết days off (14–22/02) skipped.
    expect(result.stdout).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 06/03/2026\n');
  });

  it('reads the shares written a line each as the shares, and --fix writes their total on one line', async () => {
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/per-agency-lines.yaml`]);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toBe(
      `${DIR}/per-agency-lines.yaml\n` +
        `  7:13  lỗi  "${STAGES}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "10 ngày làm việc (${STAGES})"  schema\n` +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n' +
        '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-lines-'));
    copyFileSync(join(ROOT, DIR, 'per-agency-lines.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stdout]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    expect(fix.stderr).toBe(`procmap: đã sửa 1 vấn đề trong p.yaml\n`);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain(
      `\ntime_limit: "10 ngày làm việc (${STAGES})"\nbodies:\n`,
    );
  });
  it('reads each time written before its agency ("… tại UBND xã và … tại Sở Tư pháp") as the shares, and --fix writes their total', async () => {
    const written = '08 giờ làm việc tại UBND xã và 03 ngày làm việc tại Sở Tư pháp';
    const shares = 'UBND xã: 08 giờ làm việc; Sở Tư pháp: 03 ngày làm việc';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/time-at-agency.yaml`]);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toBe(
      `${DIR}/time-at-agency.yaml\n` +
        `  7:13  lỗi  "${written}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng ngày làm việc và giờ làm việc; thời hạn trả kết quả cho người nộp là tổng các thời gian đó, tính bằng ngày làm việc, một ngày làm việc có 8 giờ làm việc: hãy ghi time_limit: "4 ngày làm việc (${shares})"  schema\n` +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n' +
        '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-after-'));
    copyFileSync(join(ROOT, DIR, 'time-at-agency.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stdout]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    expect(fix.stderr).toBe('procmap: đã sửa 1 vấn đề trong p.yaml\n');
    // The comment after the limit is kept.
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain(
      `\ntime_limit: "4 ngày làm việc (${shares})"   # theo QĐ công bố\nbodies:\n`,
    );
    const time = await runCli(['time', '--lang', 'vi', 'p.yaml', '--received', '13/02/2026 09:00'], { cwd: dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain(
      `\nThời hạn giải quyết: 4 ngày làm việc (32 giờ)\nTheo văn bản: 4 ngày làm việc (${shares})\n`,
    );
    // Four working days from Friday 13/02/2026, the Tết days off (14–22/02) skipped.
    expect(time.stdout).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Năm, ngày 26/02/2026\n');
  });
});

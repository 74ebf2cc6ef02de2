import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/pause-days-column.csv: Đăng ký kết hôn (5 working days) received Mon 06/04/2026 09:00, with a
// column of paused days ("Số ngày tạm dừng") and no column of when a pause started and ended. N-1 (5 days) settled
// late without its pause and N-4 (2 days) open and overdue: not measured. N-2 (3 days) settled early, early whatever
// its pause; N-3 (0 days) late, not paused. Before, the column was ignored without a word and N-1 read late.
const CATALOG = 'test/fixtures/ontime/catalog';
const FILE = 'test/fixtures/ontime/pause-days-column.csv';
const AS_OF = ['--as-of', '01/06/2026 08:00'];

describe('procmap ontime, a column of paused days without the pauses’ dates', () => {
  it('says so once for the file and leaves unmeasured the dossiers it may have kept on time', async () => {
    const vi = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Đã giải quyết: 2 (trước hạn 1, đúng hạn 0, quá hạn 1)\n');
    const row = (n: number, days: number) =>
      `${FILE}:${n}: ${days} ngày tạm dừng ở cột "Số ngày tạm dừng", không rõ từ lúc nào đến lúc nào: không đo được`;
    // The report on the terminal carries the note among its notes (ontime-file-notes.test.ts): not again on stderr.
    expect(vi.stdout).toContain(
      `\n\n${FILE}: cột "Số ngày tạm dừng" chỉ ghi số ngày tạm dừng, không ghi tạm dừng từ lúc nào đến lúc nào; số ngày không đặt được lên lịch làm việc (ngày nghỉ, ngày lễ, giờ trong ngày), nên hồ sơ có tạm dừng mà không tính tạm dừng thì quá hạn không được đo; hãy xuất thêm cột "Ngày tạm dừng" và "Ngày tiếp tục", hoặc cột "Tạm dừng" (13/02/2026 09:00 - 16/02/2026 10:00)\n`,
    );
    expect(vi.stderr).toBe([row(2, 5), row(5, 2), 'Dòng không đo được: 2', ''].join('\n'));
    const en = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'en', '--format', 'json']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      `${FILE}: the column "Số ngày tạm dừng" gives a number of paused days, not when each pause started and ended;`,
    );
    // The advice once, for the file; each row says its count and no more.
    expect(en.stderr.split('export the columns').length - 1).toBe(1);
    expect(en.stderr).toContain(
      `${FILE}:2: 5 paused days in column "Số ngày tạm dừng", with no start and end: not measured\n`,
    );
    const report = JSON.parse(en.stdout);
    expect(report.totals).toMatchObject({ early: 1, late: 1, open_overdue: 0 });
    expect(report.bad_rows.listed).toEqual([
      { file: FILE, row: 2, reason: 'pause-days-column', value: '5', column: 'Số ngày tạm dừng' },
      { file: FILE, row: 5, reason: 'pause-days-column', value: '2', column: 'Số ngày tạm dừng' },
    ]);
  });
});

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A one-stop centre's register of September 2026 as its software exports it (month-end/): a title block, a header over
// one row (CSV, ";" as Vietnamese Excel writes it, with a BOM) or two (the workbook: "Tiếp nhận" merged over "Ngày" and
// "Giờ", "Tạm dừng" over "Từ ngày" and "Đến ngày"), a totals row and a signature block. Days off: Sat 29/08 – Wed
// 02/09 (Quốc khánh, Thông báo 9441/TB-BNV); office hours 07:30–11:30, 13:00–17:00. Counted by hand:
// 1 QT-CT-01 (1 working day) Thu 03/09 08:15 → due Fri 04/09, returned 04/09 10:00: on time (a limit in days runs
//   through its last day).
// 2 received online on the holiday Wed 02/09 09:00: counted from Thu 03/09 07:30, due Thu 17:00; returned Fri 09:00:
//   late by 1 h 30 (17:00 → 07:30 is none, 07:30 → 09:00).
// 3 received after hours Thu 03/09 17:30: from Fri 07:30, due Fri 17:00; returned Mon 07/09 10:00: late 2 h 30; the
//   software's appointment (Mon 08:00) is later than the rule's.
// 4 QT-HT-02 (5 working days) Mon 07/09 "8h15" → Mon 14/09 8h15, returned 14/09 10h00: on time.
// 5 received Tue 08/09 "09 giờ 00", supplement requested Wed 09/09 10:00 and received Mon 14/09 08:00: 6 h 30 + 2 h 30
//   = 9 h used, 31 h left from Mon 08:00: 7 h 30 Mon, 8 Tue, 8 Wed, 7 h 30 Thu → due Thu 17/09 16:30, the software's
//   appointment; returned 17/09 16:00: on time (without its pause, due Tue 15/09 09:00, it would read late).
// 6 withdrawn ("Đã rút hồ sơ"): not counted.
// 7 QT-HT-02 Tue 15/09 14:00 → due Tue 22/09 14:00, open on 30/09 17:00: overdue 3 + 8 × 6 = 51 working hours.
// 8 QT-TN-01 ("trong ngày") Wed 16/09 09:30, returned 16:00: on time; 9 Thu 17/09 10:00, returned Fri 08:00: late 30 min.
// 10 QT-HT-02 Mon 21/09 08:00, paused Wed 23/09 10:00 ("Chờ bổ sung hồ sơ"): 7 h 30 + 8 + 2 h 30 = 18 h used, 22 h left.
// Dossiers 9; finished 7 (on time 1, 4, 5, 8; late 2, 3, 9): 4/7 = 57,14%; open 2 (7 overdue, 10 paused).
const DIR = 'test/fixtures/ontime/month-end';
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '30/09/2026 17:00'];

const summary = [
  'Hồ sơ: 9',
  'Đã giải quyết: 7 (trước hạn 0, đúng hạn 4, quá hạn 3)',
  'Tỷ lệ đúng hạn: 57,14% (trước hạn + đúng hạn) / đã giải quyết',
  'Đang giải quyết: 2 (còn hạn 0, quá hạn 1, tạm dừng chờ bổ sung 1)',
];

async function listed(file: string) {
  const run = await runCli(['ontime', file, ...RUN, '-f', 'json']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  const report = JSON.parse(run.stdout);
  const dossiers = (report.dossiers as { id: string; status: string; due: string; lateHours: number }[]).map(
    ({ id, status, due, lateHours }) => [id.slice(-4), status, due, lateHours],
  );
  return { totals: report.totals, notSettled: report.not_settled, dossiers };
}

describe('procmap ontime on a month-end register as the one-stop software exports it', () => {
  it('says what was counted by hand, from the CSV', async () => {
    const run = await runCli(['ontime', `${DIR}/so-theo-doi.csv`, ...RUN]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`tệp: 1, dòng: 10, tính đến T4 30/09/2026 17:00\n${summary.join('\n')}\n`);
    expect(run.stdout).toContain('Rút, từ chối hoặc hủy (không tính): 1\nDòng không đo được: 0\n');
    expect(run.stdout).toContain('tạm dừng từ T4 23/09/2026 10:00, còn 22 giờ làm việc');
    const { dossiers, notSettled } = await listed(`${DIR}/so-theo-doi.csv`);
    expect(notSettled).toBe(1);
    expect(dossiers).toEqual([
      ['0007', 'open_overdue', '2026-09-22T14:00', 51],
      ['0003', 'late', '2026-09-04T17:00', 2.5],
      ['0002', 'late', '2026-09-03T17:00', 1.5],
      ['0009', 'late', '2026-09-17T17:00', 0.5],
      ['0010', 'open_paused', null, 0],
    ]);
  });

  it('reads the workbook, its header over two rows and the hour of receipt in a column of its own, the same', async () => {
    // Before, "Giờ" under the merged "Tiếp nhận" was read as no column: every receipt counted by its date alone
    // (dossier 5 "early", due 18/09 15:00; dossier 10 with 29 h 30 left).
    const run = await runCli(['ontime', `${DIR}/so-theo-doi.xlsx`, ...RUN]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`${summary.join('\n')}\n`);
    expect(run.stdout).toContain('tiếp nhận T5 03/09/2026 17:30');
    expect(await listed(`${DIR}/so-theo-doi.xlsx`)).toEqual(await listed(`${DIR}/so-theo-doi.csv`));
  });

  it('names only the column a header under a title block lacks, and writes no report', async () => {
    // khong-cot-tiep-nhan.csv: the register without its column of receipts. Before, the columns missing were those
    // of its first row, the unit's name: "Mã thủ tục" was said missing too.
    const out = join(mkdtempSync(join(tmpdir(), 'month-end-')), 'bao-cao.md');
    const file = `${DIR}/khong-cot-tiep-nhan.csv`;
    const vi = await runCli(['ontime', file, ...RUN, '-f', 'markdown', '-o', out]);
    expect([vi.code, vi.stdout]).toEqual([1, '']);
    expect(vi.stderr.split('\n')[0]).toBe(
      `${file}: không có cột "Ngày tiếp nhận"; đặt tên cột như vậy, hoặc chỉ ra cột bằng --map hay \`ontime:\` trong procmap.config.yaml (https://github.com/procmap/procmap/blob/main/docs/ontime.md)`,
    );
    expect(existsSync(out)).toBe(false);
    const en = await runCli(['ontime', file, ...RUN, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr.split('\n')[0]).toBe(
      `${file}: no column "Ngày tiếp nhận"; name the column so, or map it with --map or \`ontime:\` in procmap.config.yaml (https://github.com/procmap/procmap/blob/main/docs/ontime.md)`,
    );
  });
});

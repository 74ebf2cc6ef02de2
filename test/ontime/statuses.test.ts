import { readFileSync } from 'node:fs';
import { unreadAppointmentNotes } from '../../src/format/ontime-date-notes.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { FIXTURES, measureCsv } from './helpers.js';

describe('statuses that contradict the dates', () => {
  it('lists a row that says returned without a return date, and one waiting for additions without a pause date', async () => {
    const csv = readFileSync(join(FIXTURES, 'statuses.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [2, 'returned-without-date'],
      [3, 'returned-without-date'],
      [4, 'paused-without-date'],
    ]);
    expect(badRowText(report.badRows.listed[0]!, 'vi')).toBe(
      'trạng thái ghi "Đã trả kết quả" nhưng cột "Ngày có kết quả" của dòng này để trống: hãy ghi vào đó ngày có kết quả, ví dụ 13/02/2026 16:00',
    );
    expect(badRowText(report.badRows.listed[0]!, 'en')).toBe(
      'the status says "Đã trả kết quả" but column "Ngày có kết quả" is empty: write in it the day the result was ready, e.g. 13/02/2026 16:00',
    );
    // Waiting with its pause still running: paused; ready but not yet handed over: open; returned: early.
    expect(report.totals).toMatchObject({ dossiers: 3, open_in_time: 0, open_paused: 1, open_overdue: 1, early: 1 });
    expect(report.listed.map((d) => d.id)).toEqual(['R-5', 'R-4']);
  });

  it('counts a dossier handed back without a result apart, with or without a date, and a returned result as settled', async () => {
    // "Trả lại hồ sơ" hands the dossier back (refused, returned unsettled); "Đã trả kết quả" hands over its result.
    const csv = readFileSync(join(FIXTURES, 'handed-back.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.notSettled).toBe(6);
    expect(report.totals).toMatchObject({ dossiers: 1, finished: 1, early: 1, open_overdue: 0 });
    expect(report.badRows.count).toBe(0);
  });
});

describe('every vendor wording of a status class', () => {
  it('reads a settled grade without a date as returned, a wait for additions and every "Tạm dừng …" as a pause', async () => {
    const csv = readFileSync(join(FIXTURES, 'status-wordings.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [2, 'returned-without-date'],
      [3, 'returned-without-date'],
      [4, 'returned-without-date'],
      [5, 'returned-without-date'],
      [6, 'returned-without-date'],
      [7, 'paused-without-date'],
      [8, 'paused-without-date'],
      [9, 'paused-without-date'],
    ]);
    // Only "Dừng giải quyết", without "tạm", is a stop; a paused dossier with a result is measured.
    expect(report.notSettled).toBe(1);
    expect(report.totals).toMatchObject({ dossiers: 3, finished: 1, late: 0, open_paused: 1, open_overdue: 1 });
    expect(report.listed.map((d) => d.id).sort()).toEqual(['S9', 'T1']);
  });
});

describe('a dossier of a procedure whose file has errors', () => {
  const bad = (procedureFile: string) =>
    ({ file: 'hoso.csv', row: 2, reason: 'unmeasured-procedure', value: '1.000894', procedureFile }) as const;

  it('names the file, and gives the command to paste as it is', () => {
    expect(badRowText(bad('thủ-tục/kết-hôn.yaml'), 'vi')).toBe(
      'thủ tục "1.000894" không được đo: tệp thủ-tục/kết-hôn.yaml của thủ tục có lỗi; hãy sửa các lỗi đó (procmap lint thủ-tục/kết-hôn.yaml)',
    );
  });

  it('quotes a file name with a space or a quote in the command, for the shell to read it as one', () => {
    expect(badRowText(bad('thủ tục/kết hôn.yaml'), 'en')).toBe(
      `procedure "1.000894" is not measured: its file thủ tục/kết hôn.yaml has errors; fix them (procmap lint 'thủ tục/kết hôn.yaml')`,
    );
    expect(badRowText(bad("ho so/Ly's.yaml"), 'en')).toContain(`(procmap lint 'ho so/Ly'\\''s.yaml')`);
  });
});

describe('a mark for nothing in the optional appointment cell', () => {
  it('measures the dossier and compares nothing; a word that is no date is still said', async () => {
    const csv = readFileSync(join(FIXTURES, 'appointment-marks.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // M6's "sau Tết" is no date: measured against the limit all the same (it set the row aside before), and noted.
    expect(report.totals).toMatchObject({ dossiers: 6, finished: 6, early: 6 });
    expect(report.vendor.compared).toBe(0);
    expect(report.badRows.count).toBe(0);
    expect(report.unreadAppointments).toBe(1);
  });

  it('measures a late dossier whose appointment is "Trong ngày", so it stays in the rate, and notes it', async () => {
    // QT-HT-02 as M1-M6 are early, received Tue 10/03/2026 09:00 with the result on Thu 12/03; L1, its result on
    // Tue 31/03, is late whatever its appointment says.
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả',
      'L1,QT-HT-02,10/03/2026 09:00,Trong ngày,31/03/2026 09:00',
      'L2,QT-HT-02,10/03/2026 09:00,Trả ngay,12/03/2026 09:00',
      // Words that hold a number are words too: "Sau 5 ngày làm việc" set the row aside, and L3, late, out of the rate.
      'L3,QT-HT-02,10/03/2026 09:00,Sau 5 ngày làm việc,31/03/2026 09:00',
      // A date written wrong is listed, with what is wrong with it.
      'L4,QT-HT-02,10/03/2026 09:00,31/04/2026,12/03/2026 09:00',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.totals).toMatchObject({ dossiers: 3, finished: 3, late: 2, early: 1 });
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([[5, 'bad-appointment']]);
    expect(report.unreadAppointments).toBe(3);
    expect(unreadAppointmentNotes(2, 'vi')[0]).toMatch(
      /^2 hồ sơ có ô ngày hẹn trả ghi chữ không phải ngày .*vẫn được đo theo thời hạn/u,
    );
    expect(unreadAppointmentNotes(2, 'en')[0]).toMatch(
      /^2 dossiers have words that are no date .*measured against the procedure's limit/u,
    );
    expect(unreadAppointmentNotes(0, 'en')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt: receipts written as a date with no hour (Wed 01/07/2026), as officers' exports
// often hold them, against limits of 1 and 2 working days, the same day (with and without a 15:00 cutoff), 8 working
// hours and 10 calendar days. By the date reading of the law (Civil Code Art. 147: counted from the day after
// receipt), 2 working days end with Fri 03/07 and 1 working day with Thu 02/07.
const DIR = 'test/fixtures/ontime/date-receipt';
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];

describe('procmap ontime, a receipt with a date and no hour', () => {
  it('is counted by its date: a return on the due date is on time, and the vendor appointment agrees', async () => {
    const text = await runCli(['ontime', `${DIR}/dossiers.csv`, ...RUN, '--lang', 'vi']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    // D6 (same day, no cutoff) returned the next day is late by the date reading too; D9 has an hour and is counted
    // to it. D4 (same day, cutoff 15:00) returned the next day is on time if received after the cutoff, late if
    // before: not known without the hour. Every other dossier is on time.
    expect(text.stdout).toContain('Đã giải quyết: 9 (trước hạn 0, đúng hạn 6, quá hạn 2, chưa xác định 1)\n');
    expect(text.stdout).toContain(
      'Ngày hẹn trả của phần mềm đã so: 3; hẹn trả trên phần mềm khác hạn theo quy định: 0 (phần mềm muộn hơn 0, phần mềm sớm hơn 0)\n',
    );
    expect(text.stdout).toContain(
      'D6 TNNC · quá hạn · tiếp nhận T4 01/07/2026 · hạn theo quy định T4 01/07/2026 17:00 · có kết quả T5 02/07/2026 · quá hạn 8 giờ làm việc\n',
    );
    expect(text.stdout).not.toContain(' D1 ');
    // Said once, for the eight receipts without an hour.
    expect(text.stdout.split('Ngày tiếp nhận của 8 hồ sơ không ghi giờ: đã tính theo ngày').length).toBe(2);

    const json = JSON.parse((await runCli(['ontime', `${DIR}/dossiers.csv`, ...RUN, '--format', 'json'])).stdout);
    expect(json.date_only_receipts).toBe(8);
    const en = await runCli(['ontime', `${DIR}/dossiers.csv`, ...RUN, '--lang', 'en']);
    expect(en.stdout).toContain("8 dossiers' receipts give a date and no hour: counted by the date");
  });

  it('reads a workbook date cell with no time the same way', async () => {
    const text = await runCli(['ontime', `${DIR}/dossiers.xlsx`, ...RUN, '--lang', 'vi']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Đã giải quyết: 2 (trước hạn 0, đúng hạn 2, quá hạn 0)\n');
    expect(text.stdout).toContain('hẹn trả trên phần mềm khác hạn theo quy định: 0 ');
    expect(text.stdout).toContain('Ngày tiếp nhận của 2 hồ sơ không ghi giờ');
  });

  it('under a same-day limit with a cutoff, judges against the due dates the unwritten hour allows', async () => {
    // same-day-cutoff.csv, TN ("trong ngày", cutoff 15:00), received Wed 01/07/2026 without an hour: due that day if
    // received before 15:00, Thu 02/07 after it. C1, C2 returned on 01/07 are on time, with no time saved they cannot
    // show (C1 said "sớm 8 giờ" against 02/07); C3, C4 returned on 02/07 are not known without the hour; C5 returned on
    // 03/07 is late. Vendor appointments on 01/07 or 02/07 are lawful; C6's on 30/06 is earlier than either. C7 has its
    // hour (09:00) and is judged to it.
    const file = `${DIR}/same-day-cutoff.csv`;
    const vi = await runCli(['ontime', file, ...RUN, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain('Đã giải quyết: 7 (trước hạn 0, đúng hạn 4, quá hạn 1, chưa xác định 2)\n');
    expect(vi.stdout).toContain('Tỷ lệ đúng hạn: 80% (trước hạn + đúng hạn) / (đã giải quyết − chưa xác định)\n');
    expect(vi.stdout).toContain(
      'Ngày hẹn trả của phần mềm đã so: 7; hẹn trả trên phần mềm khác hạn theo quy định: 1 (phần mềm muộn hơn 0, phần mềm sớm hơn 1)\n',
    );
    expect(vi.stdout).toContain(
      ' C4 TN · chưa xác định · tiếp nhận T4 01/07/2026 · hạn theo quy định T4 01/07/2026 17:00 – T5 02/07/2026 17:00 · hẹn trả (phần mềm) T4 01/07/2026 · có kết quả T5 02/07/2026 10:00\n',
    );
    expect(vi.stdout).toContain(' C5 TN · quá hạn ·');
    expect(vi.stdout).toContain(' C6 TN · đúng hạn ·');
    expect(vi.stdout).not.toMatch(/ C[127] TN/);
    // Time saved over the five judged: C2 and C7 1 hour each, C1 and C6 none, C5 8 hours late.
    expect(vi.stdout).toContain('Thời gian rút ngắn trung bình so với thời hạn: vượt 1 giờ 12 phút làm việc\n');
    expect(vi.stdout).toContain('Trong đó 2 hồ sơ có thời hạn trong ngày kèm giờ chốt');
    // The list holds C3 and C4, so its heading names them.
    expect(vi.stdout).toContain('\nHồ sơ quá hạn, tạm dừng, chưa xác định và hồ sơ lệch ngày hẹn:\n');
    expect(vi.stdout).toContain('  Xã: 7 · đã giải quyết 7 · tỷ lệ đúng hạn 80% · quá hạn 1 · chưa xác định 2 ·');

    const en = await runCli(['ontime', file, ...RUN, '--lang', 'en']);
    expect(en.stdout).toContain('Finished: 7 (early 0, on time 4, late 1, not known yet 2)\n');
    expect(en.stdout).toContain('On-time rate: 80% (early + on time) / (finished − not known yet)\n');
    expect(en.stdout).toContain(' C3 TN · not known yet ·');
    expect(en.stdout).toContain('\nLate, overdue, paused, not-yet-known and disputed dossiers:\n');
    const md = await runCli(['ontime', file, ...RUN, '--format', 'markdown']);
    expect(md.stdout).toContain('\n## Hồ sơ quá hạn, tạm dừng, chưa xác định và hồ sơ lệch ngày hẹn\n');

    const json = JSON.parse((await runCli(['ontime', file, ...RUN, '--format', 'json'])).stdout);
    const t = json.totals;
    expect(t).toMatchObject({ finished: 7, early: 0, on_time: 4, late: 1, undetermined: 2, rate: 0.8 });
    expect(t.early + t.on_time + t.late + t.undetermined).toBe(t.finished);
    expect(json.vendor).toEqual({ compared: 7, disagreements: 1, vendorLater: 0, vendorEarlier: 1 });
    const c3 = json.dossiers.find((d: { id: string }) => d.id === 'C3');
    expect(c3).toMatchObject({ status: 'undetermined', earliestDue: '2026-07-01T17:00', due: '2026-07-02T17:00' });
  });
});

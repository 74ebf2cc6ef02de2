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
    // to it. Every other dossier is on time.
    expect(text.stdout).toContain('Đã giải quyết: 9 (trước hạn 0, đúng hạn 7, quá hạn 2)\n');
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
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// QT-HT-02 (5 working days). test/fixtures/ontime/pause-officer-forms.csv: S0-S3 received Mon 04/05/2026 16:00, settled
// 12/05 08:30: late without a pause (due 11/05 16:00), in time with the two hours S1-S3 each write on one day with the
// date once; S4's hours are the wrong way round; D1 and D2 give a number of days; W1 ("05/05/2026 - 05/05/2026") and W2
// ("05/05/2026 - 06/05/2026"), received 04/05 08:00, are in time only when those dates are whole days (W1 settled 12/05
// 08:00, W2 13/05 08:00). pause-officer-forms.xlsx: X1 as S1; X2's pause a number cell, 3; X3's pause as date cells in
// "Ngày tạm dừng" / "Ngày tiếp tục" (05/05 and 06/05, as W2), next to "Số ngày tạm dừng" (2), which is not read.
const DIR = 'test/fixtures/ontime';
const CSV = `${DIR}/pause-officer-forms.csv`;
const XLSX = `${DIR}/pause-officer-forms.xlsx`;
const RUN = ['ontime', CSV, XLSX, '--catalog', `${DIR}/catalog`, '--as-of', '2026-06-01 09:00'];

describe('procmap ontime, pauses as officers write them', () => {
  it('reads one-day pauses and whole-day dates, refuses days counts and reversed hours, in Vietnamese', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Đã giải quyết: 8 (trước hạn 0, đúng hạn 7, quá hạn 1)\n');
    expect(vi.stdout).toContain(
      '\n3 hồ sơ có thời gian tạm dừng kết thúc bằng một ngày không ghi giờ: đã tính đến hết ngày kết thúc đó, và trọn ngày bắt đầu nếu ngày bắt đầu cũng không ghi giờ (05/05/2026 - 05/05/2026 là cả ngày 05/05; 05/05/2026 14:30 - 07/05/2026 là từ 14:30 ngày 05/05 đến hết ngày 07/05), như ngày ghi trong sổ theo dõi hồ sơ. Muốn tính đến giờ, hãy ghi cả giờ bắt đầu và giờ kết thúc tạm dừng.\n',
    );
    expect(vi.stderr).toBe(
      [
        `${CSV}:6: thời gian tạm dừng "05/05/2026 11:00 - 09:00" kết thúc trước khi bắt đầu: giờ kết thúc 09:00 ở trước giờ bắt đầu 11:00 trong ngày 05/05/2026; hãy ghi giờ sớm hơn trước, 05/05/2026 09:00 - 11:00, hoặc, nếu tạm dừng kết thúc vào ngày khác, ghi cả ngày kết thúc: 05/05/2026 11:00 - dd/mm/yyyy 09:00`,
        `${CSV}:7: thời gian tạm dừng "2 ngày" là số ngày, không đặt được lên lịch: procmap cần biết tạm dừng bắt đầu và kết thúc lúc nào để dời thời hạn; hãy ghi hai thời điểm đó, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 nếu tạm dừng trọn ngày), hoặc ghi vào hai cột "Ngày tạm dừng" và "Ngày tiếp tục"`,
        `${CSV}:8: thời gian tạm dừng "3" là số ngày, không đặt được lên lịch: procmap cần biết tạm dừng bắt đầu và kết thúc lúc nào để dời thời hạn; hãy ghi hai thời điểm đó, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 nếu tạm dừng trọn ngày), hoặc ghi vào hai cột "Ngày tạm dừng" và "Ngày tiếp tục"`,
        `${XLSX}:3: thời gian tạm dừng "3" là số ngày, không đặt được lên lịch: procmap cần biết tạm dừng bắt đầu và kết thúc lúc nào để dời thời hạn; hãy ghi hai thời điểm đó, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 nếu tạm dừng trọn ngày), hoặc ghi vào hai cột "Ngày tạm dừng" và "Ngày tiếp tục"`,
        `Dòng không đo được: 4`,
        '',
      ].join('\n'),
    );
  });

  it('says the same in English', async () => {
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Finished: 8 (early 0, on time 7, late 1)\n');
    expect(en.stdout).toContain(
      '\n3 dossiers have a pause whose end is a date with no hour: counted through the end of that day, and from the start of its first day when that has no hour either (05/05/2026 - 05/05/2026 is all of 05/05; 05/05/2026 14:30 - 07/05/2026 runs from 14:30 on 05/05 through 07/05), as dates in a register are. To count to the hour, write the hours the pause started and ended.\n',
    );
    expect(en.stderr).toBe(
      [
        `${CSV}:6: pause "05/05/2026 11:00 - 09:00" ends before it starts: its end, 09:00, is before its start, 11:00, on 05/05/2026; write the earlier hour first, 05/05/2026 09:00 - 11:00, or, if the pause ended on another day, its end with its date: 05/05/2026 11:00 - dd/mm/yyyy 09:00`,
        `${CSV}:7: pause "2 ngày" is a number of days, which cannot be placed on the calendar: procmap needs when the pause started and when it ended to move the due moment; write them, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 for whole days), or put them in the columns "Ngày tạm dừng" and "Ngày tiếp tục"`,
        `${CSV}:8: pause "3" is a number of days, which cannot be placed on the calendar: procmap needs when the pause started and when it ended to move the due moment; write them, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 for whole days), or put them in the columns "Ngày tạm dừng" and "Ngày tiếp tục"`,
        `${XLSX}:3: pause "3" is a number of days, which cannot be placed on the calendar: procmap needs when the pause started and when it ended to move the due moment; write them, 13/02/2026 09:00 - 16/02/2026 10:00 (13/02/2026 - 16/02/2026 for whole days), or put them in the columns "Ngày tạm dừng" and "Ngày tiếp tục"`,
        `Rows not measured: 4`,
        '',
      ].join('\n'),
    );
  });

  it('lists only the dossier without a pause as late, and counts the whole-day pauses in JSON', async () => {
    const json = await runCli([...RUN, '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.whole_day_pauses).toBe(3);
    expect(report.dossiers.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([['S0', 'late']]);
    expect(report.bad_rows.listed.map((b: { row: number; reason: string }) => [b.row, b.reason])).toEqual([
      [6, 'pause-reversed'],
      [7, 'pause-days'],
      [8, 'pause-days'],
      [3, 'pause-days'],
    ]);
  });
});

describe('procmap ontime, receipts and results as officers write them', () => {
  // dates-officer-forms.csv: QT-CT-01 (1 working day); T1 received "14:30 - 07/04/2026", T2 settled "08/04/2026
  // (14:30)", T3 received "7.4.2026 14.30" and settled "8.4.2026 14.30"; T4 written as exports write it.
  it('reads a time before its date with a dash, a time in brackets, a time with a dot', async () => {
    const run = await runCli([
      'ontime',
      `${DIR}/dates-officer-forms.csv`,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '2026-06-01 09:00',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Finished: 4 (early 0, on time 4, late 0)\n');
    expect(run.stdout).toContain('Average working time used: 1.03 working days (8 h 15 min)\n');
  });
});

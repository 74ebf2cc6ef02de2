import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { at, FIXTURES, measureCsv } from './helpers.js';

describe('a dossier with its result and a pause without its end', () => {
  it('is not put on time by a pause run to the result: late without it, it is not measured', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-open-at-result.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days of 8 h (07:30–11:30, 13:00–17:00) from Mon 02/03 09:00: 6.5 h that day, 8 h on each of
    // Tue 03 to Fri 06 (38.5 h), 1.5 h on Mon 09/03: due Mon 09/03 09:00 without a pause.
    // Q1 and Q3 (the pause in the two columns, and in one cell): paused from Wed 04/03 09:00, no end, result Fri 20/03,
    // late without the pause by 9 working days: not measured. Q2, its result Mon 09/03 08:00, is on time without the
    // pause and so with it. Q4 paused Wed 04/03 09:00 – Wed 11/03 09:00 (5 working days), due 5 working days later than
    // Mon 09/03 09:00, Mon 16/03 09:00: on time by Fri 13/03 09:00, early (a working day ahead). Q5, open, still paused.
    expect(report.badRows.listed.map((row) => [row.row, row.reason, row.value])).toEqual([
      [2, 'pause-open-at-result', '04/03/2026 09:00'],
      [4, 'pause-open-at-result', '04/03/2026 09:00 -'],
    ]);
    expect(report.totals).toMatchObject({ dossiers: 3, early: 1, on_time: 1, late: 0, open_paused: 1 });
    const row = report.badRows.listed[0]!;
    expect([row.pauseFrom, row.finished]).toEqual([at('2026-03-04 09:00'), at('2026-03-20 16:00')]);
    expect(badRowText(row, 'vi')).toBe(
      'thời gian tạm dừng từ 04/03/2026 09:00 không có thời điểm kết thúc, nhưng hồ sơ đã có kết quả 20/03/2026 16:00: không tính tạm dừng thì quá hạn, tính thì có thể đúng hạn; hãy ghi thời điểm kết thúc tạm dừng (lúc người nộp bổ sung hồ sơ)',
    );
    expect(badRowText(row, 'en')).toBe(
      'the pause from 04/03/2026 09:00 has no end, yet the dossier has its result, 20/03/2026 16:00: late without the pause, it may have been on time with it; write when the pause ended (when the applicant supplemented the dossier)',
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { at, FIXTURES, measureCsv } from './helpers.js';

// A dossier paused twice, its starts in "Ngày tạm dừng" and its ends in "Ngày tiếp tục", one per line or after ";", as
// one-stop software lists a dossier's requests for additions: the first start with the first end, and so on.
describe('several pauses in the start and end columns', () => {
  it('pairs them in order, one end fewer the last still running; a count that differs is listed', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-columns-several.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days (40 h, 8 h a day: 07:30–11:30, 13:00–17:00) from Tue 10/03/2026 09:00.
    // M1: paused Wed 11/03 09:00 – Fri 13/03 09:00 and Mon 16/03 09:00 – Tue 17/03 09:00. Counted: Tue 10 09:00–17:00
    // 6.5 h, Wed 11 07:30–09:00 1.5 h (8), Fri 13 09:00–17:00 6.5 h (14.5), Mon 16 07:30–09:00 1.5 h (16), Tue 17
    // 09:00–17:00 6.5 h (22.5), Wed 18 8 h (30.5), Thu 19 8 h (38.5), Fri 20 1.5 h (40): due Fri 20/03 09:00. Finished
    // Fri 20/03 10:00, on the due day of a limit in whole days: on time. Without the second pause it was late.
    // M2: the same first pause, one on each line, and one end fewer: the second, from Mon 16/03 09:00, still running.
    // M3: two starts and three ends: which end is whose cannot be told, so the row is listed.
    expect(report.totals).toMatchObject({ dossiers: 2, on_time: 1, late: 0, open_paused: 1 });
    // M4: counts that pair, its second pause ending before it starts: that pair named, as one pause would be.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [4, 'bad-pause-column'],
      [5, 'pause-columns-reversed'],
    ]);
    expect(badRowText(report.badRows.listed[1]!, 'en')).toBe(
      'the pause ends before it starts: "16/03/2026 09:00" in column "Ngày tiếp tục" is before "17/03/2026 09:00" in column "Ngày tạm dừng"; swap the two or correct the date',
    );
    // Said as a list that does not pair, not as "not a date".
    expect(badRowText(report.badRows.listed[0]!, 'vi')).toBe(
      '"11/03/2026 09:00; 16/03/2026 09:00" ở cột "Ngày tạm dừng" ghi nhiều thời điểm nhưng không ghép được từng cặp với cột kia của thời gian tạm dừng: hãy ghi thời điểm bắt đầu mỗi lần tạm dừng ở cột thời điểm bắt đầu và thời điểm kết thúc ở cột thời điểm kết thúc (như "Ngày tạm dừng", "Ngày tiếp tục"), theo cùng thứ tự, mỗi lần một dòng hoặc cách nhau bằng dấu ";" (chỉ lần đang tạm dừng mới không có thời điểm kết thúc)',
    );
    expect(badRowText(report.badRows.listed[0]!, 'en')).toContain(
      '"11/03/2026 09:00; 16/03/2026 09:00" in column "Ngày tạm dừng" lists several moments that do not pair',
    );
    const paused = report.listed.find((d) => d.id === 'M2')!;
    expect(paused.pausedFrom).toBe(at('2026-03-16 09:00'));
  });
});

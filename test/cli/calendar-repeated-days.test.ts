import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A day off typed twice under holidays was taken without a word: the second line is most likely a slip for another
// day, which is then counted as a working day.
const FILE = 'test/fixtures/time/same-day-saturday/chung-thuc-chu-ky.yaml';
const CALENDAR = 'test/fixtures/time/calendar-repeated/lich-trung-ngay.yaml';

describe('a calendar that lists a day off twice', () => {
  it('warns at each repeat, naming the line of the first, and counts on', async () => {
    const run = await runCli(['time', FILE, '--calendar', CALENDAR, '--received', '01/06/2026 09:00', '--lang', 'vi']);
    expect(run.code).toBe(0);
    // Lines 4 and 5 repeat line 3; the break of line 6 adds 29/05 and 02/06, so it repeats nothing whole; line 9 repeats
    // the make-up day of line 8.
    expect(run.stderr).toBe(
      [
        `procmap: ${CALENDAR}:4:5: 01/06/2026 đã có trong holidays, ở dòng 3; nếu dòng này định ghi một ngày khác, hãy sửa lại ngày, nếu không hãy xóa dòng này`,
        `procmap: ${CALENDAR}:5:13: 01/06/2026 đã có trong holidays, ở dòng 3; nếu dòng này định ghi một ngày khác, hãy sửa lại ngày, nếu không hãy xóa dòng này`,
        `procmap: ${CALENDAR}:9:5: 06/06/2026 đã có trong workdays, ở dòng 8; nếu dòng này định ghi một ngày khác, hãy sửa lại ngày, nếu không hãy xóa dòng này`,
        '',
      ].join('\n'),
    );
    // Mon 01/06/2026 is off, so is Tue 02/06 (the break): the same-day limit is due Wed 03/06 at the close.
    expect(run.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Tư, ngày 03/06/2026\n');
  });

  it('says it in English', async () => {
    const run = await runCli(['time', FILE, '--calendar', CALENDAR, '--received', '01/06/2026 09:00', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${CALENDAR}:4:5: 01/06/2026 is already listed under holidays, on line 3; if this line was meant for another day, correct its date, else remove it\n`,
    );
  });
});

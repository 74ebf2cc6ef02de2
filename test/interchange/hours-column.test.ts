import { describe, expect, it } from 'vitest';
import { hoursEditSaid } from '../../src/interchange/hours-column.js';

const COLUMNS = { time: 'Thời gian', hours: 'Thời gian (giờ làm việc)' };

describe('an hours cell beside the time it is computed from', () => {
  it('agrees when its value does, however it is written: a number, or a time with its unit', () => {
    for (const cell of ['0.25', '0,25', '0.25h', ' 0.25h ', '0.25 giờ làm việc'])
      expect(hoursEditSaid(cell, '0.25h', COLUMNS, 8), cell).toBeUndefined();
    expect(hoursEditSaid('1 ngày làm việc', '8h', COLUMNS, 8)).toBeUndefined();
  });

  it('is said when a time with its unit reads as other hours, with the hours it reads as', () => {
    expect(hoursEditSaid('0.5h', '0.25h', COLUMNS, 8)?.vi).toBe(
      '"Thời gian (giờ làm việc)" 0,5 không khớp với "Thời gian" "0.25h" (0,25 giờ làm việc), là thời gian procmap đọc và giữ: nếu bạn đã sửa cột "Thời gian", hãy sửa ô của cột "Thời gian (giờ làm việc)" thành 0,25 hoặc xóa trống ô đó; nếu bạn đã sửa số giờ, hãy ghi vào ô của cột "Thời gian", ví dụ "0.5h"',
    );
    expect(hoursEditSaid('gấp', '0.25h', COLUMNS, 8)?.en).toContain('"Thời gian (giờ làm việc)" gấp does not agree');
  });

  // An officer who edited the time and left the hours as they were must be told to update the hours, not to write
  // the stale hours back over the time they edited.
  it('names the cell to update for either edit, so that neither advice undoes the other', () => {
    const said = hoursEditSaid('0.75', '1.5h', COLUMNS, 8, { time: 'H3', hours: 'G3' });
    expect(said?.en).toBe(
      'cell G3 ("Thời gian (giờ làm việc)") 0.75 does not agree with cell H3 ("Thời gian") "1.5h" (1.5 working hours), the time procmap reads and keeps: if you changed "Thời gian", update cell G3 to 1.5 or empty it; if you changed the hours, write them in cell H3, e.g. "0.75h"',
    );
    expect(said?.vi).toBe(
      'ô G3 ("Thời gian (giờ làm việc)") 0,75 không khớp với ô H3 ("Thời gian") "1.5h" (1,5 giờ làm việc), là thời gian procmap đọc và giữ: nếu bạn đã sửa cột "Thời gian", hãy sửa ô G3 thành 1,5 hoặc xóa trống ô đó; nếu bạn đã sửa số giờ, hãy ghi vào ô H3, ví dụ "0.75h"',
    );
  });
});

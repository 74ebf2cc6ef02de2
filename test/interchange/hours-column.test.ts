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
      '"Thời gian (giờ làm việc)" 0,5 không được đọc: procmap tính cột này từ "Thời gian" "0.25h" (0,25 giờ làm việc) và giữ thời gian đó; muốn đổi thời gian của bước, hãy ghi vào cột "Thời gian", ví dụ "0.5h"',
    );
    expect(hoursEditSaid('gấp', '0.25h', COLUMNS, 8)?.en).toContain('"Thời gian (giờ làm việc)" gấp is not read');
  });
});

import { describe, expect, it } from 'vitest';
import { dayFromParts, momentAt, readMoment } from '../../src/time/moment.js';
import { relativeMomentText } from '../../src/time/relative-day.js';

// Tuesday 08/12/2026 at 10:15 in Vietnam.
const NOW = momentAt(dayFromParts(2026, 12, 8)!, 10 * 60 + 15);

describe('relativeMomentText: a day written from today, as an officer types it at the counter', () => {
  it.each([
    ['bây giờ', '08/12/2026 10:15'],
    ['Bây Giờ', '08/12/2026 10:15'],
    ['now', '08/12/2026 10:15'],
    ['hôm nay', '08/12/2026'],
    ['hom nay 9h', '08/12/2026 9h'],
    ['9h hôm nay', '9h 08/12/2026'],
    ['Hôm nay lúc 14:30', '08/12/2026 lúc 14:30'],
    ['ngày mai 8h', '09/12/2026 8h'],
    ['9h sáng mai', '9h sáng 09/12/2026'],
    ['tomorrow 9:00', '09/12/2026 9:00'],
    ['hôm qua 16h30', '07/12/2026 16h30'],
    ['yesterday', '07/12/2026'],
    // A part of the day before "nay" or "mai": the hour goes before it, as readMoment reads "2h chiều".
    ['sáng nay 9h', '08/12/2026 9h sáng'],
    ['chiều nay 2h', '08/12/2026 2h chiều'],
    ['9h sáng nay', '9h sáng 08/12/2026'],
    ['14h chiều nay', '14h chiều 08/12/2026'],
    ['chieu mai 3h', '09/12/2026 3h chieu'],
  ])('writes "%s" out as "%s"', (written, out) => {
    expect(relativeMomentText(written, NOW)).toBe(out);
  });

  it('crosses a month and a year as the calendar does', () => {
    const lastDay = momentAt(dayFromParts(2026, 12, 31)!, 600);
    expect(relativeMomentText('ngày mai', lastDay)).toBe('01/01/2027');
    expect(relativeMomentText('hôm qua', momentAt(dayFromParts(2027, 3, 1)!, 600))).toBe('28/02/2027');
  });

  it('leaves what names no day from today to the usual reader', () => {
    for (const text of ['Mai', 'mai', '13/02/2026 09:00', 'ngày 05 tháng 01 năm 2026', '']) {
      expect(relativeMomentText(text, NOW)).toBeUndefined();
    }
  });

  it('leaves a part of a day without its hour unread: which hour is not said', () => {
    for (const text of ['sáng mai', 'chieu nay', 'Sáng Mai']) expect(relativeMomentText(text, NOW)).toBeUndefined();
  });

  it('reads a long text of parts of days once, left to right, and no longer than a moment is written', () => {
    expect(relativeMomentText(`sáng nay${' sáng nay'.repeat(20)}`, NOW)).toBe(
      `08/12/2026${' sáng nay'.repeat(20)} sáng`,
    );
    expect(relativeMomentText(' sáng mai'.repeat(30_000), NOW)).toBeUndefined();
  });

  it('reads no text longer than a moment is written (200 characters): "mai" after a clock was looked for back to its start', () => {
    // 48,000 characters of " mai" after a digit took 3 s (120,000, as long as one argument can be, about 20 s).
    expect(relativeMomentText(`1${' mai'.repeat(12_000)}`, NOW)).toBeUndefined();
    expect(relativeMomentText(`9h sáng mai${' '.repeat(190)}`, NOW)).toBe('9h sáng 09/12/2026');
    expect(relativeMomentText(`9h sáng mai ${'x'.repeat(190)}`, NOW)).toBeUndefined();
  });

  it('gives texts the moment reader reads, at the moment meant', () => {
    expect(readMoment(relativeMomentText('9h sáng mai', NOW)!)).toEqual({
      moment: momentAt(dayFromParts(2026, 12, 9)!, 9 * 60),
    });
    expect(readMoment(relativeMomentText('bây giờ', NOW)!)).toEqual({ moment: NOW });
  });
});

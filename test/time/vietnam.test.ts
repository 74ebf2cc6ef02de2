import { CalendarVietnamese } from 'date-chinese';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/time/calendar.js';
import { LUNAR_DATES, LUNAR_YEARS } from '../../src/time/data/lunar.js';
import { ANNOUNCED_YEARS } from '../../src/time/data/vietnam-announced.js';
import { formatDay, parseDay } from '../../src/time/moment.js';
import { ruleHolidays, vietnamYear } from '../../src/time/vietnam.js';

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const offDays = (year: number) =>
  vietnamYear(year)
    .days.filter((d) => d.kind === 'off')
    .map((d) => `${formatDay(d.day)} ${d.name}`);

describe('the lunar table', () => {
  it('matches date-chinese (the Vietnamese calendar at UTC+7) for every year it holds, Tết and Hùng Kings', () => {
    for (let year = LUNAR_YEARS.first; year <= LUNAR_YEARS.last; year++) {
      const cal = new CalendarVietnamese();
      cal.fromJDE(cal.newYear(year));
      const hung = new CalendarVietnamese();
      hung.set(cal.cycle, cal.year, 3, false, 10);
      expect(LUNAR_DATES[year], String(year)).toEqual([iso(cal.toGregorian()), iso(hung.toGregorian())]);
    }
  });

  it.each([
    // Vietnam and China count the new moon in different time zones: these years differ from Chinese New Year.
    [2007, '2007-02-17', '2007-04-26'],
    [2030, '2030-02-02', '2030-04-12'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
  ])('gives Tết and Hùng Kings for %i', (year, tet, hung) => {
    expect(LUNAR_DATES[year]).toEqual([tet, hung]);
  });
});

describe('announced days off', () => {
  it('lists 2025 as announced', () => {
    // The weekend days of each announced break are off too, named after it.
    expect(offDays(2025)).toEqual([
      '2025-01-01 Tết Dương lịch',
      '2025-01-25 Tết Nguyên Đán',
      '2025-01-26 Tết Nguyên Đán',
      '2025-01-27 Tết Nguyên Đán',
      '2025-01-28 Tết Nguyên Đán',
      '2025-01-29 Tết Nguyên Đán',
      '2025-01-30 Tết Nguyên Đán',
      '2025-01-31 Tết Nguyên Đán',
      '2025-02-01 Tết Nguyên Đán',
      '2025-02-02 Tết Nguyên Đán',
      '2025-04-07 Giỗ Tổ Hùng Vương',
      '2025-04-30 Ngày Chiến thắng',
      '2025-05-01 Ngày Quốc tế Lao động',
      '2025-05-02 Nghỉ hoán đổi (làm bù thứ Bảy 26/4)',
      '2025-05-03 Ngày Chiến thắng và Ngày Quốc tế Lao động',
      '2025-05-04 Ngày Chiến thắng và Ngày Quốc tế Lao động',
      '2025-08-30 Quốc khánh',
      '2025-08-31 Quốc khánh',
      '2025-09-01 Quốc khánh',
      '2025-09-02 Quốc khánh',
    ]);
    expect(
      vietnamYear(2025)
        .days.filter((d) => d.kind === 'work')
        .map((d) => formatDay(d.day)),
    ).toEqual(['2025-04-26']);
  });

  it('lists 2026 with the New Year swap and the Hùng Kings day in lieu', () => {
    const calendar = createCalendar();
    const day = (text: string) => calendar.day(parseDay(text)!);
    expect(day('2026-01-02')).toMatchObject({ working: false, hours: [] });
    expect(day('2026-01-10')).toMatchObject({
      working: true,
      hours: [
        { start: 450, end: 690 },
        { start: 780, end: 1020 },
      ],
    });
    for (const date of ['2026-02-16', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01'])
      expect(day(date).working, date).toBe(false);
    expect(day('2026-02-23').working).toBe(true);
    expect(calendar.holidaySource(2026)).toBe('announced');
  });

  it('keeps every announced date a real date of its year, with a source', () => {
    for (const [year, announced] of Object.entries(ANNOUNCED_YEARS)) {
      expect(announced.sources.length).toBeGreaterThan(0);
      for (const { date } of announced.days)
        expect(parseDay(date) !== undefined && date.startsWith(year), date).toBe(true);
      for (const { from, to, source } of announced.breaks) {
        expect(from.startsWith(year) && parseDay(from)! <= parseDay(to)!, `${from} – ${to}`).toBe(true);
        expect(source).not.toBe('');
        // A break is days off: no make-up working day inside it.
        for (const { date, kind } of announced.days) if (date >= from && date <= to) expect(kind, date).toBe('off');
      }
    }
  });

  it('closes every day of an announced break, Saturday and Sunday too, whatever the week opens', () => {
    const saturday = createCalendar({ saturday: ['07:30-11:30'], sunday: ['07:30-11:30'] });
    const breaks = [
      ['2025-01-25', '2025-02-02'],
      ['2025-04-30', '2025-05-04'],
      ['2025-08-30', '2025-09-02'],
      ['2026-01-01', '2026-01-04'],
      ['2026-02-14', '2026-02-22'],
      ['2026-08-29', '2026-09-02'],
    ];
    for (const [from, to] of breaks) {
      for (let day = parseDay(from!)!; day <= parseDay(to!)!; day++)
        expect(saturday.day(day), formatDay(day)).toMatchObject({ hours: [], working: false });
      // The days either side open: the break is no longer than announced.
      expect(saturday.day(parseDay(from!)! - 1).hours.length, from).toBeGreaterThan(0);
      expect(saturday.day(parseDay(to!)! + 1).hours.length, to).toBeGreaterThan(0);
    }
    // Sat 14/2/2026 names its break and its notice.
    expect(saturday.day(parseDay('2026-02-14')!)).toMatchObject({
      name: 'Tết Nguyên Đán',
      source: 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
    });
  });
});

describe('the Labour Code rule for years without announced days', () => {
  it('computes 2027: Tết from the eve with weekend days made up, Hùng Kings, 1/5 in lieu, 2/9 and 3/9', () => {
    expect(vietnamYear(2027).source).toBe('rule');
    expect(offDays(2027)).toEqual([
      '2027-01-01 Tết Dương lịch',
      '2027-02-05 Tết Nguyên Đán',
      '2027-02-06 Tết Nguyên Đán',
      '2027-02-07 Tết Nguyên Đán',
      '2027-02-08 Tết Nguyên Đán',
      '2027-02-09 Tết Nguyên Đán',
      '2027-02-10 Tết Nguyên Đán (nghỉ bù)',
      '2027-02-11 Tết Nguyên Đán (nghỉ bù)',
      '2027-04-16 Giỗ Tổ Hùng Vương',
      '2027-04-30 Ngày Chiến thắng',
      '2027-05-01 Ngày Quốc tế Lao động',
      '2027-05-03 Ngày Quốc tế Lao động (nghỉ bù)',
      '2027-09-02 Quốc khánh',
      '2027-09-03 Quốc khánh',
    ]);
  });

  it('agrees with what was announced for Tết and Hùng Kings in 2026', () => {
    const rule = ruleHolidays(2026).map((d) => formatDay(d.day));
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27'])
      expect(rule).toContain(date);
  });

  it('moves a holiday on a weekend to the next day that is not already off', () => {
    // 2028: 30/4 is a Sunday and 1/5 a Monday, so 30/4 is made up on Tuesday 2/5.
    expect(offDays(2028)).toContain('2028-05-02 Ngày Chiến thắng (nghỉ bù)');
  });

  it('refuses a year beyond the lunar table', () => {
    expect(() => ruleHolidays(2150)).toThrow(
      'procmap can count dates from 2000 to 2099 only (Tết follows the lunar calendar), not in 2150',
    );
  });
});

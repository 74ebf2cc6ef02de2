import { describe, expect, it } from 'vitest';
import { createCalendar, specialDayName } from '../../src/time/calendar.js';
import { aboutJson, aboutText } from '../../src/time/day-names.js';
import { parseDay } from '../../src/time/moment.js';
import { vietnamYear } from '../../src/time/vietnam.js';

// Every name procmap makes up for a built-in day (days in lieu, swaps, make-up days), in every year it knows.
const generated = (year: number) =>
  vietnamYear(year).days.filter((d) => d.about.what !== 'holiday' || d.about.holidays.length > 1);

describe('the names of built-in days', () => {
  it('words what a day is in each language, the holiday keeping its legal name', () => {
    const day = (date: string) => createCalendar({}).day(parseDay(date)!);
    const cases: [string, string, string][] = [
      ['2027-02-10', 'Tết Nguyên Đán (nghỉ bù)', 'Day off in lieu of Tết Nguyên Đán (Lunar New Year)'],
      ['2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)', 'Swapped day off (made up on Saturday 10/1)'],
      ['2026-01-10', 'Làm bù cho thứ Sáu 2/1', 'Make-up working day for Friday 2/1'],
      [
        '2026-08-31',
        'Quốc khánh (nghỉ hoán đổi, làm bù thứ Bảy 22/8)',
        'Quốc khánh (National Day): swapped day off, made up on Saturday 22/8',
      ],
      ['2026-02-16', 'Tết Nguyên Đán', 'Tết Nguyên Đán (Lunar New Year)'],
    ];
    for (const [date, vi, en] of cases) {
      const known = { ...day(date), kind: 'off' as const };
      expect([specialDayName(known, 'vi'), specialDayName(known, 'en')], date).toEqual([vi, en]);
      expect(known.name, date).toBe(vi);
    }
  });

  it('leaves no Vietnamese phrase of procmap’s own in an English name, in any year', () => {
    for (const year of [2025, 2026, 2027, 2028, 2030]) {
      const made = generated(year);
      expect(made.length, String(year)).toBeGreaterThan(0);
      for (const { about, name } of made) {
        expect(aboutText(about, 'vi')).toBe(name);
        expect(aboutText(about, 'en'), name).not.toMatch(/nghỉ|bù|hoán|thứ|\svà\s/);
      }
    }
  });

  it('gives scripts what a day is in keys that do not depend on the language', () => {
    const json = (date: string) => aboutJson(createCalendar({}).day(parseDay(date)!).about);
    expect(json('2027-05-03')).toEqual({ in_lieu_of: 'Ngày Quốc tế Lao động' });
    expect(json('2026-08-31')).toEqual({ holidays: ['Quốc khánh'], made_up_on: '2026-08-22' });
    expect(json('2026-08-22')).toEqual({ makes_up_for: '2026-08-31' });
    expect(json('2025-05-03')).toEqual({ holidays: ['Ngày Chiến thắng', 'Ngày Quốc tế Lao động'] });
    // A day of the catalog's calendar has only the name written there.
    expect(
      aboutJson(
        createCalendar({ holidays: [{ date: '2027-03-09', name: 'Ngày tỉnh' }] }).day(parseDay('2027-03-09')!).about,
      ),
    ).toEqual({});
  });
});

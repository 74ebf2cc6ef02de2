import type { Lang, Translated } from '../i18n.js';
import { ANNOUNCED_YEARS, type Notice } from './data/vietnam-announced.js';
import { aboutText, type DayAbout, type Holiday } from './day-names.js';
import { LUNAR_DATES, LUNAR_YEARS } from './data/lunar.js';
import { dayFromParts, parseDay, weekday, type Day } from './moment.js';

/** A day that differs from the ordinary week: a weekday off, or a weekend day made a working day. */
export interface SpecialDay {
  day: Day;
  kind: 'off' | 'work';
  /** The day's name in Vietnamese, as `about` words it. */
  name: string;
  /** What the day is, for each output to name it in its own language. */
  about: DayAbout;
  /** The notice or article of law the day comes from. */
  source: string;
  /** The announced break the day is part of, when it is one (Tết from Saturday 14/2 to Sunday 22/2/2026). */
  break?: BreakSpan;
}

/** An announced break of several days: its first and last day and its name. */
export interface BreakSpan {
  first: Day;
  last: Day;
  /** Undefined for a break of the catalog's calendar written without a name: named in the output's language. */
  name?: string;
  /** The holidays of a built-in break, for each output to name them in its own language. */
  about?: DayAbout;
}

/** The built-in Vietnam days of one year, and whether they are announced (checked or provisional) or computed from the law. */
export interface VietnamYear {
  source: 'announced' | 'provisional' | 'rule';
  notice?: Notice;
  days: SpecialDay[];
}

/** The article each rule-computed holiday names as its source. */
export const HOLIDAY_LAW = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
/** The article each rule-computed day in lieu names as its source. */
export const IN_LIEU_LAW = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

const isWeekend = (day: Day) => weekday(day) === 0 || weekday(day) === 6;
/** A special day, named in Vietnamese from what it is. */
const special = (day: Day, kind: 'off' | 'work', about: DayAbout, source: string): SpecialDay => ({
  day,
  kind,
  name: aboutText(about, 'vi'),
  about,
  source,
});
const off = (day: Day, holiday: Holiday): SpecialDay =>
  special(day, 'off', { what: 'holiday', holidays: [holiday] }, HOLIDAY_LAW);

/** The second National Day holiday: the Prime Minister picks 1/9 or 3/9 each year; this follows his 2022–2025 picks. */
function nationalDayNeighbour(year: number): Day {
  const second = dayFromParts(year, 9, 2)!;
  const first = second - 1;
  // 1/9 unless it is a weekend day, or 2/9 is a Thursday and 3/9 makes a long weekend.
  return isWeekend(first) || weekday(second) === 4 ? second + 1 : first;
}

/** A date in a year whose holidays procmap cannot compute (outside the lunar table); a RangeError, as before. */
export class OutOfCalendarError extends RangeError {
  override name = 'OutOfCalendarError';
  constructor(
    private readonly translations: Translated,
    /** The year that cannot be counted (NaN for a date that is no day), for the advice of what to write instead. */
    readonly year: number = Number.NaN,
  ) {
    super(translations.en);
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return this.translations[lang];
  }
}

/**
 * The Labour Code 2019 (Điều 112 khoản 1) holidays of a year, with a day in lieu on the next working day for each
 * one that falls on a Saturday or Sunday (Điều 111 khoản 3). Tết is taken as the lunar year's last day and the
 * first four days of the new one, the usual choice for civil servants (2024, 2026).
 */
export function ruleHolidays(year: number): SpecialDay[] {
  const lunar = LUNAR_DATES[year];
  if (!lunar) {
    const { first, last } = LUNAR_YEARS;
    const counted = Number.isFinite(year);
    throw new OutOfCalendarError(
      {
        en: `procmap can count dates from ${first} to ${last} only (Tết follows the lunar calendar), ${counted ? `not in ${year}` : 'and this date cannot be counted'}`,
        vi: `procmap chỉ tính được ngày từ năm ${first} đến năm ${last} (Tết theo âm lịch), ${counted ? `không tính được năm ${year}` : 'không tính được ngày này'}`,
      },
      year,
    );
  }
  const newYear = parseDay(lunar[0])!;
  const holidays: SpecialDay[] = [
    off(dayFromParts(year, 1, 1)!, 'Tết Dương lịch'),
    ...[-1, 0, 1, 2, 3].map((k) => off(newYear + k, 'Tết Nguyên Đán')),
    off(parseDay(lunar[1])!, 'Giỗ Tổ Hùng Vương'),
    off(dayFromParts(year, 4, 30)!, 'Ngày Chiến thắng'),
    off(dayFromParts(year, 5, 1)!, 'Ngày Quốc tế Lao động'),
    off(nationalDayNeighbour(year), 'Quốc khánh'),
    off(dayFromParts(year, 9, 2)!, 'Quốc khánh'),
  ].sort((a, b) => a.day - b.day);
  const taken = new Set(holidays.map((h) => h.day));
  const inLieu: SpecialDay[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) continue;
    let day = holiday.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    taken.add(day);
    if (holiday.about.what === 'holiday')
      inLieu.push(special(day, 'off', { what: 'in_lieu', holiday: holiday.about.holidays[0]! }, IN_LIEU_LAW));
  }
  return [...holidays, ...inLieu].sort((a, b) => a.day - b.day);
}

/**
 * The built-in days of a year: the announced ones where procmap has them, else the legal rule. Every day of an
 * announced break is a day off, its weekend days too (named after the break), and knows the break it is part of.
 */
export function vietnamYear(year: number): VietnamYear {
  const announced = ANNOUNCED_YEARS[year];
  if (!announced) return { source: 'rule', days: ruleHolidays(year) };
  const days: SpecialDay[] = announced.days.map(({ date, kind, about, source }) =>
    special(parseDay(date)!, kind, about, source),
  );
  const listed = new Map(days.map((known) => [known.day, known]));
  for (const { from, to, holidays, source } of announced.breaks) {
    const about: DayAbout = { what: 'holiday', holidays };
    const span: BreakSpan = { first: parseDay(from)!, last: parseDay(to)!, name: aboutText(about, 'vi'), about };
    for (let day = span.first; day <= span.last; day++) {
      const known = listed.get(day);
      if (known) known.break = span;
      else days.push({ ...special(day, 'off', about, source), break: span });
    }
  }
  days.sort((a, b) => a.day - b.day);
  const source = announced.status === 'announced' ? 'announced' : 'provisional';
  return announced.notice ? { source, notice: announced.notice, days } : { source, days };
}

/**
 * The holidays of a year that the Labour Code fixes by date (Điều 112 khoản 1): 1/1, the first day of the lunar year,
 * Hùng Kings' day, 30/4, 1/5 and 2/9. A notice never makes them working days, so they stay off in a year the
 * calendar section says is announced; what procmap otherwise chooses for a year not announced (the other Tết days,
 * the second National Day, days in lieu) is the notice's to settle, and is left to the section's `holidays`.
 */
export function lawFixedHolidays(year: number): SpecialDay[] {
  const lunar = LUNAR_DATES[year];
  const fixed = new Set(
    [
      dayFromParts(year, 1, 1),
      lunar ? parseDay(lunar[0]) : undefined,
      lunar ? parseDay(lunar[1]) : undefined,
      dayFromParts(year, 4, 30),
      dayFromParts(year, 5, 1),
      dayFromParts(year, 9, 2),
    ].filter((day) => day !== undefined),
  );
  return ruleHolidays(year).filter((holiday) => holiday.source === HOLIDAY_LAW && fixed.has(holiday.day));
}

import type { Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';
import { dayOf, dayParts, formatClock, minuteOf, weekday, type Day, type Moment } from './moment.js';

/** Rounds to 2 decimals so that 0.1 + 0.2 working days print as 0.3. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A number as the language writes it: `0,5` in Vietnamese, `0.5` in English. */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(round2(value));
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/**
 * Working time for people: `5,5 ngày làm việc (44 giờ)` / `5.5 working days (44 h)`; in hours alone when days would
 * round (`1 giờ làm việc` under a day, `23 giờ 59 phút làm việc` to the minute). `days`: the figure to print, for a difference whose
 * days are those of the figures beside it.
 */
export function formatWorkingTime(
  hours: number,
  hoursPerDay: number,
  lang: Lang,
  days = round2(hours / hoursPerDay),
): string {
  if (readsInHoursAlone(hours, hoursPerDay)) return hoursText(hours, lang);
  if (lang === 'vi') return `${formatNumber(days, lang)} ngày làm việc (${clockHours(hours, lang)})`;
  return `${formatNumber(days, lang)} working ${plural(days, 'day')} (${clockHours(hours, lang)})`;
}

/**
 * An overrun of a sweep to the minute ("16:59 received, 17:00 due") as days and hours: `10 ngày 7 giờ 59 phút làm
 * việc` / `10 working days 7 hours 59 minutes`, not "87 giờ 59 phút" that the reader must divide by the day's hours;
 * formatWorkingTime for any other time. Hours and minutes in full, as hoursText says them ("1 working hour 45
 * minutes"): "7 h 59 min" beside "by 1 working hour" in one sentence read as two ways of counting.
 */
export function formatOverrun(hours: number, hoursPerDay: number, lang: Lang): string {
  const minutes = Math.round(hours * 60);
  const dayMinutes = Math.round(hoursPerDay * 60);
  if (!readsInHoursAlone(hours, hoursPerDay) || minutes < dayMinutes)
    return formatWorkingTime(hours, hoursPerDay, lang);
  const days = Math.floor(minutes / dayMinutes);
  const rest = minutes - days * dayMinutes;
  const [h, m] = [Math.floor(rest / 60), rest % 60];
  if (lang === 'vi')
    return [`${days} ngày`, h > 0 ? `${h} giờ` : '', m > 0 ? `${m} phút` : '', 'làm việc'].filter(Boolean).join(' ');
  return [
    `${days} working ${plural(days, 'day')}`,
    h > 0 ? `${h} ${plural(h, 'hour')}` : '',
    m > 0 ? `${m} ${plural(m, 'minute')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Whether formatWorkingTime words a time in hours alone ("2 giờ 30 phút làm việc"), not in days with the hours in
 * brackets: for a sentence that names two times and must word both one way.
 */
export function readsInHoursAlone(hours: number, hoursPerDay: number): boolean {
  return hours > 0 && (inHoursAlone(hours, hoursPerDay) || toTheMinute(hours));
}

/** Whether a time reads in hours alone: less than a day that two-decimal days cannot hold (1 hour is not "0,13 ngày"). */
export function inHoursAlone(hours: number, hoursPerDay: number): boolean {
  return Math.abs(hours) < hoursPerDay && Math.abs(round2(hours / hoursPerDay) * hoursPerDay - hours) > 1e-9;
}

// Minutes that two-decimal hours cannot hold (23 h 59 min) are exact: a days figure beside them could only round,
// and "3 ngày làm việc (23 giờ 59 phút)" reads as a contradiction. Such a time is told in hours and minutes alone.
function toTheMinute(hours: number): boolean {
  return Math.abs(round2(hours) - hours) > 1e-9;
}

/**
 * Working time as a figure in days, or in hours when inHoursAlone (7 hours, not 0,88 days), when it is to the minute
 * (23 h 59 min, not 3 days), or when it is set against a limit in hours (4 hours against "4 giờ làm việc", not 0,5
 * days): for tables with their own words. `days`: the figure in days, for a difference whose days are those of the
 * figures beside it.
 */
export function daysOrHours(
  hours: number,
  hoursPerDay: number,
  limitUnit?: Duration['unit'],
  days = hours / hoursPerDay,
): { value: number; unit: 'd' | 'h' } {
  return readsInHours(limitUnit, hours, hoursPerDay) || inHoursAlone(hours, hoursPerDay) || toTheMinute(hours)
    ? { value: hours, unit: 'h' }
    : { value: days, unit: 'd' };
}

/**
 * Whether times set against a limit read in hours: a limit in hours, and a same-day limit, whose steps fit in the day
 * ("2 giờ làm việc", never "0,25 ngày làm việc" beside another same-day procedure's "1 giờ 30 phút làm việc").
 */
export function inHours(limitUnit: Duration['unit'] | undefined): boolean {
  return limitUnit === 'h' || limitUnit === 'sameday';
}

/**
 * Whether an amount set against a limit reads in hours alone: always under a limit in hours, which counts in them;
 * under a same-day limit only within a day, since 326 hours are read as the 40,75 working days they are (lint's
 * "muộn 40,75 ngày làm việc (326 giờ)"), never as hours.
 */
export function readsInHours(limitUnit: Duration['unit'] | undefined, hours: number, hoursPerDay: number): boolean {
  return limitUnit === 'h' || (limitUnit === 'sameday' && Math.abs(hours) < hoursPerDay);
}

/**
 * Working time (its size) in its limit's unit, for a row whose figures are read side by side: days unless it reads in
 * hours, and days that two decimals round with their hours ("0,88 ngày làm việc (7 giờ)"), as `time` says them;
 * "7 giờ" beside "0,75 ngày" read as two scales.
 */
export function limitsUnitText(
  hours: number,
  days: number,
  hoursPerDay: number,
  limitUnit: Duration['unit'] | undefined,
  lang: Lang,
): string {
  if (readsInHours(limitUnit, hours, hoursPerDay))
    return formatDuration(daysOrHours(hours, hoursPerDay, limitUnit, days), lang);
  const words = formatDuration({ value: days, unit: 'd' }, lang);
  return Math.abs(round2(days) * hoursPerDay - hours) > 1e-9 ? `${words} (${clockHours(hours, lang)})` : words;
}

/** An English noun for a count: one (or minus one) `day`, any other count `days`. */
export function plural(count: number, noun: string): string {
  return Math.abs(count) === 1 ? noun : `${noun}s`;
}

/** Hours in brackets after days, a part of an hour in minutes as hoursText says it: `2 giờ 24 phút` / `2 h 24 min`. */
export function clockHours(hours: number, lang: Lang): string {
  const minutes = Math.round(hours * 60);
  const [h, hour] = [Math.floor(minutes / 60), lang === 'vi' ? 'giờ' : 'h'];
  if (Math.abs(minutes - hours * 60) < 1e-9 && minutes % 60 !== 0)
    return `${h} ${hour} ${minutes % 60} ${lang === 'vi' ? 'phút' : 'min'}`;
  return `${formatNumber(hours, lang)} ${hour}`;
}

/**
 * Hours as people read them: whole hours as such (`2 giờ làm việc` / `2 working hours`), any part of an hour in
 * minutes (`30 phút làm việc`, `1 giờ 45 phút làm việc` / `30 working minutes`, `1 working hour 45 minutes`), never
 * `1,75 giờ`: one rule for every output, so that a running total, a total and an overrun beside each other are worded
 * alike. Minutes, and hours with minutes, say "working" as whole hours do: "6 giờ 40 phút" alone is the law's bare
 * hours, which may be on the clock, and a step table's "15 phút" beside "1 giờ làm việc" reads as another kind of
 * time; every form reads back as working hours.
 */
function hoursText(hours: number, lang: Lang): string {
  const minutes = Math.round(hours * 60);
  const exact = Math.abs(minutes - hours * 60) < 1e-9;
  const partHour = exact && minutes % 60 !== 0;
  if (partHour || Math.abs(round2(hours) - hours) > 1e-9) {
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    if (lang === 'vi') return h === 0 ? `${m} phút làm việc` : `${h} giờ ${m} phút làm việc`;
    // Minutes spelled out with hours as without: "1 working hour 45 minutes" beside "45 working minutes".
    return h === 0
      ? `${m} working ${plural(m, 'minute')}`
      : `${h} working ${plural(h, 'hour')} ${m} ${plural(m, 'minute')}`;
  }
  const value = formatNumber(hours, lang);
  if (lang === 'vi') return `${value} giờ làm việc`;
  return `${value} working ${plural(hours, 'hour')}`;
}

/**
 * A step duration or limit as printed in flowcharts, tables, documents and pages; it reads back to the same value:
 * `0,5 ngày làm việc`, `4 giờ làm việc`, `30 ngày (lịch)`, `3 tháng`, `1 năm` (a limit written in years), `trong
 * ngày` / `0.5 working days`, `1 working hour`, `30 calendar days`. English says "working" in full as Vietnamese does:
 * a bare "2 d" beside "45 calendar days" reads as calendar days.
 */
export function formatDuration(duration: Duration, lang: Lang): string {
  const { unit } = duration;
  const value = formatNumber(duration.value, lang);
  if (unit === 'h') return hoursText(duration.value, lang);
  if (unit === 'month' && duration.years) return yearsText(duration.value / 12, lang);
  if (lang === 'vi')
    return unit === 'd'
      ? `${value} ngày làm việc`
      : unit === 'cd'
        ? `${value} ngày (lịch)`
        : unit === 'month'
          ? `${value} tháng`
          : NEXT_DAY_NAMES.vi[duration.nextDay ?? 'none'];
  if (unit === 'd') return `${value} working ${plural(duration.value, 'day')}`;
  if (unit === 'cd') return `${value} calendar ${plural(duration.value, 'day')}`;
  return unit === 'month'
    ? `${value} ${plural(duration.value, 'month')}`
    : NEXT_DAY_NAMES.en[duration.nextDay ?? 'none'];
}

// A same-day limit, or the next-day one ("Trong ngày làm việc tiếp theo"), in words that read back to it.
const NEXT_DAY_NAMES: Record<Lang, Record<'none' | 'close' | 'morning', string>> = {
  vi: {
    none: 'trong ngày',
    close: 'trong ngày làm việc tiếp theo',
    morning: 'buổi sáng ngày làm việc tiếp theo',
  },
  en: { none: 'same day', close: 'the next working day', morning: 'the morning of the next working day' },
};

/** Months the law wrote in years, as it wrote them: `1 năm`, `1,5 năm` / `1 year`, `1.5 years`. */
function yearsText(years: number, lang: Lang): string {
  return `${formatNumber(years, lang)} ${lang === 'vi' ? 'năm' : plural(years, 'year')}`;
}

/**
 * A statutory limit's number and unit: `5 ngày làm việc`, `30 ngày (lịch)` / `5 working days`, `30 calendar days`;
 * the same words as formatDuration. With the law's own words where they leave the reading open: limitWords.
 */
export function formatLimit(duration: Duration, lang: Lang): string {
  return formatDuration(duration, lang);
}

const WEEKDAY_NAMES = {
  en: {
    short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
  vi: {
    short: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    long: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  },
} as const;

/** The day of the week of a date, `Fri` / `T6`, or in full `Friday` / `thứ Sáu`. */
export function weekdayName(day: Day, lang: Lang, form: 'short' | 'long' = 'short'): string {
  return WEEKDAY_NAMES[lang][form][weekday(day)]!;
}

/**
 * A day of the week by its number (0 Sunday … 6 Saturday) inside a sentence: `thứ Bảy` / `Saturday`; `plural` for
 * "every such day" (`Saturdays`; Vietnamese does not inflect), `capital` to start a sentence (`Thứ Bảy`).
 */
export function weekdayNameOf(index: number, lang: Lang, form: 'long' | 'plural' | 'capital' = 'long'): string {
  const name = WEEKDAY_NAMES[lang].long[index]!;
  if (form === 'plural' && lang === 'en') return `${name}s`;
  return form === 'capital' ? name[0]!.toUpperCase() + name.slice(1) : name;
}

/** A date as Vietnamese documents write it: `02/09/2026`. */
export function formatDmy(day: Day): string {
  const { year, month, date } = dayParts(day);
  return `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A date as officers write it, with its weekday: `Fri 27/02/2026` / `T6 27/02/2026`. */
export function formatDate(day: Day, lang: Lang): string {
  const { year, month, date } = dayParts(day);
  return `${weekdayName(day, lang)} ${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A moment for people: `Fri 27/02/2026 09:00` / `T6 27/02/2026 09:00`. */
export function formatDateTime(moment: Moment, lang: Lang): string {
  return `${formatDate(dayOf(moment), lang)} ${formatClock(minuteOf(moment))}`;
}

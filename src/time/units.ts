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

/** Working time in days and hours for people: `5,5 ngày làm việc (44 giờ)` / `5.5 working days (44 h)`. */
export function formatWorkingTime(hours: number, hoursPerDay: number, lang: Lang): string {
  const days = round2(hours / hoursPerDay);
  const h = formatNumber(hours, lang);
  if (lang === 'vi') return `${formatNumber(days, lang)} ngày làm việc (${h} giờ)`;
  return `${formatNumber(days, lang)} working ${days === 1 ? 'day' : 'days'} (${h} h)`;
}

/** A step duration or limit as printed in flowcharts and documents: `0,5 ngày`, `4 giờ`, `30 ngày (lịch)` / `0.5 d`, `4 h`. */
export function formatDuration(duration: Duration, lang: Lang): string {
  const value = formatNumber(duration.value, lang);
  if (lang === 'vi') return duration.unit === 'h' ? `${value} giờ` : duration.unit === 'd' ? `${value} ngày` : `${value} ngày (lịch)`;
  return duration.unit === 'h' ? `${value} h` : duration.unit === 'd' ? `${value} d` : `${value} calendar days`;
}

/** A statutory limit as the law publishes it: `5 ngày làm việc`, `30 ngày` / `5 working days`, `30 calendar days`. */
export function formatLimit(duration: Duration, lang: Lang): string {
  const value = formatNumber(duration.value, lang);
  if (lang === 'vi') return duration.unit === 'h' ? `${value} giờ làm việc` : duration.unit === 'd' ? `${value} ngày làm việc` : `${value} ngày`;
  const plural = duration.value === 1 ? '' : 's';
  return duration.unit === 'h' ? `${value} working hour${plural}` : duration.unit === 'd' ? `${value} working day${plural}` : `${value} calendar day${plural}`;
}

const WEEKDAY_NAMES = {
  en: { short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] },
  vi: { short: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'], long: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] },
} as const;

/** The day of the week of a date, `Fri` / `T6`, or in full `Friday` / `thứ Sáu`. */
export function weekdayName(day: Day, lang: Lang, form: 'short' | 'long' = 'short'): string {
  return WEEKDAY_NAMES[lang][form][weekday(day)]!;
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

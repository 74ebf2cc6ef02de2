import type { Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';

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

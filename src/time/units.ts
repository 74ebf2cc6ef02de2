import type { Lang } from '../i18n.js';

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
  const days = formatNumber(hours / hoursPerDay, lang);
  const h = formatNumber(hours, lang);
  return lang === 'vi' ? `${days} ngày làm việc (${h} giờ)` : `${days} working days (${h} h)`;
}

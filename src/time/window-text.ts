import type { Lang } from '../i18n.js';
import { formatDmy } from './units.js';
import type { SweepWindow } from './window.js';

const WORDS = {
  en: {
    announced: 'from {from} to {to} (the years whose days off are announced)',
    'as-of': 'from {from} to {to} (the year from --as-of or the calendar’s as_of)',
    effective: 'from {from} to {to} (a year from the effective date)',
  },
  vi: {
    announced: 'từ {from} đến {to} (các năm đã công bố lịch nghỉ)',
    'as-of': 'từ {from} đến {to} (một năm từ --as-of hoặc as_of của lịch)',
    effective: 'từ {from} đến {to} (một năm từ ngày hiệu lực)',
  },
} as const;

/** The receipts a sweep tried, in words, with why those dates: `from 01/01/2025 to 31/12/2026 (the years whose days off are announced)`. */
export function windowText(window: Pick<SweepWindow, 'from' | 'days' | 'basis'>, lang: Lang): string {
  return WORDS[lang][window.basis]
    .replace('{from}', formatDmy(window.from))
    .replace('{to}', formatDmy(window.from + window.days - 1));
}

import type { Lang } from '../i18n.js';
import { formatDmy } from './units.js';
import type { SweepWindow } from './window.js';

const WORDS = {
  en: {
    announced: 'from {from} to {to} (appointments within the years whose days off are announced)',
    'as-of': 'from {from} to {to} (a year from --as-of)',
    'as-of-calendar': 'from {from} to {to} (a year from the date the office’s working calendar sets)',
    effective: 'from {from} to {to} (a year from the effective date)',
  },
  vi: {
    announced: 'từ {from} đến {to} (hẹn trả trong các năm đã công bố lịch nghỉ)',
    'as-of': 'từ {from} đến {to} (một năm từ ngày ghi ở --as-of)',
    'as-of-calendar': 'từ {from} đến {to} (một năm từ ngày ghi trong lịch làm việc của đơn vị)',
    effective: 'từ {from} đến {to} (một năm từ ngày hiệu lực)',
  },
} as const;

/**
 * The receipts a sweep tried, in words, with why those dates: `from 01/01/2025 to 13/11/2026 (appointments within the
 * years whose days off are announced)`. A day chosen in the calendar is said as such, never as its key: the words go
 * into issued documents.
 */
export function windowText(
  window: Pick<SweepWindow, 'from' | 'days' | 'basis'> & { chosenBy?: SweepWindow['chosenBy'] | undefined },
  lang: Lang,
): string {
  const basis = window.basis === 'as-of' && window.chosenBy === 'calendar' ? 'as-of-calendar' : window.basis;
  return WORDS[lang][basis]
    .replace('{from}', formatDmy(window.from))
    .replace('{to}', formatDmy(window.from + window.days - 1));
}

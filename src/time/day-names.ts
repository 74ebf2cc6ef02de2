import type { Lang } from '../i18n.js';
import { parseDay } from './moment.js';
import { weekdayName } from './units.js';

// The public holidays of the Labour Code 2019 (Điều 112 khoản 1) by their legal names, which every output keeps, with
// the gloss English output adds for readers who do not know them.
const HOLIDAY_GLOSS = {
  'Tết Dương lịch': 'New Year’s Day',
  'Tết Nguyên Đán': 'Lunar New Year',
  'Giỗ Tổ Hùng Vương': 'Hùng Kings’ Commemoration Day',
  'Ngày Chiến thắng': 'Reunification Day',
  'Ngày Quốc tế Lao động': 'International Labour Day',
  'Quốc khánh': 'National Day',
} as const;

/** A public holiday by its legal Vietnamese name. */
export type Holiday = keyof typeof HOLIDAY_GLOSS;

/**
 * What a built-in special day is, kept on the day so that each output words it in its own language: a holiday (or a
 * break of several, "30/4 and 1/5"), a day off in lieu of a holiday on a weekend, a weekday off swapped with the
 * working day that makes it up (YYYY-MM-DD), or that make-up working day with the day it makes up for.
 */
export type DayAbout =
  | { what: 'holiday'; holidays: readonly Holiday[] }
  | { what: 'in_lieu'; holiday: Holiday }
  | { what: 'swapped'; holiday?: Holiday; madeUpOn: string }
  | { what: 'make_up'; makesUpFor: string };

/** A holiday as the output's language shows it: the legal name, with its English gloss in English. */
function holidayText(holiday: Holiday, lang: Lang): string {
  return lang === 'vi' ? holiday : `${holiday} (${HOLIDAY_GLOSS[holiday]})`;
}

/** A date inside a day's name, as notices write it: `thứ Bảy 22/8` / `Saturday 22/8`. */
function shortDate(date: string, lang: Lang): string {
  const day = parseDay(date)!;
  const [, month, dom] = date.split('-').map(Number);
  return `${weekdayName(day, lang, 'long')} ${dom}/${month}`;
}

/** The name of a built-in special day in a language: "Tết Nguyên Đán (nghỉ bù)" / "Day off in lieu of Tết Nguyên Đán (Lunar New Year)". */
export function aboutText(about: DayAbout, lang: Lang): string {
  const en = lang === 'en';
  switch (about.what) {
    case 'holiday':
      return about.holidays.map((holiday) => holidayText(holiday, lang)).join(en ? ' and ' : ' và ');
    case 'in_lieu':
      return en ? `Day off in lieu of ${holidayText(about.holiday, lang)}` : `${about.holiday} (nghỉ bù)`;
    case 'swapped': {
      const on = shortDate(about.madeUpOn, lang);
      if (about.holiday === undefined)
        return en ? `Swapped day off (made up on ${on})` : `Nghỉ hoán đổi (làm bù ${on})`;
      return en
        ? `${holidayText(about.holiday, lang)}: swapped day off, made up on ${on}`
        : `${about.holiday} (nghỉ hoán đổi, làm bù ${on})`;
    }
    case 'make_up':
      return en
        ? `Make-up working day for ${shortDate(about.makesUpFor, lang)}`
        : `Làm bù cho ${shortDate(about.makesUpFor, lang)}`;
  }
}

/** What a built-in special day is, as JSON gives it beside its Vietnamese `name`, in keys that do not change with it. */
export function aboutJson(about: DayAbout | undefined): Record<string, unknown> {
  if (about === undefined) return {};
  switch (about.what) {
    case 'holiday':
      return { holidays: about.holidays };
    case 'in_lieu':
      return { in_lieu_of: about.holiday };
    case 'swapped':
      return { ...(about.holiday === undefined ? {} : { holidays: [about.holiday] }), made_up_on: about.madeUpOn };
    case 'make_up':
      return { makes_up_for: about.makesUpFor };
  }
}

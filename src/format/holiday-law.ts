import { fill, type Lang } from '../i18n.js';

// One citation for the days off procmap computes, said the same by every note: the holidays are Art. 112(1), the days
// in lieu (10–11/02/2027, 03/05/2027) Art. 111(3), as each day's own source in src/time/vietnam.ts names them.
const WORDS = {
  en: {
    law: 'the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3))',
    advice:
      'once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: {forms} (docs/calendar.md)',
    form: '{year}: "Thông báo … ngày …"',
    check: 'procmap calendar {year}',
  },
  vi: {
    law: 'Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111)',
    advice:
      'khi có văn bản công bố, chép các ngày nghỉ vào lịch (calendar) trong procmap.config.yaml và ghi số văn bản dưới calendar: announced: {forms} (docs/calendar.md)',
    form: '{year}: "Thông báo … ngày …"',
    check: 'procmap calendar {year}',
  },
} as const;

/** Where the days off of a year not announced come from, in the one citation every note gives. */
export function holidayLawText(lang: Lang): string {
  return WORDS[lang].law;
}

/** What an officer holding the notice writes so that procmap counts those years as announced, one line per year. */
export function announceAdvice(years: readonly number[], lang: Lang): string {
  const w = WORDS[lang];
  return fill(w.advice, { forms: years.map((year) => fill(w.form, { year })).join('; ') });
}

/** The commands that list the days procmap counts for those years: `procmap calendar 2027; procmap calendar 2028`. */
export function calendarCommands(years: readonly number[], lang: Lang): string {
  return years.map((year) => fill(WORDS[lang].check, { year })).join('; ');
}

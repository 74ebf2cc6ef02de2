import { docsUrl } from '../docs-url.js';
import { fill, type Lang } from '../i18n.js';
import { ANNOUNCED_YEARS } from '../time/data/vietnam-announced.js';

// One citation for the days off procmap computes, said the same by every note: the holidays are Art. 112(1), the days
// in lieu (10–11/02/2027, 03/05/2027) Art. 111(3), as each day's own source in src/time/vietnam.ts names them.
const WORDS = {
  en: {
    law: 'the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3))',
    advice:
      'once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: {forms} (' +
      docsUrl('docs/calendar.md') +
      ')',
    form: '{year}: "Thông báo … ngày …"',
    check: 'procmap calendar {year}',
    pastAdvice:
      'to count the days the government announced, copy its notice’s days off and make-up days into the calendar of procmap.config.yaml (holidays:, workdays:) and name the notice under calendar: announced: {forms} (' +
      docsUrl('docs/calendar.md') +
      ')',
  },
  vi: {
    law: 'Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111)',
    advice:
      'khi có văn bản công bố, chép các ngày nghỉ vào lịch (calendar) trong procmap.config.yaml và ghi số văn bản dưới calendar: announced: {forms} (' +
      docsUrl('docs/calendar.md') +
      ')',
    form: '{year}: "Thông báo … ngày …"',
    check: 'procmap calendar {year}',
    pastAdvice:
      'để tính theo lịch nghỉ Chính phủ đã công bố, chép các ngày nghỉ và ngày làm bù của văn bản công bố vào lịch (calendar) trong procmap.config.yaml (holidays:, workdays:) và ghi số văn bản dưới calendar: announced: {forms} (' +
      docsUrl('docs/calendar.md') +
      ')',
  },
} as const;

// The first year whose announced days procmap bundles (2025): the days off of every year before it were announced
// long ago, but procmap holds no notice of them and counts the Labour Code's days (Tết 2024 and its make-up days
// differ from that count), so what it says of them must not read "not announced yet".
const FIRST_BUNDLED = Math.min(...Object.keys(ANNOUNCED_YEARS).map(Number));

/** Whether a year counted from the Labour Code lies before the years procmap bundles: announced, but not held. */
export function unbundledYear(year: number): boolean {
  return year < FIRST_BUNDLED;
}

/** Where the days off of a year not announced come from, in the one citation every note gives. */
export function holidayLawText(lang: Lang): string {
  return WORDS[lang].law;
}

/** What an officer holding the notice writes so that procmap counts those years as announced, one line per year. */
export function announceAdvice(years: readonly number[], lang: Lang): string {
  const w = WORDS[lang];
  const forms = (list: readonly number[]) => list.map((year) => fill(w.form, { year })).join('; ');
  const [past, later] = [years.filter(unbundledYear), years.filter((year) => !unbundledYear(year))];
  // A year whose notice is long out is not told to wait for it.
  return [
    ...(later.length > 0 ? [fill(w.advice, { forms: forms(later) })] : []),
    ...(past.length > 0 ? [fill(w.pastAdvice, { forms: forms(past) })] : []),
  ].join('; ');
}

/** The commands that list the days procmap counts for those years: `procmap calendar 2027; procmap calendar 2028`. */
export function calendarCommands(years: readonly number[], lang: Lang): string {
  return years.map((year) => fill(WORDS[lang].check, { year })).join('; ');
}

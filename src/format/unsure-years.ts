import { fill, type Lang } from '../i18n.js';
import { announceAdvice, calendarCommands, holidayLawText, unbundledYear } from './holiday-law.js';

const WORDS = {
  en: {
    rule: 'Note: no announced days off for {years} yet; those holidays follow {law} and may change when the government announces them ({check}); {advice}.',
    provisional:
      'Note: the days off of {years} are provisional, not yet checked against the government’s notice ({check}); {advice}.',
    unbundled:
      'Note: procmap does not hold the days off the government announced for {years}; those holidays follow {law}, and the days announced (Tết, swapped days, make-up days) may differ from them ({check}); {advice}.',
  },
  vi: {
    rule: 'Lưu ý: chưa có lịch nghỉ được công bố cho năm {years}; ngày nghỉ tính theo {law}, có thể thay đổi khi Chính phủ công bố ({check}); {advice}.',
    provisional: 'Lưu ý: lịch nghỉ năm {years} là tạm tính, chưa đối chiếu với văn bản công bố ({check}); {advice}.',
    unbundled:
      'Lưu ý: procmap không có sẵn lịch nghỉ Chính phủ đã công bố cho năm {years}; ngày nghỉ tính theo {law}, có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù) ({check}); {advice}.',
  },
} as const;

/**
 * The notes that go with dates resting on days off procmap computed or holds provisionally, one per kind, in the
 * words `procmap time` prints them; none when every year counted is announced. Every output that prints such a date
 * (time, ontime, the documents, the site) says it with these, so the warning reads the same everywhere.
 */
export function unsureYearsNotes(
  years: { rule: readonly number[]; provisional: readonly number[] },
  lang: Lang,
): string[] {
  const w = WORDS[lang];
  const notes: string[] = [];
  // Years before those procmap bundles (2024) were announced long ago: said apart, never "not announced yet".
  const split = {
    unbundled: years.rule.filter(unbundledYear),
    rule: years.rule.filter((year) => !unbundledYear(year)),
    provisional: years.provisional,
  };
  for (const kind of ['unbundled', 'rule', 'provisional'] as const) {
    const list = split[kind];
    if (list.length === 0) continue;
    const data = {
      years: list.join(', '),
      law: holidayLawText(lang),
      check: calendarCommands(list, lang),
      advice: announceAdvice(list, lang),
    };
    notes.push(fill(w[kind], data));
  }
  return notes;
}

const NO_DATA = {
  en: 'Note: your calendar has no built-in holidays (public_holidays: none) and lists no day off in {years}: procmap counts {years} as a year without Tết or any holiday. List the days off of {years} (Tết, 30/4 and 1/5, National Day…) under holidays, or remove public_holidays: none to count the Labour Code’s days.',
  vi: 'Lưu ý: lịch của bạn không dùng ngày nghỉ lễ có sẵn (public_holidays: none) và không ghi ngày nghỉ nào trong năm {years}: procmap tính năm {years} như một năm không có Tết hay ngày lễ nào. Hãy ghi các ngày nghỉ của năm {years} (Tết, 30/4 và 1/5, Quốc khánh…) dưới holidays, hoặc xóa dòng public_holidays: none để tính ngày nghỉ theo Bộ luật Lao động.',
} as const;

/** The note for years a calendar without built-in holidays gives no day off at all: data missing, not a year off-free. */
export function noDataYearsNote(years: readonly number[], lang: Lang): string | undefined {
  return years.length === 0 ? undefined : fill(NO_DATA[lang], { years: years.join(', ') });
}

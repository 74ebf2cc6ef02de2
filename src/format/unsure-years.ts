import { fill, type Lang } from '../i18n.js';

const WORDS = {
  en: {
    rule: 'Note: no announced days off for {years} yet; those holidays follow the Labour Code 2019 (Art. 112) and may change when the government announces them.',
    provisional:
      'Note: the days off of {years} are provisional, not yet checked against the government’s notice (procmap calendar {first}).',
  },
  vi: {
    rule: 'Lưu ý: chưa có lịch nghỉ được công bố cho năm {years}; ngày nghỉ tính theo Điều 112 Bộ luật Lao động 2019, có thể thay đổi khi Chính phủ công bố.',
    provisional:
      'Lưu ý: lịch nghỉ năm {years} là tạm tính, chưa đối chiếu với văn bản công bố (procmap calendar {first}).',
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
  if (years.rule.length > 0) notes.push(fill(w.rule, { years: years.rule.join(', ') }));
  if (years.provisional.length > 0)
    notes.push(fill(w.provisional, { years: years.provisional.join(', '), first: years.provisional[0]! }));
  return notes;
}

/** The note that receipts written as a date alone were counted by that date, said once per report. */
import type { Lang } from '../i18n.js';

const WORDS = {
  vi: {
    one: 'Ngày tiếp nhận của 1 hồ sơ không ghi giờ',
    many: 'Ngày tiếp nhận của {n} hồ sơ không ghi giờ',
    rest: ': đã tính theo ngày, như nhận vào cuối giờ làm việc của ngày đó, nên không hồ sơ nào bị tính quá hạn vì giờ không ghi. Muốn tính đến giờ, hãy xuất cả giờ tiếp nhận.',
  },
  en: {
    one: "1 dossier's receipt gives a date and no hour",
    many: "{n} dossiers' receipts give a date and no hour",
    rest: ": counted by the date, as if received at the close of that day's office hours, so none is late by an hour nobody wrote. To count to the hour, export the time of receipt too.",
  },
} as const;

/** The note on dossiers whose receipt gave a date and no hour; none when every receipt had its hour. */
export function dateOnlyReceiptNotes(count: number, lang: Lang): string[] {
  if (count === 0) return [];
  const w = WORDS[lang];
  return [(count === 1 ? w.one : w.many.replace('{n}', String(count))) + w.rest];
}

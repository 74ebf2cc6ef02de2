/**
 * The report's notes on its dates: receipts written as a date alone, counted by that date, said once; dossiers
 * received before their procedure took effect, once per procedure.
 */
import { fill, type Lang } from '../i18n.js';
import type { OntimeReport } from '../ontime/aggregate.js';
import { formatDate } from '../time/units.js';

const WORDS = {
  vi: {
    one: 'Ngày tiếp nhận của 1 hồ sơ không ghi giờ',
    many: 'Ngày tiếp nhận của {n} hồ sơ không ghi giờ',
    rest: ': đã tính theo ngày, như nhận vào cuối giờ làm việc của ngày đó, nên không hồ sơ nào bị tính quá hạn vì giờ không ghi. Muốn tính đến giờ, hãy xuất cả giờ tiếp nhận.',
    between:
      ' Trong đó {n} hồ sơ có thời hạn trong ngày kèm giờ chốt và có kết quả sau ngày tiếp nhận nhưng không muộn hơn hạn muộn nhất: đúng hạn nếu nhận sau giờ chốt, quá hạn nếu nhận trước giờ chốt, nên chưa xác định và không tính vào tỷ lệ đúng hạn.',
  },
  en: {
    one: "1 dossier's receipt gives a date and no hour",
    many: "{n} dossiers' receipts give a date and no hour",
    rest: ": counted by the date, as if received at the close of that day's office hours, so none is late by an hour nobody wrote. To count to the hour, export the time of receipt too.",
    between:
      ' Of them, {n} under a same-day limit with a cut-off finished after the day of receipt but no later than the latest due date: on time if received after the cut-off, late if before it, so not known yet and left out of the on-time rate.',
  },
} as const;

const WHOLE_DAYS = {
  vi: {
    one: '1 hồ sơ có thời gian tạm dừng kết thúc bằng một ngày không ghi giờ',
    many: '{n} hồ sơ có thời gian tạm dừng kết thúc bằng một ngày không ghi giờ',
    rest: ': đã tính đến hết ngày kết thúc đó, và trọn ngày bắt đầu nếu ngày bắt đầu cũng không ghi giờ (05/05/2026 - 05/05/2026 là cả ngày 05/05; 05/05/2026 14:30 - 07/05/2026 là từ 14:30 ngày 05/05 đến hết ngày 07/05), như ngày ghi trong sổ theo dõi hồ sơ. Muốn tính đến giờ, hãy ghi cả giờ bắt đầu và giờ kết thúc tạm dừng.',
  },
  en: {
    one: '1 dossier has a pause whose end is a date with no hour',
    many: '{n} dossiers have a pause whose end is a date with no hour',
    rest: ': counted through the end of that day, and from the start of its first day when that has no hour either (05/05/2026 - 05/05/2026 is all of 05/05; 05/05/2026 14:30 - 07/05/2026 runs from 14:30 on 05/05 through 07/05), as dates in a register are. To count to the hour, write the hours the pause started and ended.',
  },
} as const;

const UNREAD_APPOINTMENTS = {
  vi: {
    one: '1 hồ sơ có ô ngày hẹn trả ghi chữ không phải ngày ("Trong ngày", "Trả ngay", "Không hẹn")',
    many: '{n} hồ sơ có ô ngày hẹn trả ghi chữ không phải ngày ("Trong ngày", "Trả ngay", "Không hẹn")',
    rest: ': vẫn được đo theo thời hạn của thủ tục, chỉ không so với ngày hẹn của phần mềm. Muốn so, hãy xuất ngày hẹn trả dạng ngày (05/05/2026 16:00).',
  },
  en: {
    one: '1 dossier has words that are no date in its appointment cell ("Trong ngày", "Trả ngay", "Không hẹn")',
    many: '{n} dossiers have words that are no date in their appointment cell ("Trong ngày", "Trả ngay", "Không hẹn")',
    rest: ": measured against the procedure's limit all the same, only not compared with the software's appointment. To compare them, export the appointment as a date (05/05/2026 16:00).",
  },
} as const;

/** The note on dossiers measured whose appointment could not be read as a date; none when there is none. */
export function unreadAppointmentNotes(count: number, lang: Lang): string[] {
  if (count === 0) return [];
  const w = UNREAD_APPOINTMENTS[lang];
  return [(count === 1 ? w.one : w.many.replace('{n}', String(count))) + w.rest];
}

/** The note on dossiers with a pause whose end is a date alone, read through that day; none when there is none. */
export function wholeDayPauseNotes(count: number, lang: Lang): string[] {
  if (count === 0) return [];
  const w = WHOLE_DAYS[lang];
  return [(count === 1 ? w.one : w.many.replace('{n}', String(count))) + w.rest];
}

/**
 * The note on dossiers whose receipt gave a date and no hour, with how many of them the hour decides (`undetermined`);
 * none when every receipt had its hour.
 */
export function dateOnlyReceiptNotes(count: number, lang: Lang, undetermined = 0): string[] {
  if (count === 0) return [];
  const w = WORDS[lang];
  const between = undetermined === 0 ? '' : w.between.replace('{n}', String(undetermined));
  return [(count === 1 ? w.one : w.many.replace('{n}', String(count))) + w.rest + between];
}

const EARLY = {
  vi: {
    one: '1 hồ sơ của thủ tục {procedure} tiếp nhận trước ngày quy trình có hiệu lực ({effective}): hồ sơ này được giải quyết theo quy định trước đó nhưng được đo theo thời hạn của quy trình này; hãy kiểm tra riêng, theo quy định cũ.',
    many: '{n} hồ sơ của thủ tục {procedure} tiếp nhận trước ngày quy trình có hiệu lực ({effective}): các hồ sơ này được giải quyết theo quy định trước đó nhưng được đo theo thời hạn của quy trình này; hãy kiểm tra riêng, theo quy định cũ.',
  },
  en: {
    one: "1 dossier of {procedure} was received before the process took effect ({effective}): it was handled under the earlier rules but is measured against this process's limit; check it apart, by the earlier rules.",
    many: "{n} dossiers of {procedure} were received before the process took effect ({effective}): they were handled under the earlier rules but are measured against this process's limit; check them apart, by the earlier rules.",
  },
} as const;

/** One note per procedure with dossiers received before it took effect. */
export function beforeEffectiveNotes(list: OntimeReport['beforeEffective'], lang: Lang): string[] {
  const w = EARLY[lang];
  return list.map(({ procedure, title, effective, dossiers }) => {
    const named = title === '' ? procedure : `${procedure} (${title})`;
    const words = { n: dossiers, procedure: named, effective: formatDate(effective, lang) };
    return fill(dossiers === 1 ? w.one : w.many, words);
  });
}

/** Every note on the report's dates, in the order the reports print them. */
export function ontimeDateNotes(report: OntimeReport, lang: Lang): string[] {
  return [
    ...beforeEffectiveNotes(report.beforeEffective, lang),
    ...dateOnlyReceiptNotes(report.dateOnlyReceipts, lang, report.totals.undetermined),
    ...wholeDayPauseNotes(report.wholeDayPauses, lang),
    ...unreadAppointmentNotes(report.unreadAppointments, lang),
  ];
}

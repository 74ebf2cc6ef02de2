/**
 * What to write instead of a key officers put in a calendar that belongs elsewhere: the cutoff, which each procedure
 * file sets, and hours for receiving dossiers, which procmap does not keep apart from office hours.
 */
import type { Lang } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';

// Keys that name reception hours, as officers write them in English or without accents.
const RECEIVING = new Set([
  'receiving',
  'receiving_hours',
  'reception',
  'reception_hours',
  'tiep_nhan',
  'gio_tiep_nhan',
]);

/** The last clock a value writes ("13:30-16:30" → "16:30"), for the example; undefined when it writes none. */
function lastClock(value: unknown): string | undefined {
  const clocks = JSON.stringify(value ?? '').match(/\b\d{1,2}[:h]\d{2}\b/g);
  return clocks?.at(-1)?.replace('h', ':').padStart(5, '0');
}

/**
 * The message for an unknown key at the root of a calendar section (`path` relative to it) that procmap knows the
 * place of; undefined for any other problem, which keeps the schema's message.
 */
export function calendarKeyHint(section: unknown, path: NodePath, lang: Lang): string | undefined {
  if (path.length !== 1 || !isMap(section)) return undefined;
  const key = String(path[0]);
  if (key === 'cutoff') {
    const hour = typeof section.cutoff === 'string' ? section.cutoff : '15:00';
    return lang === 'vi'
      ? `Trường "cutoff" không thuộc lịch làm việc: giờ mà hồ sơ nhận sau giờ đó được tính từ ngày làm việc tiếp theo ghi trong từng tệp quy trình, ngay dưới thời hạn (time_limit: trong ngày, rồi dòng cutoff: "${hour}"); hãy xóa dòng này khỏi lịch`
      : `"cutoff" does not belong in a calendar: the hour after which a dossier counts from the next working day is written in each procedure file, under its time limit (time_limit: trong ngày, then the line cutoff: "${hour}"); remove this line from the calendar`;
  }
  if (RECEIVING.has(key.toLowerCase())) {
    const hour = lastClock(section[key]) ?? '16:30';
    return lang === 'vi'
      ? `Trường "${key}" không có trong lịch: procmap không có giờ tiếp nhận riêng. Hãy ghi hours là giờ làm việc đến khi cơ quan đóng cửa, và trong từng tệp quy trình ghi dòng cutoff: "${hour}" (giờ nhận hồ sơ cuối cùng còn tính trong ngày)`
      : `"${key}" is not a calendar key: procmap has no separate reception hours. Write hours as the office's hours until it closes, and in each procedure file the line cutoff: "${hour}" (the last hour a dossier received still counts that day)`;
  }
  return undefined;
}

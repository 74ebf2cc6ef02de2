/**
 * What to write instead of a key officers put in a calendar that belongs elsewhere: the cutoff, which each procedure
 * file sets, and hours for receiving dossiers, which procmap does not keep apart from office hours; and instead of a
 * span of office hours before 7:00 without sáng or chiều, which the schema refuses for editors to flag, the readings.
 */
import type { Lang } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';
import { readOfficeSpan } from '../model/office-span.js';
import { ambiguousSpan } from '../time/calendar.js';
import { readYear } from '../time/declared-years.js';
import { readDay } from '../time/moment.js';

// The lists of spans of office hours: the week's, and a make-up day's own (workdays: - { date, hours }).
const SPAN_LISTS = new Set(['hours', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Keys that name reception hours, as officers write them in English or without accents.
const RECEIVING = new Set([
  'receiving',
  'receiving_hours',
  'reception',
  'reception_hours',
  'tiep_nhan',
  'gio_tiep_nhan',
]);

// Keys that name seasonal office hours (summer and winter hours), which procmap does not keep: one set of hours a week.
const SEASONS = new Set([
  'summer',
  'winter',
  'summer_hours',
  'winter_hours',
  'mua_he',
  'mua_dong',
  'gio_mua_he',
  'gio_mua_dong',
  'mùa_hè',
  'mùa_đông',
  'giờ_mùa_hè',
  'giờ_mùa_đông',
]);

/** The last clock a value writes ("13:30-16:30" → "16:30"), for the example; undefined when it writes none. */
function lastClock(value: unknown): string | undefined {
  const clocks = JSON.stringify(value ?? '').match(/\b\d{1,2}[:h]\d{2}\b/g);
  return clocks?.at(-1)?.replace('h', ':').padStart(5, '0');
}

/**
 * `holidays:` written as a map (`2026-05-12: Nghỉ riêng`), which the schema refuses as "not a list": the line to write
 * for the officer's own first entry, a date with its name, or a name with its date as one text.
 */
function datesMapHint(key: 'holidays' | 'workdays', entries: Record<string, unknown>, lang: Lang): string {
  const [first, value] = Object.entries(entries)[0] ?? ['2026-06-01', 'Nghỉ theo quyết định của UBND tỉnh'];
  const year = readYear(first);
  // `holidays: {2027: [2027-09-02]}`: the days of a year grouped under it; the list needs no year above its days.
  if (year !== undefined && Array.isArray(value) && value.length > 0) {
    const day = value[0] as unknown;
    const flow = isMap(day)
      ? `{ ${Object.entries(day)
          .map(([name, part]) => `${name}: ${String(part)}`)
          .join(', ')} }`
      : String(day);
    const line = `- ${flow}`;
    return lang === 'vi'
      ? `"${key}" là một danh sách ngày, không chia theo năm: hãy bỏ dòng "${first}:" và ghi mỗi ngày một dòng ngay dưới "${key}:", ngày có năm của nó, ví dụ ${line}`
      : `"${key}" is one list of days, not grouped by year: remove the line "${first}:" and write each day on its own line right under "${key}:", the day with its year, such as ${line}`;
  }
  const named = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const example =
    readDay(first) !== undefined
      ? named === undefined
        ? `- ${first}`
        : `- { date: ${first}, name: ${named} }`
      : `- "${first}: ${named ?? '2026-06-01'}"`;
  return lang === 'vi'
    ? `"${key}" là một danh sách, mỗi ngày một dòng bắt đầu bằng "- ", không phải một bảng khóa – giá trị: hãy ghi ${example}`
    : `"${key}" is a list, a day to a line that starts with "- ", not a map of keys and values: write ${example}`;
}

/**
 * The readings of a span of office hours (`hours: ["1:30-5:00"]`, a day's, a make-up day's) that can be read two ways: the schema
 * refuses it with "write it like 07:30-11:30", where procmap asks which of the two was meant.
 */
function ambiguousSpanHint(section: Record<string, unknown>, path: NodePath, lang: Lang): string | undefined {
  if (!SPAN_LISTS.has(String(path.at(-2)))) return undefined;
  let span: unknown = section;
  for (const step of path)
    span = isMap(span) || Array.isArray(span) ? (span as Record<string, unknown>)[step] : undefined;
  const read = typeof span === 'string' ? readOfficeSpan(span) : undefined;
  return read !== undefined && 'ambiguous' in read ? ambiguousSpan(span as string, read.ambiguous)[lang] : undefined;
}

/**
 * The message for an unknown key at the root of a calendar section (`path` relative to it) that procmap knows the
 * place of, or for a span of office hours it asks about; undefined for any other problem, which keeps the schema's.
 */
export function calendarKeyHint(section: unknown, path: NodePath, lang: Lang): string | undefined {
  if (!isMap(section)) return undefined;
  if (typeof path.at(-1) === 'number') return ambiguousSpanHint(section, path, lang);
  if (path.length !== 1) return undefined;
  const key = String(path[0]);
  if ((key === 'holidays' || key === 'workdays') && isMap(section[key])) return datesMapHint(key, section[key], lang);
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
  if (
    SEASONS.has(
      key
        .toLowerCase()
        .normalize('NFC')
        .replace(/[\s-]+/g, '_'),
    )
  ) {
    return lang === 'vi'
      ? `Trường "${key}" không có trong lịch: procmap có một bộ giờ làm việc cho cả năm, không có giờ mùa hè và mùa đông riêng. Hãy ghi giờ đang áp dụng ở hours (ví dụ hours: ["07:00-11:30", "13:30-17:00"]) và sửa lại khi đổi mùa, hoặc giữ mỗi mùa một tệp lịch và chọn tệp bằng --calendar`
      : `"${key}" is not a calendar key: procmap keeps one set of office hours for the whole year, with no separate summer and winter hours. Write the hours in force under hours (e.g. hours: ["07:00-11:30", "13:30-17:00"]) and change them when the season changes, or keep one calendar file per season and choose it with --calendar`;
  }
  return undefined;
}

import type { Translated } from '../i18n.js';
import { ANNOUNCED_YEARS } from './data/vietnam-announced.js';
import { dayParts, parseDay } from './moment.js';

/** A problem with the calendar section's `announced:` map, with the key it is at. */
export interface DeclaredYearProblem {
  path: (string | number)[];
  message: Translated;
}

/** A date entry as the calendar section writes it, reduced to what this check reads: its first and last day. */
type Dated = string | { date: string; to?: string | undefined };

/** The years a `holidays:` list gives at least one day off in (entries that are not dates are refused elsewhere). */
function holidayYears(holidays: readonly Dated[]): Set<number> {
  const years = new Set<number>();
  for (const entry of holidays) {
    const { date, to } = typeof entry === 'string' ? { date: entry, to: undefined } : entry;
    const first = parseDay(String(date));
    const last = to === undefined ? first : parseDay(String(to));
    if (first === undefined || last === undefined) continue;
    for (let year = dayParts(first).year; year <= dayParts(last).year; year++) years.add(year);
  }
  return years;
}

// A year as a key: `2027`, or `Năm 2027` as a notice heads it (`nam 2027` typed without marks), which says the same.
const YEAR_KEY = /^\s*(?:n[aă]m\s+)?(\d{4})\s*$/iu;

/** A year as officers write one, `2027` or `Năm 2027`; undefined for anything else. */
export function readYear(text: string): number | undefined {
  const digits = YEAR_KEY.exec(text.normalize('NFC'));
  return digits ? Number(digits[1]) : undefined;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The refusal of `announced:` written as a list of years or a year alone: it names no notice, so show the form that
 * does, with the officer's own first year.
 */
function notAMapText(value: unknown): Translated {
  const first = Array.isArray(value) ? value[0] : value;
  const year = /^\d{4}$/.test(String(first).trim()) ? String(first).trim() : '2027';
  const written = Array.isArray(value)
    ? { en: 'a list of years', vi: 'một danh sách năm' }
    : { en: 'a year alone', vi: 'chỉ một năm' };
  return {
    en: `Under announced, write each year, a colon and the notice that announces its days off, one year a line, such as ${year}: "Thông báo 1234/TB-BNV ngày 20/10/2026" (not ${written.en}, which names no notice)`,
    vi: `Dưới announced, hãy ghi mỗi năm một dòng: năm, dấu hai chấm rồi văn bản công bố lịch nghỉ năm đó, ví dụ ${year}: "Thông báo 1234/TB-BNV ngày 20/10/2026" (không ghi ${written.vi}, vì như thế không nêu văn bản nào)`,
  };
}

/**
 * Reads the calendar section's `announced:` map (a year to the notice that announces its days off, which the
 * section's `holidays` and `workdays` then give): the years and their notices, and every problem. Refused: a key
 * that is not a year from 2000 to 2099, an empty notice, a year procmap already has from a checked notice (its days
 * are built in; the section's own days still count), and a year the section lists no day off in (a notice announces
 * days off: without them the year would be called announced on days procmap no longer counts).
 */
export function declaredYears(
  announced: unknown,
  holidays: readonly Dated[] = [],
): { years: Map<number, string>; problems: DeclaredYearProblem[] } {
  const years = new Map<number, string>();
  const problems: DeclaredYearProblem[] = [];
  if (announced === undefined) return { years, problems };
  if (!isMap(announced)) return { years, problems: [{ path: ['announced'], message: notAMapText(announced) }] };
  const listed = holidayYears(holidays);
  for (const [key, value] of Object.entries(announced)) {
    const year = readYear(key) ?? NaN;
    if (!(year >= 2000 && year <= 2099)) {
      problems.push({
        path: ['announced', key],
        message: {
          en: `"${key}" is not a year: under announced, write each year as four digits from 2000 to 2099, then the notice, such as 2027: "Thông báo 1234/TB-BNV ngày 20/10/2026"`,
          vi: `"${key}" không phải một năm: dưới announced, hãy ghi mỗi năm bằng bốn chữ số từ 2000 đến 2099, rồi đến văn bản công bố, ví dụ 2027: "Thông báo 1234/TB-BNV ngày 20/10/2026"`,
        },
      });
      continue;
    }
    const notice = typeof value === 'string' ? value.trim() : '';
    if (notice === '') {
      problems.push({
        path: ['announced', key],
        message: {
          en: `Write the notice that announces the days off of ${year} after "${key}:", such as "Thông báo 1234/TB-BNV ngày 20/10/2026"`,
          vi: `Hãy ghi văn bản công bố lịch nghỉ năm ${year} sau "${key}:", ví dụ "Thông báo 1234/TB-BNV ngày 20/10/2026"`,
        },
      });
      continue;
    }
    const builtin = ANNOUNCED_YEARS[year];
    if (builtin?.status === 'announced') {
      problems.push({
        path: ['announced', key],
        message: {
          en: `procmap already has the days off of ${year}${builtin.notice ? ` from notice ${builtin.notice.number}` : ''}: remove ${year} from announced (days off and make-up days you list under holidays and workdays still count)`,
          vi: `procmap đã có lịch nghỉ năm ${year}${builtin.notice ? ` theo Thông báo ${builtin.notice.number}` : ''}: hãy xóa năm ${year} khỏi announced (ngày nghỉ, ngày làm bù ghi dưới holidays và workdays vẫn được tính)`,
        },
      });
      continue;
    }
    if (!listed.has(year)) {
      problems.push({
        path: ['announced', key],
        message: {
          en: `${year} is marked announced, but holidays lists no day off in ${year}: list the days off the notice announces (Tết, 30/4 and 1/5, National Day) under holidays, or remove ${year} from announced`,
          vi: `Năm ${year} được ghi là đã công bố, nhưng holidays không có ngày nghỉ nào trong năm ${year}: hãy ghi các ngày nghỉ theo văn bản công bố (Tết, 30/4 và 1/5, Quốc khánh) dưới holidays, hoặc xóa năm ${year} khỏi announced`,
        },
      });
      continue;
    }
    years.set(year, notice);
  }
  return { years, problems };
}

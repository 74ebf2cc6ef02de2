import type { Translated } from '../i18n.js';
import { LUNAR_DATES } from './data/lunar.js';
import { ANNOUNCED_YEARS } from './data/vietnam-announced.js';
import { dayParts, formatDay, parseDay, type Day } from './moment.js';
import { ruleHolidays } from './vietnam.js';

/** A problem with the calendar section's `announced:` map, with the key it is at. */
export interface DeclaredYearProblem {
  path: (string | number)[];
  message: Translated;
}

/** A date entry as the calendar section writes it, reduced to what this check reads: its first and last day. */
type Dated = string | { date: string; to?: string | undefined };

/** The first and last day of every `holidays:` entry that reads as dates (entries that are not are refused elsewhere). */
function holidaySpans(holidays: readonly Dated[]): { first: Day; last: Day }[] {
  const spans: { first: Day; last: Day }[] = [];
  for (const entry of holidays) {
    const { date, to } = typeof entry === 'string' ? { date: entry, to: undefined } : entry;
    const first = parseDay(String(date));
    const last = to === undefined ? first : parseDay(String(to));
    if (first !== undefined && last !== undefined) spans.push({ first, last });
  }
  return spans;
}

/** The years a `holidays:` list gives at least one day off in. */
function holidayYears(spans: readonly { first: Day; last: Day }[]): Set<number> {
  const years = new Set<number>();
  for (const { first, last } of spans)
    for (let year = dayParts(first).year; year <= dayParts(last).year; year++) years.add(year);
  return years;
}

// Every notice's Tết break holds days within a week of the lunar new year (2023: −2…+4, 2025: −4…+4, 2026: −3…+5).
const TET_REACH = 7;

/**
 * The lunar new year's day of `year` when the section's `holidays` give no day off within a week of it: an announced
 * year without Tết, which would drop the Labour Code's five days (Điều 112 khoản 1 điểm b) unsaid.
 */
function tetLeftOut(year: number, spans: readonly { first: Day; last: Day }[]): Day | undefined {
  const lunar = LUNAR_DATES[year];
  const newYear = lunar ? parseDay(lunar[0]) : undefined;
  if (newYear === undefined) return undefined;
  const near = spans.some(({ first, last }) => first <= newYear + TET_REACH && last >= newYear - TET_REACH);
  return near ? undefined : newYear;
}

/** The Labour Code's Tết break of `year`, its days in lieu included (5–11/02/2027): the days to copy without a notice. */
function ruleTet(year: number): { first: Day; last: Day } {
  const days = ruleHolidays(year)
    .filter(({ about }) =>
      about.what === 'holiday'
        ? about.holidays.includes('Tết Nguyên Đán')
        : about.what === 'in_lieu' && about.holiday === 'Tết Nguyên Đán',
    )
    .map(({ day }) => day);
  return { first: Math.min(...days), last: Math.max(...days) };
}

/** `2027-02-06` as a notice writes it, `06/02/2027`. */
function shownDay(day: Day): string {
  const [year, month, date] = formatDay(day).split('-');
  return `${date}/${month}/${year}`;
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
 * days off: without them the year would be called announced on days procmap no longer counts), and one whose
 * `holidays` hold no day of its Tết (procmap keeps only the lunar new year of its own Tết days there).
 */
export function declaredYears(
  announced: unknown,
  holidays: readonly Dated[] = [],
): { years: Map<number, string>; problems: DeclaredYearProblem[] } {
  const years = new Map<number, string>();
  const problems: DeclaredYearProblem[] = [];
  if (announced === undefined) return { years, problems };
  if (!isMap(announced)) return { years, problems: [{ path: ['announced'], message: notAMapText(announced) }] };
  const spans = holidaySpans(holidays);
  const listed = holidayYears(spans);
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
    const newYear = tetLeftOut(year, spans);
    if (newYear !== undefined) {
      const tet = ruleTet(year);
      const [first, last] = [shownDay(tet.first), shownDay(tet.last)];
      problems.push({
        path: ['announced', key],
        message: {
          en: `${year} is marked announced, but holidays lists no day of Tết ${year} (the lunar new year falls on ${shownDay(newYear)}; the Labour Code gives 5 days off, Article 112(1)(b)), and procmap does not add its own Tết days to an announced year: copy the Tết break the notice announces under holidays, such as - { date: ${formatDay(tet.first)}, to: ${formatDay(tet.last)}, name: Nghỉ Tết Nguyên Đán } (${first} to ${last} are the Labour Code's days with their days in lieu; the notice's may differ), or remove ${year} from announced to count the Labour Code's days`,
          vi: `Năm ${year} được ghi là đã công bố, nhưng holidays không có ngày nghỉ Tết Nguyên Đán ${year} nào (mùng 1 Tết là ${shownDay(newYear)}; Bộ luật Lao động 2019 cho nghỉ 5 ngày, Điều 112 khoản 1 điểm b), và procmap không tự thêm ngày nghỉ Tết cho năm đã công bố: hãy chép đợt nghỉ Tết theo văn bản công bố vào holidays, ví dụ - { date: ${formatDay(tet.first)}, to: ${formatDay(tet.last)}, name: Nghỉ Tết Nguyên Đán } (từ ${first} đến ${last} là các ngày nghỉ theo Bộ luật Lao động, kể cả nghỉ bù; văn bản công bố có thể khác), hoặc xóa năm ${year} khỏi announced để tính theo Bộ luật Lao động`,
        },
      });
      continue;
    }
    years.set(year, notice);
  }
  return { years, problems };
}

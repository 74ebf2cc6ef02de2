/**
 * The dates of a calendar section as officers write them, turned into the one form the calendar reads: every date
 * `YYYY-MM-DD`, a break written on one line as a notice writes it ("04/02/2027 - 14/02/2027", "Từ thứ Năm ngày
 * 04/02/2027 đến hết Chủ nhật ngày 14/02/2027", "Nghỉ Tết: 04/02 - 14/02/2027", "Tết 04/02/2027 - 14/02/2027") as
 * `{ date, to, name }`, a holiday after its name ("Giỗ Tổ Hùng Vương 16/04/2027") as `{ date, name }`. What cannot be
 * read so is said here, every problem of the section at once, in words that say what to write.
 */
import type { Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';
import { lunchProblems } from './calendar-lunch.js';
import { dateFaultText, reversedRangeText } from '../time/date-faults.js';
import { readYear } from '../time/declared-years.js';
import { lunarDate } from '../time/unread-dates.js';
import {
  dashedHalfRange,
  dateRangeParts,
  formatDay,
  halfRange,
  labelledDate,
  parseDay,
  readDay,
  unclearLabel,
} from '../time/moment.js';

/** A date of the calendar section that cannot be read, where it stands in the section and what to write. */
export interface CalendarDateProblem {
  path: NodePath;
  message: Translated;
}

/** The section's dates read, or the problems that stop them, for one list or value at a time. */
class Reader {
  readonly problems: CalendarDateProblem[] = [];

  /** `year`: the one year the section's other dates, or its file's name, speak of; a date without one gets it. */
  constructor(private readonly year: number | undefined) {}

  /** A date's `YYYY-MM-DD`; the text as written when it has no date's shape (the schema says so); undefined on a fault. */
  date(value: unknown, path: NodePath): unknown {
    if (typeof value !== 'string') return value;
    const reading = readDay(value);
    if (reading === undefined) return value;
    if ('day' in reading) return formatDay(reading.day);
    this.problems.push({ path, message: dateFaultText(value, reading.fault) });
    return undefined;
  }

  /** An entry of `holidays` or `workdays`: a date, a range on one line, or `{ date, to, … }`. */
  entry(entry: unknown, path: NodePath, list: 'holidays' | 'workdays'): unknown {
    if (typeof entry === 'string') {
      const noYear = dayWithoutYear(entry);
      if (noYear !== undefined) {
        this.problems.push({ path, message: noYearText(entry, noYear, this.year) });
        return entry;
      }
      const range = dateRangeParts(entry);
      const labelled = range === undefined ? labelledDate(entry) : undefined;
      if (labelled !== undefined) {
        const date = this.date(labelled.date, path);
        return typeof date === 'string' ? { date, name: labelled.name } : entry;
      }
      // "Tết mùng 5/2/2027": a lunar day, which the schema says so, not a label that cannot be told from its date.
      if (range === undefined && lunarDate(entry) === undefined && unclearLabel(entry)) {
        const half = halfRange(entry);
        const dashed = half ? undefined : dashedHalfRange(entry);
        const message = half
          ? halfRangeText(entry, half.whole)
          : dashed
            ? dashedHalfText(entry, dashed)
            : unclearLabelText(entry);
        this.problems.push({ path, message });
        return entry;
      }
      // "6 - 12/02/2027": a lone day before the dash, no label, the first day of a break written without its month.
      const bare = range === undefined && readDay(entry) === undefined ? dashedHalfRange(entry) : undefined;
      if (bare !== undefined && lunarDate(entry) === undefined) {
        this.problems.push({ path, message: dashedHalfText(entry, bare) });
        return entry;
      }
      if (range === undefined) return this.date(entry, path) ?? entry;
      if (list === 'workdays') {
        this.problems.push({ path, message: workdayRange(entry) });
        return entry;
      }
      const [first, last] = [this.date(range.first, path), this.date(range.last, path)];
      if (typeof first !== 'string' || typeof last !== 'string') return entry;
      if (last < first) {
        this.problems.push({ path, message: reversedRangeText(parseDay(first)!, parseDay(last)!, entry) });
        return entry;
      }
      return range.name === undefined ? { date: first, to: last } : { date: first, to: last, name: range.name };
    }
    if (!isMap(entry)) return entry;
    const label = labelOf(entry, list);
    if (label !== undefined) return this.labelled(label, String(entry[label]), [...path, label], list);
    const copy: Record<string, unknown> = { ...entry };
    const first = 'date' in entry ? this.date(entry.date, [...path, 'date']) : undefined;
    const last = 'to' in entry ? this.date(entry.to, [...path, 'to']) : undefined;
    if (first !== undefined) copy.date = first;
    if (last !== undefined) copy.to = last;
    // Only a text is a day: a map or a list where a date belongs is left to the schema to describe.
    const day = (value: unknown) => (typeof value === 'string' ? readDay(value) : undefined);
    const [from, to] = [day(first), day(last)];
    if (from && to && 'day' in from && 'day' in to && to.day < from.day)
      this.problems.push({ path: [...path, 'to'], message: reversedRangeText(from.day, to.day) });
    return copy;
  }

  /**
   * `Nghỉ Tết: 04/02/2027 - 14/02/2027` unquoted, which YAML reads as a map of one key: the entry its value reads as,
   * named by the key; else the line as written, which the schema then refuses saying what an entry is.
   */
  private labelled(label: string, value: string, path: NodePath, list: 'holidays' | 'workdays'): unknown {
    const read = this.entry(value, path, list);
    const name = label.trim();
    if (typeof read === 'string' && readDay(read) !== undefined) return { date: read, name };
    return isMap(read) ? { ...read, name } : `${label}: ${value}`;
  }
}

// The fields of an entry written as a map; any other key of a map of one key is a label before its date.
const FIELDS = { holidays: ['date', 'to', 'name'], workdays: ['date', 'to', 'name', 'hours'] } as const;

/** The key of an entry that is a label with its date or range as its value (a map of one key, not a field), if it is. */
function labelOf(entry: Record<string, unknown>, list: 'holidays' | 'workdays'): string | undefined {
  const keys = Object.keys(entry);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined || (FIELDS[list] as readonly string[]).includes(key)) return undefined;
  return typeof entry[key] === 'string' && /\p{L}/u.test(key) ? key : undefined;
}

/** A date or break after words that cannot be told from it: a colon after the label says where the label ends. */
function unclearLabelText(written: string): Translated {
  return {
    en: `procmap cannot tell where the label of "${written}" ends and its date begins: put a colon after the label, as in "Nghỉ lễ 30/4: 30/04/2027" or "Nghỉ Tết 2027: 04/02/2027 - 14/02/2027", and write two days apart on two lines`,
    vi: `procmap không phân biệt được tên và ngày trong "${written}": hãy đặt dấu hai chấm sau tên, ví dụ "Nghỉ lễ 30/4: 30/04/2027" hoặc "Nghỉ Tết 2027: 04/02/2027 - 14/02/2027", và ghi hai ngày rời nhau trên hai dòng`,
  };
}

/** Half a break, its first day without month and year: how to write that day, in the officer's own words when known. */
function halfRangeText(written: string, whole: string | undefined): Translated {
  const example = whole ?? 'Từ ngày 06/02/2027 đến hết ngày 12/02/2027';
  return {
    en: `procmap cannot read the first day of the break "${written}": write it whole, with its month and year, as in "${example}"`,
    vi: `procmap không đọc được ngày đầu của đợt nghỉ "${written}": hãy ghi đủ ngày, tháng, năm của ngày đầu, ví dụ "${example}"`,
  };
}

/**
 * A lone figure before a dash and a date ("Nghỉ Tết 6 - 12/02/2027"): the first day of a break, or a figure of its
 * name? Both lines to write, so the officer only picks one.
 */
function dashedHalfText(written: string, { whole, named }: { whole: string; named?: string }): Translated {
  if (named === undefined)
    return {
      en: `procmap cannot read the first day of the break "${written}": write it whole, with its month and year, as in "${whole}"`,
      vi: `procmap không đọc được ngày đầu của đợt nghỉ "${written}": hãy ghi đủ ngày, tháng, năm của ngày đầu, ví dụ "${whole}"`,
    };
  return {
    en: `procmap cannot tell whether the figure before the dash in "${written}" is the first day of a break or part of its name: for the break, write the first day whole, "${whole}"; for one day named so, put a colon after the name, "${named}"`,
    vi: `procmap không biết con số trước dấu gạch ngang trong "${written}" là ngày đầu của đợt nghỉ hay là một phần của tên: nếu là đợt nghỉ, hãy ghi đủ ngày đầu, "${whole}"; nếu là một ngày có tên như vậy, hãy đặt dấu hai chấm sau tên, "${named}"`,
  };
}

/** A range written for a make-up day, which is one day: each on a line of its own. */
function workdayRange(written: string): Translated {
  return {
    en: `"${written}" is a range of days, but a make-up working day is one day (a Saturday, a Sunday or a day off worked): write each such day on a line of its own`,
    vi: `"${written}" là một khoảng ngày, nhưng ngày làm bù là từng ngày (thứ Bảy, Chủ nhật hoặc ngày nghỉ đi làm): hãy ghi mỗi ngày làm bù trên một dòng riêng`,
  };
}

/**
 * The calendar section with its dates in the form the calendar reads (see the module's comment), and the problems of
 * the dates that cannot be read: a date that does not exist, a weekday not its date's, a break that ends before it
 * starts, a range where a make-up day belongs. Paths are relative to the section; what is not a calendar section
 * at all is returned as it is, for the schema to describe.
 */
export function readCalendarDates(
  section: unknown,
  file?: string,
  year?: number,
): { section: unknown; problems: CalendarDateProblem[] } {
  if (!isMap(section)) return { section, problems: [] };
  const reader = new Reader(yearSpoken(section, file) ?? year);
  const copy: Record<string, unknown> = { ...section };
  for (const list of ['holidays', 'workdays'] as const) {
    const entries = section[list];
    if (Array.isArray(entries)) copy[list] = entries.map((entry, i) => reader.entry(entry, [list, i], list));
    // `holidays: {2027: [...]}`, the days grouped under their year as a notice heads them: one list, in their order.
    else if (isMap(entries) && groupedByYear(entries)) copy[list] = readGroups(entries, list, reader);
    // `holidays: 2026-06-01`, one day and no list: a list of one, as unambiguous as the same day after a "- ".
    // A text that is no date at all is left for the schema to say "a list".
    // A map is one only as `{ date: …, name: … }`: keys of dates or of names are a list written as a map, said there.
    else if (typeof entries === 'string' || (isMap(entries) && Object.hasOwn(entries, 'date'))) {
      const said = reader.problems.length;
      const read = reader.entry(entries, [list], list);
      const day = typeof read === 'string' && readDay(read) !== undefined;
      if (day || typeof read !== 'string' || reader.problems.length > said) copy[list] = [read];
    }
  }
  if ('as_of' in section) copy.as_of = reader.date(section.as_of, ['as_of']) ?? section.as_of;
  // A lunch break under a key of its own is said here too, with the spans to write, before the schema's unknown key.
  return { section: copy, problems: [...reader.problems, ...lunchProblems(section)] };
}

/** Whether every key of a map is a year (`2027`, `Năm 2027`) and every value a list of days, one day or nothing. */
function groupedByYear(entries: Record<string, unknown>): boolean {
  const years = Object.entries(entries);
  return (
    years.length > 0 &&
    years.every(([key, days]) => readYear(key) !== undefined && (days === null || !isMap(days) || 'date' in days))
  );
}

/**
 * The days of `{ year: [days] }` as one list: a day written without its year (`02/09`) takes its group's, which the
 * group names; a day of another year under it is said, since procmap cannot tell which of the two is the slip.
 */
function readGroups(entries: Record<string, unknown>, list: 'holidays' | 'workdays', reader: Reader): unknown[] {
  return Object.entries(entries).flatMap(([key, days]) => {
    const year = readYear(key)!;
    const written = days === null ? [] : Array.isArray(days) ? (days as unknown[]) : [days];
    return written.map((day, i) => {
      const path: NodePath = Array.isArray(days) ? [list, key, i] : [list, key];
      const whole = typeof day === 'string' && dayWithoutYear(day) !== undefined ? `${day.trim()}/${year}` : day;
      const read = reader.entry(whole, path, list);
      const first = typeof read === 'string' ? read : isMap(read) ? read.date : undefined;
      const other = typeof first === 'string' ? readYear(first.slice(0, 4)) : undefined;
      if (other !== undefined && readDay(first as string) !== undefined && other !== year)
        reader.problems.push({ path, message: otherYearText(String(first), key, other) });
      return read;
    });
  });
}

/** A day listed under a year not its own. */
function otherYearText(day: string, key: string, year: number): Translated {
  return {
    en: `${day} is listed under "${key}": move it under ${year}, or correct its year`,
    vi: `Ngày ${day} được ghi dưới "${key}": hãy chuyển ngày này sang dưới ${year}, hoặc sửa lại năm của nó`,
  };
}

/** Whether one path is the other or inside it: a schema problem there says less than the date problem found. */
export function overlaps(a: NodePath, b: NodePath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A day and a month with no year, "16/2" or "16.02", as officers copy a holiday from last year's notice.
const DAY_MONTH = /^\s*(\d{1,2})\s*[/.]\s*(\d{1,2})\s*$/;

/** The day and month of a date written without its year, or undefined when it is not one. */
function dayWithoutYear(text: string): { date: number; month: number } | undefined {
  const match = DAY_MONTH.exec(text);
  if (!match) return undefined;
  const [date, month] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && date >= 1 && date <= 31 ? { date, month } : undefined;
}

/**
 * The one year the section's dates fall in, or, when they name none or several, the one its file's name holds
 * (lich-2026.yaml); undefined when neither says.
 */
function yearSpoken(section: Record<string, unknown>, file: string | undefined): number | undefined {
  const years = new Set<number>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const day = parseDay(value) ?? parseDay(dateRangeParts(value)?.first ?? '');
      if (day !== undefined) years.add(Number(formatDay(day).slice(0, 4)));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isMap(value)) Object.values(value).forEach(visit);
  };
  visit(section.holidays);
  visit(section.workdays);
  if (years.size === 1) return [...years][0];
  const named = file === undefined ? null : /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(file.split(/[/\\]/).at(-1)!);
  return named ? Number(named[1]) : undefined;
}

/** A date without its year: the date to write, with the year the file speaks of when it speaks of one. */
function noYearText(
  written: string,
  { date, month }: { date: number; month: number },
  year: number | undefined,
): Translated {
  const dayMonth = `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  if (year !== undefined)
    return {
      en: `"${written}" has no year: write ${dayMonth}/${year}`,
      vi: `"${written}" thiếu năm: hãy ghi ${dayMonth}/${year}`,
    };
  return {
    en: `"${written}" has no year, and the file names none: write the day with its year, as ${dayMonth}/2027 for 2027`,
    vi: `"${written}" thiếu năm, và tệp không cho biết năm nào: hãy ghi ngày kèm năm, ví dụ ${dayMonth}/2027 nếu là năm 2027`,
  };
}

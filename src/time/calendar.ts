import type { Lang, Translated } from '../i18n.js';
import { ruleSources } from './rule-sources.js';
import { dateFaultText, reversedRangeText } from './date-faults.js';
import { formatDmy, plural, weekdayName } from './units.js';
import { dayParts, formatClock, parseDay, readDay, weekday, type Day } from './moment.js';
import { readOfficeSpan, type OfficeSpan } from '../model/office-span.js';
import { ANNOUNCED_YEARS } from './data/vietnam-announced.js';
import { declaredYears } from './declared-years.js';
import { aboutText, type DayAbout } from './day-names.js';
import { madeUpDay, readMadeUpDay } from './made-up-day.js';
import { withoutControls } from '../model/control-characters.js';
import { lawFixedHolidays, vietnamYear, type BreakSpan, type SpecialDay } from './vietnam.js';

/** A date in the calendar section, alone or as a range with a name. */
export type DateEntry = string | { date: string; to?: string; name?: string };

/** A make-up working day, alone or as a range, optionally with its own office hours. */
export type WorkdayEntry = string | { date: string; to?: string; name?: string; hours?: string[] };

/** The `calendar:` section of procmap.config.yaml (or a `--calendar` file), as schemas/calendar.schema.json accepts it. */
export interface CalendarConfig {
  /** Built-in public holidays: `vietnam` (default) or `none`. */
  public_holidays?: 'vietnam' | 'none';
  /** Office hours Monday to Friday, e.g. ["07:30-11:30", "13:00-17:00"]. */
  hours?: string[];
  /** Working hours that make one working day (`1d`); default the length of `hours`. */
  hours_per_day?: number;
  monday?: string[];
  tuesday?: string[];
  wednesday?: string[];
  thursday?: string[];
  friday?: string[];
  saturday?: string[];
  sunday?: string[];
  /** Extra days off. */
  holidays?: DateEntry[];
  /** Days that become working days (make-up Saturdays), with the Monday–Friday hours unless they say otherwise. */
  workdays?: WorkdayEntry[];
  /**
   * The first day of the year of receipts that calendar-day, month and same-day checks try (YYYY-MM-DD). Without
   * it they try the years whose days off are announced, so the same files give the same answer on any day.
   */
  as_of?: string;
  /**
   * Years whose days off the government has announced, each with its notice, whose days off and make-up days the
   * section's `holidays` and `workdays` give: procmap then counts them as announced (no "computed from the Labour
   * Code" warning), keeping of its own only the holidays the law fixes by date.
   */
  announced?: Record<string, string>;
}

/** One thing wrong with a calendar section: where in the section, and what to write. */
export interface CalendarProblem {
  path: (string | number)[];
  message: Translated;
  /** Another entry the problem stands at too (a date in two lists): the one later in the file is the one shown. */
  alsoAt?: (string | number)[];
}

/** A calendar section that makes no sense: every problem found, each with where in the section it is. */
export class CalendarError extends Error {
  override name = 'CalendarError';
  readonly problems: readonly CalendarProblem[];
  constructor(
    path: (string | number)[],
    translations: Translated,
    more: readonly CalendarProblem[] = [],
    also?: Pick<CalendarProblem, 'alsoAt'>,
  ) {
    super(translations.en);
    this.problems = [{ path, message: translations, ...also }, ...more];
  }

  /** Where the first problem is. */
  get path(): (string | number)[] {
    return this.problems[0]!.path;
  }

  /** The first problem's message in a language. */
  text(lang: Lang): string {
    return this.problems[0]!.message[lang];
  }
}

/** Throws the problems found, all at once, if there are any. */
function throwAll(problems: readonly CalendarProblem[]): void {
  const [first, ...more] = problems;
  if (first) throw new CalendarError(first.path, first.message, more, first.alsoAt ? { alsoAt: first.alsoAt } : {});
}

/** The message for a value of a calendar that is not a date. */
function notADate(value: string): Translated {
  return {
    en: `"${value}" is not a date; write it YYYY-MM-DD`,
    vi: `"${value}" không phải một ngày; hãy ghi dạng YYYY-MM-DD`,
  };
}

/** The message for a make-up working day written on a weekday the office works anyway. */
function workingDay(day: Day): Translated {
  // The Saturday after, the likeliest day meant (a make-up Saturday is the usual one).
  const saturday = formatDmy(day + 6 - weekday(day));
  return {
    en: `${formatDmy(day)} is a ${weekdayName(day, 'en', 'long')}, already a working day: a make-up working day is a Saturday, a Sunday or a day off worked. Correct the date (the Saturday after is ${saturday}), or give the day its own office hours (hours:)`,
    vi: `Ngày ${formatDmy(day)} là ${weekdayName(day, 'vi', 'long')}, vốn đã là ngày làm việc: ngày làm bù là thứ Bảy, Chủ nhật hoặc ngày nghỉ đi làm. Hãy sửa ngày (thứ Bảy sau đó là ${saturday}), hoặc ghi giờ làm việc riêng cho ngày này (hours:)`,
  };
}

/** The message for a day the section lists both as a day off and as a working day, with no hours of its own. */
function bothListsText(day: Day): Translated {
  const date = formatDmy(day);
  return {
    en: `${date} is listed both under holidays (a day off) and under workdays (a working day): keep it in one list only, under workdays if the office works that day, under holidays if it is closed; for a duty desk open a few hours on a day off, give that workdays entry its hours (hours:)`,
    vi: `Ngày ${date} vừa ở holidays (ngày nghỉ) vừa ở workdays (ngày làm việc): hãy chỉ giữ ở một danh sách, ở workdays nếu cơ quan làm việc ngày đó, ở holidays nếu nghỉ; nếu chỉ trực vài giờ trong ngày nghỉ, hãy ghi giờ trực cho ngày đó ở workdays (hours:)`,
  };
}

/**
 * The message for a make-up day whose name says it pays for a day that is no weekday off of the calendar (a slip in
 * the date: `Làm bù cho ngày 20/01/2027`, a Wednesday the office works, or a Saturday it is closed on anyway), with the
 * nearest weekday off when there is one.
 */
function unpaidDayText(name: string, paid: Day, closedAnyway: boolean, nearest: Day | undefined): Translated {
  const date = formatDmy(paid);
  const [en, vi] = [weekdayName(paid, 'en', 'long'), weekdayName(paid, 'vi', 'long')];
  const hint = nearest === undefined ? undefined : formatDmy(nearest);
  const why = closedAnyway
    ? { en: `a ${en}, a day the office is closed anyway`, vi: `là ${vi}, ngày cơ quan vốn không làm việc` }
    : {
        en: 'not a day off in this calendar (not under holidays, nor a public holiday or swapped day off procmap counts)',
        vi: 'không phải ngày nghỉ trong lịch này (không có ở holidays, cũng không phải ngày nghỉ lễ hay ngày nghỉ hoán đổi procmap tính sẵn)',
      };
  return {
    en: `"${name}" says this day makes up for ${en} ${date}, but ${date} is ${why.en}, so nothing is made up. Write the date of the weekday off it makes up for${hint ? ` (the nearest is ${hint})` : ''}, or leave "bù" out of the name if it makes up for no day`,
    vi: `"${name}" ghi là làm bù cho ${vi} ${date}, nhưng ngày ${date} ${why.vi}, nên không có ngày nào được làm bù. Hãy ghi đúng ngày nghỉ mà ngày này làm bù${hint ? ` (ngày nghỉ gần nhất là ${hint})` : ''}, hoặc bỏ chữ "bù" khỏi tên nếu ngày này không làm bù cho ngày nào`,
  };
}

/** The message for a working day longer than the office's Monday–Friday hours. */
function tooLongDay(perDay: number, office: number, spans: string): Translated {
  // What the file says and what to write stay YAML numbers (7.5); hours said in a Vietnamese sentence take a comma.
  const [written, most] = [String(perDay), String(Math.floor(office * 100) / 100)];
  const hours = { en: most, vi: most.replace('.', ',') };
  const nth = Math.ceil((5 * perDay) / office - 1e-9);
  const suffix = nth % 100 >= 11 && nth % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][nth % 10] ?? 'th');
  return {
    en: `"hours_per_day: ${written}" is more than the office's day (${spans}: ${hours.en} ${plural(Number(most), 'hour')}), so a limit of 5 working days would end on the ${nth}${suffix} day the office opens, later than the law allows. Write "hours_per_day: ${most}" or less, or remove the line (one working day is then ${hours.en} ${plural(Number(most), 'hour')})`,
    vi: `"hours_per_day: ${written}" dài hơn ngày làm việc của cơ quan (${spans}: ${hours.vi} giờ), nên thời hạn 5 ngày làm việc sẽ hết vào ngày làm việc thứ ${nth}, muộn hơn luật cho phép. Hãy ghi "hours_per_day: ${most}" hoặc nhỏ hơn, hoặc xóa dòng này (một ngày làm việc khi đó là ${hours.vi} giờ)`,
  };
}

/** Office hours as the calendar writes them, `07:30-10:30, 13:30-16:30`, or printed with `dash` (an en dash). */
export function spansText(spans: readonly Interval[], dash: '-' | '–' = '-'): string {
  return spans.map(({ start, end }) => `${formatClock(start)}${dash}${formatClock(end)}`).join(', ');
}

/** One span of office hours, in minutes since midnight, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** What the calendar says about one date. */
export interface CalendarDay {
  /** Office hours, sorted and disjoint; empty when the office is closed. */
  hours: readonly Interval[];
  /**
   * A legal working day (Monday–Friday not a holiday, or a make-up day): Civil Code periods end on these. A holiday
   * the office keeps open (a duty day in Tết) has hours but is not one, as a Saturday with office hours is not.
   */
  working: boolean;
  /** Why the day is special: the holiday or the make-up day. */
  name?: string;
  /** What a built-in day is, for each output to name it in its own language (`name` is its Vietnamese name). */
  about?: DayAbout;
  /** Where that comes from: the notice, the article of law, or `config` for the calendar section. */
  source?: string;
  /** The announced break a built-in day off is part of, to name the break once and whole. */
  break?: BreakSpan;
}

/** How sure procmap is of a year's days off: checked against the notice, provisional, computed by the law's rule, or none. */
export type YearStatus = 'announced' | 'provisional' | 'rule' | 'none';

/** What procmap knows of a year's days off and where from. */
export interface YearInfo {
  status: YearStatus;
  /** The notice that fixed the year (number and date YYYY-MM-DD), for an announced year. */
  notice?: { number: string; date: string };
  /** Further notices that moved days of the year (the 2026 New Year swap), named with the main one. */
  furtherNotices?: readonly { number: string; date: string }[];
  /** The texts the year's built-in days come from, for an announced or provisional year. */
  sources?: readonly string[];
  /** The notice the calendar section names for a year it says is announced (`announced:`), as written there. */
  calendarNotice?: string;
  /** With no built-in days (`public_holidays: none`), the section lists no day off in the year: its data is missing. */
  noDaysOff?: true;
}

// What a day the catalog's calendar gives without a name is called: what it is, in the reader's language.
const UNNAMED_DAY: Record<'off' | 'work', Translated> = {
  off: { en: 'Day off', vi: 'Ngày nghỉ' },
  work: { en: 'Working day', vi: 'Ngày làm việc' },
};

/**
 * The name a day the catalog's calendar gives without one is shown by, in the output's language; Vietnamese, as
 * holidays are named, where the output has none (JSON for scripts).
 */
export function unnamedDay(kind: 'off' | 'work', lang: Lang = 'vi'): string {
  return UNNAMED_DAY[kind][lang];
}

/**
 * A special day's (or run's) name in the output's language: a built-in day worded from what it is, a day of the
 * catalog's calendar by the name written there, or by what it is when written without one.
 */
export function specialDayName(
  day: { kind: 'off' | 'work' | 'duty'; name?: string; about?: DayAbout },
  lang: Lang = 'vi',
): string {
  if (day.about) return aboutText(day.about, lang);
  return day.name ?? unnamedDay(day.kind === 'off' ? 'off' : 'work', lang);
}

/** What a day is when the Labour Code fixes a holiday on its date (Art. 112(1): 1/1, 30/4…), else undefined. */
function lawHolidayAbout(day: Day): DayAbout | undefined {
  try {
    return lawFixedHolidays(dayParts(day).year).find((holiday) => holiday.day === day)?.about;
  } catch {
    // A year procmap cannot count: its days are said where the calendar is used.
    return undefined;
  }
}

/** A working calendar: office hours day by day, public holidays, make-up days. */
export interface WorkingCalendar {
  /** Working hours in one working day, the `d` of durations. */
  readonly hoursPerDay: number;
  /** Office hours and status of a date. */
  day(day: Day): CalendarDay;
  /** Where the built-in public holidays of a year come from: announced (checked or provisional), the Labour Code rule, or none. */
  holidaySource(year: number): YearStatus;
  /** The status of a year's days off, with its notice. */
  yearInfo(year: number): YearInfo;
  /** The years whose built-in days off are announced and checked, in order (2025, 2026). */
  readonly announcedYears: readonly number[];
  /** The calendar section's `as_of`, when it sets one, or the day `--as-of` gives. */
  readonly asOf?: Day;
  /** `asOf` comes from `--as-of`, not from the calendar: said so where the window is named. */
  readonly asOfByOption?: true;
  /** The weekly office hours, Sunday (0) to Saturday (6). */
  readonly week: readonly (readonly Interval[])[];
  /** The file the calendar section was read from (a `--calendar` file or procmap.config.yaml), when there is one. */
  readonly file?: string;
}

/** Office hours when the calendar does not say (07:30–11:30 and 13:00–17:00, 8 hours). */
export const DEFAULT_OFFICE_HOURS: readonly string[] = ['07:30-11:30', '13:00-17:00'];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MAX_RANGE_DAYS = 366;
const MAX_CACHED_DAYS = 50_000;
const BUILTIN_YEARS = Object.keys(ANNOUNCED_YEARS)
  .map(Number)
  .sort((a, b) => a - b);

/** The readings of a span whose hours can be read two ways. */
export type AmbiguousSpan = Extract<OfficeSpan, { ambiguous: unknown }>['ambiguous'];

/** The message for a span whose hours before 7:00 say neither sáng nor chiều, with the readings to choose from. */
export function ambiguousSpan(span: string, { afternoon, night, said }: AmbiguousSpan): Translated {
  if (night === undefined)
    return {
      en: `"${span}" has an hour before 7:00 without its part of the day, and only its afternoon reading is a span (${afternoon}): write "${afternoon}", or the hour with its part of the day, "${said}"`,
      vi: `"${span}" có giờ trước 7 giờ mà không ghi sáng hay chiều, và chỉ cách hiểu giờ chiều là một khoảng giờ (${afternoon}): hãy ghi "${afternoon}", hoặc ghi giờ kèm buổi, "${said}"`,
    };
  return {
    en: `"${span}" can be ${afternoon} in the afternoon or ${night} at night: an hour before 7:00 without its part of the day must say which; write "${afternoon}" (or "${said}"), or "${night}" if the office opens at night`,
    vi: `"${span}" có thể là ${afternoon} (buổi chiều) hoặc ${night} (ban đêm): giờ trước 7 giờ mà không ghi sáng hay chiều có hai cách hiểu nên phải ghi rõ; hãy ghi "${afternoon}" (hoặc "${said}"), hay "${night}" nếu cơ quan làm việc ban đêm`,
  };
}

// Each span read as a procedure's cutoff is (src/model/office-span.ts), so "7.30-11.30" and "1:30 CH-5:00 CH" read
// here as there, and an hour before 7:00 without sáng or chiều is asked about rather than taken as night.
function parseHours(spans: readonly string[], path: (string | number)[]): Interval[] {
  // Each span is read before any is refused, so that every one written wrong is said at once.
  const faults: CalendarProblem[] = [];
  const readSpans = spans.map((span, i): Interval | undefined => {
    const fault = (message: Translated) => void faults.push({ path: [...path, i], message });
    const read = readOfficeSpan(span);
    if (read !== undefined && 'ambiguous' in read) return fault(ambiguousSpan(span, read.ambiguous));
    if (read === undefined)
      return fault({
        en: `"${span}" is not a span of office hours; write it like "07:30-11:30"`,
        vi: `"${span}" không phải một khoảng giờ làm việc; hãy ghi như "07:30-11:30"`,
      });
    const { start, end } = read;
    if (end <= start)
      return fault({
        en: `"${span}" ends before it starts`,
        vi: `"${span}" kết thúc trước khi bắt đầu`,
      });
    return { start, end };
  });
  throwAll(faults);
  const intervals = readSpans.filter((span) => span !== undefined);
  intervals.sort((a, b) => a.start - b.start);
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.start < intervals[i - 1]!.end)
      throw new CalendarError(path, {
        en: `Office hours ${spans.join(', ')} overlap`,
        vi: `Các khoảng giờ làm việc ${spans.join(', ')} chồng lên nhau`,
      });
  }
  return intervals;
}

/** The day a calendar value names, or throws what is wrong with it (readDay's faults in words). */
function dayOfEntry(text: string, path: (string | number)[]): Day {
  const reading = readDay(text);
  if (reading !== undefined && 'day' in reading) return reading.day;
  throw new CalendarError(path, reading === undefined ? notADate(text) : dateFaultText(text, reading.fault));
}

/**
 * Free text of a calendar section (a day's name, a notice) as every output prints it: on one line, without control
 * characters. `time` and `calendar` printed a name's ESC and line breaks raw to the terminal, and the .ics file a line
 * break's CR; a folded YAML block (`name: >`) ends with a line break of its own.
 */
function printedText(text: string): string {
  return withoutControls(text).replace(/\s+/g, ' ').trim();
}

function expandDates(entry: DateEntry | WorkdayEntry, path: (string | number)[]): { days: Day[]; name?: string } {
  const {
    date,
    to,
    name: written,
  } = typeof entry === 'string' ? { date: entry, to: undefined, name: undefined } : entry;
  const name = typeof written === 'string' ? printedText(written) || undefined : written;
  const first = dayOfEntry(date, typeof entry === 'string' ? path : [...path, 'date']);
  const last = to === undefined ? first : dayOfEntry(String(to), [...path, 'to']);
  if (last < first) throw new CalendarError([...path, 'to'], reversedRangeText(first, last));
  if (last - first >= MAX_RANGE_DAYS)
    throw new CalendarError([...path, 'to'], {
      en: `A range of more than ${MAX_RANGE_DAYS} days is not a holiday`,
      vi: `Một khoảng hơn ${MAX_RANGE_DAYS} ngày không phải một kỳ nghỉ`,
    });
  const days: Day[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return name === undefined ? { days } : { days, name };
}

/** The days an entry of `holidays` gives, none when it cannot be read (createCalendar says why). */
export function holidayEntryDays(entry: DateEntry): Day[] {
  try {
    return expandDates(entry, []).days;
  } catch (error) {
    if (error instanceof CalendarError) return [];
    throw error;
  }
}

/**
 * Builds a working calendar from a calendar section. Precedence, strongest first: the section's `workdays`, its
 * `holidays`, the built-in Vietnam days (announced or by rule), then the weekly office hours.
 * Throws CalendarError for a section that makes no sense (a span that ends before it starts, 2026-02-30).
 */
export function createCalendar(config: CalendarConfig = {}): WorkingCalendar {
  // Every entry is read before any is refused, so that the file's every problem is said at once.
  const problems: CalendarProblem[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  // Hours that cannot be read stand as a closed day below: nothing is then said of the days they would open, and
  // the problems found are thrown before the calendar is used.
  const readHours = attempt(() => parseHours(config.hours ?? DEFAULT_OFFICE_HOURS, ['hours']));
  const standard = readHours ?? [];
  const readWeek = WEEKDAYS.map((name, i) => {
    const own = config[name];
    if (own !== undefined) return attempt(() => parseHours(own, [name]));
    return i === 0 || i === 6 ? [] : readHours;
  });
  const week = readWeek.map((hours) => hours ?? []);
  // Said at `hours: []` when that is what closed the week, with the spans to write there.
  const closedWeek = readWeek.every((hours) => hours !== undefined && hours.length === 0);
  if (closedWeek) {
    const atHours = Array.isArray(config.hours);
    problems.push({
      path: atHours ? ['hours'] : [],
      message: {
        en: `The calendar has no office hours on any day of the week: write the Monday–Friday spans, e.g. hours: ["07:30-11:30", "13:00-17:00"]${atHours ? ', or remove "hours" for these default hours ([] closes the office that day)' : ', and remove the days written [] that the office opens'}`,
        vi: `Lịch không có giờ làm việc vào ngày nào trong tuần: hãy ghi các khoảng giờ làm việc từ thứ Hai đến thứ Sáu, ví dụ hours: ["07:30-11:30", "13:00-17:00"]${atHours ? ', hoặc xóa "hours" để dùng giờ mặc định này ([] là nghỉ cả ngày)' : ', và xóa các ngày ghi [] mà cơ quan có làm việc'}`,
      },
    });
  }
  const standardHours = standard.reduce((sum, { start, end }) => sum + end - start, 0) / 60;
  const hoursPerDay = config.hours_per_day ?? standardHours;
  // A working day longer than the office's day would put "5 working days" on the 7th: the appointment on the clock
  // must never be later than a reading of the law in dates (docs/calendar.md). Refused, not capped: the file says
  // something the office does not do, and only the officer knows which of the two numbers is wrong.
  // (A section with no Monday–Friday `hours`, each day set apart, has no one office day to compare with.)
  // (Nor is a day compared with hours that could not be read, nor asked for in a week with no hours, said above.)
  if (
    readHours !== undefined &&
    config.hours_per_day !== undefined &&
    standardHours > 0 &&
    config.hours_per_day > standardHours
  )
    problems.push({
      path: ['hours_per_day'],
      message: tooLongDay(config.hours_per_day, standardHours, spansText(standard)),
    });
  if (readHours !== undefined && !closedWeek && !(hoursPerDay > 0))
    problems.push({
      path: ['hours_per_day'],
      message: {
        en: 'Set `hours_per_day`: with no Monday–Friday `hours` procmap cannot tell how long a working day is',
        vi: 'Hãy ghi "hours_per_day": không có "hours" từ thứ Hai đến thứ Sáu thì procmap không biết một ngày làm việc dài bao nhiêu giờ',
      },
    });

  const own = new Map<Day, CalendarDay>();
  // Where each of the section's own days off is written, for a working day that contradicts it.
  const holidayAt = new Map<Day, (string | number)[]>();
  const entryPath = (entry: DateEntry, path: (string | number)[]) =>
    typeof entry === 'string' ? path : [...path, 'date'];
  (config.holidays ?? []).forEach((entry, i) => {
    const { days, name } = attempt(() => expandDates(entry, ['holidays', i])) ?? { days: [] };
    for (const day of days) if (!holidayAt.has(day)) holidayAt.set(day, entryPath(entry, ['holidays', i]));
    // A range is the catalog's own break: listed once and as declared, not stretched over the weekends around it.
    const span: BreakSpan | undefined =
      days.length > 1
        ? { first: days[0]!, last: days[days.length - 1]!, ...(name === undefined ? {} : { name }) }
        : undefined;
    // A single day written without a name on a holiday the Labour Code fixes by date (1/1/2027) is that holiday, named
    // as the built-in day is, not "Ngày nghỉ" (a range keeps the break's own name, or none).
    const about = name === undefined && days.length === 1 ? lawHolidayAbout(days[0]!) : undefined;
    for (const day of days)
      own.set(day, {
        hours: [],
        working: false,
        source: 'config',
        ...(name === undefined ? {} : { name }),
        ...(about ? { name: aboutText(about, 'vi'), about } : {}),
        ...(span ? { break: span } : {}),
      });
  });

  // Only a map of years is cleaned: a list or a lone year goes to declaredYears as written, which says what to write.
  const announced =
    typeof config.announced === 'object' && config.announced !== null && !Array.isArray(config.announced)
      ? Object.fromEntries(
          Object.entries(config.announced).map(([year, notice]) => [
            year,
            typeof notice === 'string' ? printedText(notice) : notice,
          ]),
        )
      : config.announced;
  const declaration = declaredYears(announced, config.holidays);
  problems.push(...declaration.problems);
  const declared = declaration.years;
  const builtin = config.public_holidays !== 'none';
  const years = new Map<number, { info: YearInfo; days: Map<Day, SpecialDay> }>();
  const yearOf = (year: number) => {
    let entry = years.get(year);
    if (!entry) {
      const { source, notice, days: built } = vietnamYear(year);
      const info: YearInfo = notice ? { status: source, notice } : { status: source };
      const stated = declared.get(year);
      // A year computed from the law names its articles, as a notice's year names its notices (not one the section
      // says is announced: its days are the section's).
      const computed = source === 'rule' && stated === undefined ? ruleSources(year) : undefined;
      const sources = ANNOUNCED_YEARS[year]?.sources ?? computed;
      if (sources) info.sources = sources;
      const further = ANNOUNCED_YEARS[year]?.furtherNotices;
      if (further) info.furtherNotices = further;
      // A year the section says is announced: its notice's days come from the section; procmap's own guesses for a
      // year not announced could add a day off the notice does not give, and put an appointment later than the law
      // allows, so only the holidays the law fixes by date stay (a provisional year's days are a notice's, and stay).
      const days = stated !== undefined && source === 'rule' ? lawFixedHolidays(year) : built;
      if (stated !== undefined) Object.assign(info, { status: 'announced', calendarNotice: stated });
      entry = { info, days: new Map(days.map((special) => [special.day, special])) };
      years.set(year, entry);
    }
    return entry;
  };
  // A day the office works anyway: Monday to Friday with office hours, not made a day off by the file or the law.
  const workingAnyway = (day: Day): boolean => {
    const dow = weekday(day);
    if (dow === 0 || dow === 6 || week[dow]!.length === 0 || own.has(day)) return false;
    if (!builtin) return true;
    try {
      return yearOf(dayParts(day).year).days.get(day)?.kind !== 'off';
    } catch {
      // A year procmap cannot count: said where the calendar is used, not guessed about here.
      return false;
    }
  };

  // A public holiday in law: a built-in day off (the notice's, or the Labour Code's) but a swapped one, or a day off the section gives for
  // a year it says is announced (its `holidays` then copy the notice). Opening the office on it for duty hours does not
  // make it a working day in law, so a calendar-day or month period that ends on it still moves to the next working
  // day (Civil Code Art. 148), as it does from a Saturday with office hours.
  // The days off the section's make-up days say they pay for ("Làm bù cho ngày 12/02/2027"): in a year the section
  // says is announced, such a day of its `holidays` is a working day the notice moved, not a holiday of the Labour
  // Code, as the built-in swapped days are (Friday 2/1/2026).
  const swappedOff = new Set<Day>();
  for (const entry of config.workdays ?? []) {
    if (typeof entry === 'string' || entry.name === undefined) continue;
    const makeUp = parseDay(String(entry.date));
    const paid = makeUp === undefined ? undefined : madeUpDay(String(entry.name), makeUp);
    if (paid !== undefined) swappedOff.add(paid);
  }
  const holidayInLaw = (day: Day): boolean => {
    const year = dayParts(day).year;
    if (own.has(day) && declared.has(year)) return !swappedOff.has(day);
    if (!builtin) return false;
    try {
      // A swapped day off (Friday 2/1/2026, made up on Saturday 10/1) is a working day the notice moved, no holiday of
      // the Labour Code: opened by the section, a period may end on it, the earlier and safe reading.
      const special = yearOf(year).days.get(day);
      return special?.kind === 'off' && special.about.what !== 'swapped';
    } catch {
      return false;
    }
  };

  // A weekday the office would open that is a day off of the section or of the built-in days: what a make-up day pays for.
  const weekdayOff = (day: Day): boolean => {
    if (week[weekday(day)]!.length === 0) return false;
    if (holidayAt.has(day)) return true;
    if (!builtin) return false;
    try {
      return yearOf(dayParts(day).year).days.get(day)?.kind === 'off';
    } catch {
      return false;
    }
  };
  // A make-up day whose name pays for a day that is no day off was dropped unsaid: most likely a slip in the date.
  (config.workdays ?? []).forEach((entry, i) => {
    if (typeof entry === 'string' || typeof entry.name !== 'string') return;
    const makeUp = parseDay(String(entry.date));
    const reading = makeUp === undefined ? undefined : readMadeUpDay(entry.name, makeUp);
    if (reading !== undefined && 'fault' in reading) {
      const fault = dateFaultText(reading.written, reading.fault);
      problems.push({
        path: ['workdays', i, 'name'],
        message: {
          en: `The make-up day's name "${printedText(entry.name)}" writes the day it makes up for wrong: ${fault.en}`,
          vi: `Tên ngày làm bù "${printedText(entry.name)}" ghi sai ngày được làm bù: ${fault.vi}`,
        },
      });
      return;
    }
    const paid = reading?.day;
    if (paid === undefined || weekdayOff(paid)) return;
    let nearest: Day | undefined;
    for (let k = 1; k <= 45 && nearest === undefined; k++)
      nearest = [paid - k, paid + k].find((day) => day !== makeUp && weekdayOff(day));
    const closedAnyway = week[weekday(paid)]!.length === 0;
    problems.push({
      path: ['workdays', i, 'name'],
      message: unpaidDayText(printedText(entry.name), paid, closedAnyway, nearest),
    });
  });

  const work = new Map<Day, CalendarDay>();
  // A day said once, however often the same date is listed again (a repeated date alone means the same thing twice).
  const contradicted = new Set<Day>();
  (config.workdays ?? []).forEach((entry, i) => {
    const { days, name } = attempt(() => expandDates(entry, ['workdays', i])) ?? { days: [] };
    const own = typeof entry !== 'string' && entry.hours !== undefined;
    const hours = own ? (attempt(() => parseHours(entry.hours!, ['workdays', i, 'hours'])) ?? standard) : standard;
    // A make-up day on an ordinary weekday changes nothing: a slip for the Saturday next to it, which stays closed.
    // With hours of its own the entry means something (the office opens longer or shorter that day).
    const slip = own ? undefined : days.find(workingAnyway);
    if (slip !== undefined) problems.push({ path: entryPath(entry, ['workdays', i]), message: workingDay(slip) });
    // A whole working day on a day the same section gives off says two things of one day; which was meant is the
    // officer's to say (the working day used to win unsaid). Hours of its own make it a duty desk on a day off.
    const closed = own ? undefined : days.find((day) => holidayAt.has(day) && !contradicted.has(day));
    if (closed !== undefined) contradicted.add(closed);
    if (closed !== undefined)
      problems.push({
        path: entryPath(entry, ['workdays', i]),
        alsoAt: holidayAt.get(closed)!,
        message: bothListsText(closed),
      });
    for (const day of days) {
      const working = !holidayInLaw(day);
      work.set(
        day,
        name === undefined ? { hours, working, source: 'config' } : { hours, working, name, source: 'config' },
      );
    }
  });
  for (const [day, entry] of work) own.set(day, entry);

  let asOf: Day | undefined;
  if (config.as_of !== undefined) asOf = attempt(() => dayOfEntry(String(config.as_of), ['as_of']));
  throwAll(problems);

  const resolve = (day: Day): CalendarDay => {
    const mine = own.get(day);
    if (mine) return mine;
    const dow = weekday(day);
    if (builtin) {
      const special = yearOf(dayParts(day).year).days.get(day);
      if (special?.kind === 'work')
        return { hours: standard, working: true, name: special.name, about: special.about, source: special.source };
      if (special?.kind === 'off') {
        const { name, about, source } = special;
        const closed: CalendarDay = { hours: [], working: false, name, about, source };
        if (special.break) closed.break = special.break;
        return closed;
      }
    }
    return { hours: week[dow]!, working: dow !== 0 && dow !== 6 };
  };
  // Walking the clock asks for the same days again and again (a sweep places a flow for every day of a year). The
  // cache is bounded, so one file that walks far cannot exhaust memory for the files after it.
  const days = new Map<Day, CalendarDay>();
  const ownOffYears = new Set([...own].filter(([, entry]) => !entry.working).map(([day]) => dayParts(day).year));
  const yearInfo = (year: number): YearInfo => {
    if (builtin) return yearOf(year).info;
    const stated = declared.get(year);
    if (stated !== undefined) return { status: 'announced', calendarNotice: stated };
    // Every year has Tết and the fixed holidays: a year the section gives no day off is a year it has no data for.
    return ownOffYears.has(year) ? { status: 'none' } : { status: 'none', noDaysOff: true };
  };
  // The run of announced years the default window of receipts covers: the built-in ones, then the years the section
  // announces right after them (a year announced two years on leaves the one between as it is).
  const announcedYears = builtin ? BUILTIN_YEARS.filter((year) => yearInfo(year).status === 'announced') : [];
  while (builtin && announcedYears.length > 0 && declared.has(announcedYears[announcedYears.length - 1]! + 1))
    announcedYears.push(announcedYears[announcedYears.length - 1]! + 1);
  const calendar: WorkingCalendar = {
    hoursPerDay,
    announcedYears,
    week,
    day(day) {
      let known = days.get(day);
      if (!known) {
        known = resolve(day);
        if (days.size >= MAX_CACHED_DAYS) days.clear();
        days.set(day, known);
      }
      return known;
    },
    holidaySource(year) {
      return yearInfo(year).status;
    },
    yearInfo,
  };
  return asOf === undefined ? calendar : { ...calendar, asOf };
}

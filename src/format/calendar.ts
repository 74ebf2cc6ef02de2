import { fill, type Lang } from '../i18n.js';
import { noDataYearsNote } from './unsure-years.js';
import { announceAdvice, holidayLawText, unbundledYear } from './holiday-law.js';
import { specialDayName, spansText, type Interval } from '../time/calendar.js';
import { aboutJson } from '../time/day-names.js';
import { dayParts, formatDay, parseDay, type Day } from '../time/moment.js';
import { formatDate, formatDmy, formatNumber, plural } from '../time/units.js';
import type { CalendarYear, YearDay } from '../time/year.js';
import { calendarTag } from './ics-uid.js';

const WORDS = {
  en: {
    title: 'Working calendar {year}',
    announced: 'days off announced: notice {number} of {date}',
    declared: 'days off announced: {notice} (the catalog’s calendar)',
    announcedPlain: 'days off announced',
    provisional: 'days off PROVISIONAL: not yet checked against the government’s notice',
    rule: 'no days off announced yet: holidays computed from {law}; they may change when the government announces them',
    unbundled:
      'the days off the government announced are not held by procmap: holidays computed from {law}; the days announced (Tết, swapped days, make-up days) may differ',
    none: 'no built-in public holidays (public_holidays: none)',
    hours: 'Office hours',
    dayHours: 'Office hours that day: {hours}',
    closed: 'closed',
    perDay: '1 working day = {hours} working {hourNoun}',
    off: 'Days off ({count})',
    work: 'Make-up and other working days ({count})',
    duty: 'Duty days on public holidays ({count})',
    dutyNote:
      'still public holidays in law: a limit in calendar days or months does not end on them; working-day limits count their hours',
    nothing: 'none',
    sources: 'Sources',
    config: 'the catalog’s calendar (procmap.config.yaml or --calendar)',
    configFile: 'the catalog’s calendar ({file})',
    ruleNote:
      'No days off announced for {year} yet: these holidays are computed from {law} and may change when the government announces them',
    unbundledNote:
      'procmap does not hold the days off the government announced for {year}: these holidays are computed from {law}, and the days announced (Tết, swapped days, make-up days) may differ',
    short: {
      announced: 'announced (notice {number} of {date})',
      declared: 'announced ({notice})',
      announcedPlain: 'announced',
      provisional: 'provisional',
      rule: 'computed from the Labour Code',
      none: 'no built-in holidays',
    },
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
  vi: {
    title: 'Lịch làm việc năm {year}',
    announced: 'lịch nghỉ đã công bố: Thông báo {number} ngày {date}',
    declared: 'lịch nghỉ đã công bố: {notice} (lịch riêng của bộ quy trình)',
    announcedPlain: 'lịch nghỉ đã công bố',
    provisional: 'lịch nghỉ TẠM TÍNH: chưa đối chiếu với văn bản công bố',
    rule: 'chưa có lịch nghỉ được công bố: ngày nghỉ tính theo {law}, có thể thay đổi khi Chính phủ công bố',
    unbundled:
      'procmap không có sẵn lịch nghỉ Chính phủ đã công bố: ngày nghỉ tính theo {law}, có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù)',
    none: 'không dùng ngày nghỉ lễ có sẵn (public_holidays: none)',
    hours: 'Giờ làm việc',
    dayHours: 'Giờ làm việc ngày này: {hours}',
    closed: 'nghỉ',
    perDay: '1 ngày làm việc = {hours} giờ làm việc',
    off: 'Ngày nghỉ ({count})',
    work: 'Ngày làm bù, ngày làm việc riêng ({count})',
    duty: 'Ngày trực trong ngày nghỉ lễ ({count})',
    dutyNote:
      'vẫn là ngày nghỉ lễ theo luật: thời hạn tính theo ngày lịch hoặc theo tháng không kết thúc vào các ngày này; thời hạn tính theo ngày làm việc có tính giờ trực',
    nothing: 'không có',
    sources: 'Nguồn',
    config: 'lịch riêng của bộ quy trình (procmap.config.yaml hoặc --calendar)',
    configFile: 'lịch riêng của bộ quy trình ({file})',
    ruleNote:
      'Năm {year} chưa có lịch nghỉ được công bố: ngày nghỉ tính theo {law}, có thể thay đổi khi Chính phủ công bố',
    unbundledNote:
      'procmap không có sẵn lịch nghỉ Chính phủ đã công bố cho năm {year}: ngày nghỉ tính theo {law}, có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù)',
    short: {
      announced: 'đã công bố (Thông báo {number} ngày {date})',
      declared: 'đã công bố ({notice})',
      announcedPlain: 'đã công bố',
      provisional: 'tạm tính',
      rule: 'tính theo Bộ luật Lao động',
      none: 'không có ngày nghỉ lễ có sẵn',
    },
    weekdays: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  },
} as const;

const printedSpans = (spans: readonly Interval[]) => spansText(spans, '–');

/** The heading of duty days on public holidays, as `procmap calendar` lists them, for `procmap time` to use too. */
export function dutyDaysLabel(lang: Lang): string {
  return WORDS[lang].duty.replace(' ({count})', '');
}

/** A day's own office hours in JSON, one `08:00-11:00` per span. */
export function hoursJson(hours: readonly Interval[]): string[] {
  return hours.map((span) => spansText([span]));
}

/** A year procmap counts from the Labour Code although its days off were announced before the years it holds (2024). */
const unbundled = (year: CalendarYear) => year.info.status === 'rule' && unbundledYear(year.year);

/**
 * The status of a year's data in words, in full for `procmap calendar` or short for `procmap time`: an announced year
 * with every notice that fixed its days ("notice 9441/TB-BNV of 16/10/2025; 12729/VPCP-KGVX of 25/12/2025"), or the
 * notice the catalog's calendar names for it.
 */
export function yearStatusText(info: CalendarYear['info'], lang: Lang, form: 'full' | 'short' = 'full'): string {
  const w = form === 'full' ? WORDS[lang] : WORDS[lang].short;
  if (info.status === 'announced' && info.calendarNotice !== undefined)
    return w.declared.replace('{notice}', info.calendarNotice);
  if (info.status === 'announced' && info.notice) {
    const further = (info.furtherNotices ?? [])
      .map(({ number, date }) => `; ${number} ${lang === 'en' ? 'of' : 'ngày'} ${formatDmy(parseDay(date)!)}`)
      .join('');
    return w.announced
      .replace('{number}', info.notice.number)
      .replace('{date}', `${formatDmy(parseDay(info.notice.date)!)}${further}`);
  }
  return info.status === 'announced' ? w.announcedPlain : fill(w[info.status], { law: holidayLawText(lang) });
}

/** Office hours by runs of weekdays with the same spans, Monday first: `Monday – Friday: 07:30–11:30, 13:00–17:00`. */
function weekLines(year: CalendarYear, lang: Lang): string[] {
  const w = WORDS[lang];
  const order = [1, 2, 3, 4, 5, 6, 0];
  const lines: string[] = [];
  for (let k = 0; k < order.length;) {
    let j = k;
    const text = printedSpans(year.week[order[k]!]!);
    while (j + 1 < order.length && printedSpans(year.week[order[j + 1]!]!) === text) j++;
    const names = k === j ? w.weekdays[order[k]!] : `${w.weekdays[order[k]!]} – ${w.weekdays[order[j]!]}`;
    lines.push(`  ${names}: ${text || w.closed}`);
    k = j + 1;
  }
  return lines;
}

/** Where a day comes from: its notice or article, or the catalog's calendar, by its file's name where known. */
function sourceText(day: YearDay, lang: Lang, file: string | undefined): string {
  if (day.source !== 'config') return day.source ?? '';
  return file === undefined ? WORDS[lang].config : WORDS[lang].configFile.replace('{file}', file);
}

/** `procmap calendar` for people: status of the data, office hours, every day off and make-up day with its source. */
export function calendarText(year: CalendarYear, lang: Lang): string {
  const w = WORDS[lang];
  const out = [
    `${w.title.replace('{year}', String(year.year))} — ${unbundled(year) ? fill(w.unbundled, { law: holidayLawText(lang) }) : yearStatusText(year.info, lang)}`,
    '',
    `${w.hours}:`,
    ...weekLines(year, lang),
  ];
  // The English noun follows the count: a one-hour working day is "1 working hour".
  out.push(
    `  ${fill(w.perDay, { hours: formatNumber(year.hoursPerDay, lang), hourNoun: plural(year.hoursPerDay, 'hour') })}`,
  );
  for (const kind of ['off', 'work', 'duty'] as const) {
    const days = year.days.filter((d) => d.kind === kind);
    // Duty days are listed only where there are some: most calendars have none.
    if (kind === 'duty' && days.length === 0) continue;
    out.push('', `${w[kind].replace('{count}', String(days.length))}:`);
    if (kind === 'duty') out.push(`  (${w.dutyNote})`);
    if (days.length === 0) out.push(`  ${w.nothing}`);
    for (const day of days) {
      // A working or duty day's hours, which working time and "trong ngày" count: a make-up Saturday's are not its
      // weekday's, and a half day's are its own.
      const hours = day.hours ? ` (${printedSpans(day.hours)})` : '';
      const source = day.source ? ` — ${sourceText(day, lang, year.file)}` : '';
      out.push(`  ${formatDate(day.day, lang)}  ${specialDayName(day, lang)}${hours}${source}`);
    }
  }
  if (year.info.sources && year.info.sources.length > 0)
    out.push('', `${w.sources}:`, ...year.info.sources.map((source) => `  - ${source}`));
  // The way out for an officer who holds the notice before procmap's release does.
  if (year.info.status === 'rule' || year.info.status === 'provisional') {
    const advice = announceAdvice([year.year], lang);
    out.push('', `${advice[0]!.toUpperCase()}${advice.slice(1)}.`);
  }
  // A calendar of its own days only that gives none in the year has no data for it, not a year without holidays.
  const noData = year.info.noDaysOff ? noDataYearsNote([year.year], lang) : undefined;
  if (noData) out.push('', noData);
  return `${out.join('\n')}\n`;
}

/**
 * The notices of a year's days off in JSON, for `calendar` and `time` alike: procmap's checked notice, the further
 * ones, and the one the catalog's calendar names for a year it says is announced (free text, so apart from `notice`).
 */
export function yearNoticesJson(info: CalendarYear['info']): {
  notice: { number: string; date: string } | null;
  further_notices: readonly { number: string; date: string }[];
  calendar_notice: string | null;
} {
  return {
    notice: info.notice ?? null,
    further_notices: info.furtherNotices ?? [],
    calendar_notice: info.calendarNotice ?? null,
  };
}

/** `procmap calendar --format json`: the same facts for scripts, dates as YYYY-MM-DD. */
export function calendarJson(year: CalendarYear): string {
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const json = {
    year: year.year,
    status: year.info.status,
    ...yearNoticesJson(year.info),
    sources: year.info.sources ?? [],
    hours_per_day: year.hoursPerDay,
    hours: Object.fromEntries(names.map((name, i) => [name, hoursJson(year.week[i]!)])),
    days: year.days.map((d) => ({
      date: formatDay(d.day),
      kind: d.kind,
      name: specialDayName(d),
      ...aboutJson(d.about),
      source: d.source ?? null,
      ...(d.source === 'config' && year.file !== undefined ? { source_file: year.file } : {}),
      ...(d.hours ? { hours: hoursJson(d.hours) } : {}),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Text for an iCalendar property value: backslash, comma, semicolon and newline escaped (RFC 5545 §3.3.11). */
function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsDate = (day: Day) => formatDay(day).replace(/-/g, '');

/**
 * An event's description: a working or duty day's office hours (an all-day event has no times of its own), its
 * source, and for a day procmap computed (not the catalog's own), the year's note.
 */
function eventNote(source: string, day: YearDay, ruleNote: string | undefined, lang: Lang): string {
  const hours = day.hours ? [fill(WORDS[lang].dayHours, { hours: printedSpans(day.hours) })] : [];
  const note = ruleNote === undefined || day.source === 'config' ? [] : [ruleNote];
  return [...hours, ...(source === '' ? [] : [source]), ...note].join('\n');
}

/**
 * `procmap calendar --format ics`: every day off and make-up day as an all-day event officers can load into their
 * own calendar. The output depends only on the data (DTSTAMP is the first day of the year), so it diffs cleanly.
 */
export function calendarIcs(year: CalendarYear, lang: Lang): string {
  const w = WORDS[lang];
  const stamp = `${year.year}0101T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//procmap//calendar//VI',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(w.title.replace('{year}', String(year.year)))}`,
  ];
  // A year not announced: said once for the calendar and on each day it computed, since an event is often seen alone.
  const ruleNote =
    year.info.status === 'rule'
      ? fill(unbundled(year) ? w.unbundledNote : w.ruleNote, { year: year.year, law: holidayLawText(lang) })
      : undefined;
  if (ruleNote !== undefined) lines.push(`X-WR-CALDESC:${icsText(ruleNote)}`);
  // Two catalogs' calendars loaded into one app must not share a UID, or one's day replaces the other's.
  const tag = calendarTag(year);
  for (const day of year.days) {
    const name = specialDayName(day, lang);
    // An event's title: a day off, or a make-up day whose name says it ("Làm bù cho thứ Sáu 2/1"), by its name alone;
    // a day of the catalog's own, which may be named anything, and a duty day after their heading.
    const titled = day.kind === 'off' || day.about?.what === 'make_up';
    const summary = titled ? name : `${w[day.kind].replace(' ({count})', '')}: ${name}`;
    const { year: y } = dayParts(day.day);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsDate(day.day)}-${day.kind}-${y}-${tag}@procmap`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(day.day)}`,
      `DTEND;VALUE=DATE:${icsDate(day.day + 1)}`,
      `SUMMARY:${icsText(summary)}`,
      ...(day.source || day.hours
        ? [`DESCRIPTION:${icsText(eventNote(sourceText(day, lang, year.file), day, ruleNote, lang))}`]
        : []),
      `TRANSP:${day.kind === 'off' ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

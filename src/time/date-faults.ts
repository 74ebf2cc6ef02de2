/** What a date that cannot be read says, in both languages: the same words for a calendar file and `--as-of`. */
import type { Translated } from '../i18n.js';
import {
  dayFromParts,
  dayOf,
  formatClock,
  formatDay,
  MERIDIEM_WORDS,
  minuteOf,
  onTheDayClock,
  readDay,
  readMoment,
  writtenZone,
  type DateFault,
  type Day,
} from './moment.js';
import { englishShortYear } from './english-months.js';
import { LUNAR_YEARS } from './data/lunar.js';
import { formatDmy, weekdayName } from './units.js';
import { partOfDayWithoutHour } from './relative-day.js';

/**
 * Why `text` is not a date, and what to write: a year procmap counts no date in (`0013-02-14`), `"31/04/2027" is not
 * a date: month 4 of 2027 has 30 days`, the day
 * and month the other way round when that is a date (`2027-13-01` → `2027-01-13`), or the weekday that is not the
 * date's with the one it is.
 */
export function dateFaultText(text: string, fault: DateFault): Translated {
  switch (fault.kind) {
    case 'year': {
      // The years Tết is known for are the years any date can be counted in.
      const { first, last } = LUNAR_YEARS;
      return {
        en: `"${text}": procmap can count dates from ${first} to ${last} only, not in the year ${fault.year}; write the year in four digits`,
        vi: `"${text}": procmap chỉ tính được ngày từ năm ${first} đến năm ${last}, không tính được năm ${fault.year}; hãy ghi năm đủ bốn chữ số`,
      };
    }
    case 'day':
      return {
        en: `"${text}" is not a date: month ${fault.month} of ${fault.year} has ${fault.days} days`,
        vi: `"${text}" không phải là ngày: tháng ${fault.month} năm ${fault.year} có ${fault.days} ngày`,
      };
    case 'month': {
      // 2027-13-01, 02/14/2027: the day and month written the other way round, as a US spreadsheet writes them.
      const swapped = dayFromParts(fault.year, fault.date, fault.month);
      const written =
        swapped === undefined ? undefined : /^\d{4}/.test(text.trim()) ? formatDay(swapped) : formatDmy(swapped);
      return written === undefined
        ? {
            en: `"${text}" is not a date: there is no month ${fault.month}; write the date as 2027-02-04 or 04/02/2027 (day first)`,
            vi: `"${text}" không phải là ngày: không có tháng ${fault.month}; hãy ghi ngày dạng 2027-02-04 hoặc 04/02/2027 (ngày trước)`,
          }
        : {
            en: `"${text}" is not a date: there is no month ${fault.month}; if the day and the month are the other way round, write ${written}`,
            vi: `"${text}" không phải là ngày: không có tháng ${fault.month}; nếu ngày và tháng bị đảo chỗ, hãy ghi ${written}`,
          };
    }
    case 'weekday':
      return wrongWeekdayText(`"${text}"`, fault.written, fault.day);
  }
}

/** `… names thứ Sáu, but 04/02/2027 is a Thursday: correct the date or the weekday`, after what names it. */
export function wrongWeekdayText(subject: string, written: string, day: Day): Translated {
  return {
    en: `${subject} names ${written}, but ${formatDmy(day)} is a ${weekdayName(day, 'en', 'long')}: correct the date or the weekday`,
    vi: `${subject} ghi ${written}, nhưng ngày ${formatDmy(day)} là ${weekdayName(day, 'vi', 'long')}: hãy sửa ngày hoặc thứ`,
  };
}

/** The message for a break whose last day comes before its first. */
export function reversedRangeText(first: Day, last: Day, written?: string): Translated {
  const [from, to] = [formatDmy(first), formatDmy(last)];
  return written === undefined
    ? {
        en: `The last day (to:) ${to} is before the first day (date:) ${from}: swap them`,
        vi: `Ngày cuối (to:) ${to} ở trước ngày đầu (date:) ${from}: hãy đổi chỗ hai ngày`,
      }
    : {
        en: `"${written}" ends before it starts: the last day, ${to}, is before the first, ${from}; swap them`,
        vi: `"${written}" kết thúc trước khi bắt đầu: ngày cuối, ${to}, ở trước ngày đầu, ${from}; hãy đổi chỗ hai ngày`,
      };
}

/**
 * The refusal of a date option's value (`--as-of`, `--effective`), showing the forms readDay reads: one wording for
 * every such option, so none names fewer forms than it takes.
 */
export function dateOptionText(option: string, text: string): Translated {
  return {
    en: `${option} takes a date such as 01/07/2026 (day first), 2026-07-01, "ngày 01 tháng 7 năm 2026" or "thứ Tư, 01/07/2026", not "${text}"`,
    vi: `${option} nhận một ngày, ví dụ 01/07/2026 (ngày trước), 2026-07-01, "ngày 01 tháng 7 năm 2026" hoặc "thứ Tư, 01/07/2026", không phải "${text}"`,
  };
}

/**
 * The refusal of a date option's value that is not a day (`--as-of`, `--effective`): what is wrong with the date when
 * it is written as one (`--effective: "31/02/2026" is not a date: month 2 of 2026 has 28 days`), else the forms read.
 */
export function dateOptionRefusal(option: string, text: string): Translated {
  const reading = readDay(text);
  return reading !== undefined && 'fault' in reading
    ? optionFaultText(option, text, reading.fault)
    : (shortYearText(option, text) ?? dateOptionText(option, text));
}

/** What is wrong with the date written in an option's value, the option named first; a wrong weekday says which. */
export function optionFaultText(option: string, written: string, fault: DateFault): Translated {
  if (fault.kind === 'weekday') return wrongWeekdayText(option, fault.written, fault.day);
  const said = dateFaultText(written, fault);
  return { en: `${option}: ${said.en}`, vi: `${option}: ${said.vi}` };
}

// "13/2/26": a year of two digits, as a phone or a spreadsheet shows it, is no year procmap guesses the century of.
// Not inside a date whose year is written first: "02-13-09" of "2026-02-13-09:00" is no date.
const SHORT_YEAR = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?!\d|[/.-]\d)/;

/** The officer's own text with its two-digit year in full, time and all ("31/12/26 16:30" → "31/12/2026 16:30"). */
function withFullYear(text: string): string | undefined {
  const short = SHORT_YEAR.exec(text);
  if (!short) return undefined;
  return text.replace(short[0], `${short[1]!.padStart(2, '0')}/${short[2]!.padStart(2, '0')}/20${short[3]!}`).trim();
}

/**
 * What makes a moment's text unread when it is nearly one: a year in two digits (`13/02/26 09:00`), with the text as
 * it would read with the year in full; or a zone other than Vietnam's (`… 09:00 (GMT+9)`), with the moment in Vietnam
 * time. Undefined when the text reads, or has neither.
 */
export type MomentSlip =
  | { kind: 'year'; full: string }
  | { kind: 'zone'; zone: string; vietnam: string }
  | { kind: 'zoneNoTime'; zone: string; date: string }
  | { kind: 'dashedClock'; clock: string; written: string };

// A time of day run onto a date by a dash with no space ("2026-02-13-09:00"), which reads as much as a zone (-09:00).
const DASHED_CLOCK = /^(.*\d)[-–—](\d{1,2}:\d{2})$/u;

/** The slip that keeps a moment's text from reading (MomentSlip); undefined when it reads or has none of them. */
export function momentSlip(text: string): MomentSlip | undefined {
  const reading = readMoment(text);
  if (reading !== undefined) return undefined;
  const full = withFullYear(text);
  if (full !== undefined) return { kind: 'year', full };
  const dashed = DASHED_CLOCK.exec(text.trim());
  const spaced = dashed && `${dashed[1]!} ${dashed[2]!}`;
  const [date, both] = [dashed && readMoment(dashed[1]!), spaced && readMoment(spaced)];
  if (dashed && spaced && date && 'moment' in date && date.dateOnly === true && both && 'moment' in both)
    return { kind: 'dashedClock', clock: dashed[2]!, written: spaced };
  const zoned = writtenZone(text);
  const local = zoned && readMoment(zoned.local);
  if (zoned === undefined || local === undefined || !('moment' in local)) return undefined;
  // A date alone stands for the office's working day; in another zone it is another span of hours, which no date in
  // Vietnam names: the time is needed.
  if (local.dateOnly === true) return { kind: 'zoneNoTime', zone: zoned.zone, date: zoned.local.trim() };
  // The offices' clock: Vietnam time, UTC+7.
  const moment = local.moment + 7 * 60 - zoned.offset;
  return { kind: 'zone', zone: zoned.zone, vietnam: `${formatDmy(dayOf(moment))} ${formatClock(minuteOf(moment))}` };
}

/**
 * The refusal of a date-and-time option's value (`--received`, `ontime --as-of`), showing the forms readMoment reads;
 * a time in another zone than Vietnam's is said so, with the time the office's clock showed.
 */
export function momentOptionText(option: string, text: string): Translated {
  const slip = momentSlip(text);
  if (slip?.kind === 'dashedClock')
    return {
      en: `${option}: "${text}" does not say whether "-${slip.clock}" is a time of day or a time zone; for the time ${slip.clock} in Vietnam, write "${slip.written}", with a space between the date and the time`,
      vi: `${option}: "${text}" không rõ "-${slip.clock}" là giờ hay múi giờ; nếu là ${slip.clock} giờ Việt Nam, hãy ghi "${slip.written}", cách ngày và giờ bằng một dấu cách`,
    };
  if (slip?.kind === 'zoneNoTime')
    return {
      en: `${option}: "${text}" gives a time zone (${slip.zone}) but no time of day; procmap counts in Vietnam time (GMT+7), the time offices keep, and reads a date alone as that working day in Vietnam: write the date and time in Vietnam time, e.g. "${slip.date} 09:00", or the date alone without the zone`,
      vi: `${option}: "${text}" ghi múi giờ (${slip.zone}) nhưng không ghi giờ; procmap tính theo giờ Việt Nam (GMT+7), giờ các cơ quan làm việc, và hiểu một ngày không kèm giờ là ngày làm việc đó ở Việt Nam: hãy ghi ngày và giờ theo giờ Việt Nam, ví dụ "${slip.date} 09:00", hoặc chỉ ghi ngày, bỏ múi giờ`,
    };
  if (slip?.kind === 'zone')
    return {
      en: `${option}: "${text}" is in another time zone (${slip.zone}); procmap counts in Vietnam time (GMT+7), the time offices keep: write "${slip.vietnam}"`,
      vi: `${option}: "${text}" ghi theo múi giờ khác (${slip.zone}); procmap tính theo giờ Việt Nam (GMT+7), giờ các cơ quan làm việc: hãy ghi "${slip.vietnam}"`,
    };
  return {
    en: `${option} takes a real local date and time such as "13/02/2026 09:00", "2026-02-13 09:00", 2026-02-13T09:00 or "9 giờ 00 phút, thứ Sáu, ngày 13/02/2026", or a date alone (13/02/2026), not "${text}"`,
    vi: `${option} cần một ngày giờ có thật, ví dụ "13/02/2026 09:00", "2026-02-13 09:00", 2026-02-13T09:00 hoặc "9 giờ 00 phút, thứ Sáu, ngày 13/02/2026", hoặc chỉ ngày (13/02/2026), không phải "${text}"`,
  };
}

// 24:00 written as a time of receipt ("31/12/2026 24:00", "24h", "24 giờ"): the end of that day, which the clock writes
// as 00:00 of the next; the Civil Code's 24:00 ends a period, no dossier is received at it.
const MIDNIGHT = /(?<!\d)24\s*(?::\s*00|h\s*(?:00)?|giờ(?:\s*00(?:\s*phút)?)?)(?!\s*\d)/iu;

/**
 * What a date-and-time option's moment is: the receipt of a dossier (`time --received`), or the moment a report judges
 * open dossiers as of (`ontime --as-of`), where a date alone already runs through its day.
 */
export type MomentMeaning = 'receipt' | 'asOf';

/**
 * The refusal of a moment written with 24:00, with the ways to write it from the officer's own date: for a receipt
 * `"31/12/2026 23:59" or "01/01/2027 00:00"`, for an as-of moment the date alone, through its end, or its 23:59;
 * undefined when the text has no 24:00 or no date procmap reads.
 */
export function midnightText(option: string, text: string, meaning: MomentMeaning = 'receipt'): Translated | undefined {
  if (!MIDNIGHT.test(text)) return undefined;
  const reading = readMoment(text.replace(MIDNIGHT, '23:59'));
  if (reading === undefined || !('moment' in reading)) return undefined;
  const day = dayOf(reading.moment);
  const last = `"${formatDmy(day)} 23:59"`;
  if (meaning === 'asOf') {
    const date = `"${formatDmy(day)}"`;
    return {
      en: `${option}: a clock has no 24:00; to judge as of the end of that day, write ${date} (a date alone runs through its day) or ${last}, not "${text}"`,
      vi: `${option}: đồng hồ không có 24:00; để xét tính đến hết ngày đó, hãy ghi ${date} (chỉ ghi ngày là tính hết ngày đó) hoặc ${last}, không phải "${text}"`,
    };
  }
  const next = `"${formatDmy(day + 1)} 00:00"`;
  return {
    en: `${option}: a clock has no 24:00 for a receipt; write ${last} for the last minute of that day, or ${next} for midnight, the start of the next day, not "${text}"`,
    vi: `${option}: giờ tiếp nhận không ghi 24:00; hãy ghi ${last} nếu là phút cuối của ngày đó, hoặc ${next} nếu là đúng nửa đêm, đầu ngày hôm sau, không phải "${text}"`,
  };
}

/**
 * The refusal of an option's date written with a two-digit year, with the officer's own text and the year in full
 * (`"31/12/26 16:30"` → `"31/12/2026 16:30"`); undefined when the text has no such date.
 */
export function shortYearText(option: string, text: string): Translated | undefined {
  // "10-Mar-26", Excel's "dd-mmm-yy": the whole date to write, day first with the month in figures.
  const example = withFullYear(text) ?? englishShortYear(text);
  if (example === undefined) return undefined;
  return {
    en: `${option} writes the year of "${text}" in two digits: write it in full, e.g. "${example}"`,
    vi: `${option} ghi năm của "${text}" bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "${example}"`,
  };
}

/**
 * What is wrong with the time of day or the date's parts in a moment's text that does not read: an hour past 23
 * (`25:00`), a minute past 59 (`17:61`), a date without its year (`15/12`, with the text as it would read with one),
 * a time without a date (`16:30`), or an hour past noon said to be in the morning (`16:30 SA`).
 */
export type ClockSlip =
  | { kind: 'hour'; hour: number }
  | { kind: 'minute'; minute: number }
  | { kind: 'second'; second: number }
  | { kind: 'rewrite'; written: string; clock: string }
  | { kind: 'noYear'; example: string }
  | { kind: 'noDate'; example: string }
  | { kind: 'morning'; hour: number; word: string; clock: string };

// A time of day as offices write it: 17:30, 17h30, 17g30, "17 giờ 30 phút", "17h"; the hour and minute as written.
const CLOCK_PART =
  /(?<![\d/.-])(\d{1,2})\s*(?::\s*(\d{1,3})|(?:h|g|giờ|gio)\s*(\d{1,3})?(?:\s*(?:phút|phut))?)(?![\d/.]|[\p{L}])/iu;
// A day and month with no year after them, first in the text: "15/12", "15/12 09:00", "ngày 15/12".
const NO_YEAR = /^((?:ngày\s*)?)(\d{1,2})[/.-](\d{1,2})(?![\d/.-])/iu;
// An hour past noon said to be in the morning: "16:30 SA".
const MORNING_HOUR = new RegExp(
  String.raw`(?<![\d/.-])(1[3-9]|2[0-3])((?::\d{2})?)\s*(sa|am|sáng|sang)(?![\p{L}\d])`,
  'iu',
);
// Seconds past 59 after a time of day: "08:30:60".
const SECONDS_PART = /(?<![\d/.-])(\d{1,2}):(\d{2}):(\d{2,3})(?![\d.])/u;
// A time of day written with a full stop ("08.30", as a date writes its parts) or with its seconds in words
// ("8 giờ 30 phút 15 giây"): what it means is plain, and what to write is the clock with colons.
const DOT_CLOCK = /(?<![\d/.-])(\d{1,2})\.(\d{2})(?![\d/.])/u;
const WORDED_SECONDS =
  /(?<![\d/.-])(?:(?:lúc|luc)\s+)?(\d{1,2})\s*(?:giờ|gio|h|g)\s*(\d{1,2})\s*(?:phút|phut|p)\s*(\d{1,2})\s*(?:giây|giay|s)(?![\p{L}\d])/iu;
// The example date of the messages, as momentOptionText's examples write it.
const EXAMPLE_YEAR = 2026;

/** Whether a text reads as a moment, or as one whose date is wrong (said by dateFaultText): its clock is then fine. */
function readsBut(text: string): boolean {
  const reading = readMoment(text);
  return reading !== undefined && ('moment' in reading || 'dateFault' in reading);
}

/** What keeps a moment's text from reading in its time of day or its date's parts (ClockSlip); undefined otherwise. */
export function clockSlip(text: string): ClockSlip | undefined {
  const written = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (readMoment(written) !== undefined) return undefined;
  const morning = MORNING_HOUR.exec(written);
  if (morning && MERIDIEM_WORDS.split('|').includes(morning[3]!.toLowerCase())) {
    const clock = `${morning[1]!}${morning[2] || ':00'}`;
    if (readsBut(written.replace(morning[0], clock)))
      return { kind: 'morning', hour: Number(morning[1]), word: morning[3]!, clock };
  }
  const seconds = SECONDS_PART.exec(written);
  if (seconds && Number(seconds[3]) > 59 && readsBut(written.replace(seconds[0], `${seconds[1]!}:${seconds[2]!}`)))
    return { kind: 'second', second: Number(seconds[3]) };
  for (const [pattern, clockOf] of [
    [DOT_CLOCK, (m: RegExpExecArray) => `${m[1]!.padStart(2, '0')}:${m[2]!}`],
    [
      WORDED_SECONDS,
      (m: RegExpExecArray) => `${m[1]!.padStart(2, '0')}:${m[2]!.padStart(2, '0')}:${m[3]!.padStart(2, '0')}`,
    ],
  ] as const) {
    const found = pattern.exec(written);
    if (found && readsBut(written.replace(found[0], clockOf(found))))
      return { kind: 'rewrite', written: found[0], clock: clockOf(found) };
  }
  const clock = CLOCK_PART.exec(written);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2] ?? clock[3] ?? 0);
    // 24:00 is midnightText's: the end of a day, which the clock writes as 00:00 of the next.
    const slip: ClockSlip | undefined =
      hour > 24 || (hour === 24 && minute > 0)
        ? { kind: 'hour', hour }
        : minute > 59
          ? { kind: 'minute', minute }
          : undefined;
    if (slip !== undefined && readsBut(written.replace(clock[0], '09:00'))) return slip;
  }
  const noYear = NO_YEAR.exec(written);
  if (noYear) {
    const example = written.replace(
      noYear[0],
      `${noYear[1]!}${noYear[2]!.padStart(2, '0')}/${noYear[3]!.padStart(2, '0')}/${EXAMPLE_YEAR}`,
    );
    if (readsBut(example)) return { kind: 'noYear', example };
  }
  // A time of day alone: "16:30", "4:30 CH".
  const alone = onTheDayClock(written);
  const only = CLOCK_PART.exec(alone);
  if (only && only[0].trim() === alone && readsBut(`13/02/${EXAMPLE_YEAR} ${alone}`))
    return { kind: 'noDate', example: `13/02/${EXAMPLE_YEAR} ${alone}` };
  return undefined;
}

/** What a clock slip says, after what names the text (`--received: "15/12/2026 25:00"`, `received date "…"`). */
export function clockSlipText(subject: string, slip: ClockSlip): Translated {
  switch (slip.kind) {
    case 'hour':
      return {
        en: `${subject}: there is no hour ${slip.hour}; hours go from 00 to 23`,
        vi: `${subject}: không có giờ ${slip.hour}; giờ chỉ từ 00 đến 23`,
      };
    case 'minute':
      return {
        en: `${subject}: there is no minute ${slip.minute}; minutes go from 00 to 59`,
        vi: `${subject}: không có phút ${slip.minute}; phút chỉ từ 00 đến 59`,
      };
    case 'second':
      return {
        en: `${subject}: there is no second ${slip.second}; seconds go from 00 to 59`,
        vi: `${subject}: không có giây ${slip.second}; giây chỉ từ 00 đến 59`,
      };
    case 'rewrite':
      return {
        en: `${subject}: write the time of day "${slip.written}" with colons, as ${slip.clock}`,
        vi: `${subject}: hãy ghi giờ "${slip.written}" bằng dấu hai chấm, là ${slip.clock}`,
      };
    case 'noYear':
      return {
        en: `${subject}: the year is missing; write it in four digits after the day and month, e.g. "${slip.example}"`,
        vi: `${subject}: thiếu năm; hãy ghi năm đủ bốn chữ số sau ngày và tháng, ví dụ "${slip.example}"`,
      };
    case 'noDate':
      return {
        en: `${subject}: the date is missing; write the day before the time, e.g. "${slip.example}"`,
        vi: `${subject}: thiếu ngày; hãy ghi ngày trước giờ, ví dụ "${slip.example}"`,
      };
    case 'morning':
      return {
        en: `${subject}: ${slip.hour} o'clock is in the afternoon, but "${slip.word}" says morning; write ${slip.clock} without it`,
        vi: `${subject}: ${slip.hour} giờ là buổi chiều, nhưng "${slip.word}" là buổi sáng; hãy ghi ${slip.clock}, bỏ "${slip.word}"`,
      };
  }
}

/**
 * The refusal of a date-and-time option's value procmap cannot read, saying what slipped where it can tell (a year in
 * two digits, 24:00, an hour or minute past the clock's, no year or no date, another time zone), else the forms it reads.
 */
export function momentRefusal(option: string, text: string, meaning: MomentMeaning = 'receipt'): Translated {
  const slip = clockSlip(text);
  // "sáng mai": a morning is hours long, and which hour the dossier came at changes its due moment.
  const withHour = partOfDayWithoutHour(text);
  if (withHour !== undefined)
    return {
      en: `${option}: "${text}" has no hour; add it, e.g. "${withHour}"`,
      vi: `${option}: "${text}" chưa có giờ; hãy thêm giờ, ví dụ "${withHour}"`,
    };
  return (
    shortYearText(option, text) ??
    midnightText(option, text, meaning) ??
    (slip && clockSlipText(`${option}: "${text}"`, slip)) ??
    momentOptionText(option, text)
  );
}

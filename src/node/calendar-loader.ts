import { dirname, isAbsolute, join } from 'node:path';
import {
  calendarFromSection,
  parseCalendarFile,
  type CalendarNotice,
  type CalendarResult,
} from '../config/calendar-file.js';
import { locatedLines } from '../config/settings-source.js';
import { loadFile } from '../model/load.js';
import type { CalendarConfig, WorkingCalendar } from '../time/calendar.js';
import { dayOf, readDay, vietnamMoment, type Day, type Moment } from '../time/moment.js';
import { dateOptionRefusal } from '../time/date-faults.js';
import { typedMomentText } from '../time/relative-day.js';
import type { Lang } from '../i18n.js';
import type { Diagnostic } from '../model/types.js';
import { UsageError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import { configName, type LoadedConfig } from './config-loader.js';
import { displayPath, protectInputs, readSettingsFile } from './files.js';

const INVALID = {
  calendar: { en: 'Invalid calendar', vi: 'Lịch làm việc không hợp lệ' },
  configuration: { en: 'Invalid configuration', vi: 'Cấu hình không hợp lệ' },
} as const;

function unwrap(
  result: CalendarResult,
  what: keyof typeof INVALID,
  again: (lang: Lang) => CalendarResult = () => result,
): WorkingCalendar {
  if (result.ok) return result.calendar;
  const lines = (lang: Lang) => {
    const found = lang === 'en' ? result : again(lang);
    return found.ok ? '' : locatedLines(found.diagnostics);
  };
  throw new UsageError({
    en: `${INVALID[what].en}:\n${lines('en')}`,
    vi: `${INVALID[what].vi}:\n${lines('vi')}`,
  });
}

// The warnings of the calendars a run read (a day off on a Sunday), for main to print once the command is done: the
// loaders below have no stream of their own, and a calendar read for each of several files says its warnings once.
const notices = new Map<string, CalendarNotice>();

/** Takes the calendars' warnings gathered since the last call, in the order they were found. */
export function takeCalendarNotices(): CalendarNotice[] {
  const taken = [...notices.values()];
  notices.clear();
  return taken;
}

/**
 * Takes the calendars' warnings gathered since the last call as diagnostics of their calendar files, in `lang`, for a
 * report that has a place for them (`lint --format json`, `time -f json`) instead of standard error.
 */
export function takeCalendarDiagnostics(lang: Lang): Diagnostic[] {
  return takeCalendarNotices().map(({ message, ...range }) => ({
    ...range,
    severity: 'warning',
    rule: 'config',
    message: message[lang],
  }));
}

function kept(result: CalendarResult): CalendarResult {
  if (result.ok)
    for (const notice of result.notices) notices.set(`${notice.file}:${notice.line}:${notice.column}`, notice);
  return result;
}

/** A calendar file's bytes, named `shown` in messages, checked; with the section it holds, for comparing. */
function calendarFromBytes(shown: string, bytes: Uint8Array, year?: number): LoadedCalendar {
  const result = kept(parseCalendarFile(shown, bytes, 'en', year));
  const calendar = unwrap(result, 'calendar', (lang) => parseCalendarFile(shown, bytes, lang, year));
  return {
    calendar: { ...calendar, file: shown },
    section: result.ok ? result.section : undefined,
    calendarFile: shown,
  };
}

/** A calendar file (`--calendar`, or the one procmap.config.yaml names), read within its limits and checked. */
function calendarFile(path: string, year?: number): LoadedCalendar {
  const bytes = readSettingsFile(path, 'calendar', LIMITS.maxCalendarBytes);
  protectInputs([path]);
  return calendarFromBytes(displayPath(path), bytes, year);
}

/** The calendar file a configuration names (`calendar: lich-2027.yaml`), relative to its folder; undefined for none. */
export function namedCalendarPath(config: LoadedConfig): string | undefined {
  const named = config.config.calendar;
  if (typeof named !== 'string') return undefined;
  return isAbsolute(named) || !config.file ? named : join(dirname(config.file), named);
}

/** A run's working calendar and the calendar section it was built from: the configuration's, or a file's content. */
export interface LoadedCalendar {
  calendar: WorkingCalendar;
  /** undefined for the default calendar. */
  section: CalendarConfig | undefined;
  /** The calendar file it was read from, as messages name it (`--calendar`, or the one the configuration names). */
  calendarFile?: string;
}

/**
 * The working calendar of a run: `--calendar FILE` when given (its root is a calendar section), else the
 * `calendar:` section of the catalog's configuration, or the calendar file it names (relative to the configuration's
 * folder; read from the configuration's revision for one read from git), else the default (office hours 07:30–11:30,
 * 13:00–17:00 Monday to Friday, Vietnam's public holidays). A calendar that makes no sense stops the run (exit 2).
 */
export function loadCalendar(explicit: string | undefined, config: LoadedConfig, year?: number): WorkingCalendar {
  return loadCalendarSection(explicit, config, year).calendar;
}

/** loadCalendar, with the section the calendar was built from (a diff compares the two sides' sections). */
export function loadCalendarSection(explicit: string | undefined, config: LoadedConfig, year?: number): LoadedCalendar {
  if (explicit !== undefined) return calendarFile(explicit, year);
  const { file, bytes } = config;
  const named = config.config.calendar;
  // A configuration read from a revision carries the file it names as read there, or why it could not be.
  if (config.calendar !== undefined) {
    if ('refusal' in config.calendar) throw config.calendar.refusal;
    return calendarFromBytes(config.calendar.file, config.calendar.bytes);
  }
  const path = namedCalendarPath(config);
  if (path !== undefined) return calendarFile(path, year);
  const shown = configName(config) ?? 'procmap.config.yaml';
  // The configuration is read again only to point at a problem.
  const source = () =>
    loadFile(
      shown,
      bytes ?? (file ? readSettingsFile(file, 'configuration', LIMITS.maxConfigBytes) : new Uint8Array()),
    );
  const section = named as CalendarConfig | undefined;
  const calendar = unwrap(kept(calendarFromSection(section, source, ['calendar'])), 'configuration', (lang) =>
    calendarFromSection(section, source, ['calendar'], lang),
  );
  // Days from the section are sourced by the file's name, where there is a file.
  return { calendar: file && section !== undefined ? { ...calendar, file: shown } : calendar, section };
}

/** Parses `--as-of DATE`: the first day of the year of receipts that date-dependent checks try. */
export function parseAsOf(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  const reading = readDay(typedMomentText(text, vietnamNow()));
  if (reading !== undefined && 'day' in reading) return reading.day;
  throw new UsageError(dateOptionRefusal('--as-of', text));
}

/** The calendar with `--as-of` in place of the calendar section's `as_of`, when given. */
export function withAsOf(calendar: WorkingCalendar, asOf: Day | undefined): WorkingCalendar {
  return asOf === undefined ? calendar : { ...calendar, asOf, asOfByOption: true };
}

/**
 * Now in Vietnam: the one place procmap reads the clock, so everything below stays pure. The date and time are
 * Vietnam's whatever the machine's time zone, so a build on a UTC runner at 18:00 on Friday knows it is Saturday.
 */
export function vietnamNow(now: Date = new Date()): Moment {
  return vietnamMoment(now.getTime());
}

/** Today's date in Vietnam (see vietnamNow). */
export function vietnamToday(now: Date = new Date()): Day {
  return dayOf(vietnamNow(now));
}

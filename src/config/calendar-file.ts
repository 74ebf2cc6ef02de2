import calendarSchema from './generated/calendar-schema.js';
import type { Lang, Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { LoadedFile } from '../model/load.js';
import { withMergeKeys } from './merge-keys.js';
import { loadSettingsFile } from './settings-source.js';
import { describeSchemaErrors } from '../model/schema.js';
import type { Diagnostic, NodePath, SourceRange } from '../model/types.js';
import {
  CalendarError,
  createCalendar,
  type CalendarConfig,
  type CalendarProblem,
  type WorkingCalendar,
} from '../time/calendar.js';
import { overlaps, readCalendarDates } from './calendar-dates.js';
import { calendarKeyHint } from './calendar-key-hints.js';
import { closedDaysOff } from './closed-days-off.js';
import { repeatedDaysOff, repeatedMessage } from './repeated-days-off.js';
import { soundPart } from './calendar-sound-part.js';
import { readCalendarValues } from './calendar-values.js';
import { withCanonicalWords } from './config-words.js';
import { validate } from './generated/validate-config.js';

/** A warning of a calendar that still counts: where it stands, in both languages (the run picks one when it prints). */
export interface CalendarNotice extends SourceRange {
  file: string;
  message: Translated;
}

/** A working calendar built from a file, with what it should say of it, or the located problems that stop it. */
export type CalendarResult =
  | {
      ok: true;
      calendar: WorkingCalendar;
      notices: CalendarNotice[];
      /** A file's calendar section as read (its dates read, its written forms in procmap's own), for comparing. */
      section?: CalendarConfig;
    }
  | { ok: false; diagnostics: Diagnostic[] };

const problem = (
  source: LoadedFile,
  path: NodePath,
  message: string,
  target: 'key' | 'value' = 'value',
): Diagnostic => ({
  file: source.file,
  ...source.locate(path, target),
  severity: 'error',
  rule: 'config',
  message,
});

/** Where a problem is shown: of the entries it stands at, the one later in the file (the one that contradicts). */
function laterPath(file: LoadedFile, prefix: NodePath, p: CalendarProblem): NodePath {
  const path = [...prefix, ...p.path];
  if (p.alsoAt === undefined) return path;
  const also = [...prefix, ...p.alsoAt];
  const [a, b] = [file.locate(path), file.locate(also)];
  return b.line > a.line || (b.line === a.line && b.column > a.column) ? also : path;
}

/**
 * The calendar's own problems (hours before 7:00 without sáng or chiều, a make-up day on a weekday) in the part of a
 * section that the `faults` found already (the schema's, the dates') do not stand in, so that all are said at once;
 * each at the later of its entries in the file that `source` loads, a section at `prefix` there. None that overlap a
 * fault: it is said already.
 */
export function soundPartProblems(
  section: unknown,
  faults: readonly NodePath[],
  source: LoadedFile,
  prefix: NodePath,
): CalendarProblem[] {
  const sound = soundPart(section, faults);
  if (sound === undefined) return [];
  try {
    createCalendar(sound.section);
    return [];
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return error.problems
      .map((p) => {
        const back = { ...p, path: sound.original(p.path) };
        if (p.alsoAt !== undefined) back.alsoAt = sound.original(p.alsoAt);
        return { path: laterPath(source, prefix, back).slice(prefix.length), message: p.message };
      })
      .filter((p) => !faults.some((fault) => overlaps(fault, p.path)));
  }
}

/**
 * Builds the working calendar of a calendar section that sits at `prefix` in a file (['calendar'] in
 * procmap.config.yaml, [] in a `--calendar` file); a section that makes no sense is reported where it stands, in
 * the file that `source` loads only then.
 */
export function calendarFromSection(
  section: CalendarConfig | undefined,
  source: () => LoadedFile,
  prefix: NodePath,
  lang: Lang = 'en',
): CalendarResult {
  try {
    const calendar = createCalendar(section);
    const closed = closedDaysOff(section, calendar.week);
    const repeated = repeatedDaysOff(section);
    // The file is read again only when there is something to point at.
    const file = closed.length > 0 || repeated.length > 0 ? source() : undefined;
    const at = (path: NodePath) => file!.locate([...prefix, ...path]);
    const notices = [
      ...closed.map(({ path, message }) => ({ file: file!.file, ...at(path), message })),
      ...repeated.map((r) => ({ file: file!.file, ...at(r.path), message: repeatedMessage(r, at(r.earlier).line) })),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: true, calendar, notices };
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    const file = source();
    return {
      ok: false,
      // In the file's order, as the schema's problems are, whatever order the checks found them in.
      diagnostics: error.problems
        .map((p) => problem(file, laterPath(file, prefix, p), p.message[lang]))
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
}

const WHOLE = { en: 'The calendar file', vi: 'Tệp lịch làm việc' };

// A file copied from procmap.config.yaml with its `calendar:` line: the section's contents are one level too deep.
const COPIED = {
  en: 'Unknown property "calendar": a calendar file holds what is written under "calendar:" in procmap.config.yaml, without that line; remove that line and move the lines under it one level to the left',
  vi: 'Trường không hợp lệ "calendar": tệp lịch làm việc chứa những gì ghi dưới "calendar:" trong procmap.config.yaml, không có chính dòng đó; hãy xóa dòng đó và lùi các dòng bên dưới sang trái một cấp',
} as const;

/** Whether a problem is the `calendar:` key at the root of a calendar file. */
function copiedSection(section: unknown, path: NodePath): boolean {
  return path.length === 1 && path[0] === 'calendar' && isMap(section) && Object.hasOwn(section, 'calendar');
}

/** Reads a `--calendar` file: YAML whose root is what `calendar:` holds in procmap.config.yaml, checked the same way. */
export function parseCalendarFile(file: string, bytes: Uint8Array, lang: Lang = 'en', year?: number): CalendarResult {
  const read = loadSettingsFile(file, bytes, lang);
  if (!read.ok) return read;
  const { source } = read;
  // Validated as the calendar of a configuration, so both places accept exactly the same section; its values and
  // dates read first, so that a break written on one line is a range and a date that does not exist says why.
  const words = withCanonicalWords({ calendar: source.data ?? {} }) as { calendar: unknown };
  const dates = readCalendarDates(readCalendarValues(words.calendar), file, year);
  const wrapped = { calendar: dates.section };
  const dateProblems = dates.problems.map((p) => problem(source, p.path, p.message[lang]));
  if (!validate(wrapped) || dateProblems.length > 0) {
    // Every error is inside the calendar section, its paths and schema paths relative to it: described against the
    // calendar schema as the file's own, the file's root is "the calendar file", not "calendar" or "the procedure".
    const errors = (validate.errors ?? []).map((e) => ({
      ...e,
      instancePath: e.instancePath.replace(/^\/calendar/, ''),
    }));
    const described = describeSchemaErrors(errors, wrapped.calendar, calendarSchema, lang, {
      whole: WHOLE,
      listKeys: Infinity,
    }).filter((p) => !dates.problems.some((d) => overlaps(d.path, p.path)));
    const problems = withMergeKeys(wrapped.calendar, described, lang, WHOLE);
    const found = [...problems.map((p) => p.path), ...dates.problems.map((p) => p.path)];
    const own = soundPartProblems(wrapped.calendar, found, source, []);
    const diagnostics = [
      ...own.map((p) => problem(source, p.path, p.message[lang])),
      ...problems.map((p) =>
        problem(
          source,
          p.path,
          copiedSection(wrapped.calendar, p.path)
            ? COPIED[lang]
            : (calendarKeyHint(wrapped.calendar, p.path, lang) ?? p.message),
          p.target,
        ),
      ),
      ...dateProblems,
    ];
    return { ok: false, diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const section = wrapped.calendar as CalendarConfig;
  const built = calendarFromSection(section, () => source, [], lang);
  return built.ok ? { ...built, section } : built;
}

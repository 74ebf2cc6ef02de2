import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import type { Lang } from '../i18n.js';
import { loadFile, localised, type LoadedFile } from '../model/load.js';
import { describeSchemaErrors } from '../model/schema.js';
import type { Diagnostic, NodePath } from '../model/types.js';
import { CalendarError, createCalendar, type CalendarConfig, type WorkingCalendar } from '../time/calendar.js';
import { withCanonicalWords } from './config-words.js';
import { validate } from './generated/validate-config.js';

/** A working calendar built from a file, or the located problems that stop it. */
export type CalendarResult = { ok: true; calendar: WorkingCalendar } | { ok: false; diagnostics: Diagnostic[] };

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
    return { ok: true, calendar: createCalendar(section) };
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return { ok: false, diagnostics: [problem(source(), [...prefix, ...error.path], error.text(lang))] };
  }
}

/** Reads a `--calendar` file: YAML whose root is what `calendar:` holds in procmap.config.yaml, checked the same way. */
export function parseCalendarFile(file: string, bytes: Uint8Array, lang: Lang = 'en'): CalendarResult {
  const source = loadFile(file, bytes);
  if (source.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: source.diagnostics.map((d) => localised(d, lang)) };
  // Validated as the calendar of a configuration, so both places accept exactly the same section.
  const wrapped = withCanonicalWords({ calendar: source.data ?? {} }) as { calendar: unknown };
  if (!validate(wrapped)) {
    // Every error is inside the calendar schema, so hints ("did you mean") come from its properties.
    const problems = describeSchemaErrors(validate.errors ?? [], wrapped, calendarSchema, lang);
    return { ok: false, diagnostics: problems.map((p) => problem(source, p.path.slice(1), p.message, p.target)) };
  }
  return calendarFromSection(wrapped.calendar as CalendarConfig, () => source, [], lang);
}

import type { RuleSettings } from '../config/settings.js';
import type { WorkingCalendar } from '../time/calendar.js';
import type { Day } from '../time/moment.js';
import { configuredSettings, type LoadedConfig } from './config-loader.js';
import { fileCalendars, type FileCalendars } from './file-calendars.js';

/** What lint applies to each file it is given: the rules and the working calendar of the file's own configuration. */
export interface LintSettings {
  settingsFor(file: string): RuleSettings;
  calendarFor(file: string): WorkingCalendar;
}

/**
 * Each file's settings for lint, from the configuration it comes under (fileCalendars): `lint a/ b/` lints b's files
 * with b's rules, office hours and hours per day. Calendars are read before any file is linted, as configurations are.
 */
export function lintSettings(
  files: readonly string[],
  options: { explicit: string | undefined; near: string; cwd: string; asOf: Day | undefined },
): LintSettings {
  return settingsOfEach(
    fileCalendars(files, { config: options.explicit, near: options.near, asOf: options.asOf }),
    options.cwd,
  );
}

/** The rules and calendar of each file's own configuration, the rules read once per configuration. */
export function settingsOfEach(each: FileCalendars, cwd: string): LintSettings {
  const rules = new Map<LoadedConfig, (file: string) => RuleSettings>();
  const settingsOf = (config: LoadedConfig) => {
    let settings = rules.get(config);
    if (settings === undefined) rules.set(config, (settings = configuredSettings(config, cwd)));
    return settings;
  };
  return { settingsFor: (file) => settingsOf(each.configOf(file))(file), calendarFor: each.calendarOf };
}

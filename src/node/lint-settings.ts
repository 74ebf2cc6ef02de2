import type { RuleSettings } from '../config/settings.js';
import type { WorkingCalendar } from '../time/calendar.js';
import type { Day } from '../time/moment.js';
import { loadCalendar, withAsOf } from './calendar-loader.js';
import { configuredSettings, type LoadedConfig } from './config-loader.js';
import { fileConfigs } from './file-configs.js';

/** What lint applies to each file it is given: the rules and the working calendar of the file's own configuration. */
export interface LintSettings {
  settingsFor(file: string): RuleSettings;
  calendarFor(file: string): WorkingCalendar;
}

/**
 * Each file's settings for lint, from the configuration it comes under (fileConfigs): `lint a/ b/` lints b's files
 * with b's rules, office hours and hours per day. Calendars are read before any file is linted, as configurations are.
 */
export function lintSettings(
  files: readonly string[],
  options: { explicit: string | undefined; near: string; cwd: string; asOf: Day | undefined },
): LintSettings {
  const configs = fileConfigs(files, options.explicit, options.near);
  const each = new Map<LoadedConfig, LintSettings>();
  for (const config of [...configs.all, configs.of('')]) {
    if (each.has(config)) continue;
    const calendar = withAsOf(loadCalendar(undefined, config), options.asOf);
    const settings = configuredSettings(config, options.cwd);
    each.set(config, { settingsFor: settings, calendarFor: () => calendar });
  }
  const of = (file: string) => each.get(configs.of(file))!;
  return { settingsFor: (file) => of(file).settingsFor(file), calendarFor: (file) => of(file).calendarFor(file) };
}

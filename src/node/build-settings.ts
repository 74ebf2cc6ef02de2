import { buildKey } from '../catalog/build-cache.js';
import { LIMITS } from '../model/limits.js';
import type { LoadedConfig } from './config-loader.js';
import { namedCalendarPath } from './calendar-loader.js';
import { fileCalendars, type CalendarSources, type FileCalendars } from './file-calendars.js';
import { readSettingsFile } from './files.js';
import { settingsOfEach, type LintSettings } from './lint-settings.js';

/**
 * What a build applies to each procedure file: the configuration it comes under, its rules and working calendar, as
 * lint and doc apply them (fileCalendars, settingsOfEach); and the parts of the build's cache keys they make.
 */
export interface BuildSettings extends FileCalendars, LintSettings {
  /** The catalog root's configuration: what is site-wide (site.url, the on-time columns). */
  site: LoadedConfig;
  /** Everything of a file's configuration and `--calendar` that its lint depends on. */
  configKeyOf(file: string): string;
  /** What of them its pages depend on: its working calendar (its logo is keyed by its bytes). */
  calendarKeyOf(file: string): string;
}

/**
 * Each file's settings for a build, read before anything is built, with keys that change only for the files under a
 * configuration that changed: a sub-catalog's new office hours render its procedures again, and no others.
 */
export function buildSettings(files: readonly string[], sources: CalendarSources, cwd: string): BuildSettings {
  const each = fileCalendars(files, sources);
  // `--calendar FILE` counts every file: its text is part of every key.
  const given =
    sources.calendar === undefined
      ? ''
      : readSettingsFile(sources.calendar, 'calendar', LIMITS.maxCalendarBytes).toString('utf8');
  const keys = new Map<LoadedConfig, { config: string; calendar: string }>();
  const keysOf = (file: string) => {
    const loaded = each.configOf(file);
    let found = keys.get(loaded);
    if (found === undefined) {
      // A calendar file the configuration names counts by its text, as `--calendar` does.
      const named = namedCalendarPath(loaded);
      const text =
        named === undefined ? '' : readSettingsFile(named, 'calendar', LIMITS.maxCalendarBytes).toString('utf8');
      const calendar = buildKey([JSON.stringify(loaded.config.calendar ?? null), text, given]);
      found = { config: buildKey([loaded.file ?? '', JSON.stringify(loaded.config), calendar]), calendar };
      keys.set(loaded, found);
    }
    return found;
  };
  return {
    ...each,
    ...settingsOfEach(each, cwd),
    site: each.configOf(''),
    configKeyOf: (file) => keysOf(file).config,
    calendarKeyOf: (file) => keysOf(file).calendar,
  };
}

import { UsageError } from '../errors.js';
import type { CalendarConfig, WorkingCalendar } from '../time/calendar.js';
import { loadCalendarSection } from './calendar-loader.js';
import { loadConfig, type LoadedConfig } from './config-loader.js';
import type { DiffSource } from './diff-sources.js';

/** A side's configuration and the working calendar its times are counted on. */
export interface SideSettings {
  config: LoadedConfig;
  calendar: WorkingCalendar;
  /**
   * The calendar section it was built from: the configuration's, or the content of the calendar file it names, so
   * that a calendar file whose days changed under the same name is a calendar changed. undefined for the default.
   */
  section: CalendarConfig | undefined;
  /** The calendar file it was read from, where one was (`calendar: lich.yaml`, `--calendar`), as messages name it. */
  calendarFile?: string;
}

/**
 * Each side's settings for a diff: `--config` and `--calendar` hold for both; else each side's own configuration,
 * as lint finds it there. A revision's that cannot be used stops the diff, as lint's would. A base's does not: a
 * commit cannot be fixed, and a change that repairs the configuration must be reviewable. The base is then judged
 * with the revision's settings, and `refused` says why.
 */
export async function diffSettings(
  base: DiffSource,
  revision: DiffSource,
  options: { config?: string | undefined; calendar?: string | undefined },
  cwd: string,
): Promise<{ base: SideSettings; revision: SideSettings; refused?: UsageError }> {
  const settings = (config: LoadedConfig): SideSettings => ({
    config,
    ...loadCalendarSection(options.calendar, config),
  });
  if (options.config !== undefined) {
    const both = settings(loadConfig(options.config, cwd));
    return { base: both, revision: both };
  }
  // Both read at once; the revision's problem is the one said when both have one.
  const [before, after] = await Promise.allSettled([base.config(), revision.config()]);
  if (after.status === 'rejected') throw after.reason;
  const now = settings(after.value);
  try {
    if (before.status === 'rejected') throw before.reason;
    return { base: settings(before.value), revision: now };
  } catch (error) {
    // Git failing is no fault of the base's configuration: it stops the diff.
    if (!(error instanceof UsageError)) throw error;
    return { base: now, revision: now, refused: error };
  }
}

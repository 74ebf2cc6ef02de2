import type { WorkingCalendar } from '../time/calendar.js';
import type { Day } from '../time/moment.js';
import type { Lang } from '../i18n.js';
import type { LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';
import { loadCalendar, withAsOf } from './calendar-loader.js';
import { parseCatalog, readFoundFiles } from './catalog-reader.js';
import type { LoadedConfig } from './config-loader.js';
import { fileConfigs } from './file-configs.js';
import { findCatalogFiles } from './files.js';

/** The configuration each file comes under and the working calendar it is counted on, by the file as the run names it. */
export interface FileCalendars {
  configOf(file: string): LoadedConfig;
  calendarOf(file: string): WorkingCalendar;
}

/** Where each file's settings come from: `--config` and `--calendar` as given, the first path, `--as-of`. */
export interface CalendarSources {
  config: string | undefined;
  calendar?: string | undefined;
  near: string;
  asOf?: Day | undefined;
}

/**
 * Each file's configuration (fileConfigs: the nearest above it, as ESLint 10 finds it) and the working calendar of
 * that configuration, or `--calendar` for every file: `time a/x.yaml b/y.yaml` counts b's file on b's office hours
 * and hours per day. Every calendar is read before anything is counted, so one that makes no sense stops the run.
 */
export function fileCalendars(files: readonly string[], sources: CalendarSources): FileCalendars {
  const configs = fileConfigs(files, sources.config, sources.near);
  const given =
    sources.calendar === undefined ? undefined : withAsOf(loadCalendar(sources.calendar, configs.of('')), sources.asOf);
  const calendars = new Map<LoadedConfig, WorkingCalendar>();
  for (const config of [...configs.all, configs.of('')])
    if (!calendars.has(config)) calendars.set(config, given ?? withAsOf(loadCalendar(undefined, config), sources.asOf));
  return { configOf: configs.of, calendarOf: (file) => calendars.get(configs.of(file))! };
}

/** A catalog read and parsed, with the configuration and working calendar of each file. */
export interface CatalogWithCalendars extends FileCalendars {
  sources: LoadedFile[];
  unreadable: Diagnostic[];
  /** Hidden procedure files (`..yaml`) and column mappings skipped, in the walk's order, for the command to say so. */
  hidden: string[];
  /** Files whose names look the same, differing only in Unicode form (src/node/look-alike-names.ts), in groups. */
  lookAlike: string[][];
}

/**
 * The procedure files under the paths, read and parsed as loadCatalog reads them, with the configuration and working
 * calendar of each (fileCalendars).
 */
export function loadCatalogWithCalendars(
  paths: readonly string[],
  sources: Omit<CalendarSources, 'near'>,
  lang: Lang,
): CatalogWithCalendars {
  const found = findCatalogFiles(paths);
  const settings = fileCalendars(found.files, { ...sources, near: paths[0]! });
  const read = readFoundFiles(found, lang);
  return {
    ...settings,
    ...parseCatalog(read),
    hidden: read.hidden,
    lookAlike: found.lookAlike,
  };
}

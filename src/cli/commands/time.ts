import { stylish } from '../../format/stylish.js';
import { timeJson } from '../../format/time-json.js';
import { timeText } from '../../format/time-text.js';
import type { Lang } from '../../i18n.js';
import { lint, type CatalogEntry } from '../../lint/linter.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { parseMoment } from '../../time/moment.js';
import { procedureTime } from '../../time/report.js';
import { loadCalendar, parseAsOf } from '../../node/calendar-loader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { useColor } from '../../node/output.js';
import { loadCatalog } from '../../node/catalog-reader.js';
import { escapeControlsDeep } from '../../model/quote.js';

/** Options of `procmap time`, as commander parses them. */
export interface TimeCommandOptions {
  received?: string;
  format: string;
  lang: Lang;
  config?: string;
  calendar?: string;
  asOf?: string;
}

// The rules without which a flow cannot be timed; the other rules (the time limit included) are `lint`'s business.
const STRUCTURE_RULES = ['unique-step-id', 'known-body', 'known-step', 'reachable', 'acyclic'].map((id) => RULES_BY_ID.get(id)!);

/**
 * `procmap time`: totals, limit, slack and critical path of each procedure and, with `--received`, the due moment
 * of every step and the appointment. Exit 1 when a file cannot be timed (its problems go to standard error), 2 on
 * bad usage or an unreadable path.
 */
export async function timeCommand(paths: string[], options: TimeCommandOptions, io: Io): Promise<number> {
  const received = options.received === undefined ? undefined : parseMoment(options.received);
  if (options.received !== undefined && received === undefined) {
    throw new UsageError({
      en: `--received takes a real local date and time such as "13/02/2026 09:00", "2026-02-13 09:00" or 2026-02-13T09:00, not "${options.received}"`,
      vi: `--received cần một ngày giờ có thật, ví dụ "13/02/2026 09:00", "2026-02-13 09:00" hoặc 2026-02-13T09:00, không phải "${options.received}"`,
    });
  }
  const asOf = parseAsOf(options.asOf);
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, paths[0]!));
  const { sources, unreadable } = loadCatalog(paths, options.lang);
  const { diagnostics, procedures } = lint(sources, { rules: STRUCTURE_RULES, lang: options.lang, calendar });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  const broken = new Set(problems.map((d) => d.file));
  let reports;
  try {
    // Text goes to a terminal: control characters in names must not act on it (JSON escapes them itself).
    const safe = (entry: CatalogEntry) => (options.format === 'json' ? entry : { ...entry, procedure: escapeControlsDeep(entry.procedure) });
    reports = procedures.filter((entry) => !broken.has(entry.file)).map((entry) => procedureTime(safe(entry), calendar, received === undefined ? { asOf } : { received }));
  } catch (error) {
    // Dates beyond the lunar table (before 2000, after 2099) are a usage problem, not a crash.
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  if (reports.length > 0) {
    const text = options.format === 'json' ? timeJson(reports) : timeText(reports, { color: useColor(io.stdout, io.env), lang: options.lang });
    io.stdout.write(text);
  }
  if (problems.length > 0) io.stderr.write(stylish({ diagnostics: problems, files: sources.length + unreadable.length }, { color: useColor(io.stderr, io.env), lang: options.lang }));
  if (unreadable.length > 0) return EXIT.failure;
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

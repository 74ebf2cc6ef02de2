import { isAbsolute, join } from 'node:path';
import { COUNTED_RULE, countedCatalog } from '../../src/catalog/counted.js';
import { catalogStats } from '../../src/catalog/stats.js';
import type { Lang } from '../../src/i18n.js';
import { lint } from '../../src/lint/linter.js';
import { loadCatalogWithCalendars } from '../../src/node/file-calendars.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { ROOT } from './cli.js';

/**
 * The summary page `procmap build` writes for a catalog whose procedures all get their pages (or are left off only
 * for being over their limit, which the figures count): the figures counted as
 * build and stats count them (countedCatalog, catalogStats, each file on its configuration's calendar), in the page's
 * words. A unit test of what the summary says needs no build, whose flowcharts start Chromium (seconds a run).
 */
export function siteSummary(path: string, lang: Lang = 'vi'): string {
  const read = loadCatalogWithCalendars(
    [isAbsolute(path) ? path : join(ROOT, path)],
    { config: undefined, calendar: undefined },
    lang,
  );
  const { procedures, diagnostics } = lint(read.sources, { lang, calendarFor: read.calendarOf });
  const errors = [...read.unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  // Over the limit is what the summary counts (build publishes its figures); any other error leaves a page out.
  const others = errors.filter((d) => d.rule !== COUNTED_RULE);
  if (others.length > 0) throw new Error(`${path}: ${others.map((d) => d.message).join('; ')}`);
  const counted = countedCatalog(procedures, errors, read.calendarOf);
  return summaryPage(catalogStats(counted), { lang, hoursPerDay: read.calendarOf('').hoursPerDay });
}

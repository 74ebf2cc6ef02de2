import { isAbsolute, join } from 'node:path';
import { countedCatalog } from '../../src/catalog/counted.js';
import { catalogStats } from '../../src/catalog/stats.js';
import type { Lang } from '../../src/i18n.js';
import { lint } from '../../src/lint/linter.js';
import { loadCatalogWithCalendars } from '../../src/node/file-calendars.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { ROOT } from './cli.js';

/**
 * The summary page `procmap build` writes for a catalog whose procedures all get their pages: the figures counted as
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
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((d) => d.message).join('; ')}`);
  const counted = countedCatalog(procedures, errors, read.calendarOf);
  return summaryPage(catalogStats(counted), { lang, hoursPerDay: read.calendarOf('').hoursPerDay });
}

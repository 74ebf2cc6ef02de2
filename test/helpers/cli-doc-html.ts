import { isAbsolute, join } from 'node:path';
import type { Lang } from '../../src/i18n.js';
import { lintForRendering } from '../../src/lint/rendering-lint.js';
import { loadCatalogWithCalendars } from '../../src/node/file-calendars.js';
import { renderHtml } from '../../src/render/document/render.js';
import { readTemplates } from '../../src/render/document/template-files.js';
import { compileTemplates } from '../../src/render/document/templates.js';
import { analyseTime } from '../../src/time/analyse.js';
import { documentSweeps } from '../../src/time/report.js';
import { ROOT } from './cli.js';

// A fixed flowchart: the text of the document is the templates', the drawing the browser's (e2e tests draw it).
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"></svg>';

/**
 * The HTML page `procmap doc -f html` writes for one procedure file, built as the doc command builds it (the file's own
 * configuration and calendar, its time analysis and date sweeps) but with a fixed flowchart: a unit test of what the
 * document says needs no Chromium, which took most of a run's time (about 5 s a launch on a loaded machine).
 */
export function documentHtml(file: string, lang: Lang = 'vi'): string {
  const path = isAbsolute(file) ? file : join(ROOT, file);
  const catalog = loadCatalogWithCalendars([path], { config: undefined, calendar: undefined }, lang);
  const { procedures, problems } = lintForRendering(catalog, lang);
  if (problems.length > 0 || procedures.length !== 1)
    throw new Error(`${file}: ${problems.map((d) => d.message).join('; ') || `${procedures.length} procedures`}`);
  const { procedure, file: entryFile } = procedures[0]!;
  const calendar = catalog.calendarOf(entryFile);
  const analysis = analyseTime(procedure, calendar);
  const subject = { procedure, analysis, ...documentSweeps(procedure, analysis, calendar), lang, paper: 'A4' as const };
  return renderHtml(compileTemplates(readTemplates()), subject, SVG);
}

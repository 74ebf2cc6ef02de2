import { join } from 'node:path';
import { stylish } from '../../format/stylish.js';
import type { Lang } from '../../i18n.js';
import { lint } from '../../lint/linter.js';
import { RENDERING_RULES } from '../../rules/index.js';
import { analyseTime } from '../../time/analyse.js';
import { loadCalendar } from '../../node/calendar-loader.js';
import { loadCatalog } from '../../node/catalog-reader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import { displayPath } from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { useColor, writeFileAtomic } from '../../node/output.js';

/** Options of `procmap export`, as commander parses them. */
export interface ExportCommandOptions {
  format: string;
  output?: string;
  lang: Lang;
  config?: string;
  calendar?: string;
}

const FORMATS = ['xlsx', 'bpmn'];

/**
 * `procmap export`: the catalog as one Excel workbook (`--format xlsx`, -o a file, default catalog.xlsx) or each
 * procedure as BPMN 2.0 XML (`--format bpmn`, -o a folder, default out, one `<id>.bpmn` each). Files with errors are
 * left out and reported (exit 1); nothing is written when none is valid.
 */
export async function exportCommand(paths: string[], options: ExportCommandOptions, io: Io): Promise<number> {
  const format = options.format.toLowerCase();
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown export format "${options.format}"; use xlsx or bpmn`);
  const roots = paths.length > 0 ? paths : ['.'];
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, roots[0]!));
  const { sources, unreadable } = loadCatalog(roots);
  const { diagnostics, procedures } = lint(sources, { rules: RENDERING_RULES, lang: options.lang, calendar });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  const broken = new Set(problems.map((d) => d.file));
  const entries = procedures.filter((entry) => !broken.has(entry.file)).map((entry) => ({ procedure: entry.procedure, analysis: analyseTime(entry.procedure, calendar) }));
  if (problems.length > 0) io.stderr.write(stylish({ diagnostics: problems, files: sources.length + unreadable.length }, { color: useColor(io.stderr, io.env), lang: options.lang }));

  const written: string[] = [];
  if (entries.length > 0 && format === 'xlsx') {
    const { catalogWorkbook } = await import('../../interchange/xlsx-export.js');
    const path = options.output ?? 'catalog.xlsx';
    if (!/\.xlsx$/i.test(path)) throw new UsageError(`--output for xlsx names the workbook file, ending in .xlsx, not "${path}"`);
    writeFileAtomic(path, await catalogWorkbook(entries, options.lang));
    written.push(path);
  } else if (entries.length > 0) {
    const { procedureBpmn } = await import('../../interchange/bpmn.js');
    for (const { procedure, analysis } of entries) {
      const path = join(options.output ?? 'out', `${procedure.id}.bpmn`);
      writeFileAtomic(path, await procedureBpmn(procedure, analysis, options.lang));
      written.push(path);
    }
  }
  for (const path of written) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  if (unreadable.length > 0) return EXIT.failure;
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

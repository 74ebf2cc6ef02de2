import { type Command, Option } from '@commander-js/extra-typings';
import { calendarOption, type CommandContext, langOption, settled, type Settled } from '../define.js';
import { join } from 'node:path';
import { stylish } from '../../format/stylish.js';
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

/** `procmap export` on the command line: arguments, options, help and examples. */
function declareExport(program: Command) {
  return program
    .command('export')
    .description('Export the catalog as an Excel workbook (xlsx) or each procedure as BPMN 2.0 (bpmn)')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .addOption(
      new Option(
        '-f, --format <name>',
        'xlsx (one workbook: catalog, steps, bodies) or bpmn (one file per procedure)',
      ).default('xlsx'),
    )
    .option('-o, --output <path>', 'xlsx: the workbook file (default catalog.xlsx); bpmn: the folder (default out)')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the first path)')
    .addOption(calendarOption('for the length of a working day'))
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nThe workbook has a frozen header row and filters on every sheet; headers are Vietnamese, English with --lang en.\n`procmap import` reads it back. BPMN files have a lane per body and open laid out in bpmn.io and Camunda Modeler.\n\nExit codes: 0 done, 1 some files have errors (left out, listed on standard error), 2 bad usage.\n\nExamples:\n  procmap export procedures -o danh-muc.xlsx\n  procmap export procedures --format xlsx --lang en -o catalog.xlsx\n  procmap export procedures/xa --format bpmn -o bpmn/',
    );
}

/** Options of `procmap export`, as commander parses them. */
export type ExportCommandOptions = Settled<ReturnType<ReturnType<typeof declareExport>['opts']>>;

const FORMATS = ['xlsx', 'bpmn'];

/**
 * `procmap export`: the catalog as one Excel workbook (`--format xlsx`, -o a file, default catalog.xlsx) or each
 * procedure as BPMN 2.0 XML (`--format bpmn`, -o a folder, default out, one `<id>.bpmn` each). Files with errors are
 * left out and reported (exit 1); nothing is written when none is valid.
 */
export async function exportCommand(paths: string[], options: ExportCommandOptions, io: Io): Promise<number> {
  const format = options.format.toLowerCase();
  if (!FORMATS.includes(format))
    throw new UsageError({
      en: `Unknown export format "${options.format}"; use xlsx or bpmn`,
      vi: `Không có định dạng xuất "${options.format}"; hãy dùng xlsx hoặc bpmn`,
    });
  const roots = paths.length > 0 ? paths : ['.'];
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, roots[0]!));
  const { sources, unreadable } = loadCatalog(roots);
  const { diagnostics, procedures } = lint(sources, { rules: RENDERING_RULES, lang: options.lang, calendar });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  const broken = new Set(problems.map((d) => d.file));
  const entries = procedures
    .filter((entry) => !broken.has(entry.file))
    .map((entry) => ({ procedure: entry.procedure, analysis: analyseTime(entry.procedure, calendar) }));
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: problems, files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang },
      ),
    );

  const written: string[] = [];
  if (entries.length > 0 && format === 'xlsx') {
    const { catalogWorkbook } = await import('../../interchange/xlsx-export.js');
    const path = options.output ?? 'catalog.xlsx';
    if (!/\.xlsx$/i.test(path))
      throw new UsageError({
        en: `--output for xlsx names the workbook file, ending in .xlsx, not "${path}"`,
        vi: `Với xlsx, --output là tên tệp sổ tính, có đuôi .xlsx, không phải "${path}"`,
      });
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

/** Defines `procmap export` on the program; main loads this module only when the command is run or listed. */
export function defineExportCommand(program: Command, { io, setExit }: CommandContext): void {
  declareExport(program).action(async (paths, options) => setExit(await exportCommand(paths, settled(options), io)));
}

import type { Command } from '@commander-js/extra-typings';
import { type CommandContext, langOption, settled, type Settled } from '../define.js';
import { lstatSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { checkColumnMap, type ColumnMap } from '../../interchange/columns.js';
import type { ImportOutcome } from '../../interchange/draft.js';
import { jsonErrorOffset } from '../../interchange/json-position.js';
import { importRecord, recordsIn } from '../../interchange/record.js';
import type { Sheet } from '../../interchange/sheets.js';
import { isoDate } from '../../interchange/text.js';
import { importSheets } from '../../interchange/workbook-import.js';
import { procedureYaml } from '../../interchange/yaml.js';
import { lint } from '../../lint/linter.js';
import { loadFile } from '../../model/load.js';
import { escapeControls } from '../../model/quote.js';
import { LineIndex } from '../../model/source.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import { displayPath, readBounded } from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { writeFileAtomic } from '../../node/output.js';
import { inRunFolder } from '../../node/run-context.js';

/** `procmap import` on the command line: arguments, options, help and examples. */
function declareImport(program: Command) {
  return program
    .command('import')
    .description(
      'Import procedures from national records (JSON), catalogs or step tables (XLSX, CSV) and ISO documents in Word (DOCX) into YAML files',
    )
    .argument(
      '[files...]',
      'national record .json files, catalog and step-table .xlsx or .csv files, ISO documents .docx',
      [],
    )
    .option('-o, --output <dir>', 'catalog folder for the procedure files, one per procedure named by its id', '.')
    .option(
      '--map <file>',
      'YAML map of field: column header, for columns procmap does not recognise (else import.columns in the configuration)',
    )
    .option(
      '--effective <date>',
      "effective date to write, YYYY-MM-DD or dd/mm/yyyy (else the row's, or the newest legal basis of a record)",
    )
    .option('--force', 'overwrite procedure files that already exist and differ')
    .option(
      '-c, --config <file>',
      'configuration file (default: the nearest procmap.config.yaml above the output folder)',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nSteps the source does not give with a body and a duration are written as drafts (draft: true) that lint reports\n(draft-steps) until you complete them. Values procmap has no field for are kept in a comment at the top of the\nfile. Re-running on the same input gives the same files. See docs/import.md.\n\nExit codes: 0 everything imported, 1 some records or rows skipped (the report says why), 2 bad usage or an unreadable file.\n\nExamples:\n  procmap import ho-tich.json -o procedures/xa\n  procmap import danh-muc-tthc.xlsx --effective 01/07/2025 -o procedures\n  procmap import quy-trinh-cap-phep.docx -o procedures\n  procmap import danh-muc.csv --map cot.yaml -o procedures --force',
    );
}

/** Options of `procmap import`, as commander parses them. */
export type ImportCommandOptions = Settled<ReturnType<ReturnType<typeof declareImport>['opts']>>;

/** What happened to one source, for the report. */
type Line =
  | { kind: 'imported' | 'overwritten' | 'unchanged'; path: string; source: string; warnings: string[] }
  | { kind: 'skipped'; source: string; reason: string; problem: boolean };

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function readInput(path: string): Buffer {
  // The bounded reader: regular files only, never more than the limit (a link to /dev/zero, a FIFO).
  const read = readBounded(path, MAX_INPUT_BYTES);
  if (read.ok) return read.bytes;
  if (read.size !== undefined)
    throw new UsageError(`"${displayPath(path)}" is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; split it`);
  if (read.message === 'No such file or folder') throw new UsageError(`Path "${path}" does not exist`);
  if (read.message === 'Is a folder')
    throw new UsageError(`"${displayPath(path)}" is a folder; give the files to import`);
  throw new UsageError(`Cannot read "${displayPath(path)}": ${read.message}`);
}

/** A JSON syntax error as `file:line:column: message`, the place found by procmap, the words by Node's parser. */
function jsonError(file: string, text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const offset = jsonErrorOffset(text);
  const at = offset < 0 ? undefined : new LineIndex(text).position(offset);
  const reason = /^Unexpected end/.test(message)
    ? 'it ends too early'
    : (/^(Unexpected [^,]+)/.exec(message)?.[1] ?? message);
  return `${file}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON (${reason})`;
}

/** The column mapping: --map FILE (a map, or a map under `columns`), else the configuration's import.columns. */
function columnMap(options: ImportCommandOptions, configColumns: Record<string, string> | undefined): ColumnMap {
  let map: unknown = configColumns ?? {};
  let origin = 'import.columns in the configuration';
  if (options.map !== undefined) {
    origin = displayPath(options.map);
    let data: unknown;
    const text = readInput(options.map).toString('utf8');
    try {
      data = loadYaml(text);
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      throw new UsageError(
        `--map ${origin} is not a YAML map of field: column header (${error.message.split('\n')[0]})`,
        { cause: error },
      );
    }
    map =
      data !== null && typeof data === 'object' && 'columns' in data ? (data as { columns: unknown }).columns : data;
  }
  if (map === null || typeof map !== 'object' || Array.isArray(map))
    throw new UsageError(`${origin} must map fields to column headers, e.g. "title: Tên TTHC"`);
  const problems = checkColumnMap(map as Record<string, unknown>);
  if (problems.length > 0) throw new UsageError(`In ${origin}: ${problems.join('; ')}`);
  return Object.fromEntries(Object.entries(map).map(([field, header]) => [field, String(header)]));
}

/** Reads one input file into outcomes, or a problem with the whole file. */
async function outcomesOf(
  path: string,
  map: ColumnMap,
  effective: string | undefined,
): Promise<ImportOutcome[] | string> {
  const file = displayPath(path);
  const extension = extname(path).toLowerCase();
  const bytes = readInput(path);
  if (extension === '.json') {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return jsonError(file, text, error);
    }
    const records = recordsIn(data);
    if (!records)
      return `${file}: no national procedure records in it (objects with MATTHC and TENTTHC, alone or in a list)`;
    return records.map((record, i) => importRecord(record, `${file}: record ${i + 1}`, { effective }));
  }
  if (extension === '.docx') {
    const { readDocx } = await import('../../interchange/docx-read.js');
    const { sheetsOfDocument } = await import('../../interchange/docx-import.js');
    const { SheetError } = await import('../../interchange/sheets.js');
    let read: ReturnType<typeof sheetsOfDocument>;
    try {
      read = sheetsOfDocument(await readDocx(bytes), map);
    } catch (error) {
      if (error instanceof SheetError) return `${file}: ${error.message}`;
      throw error;
    }
    if ('problem' in read) return `${file}: ${read.problem}`;
    return importSheets(read.sheets, file, { map, effective, documentTables: true });
  }
  // Loaded here, not at start: exceljs is large, and `procmap --help` loads every command module.
  const { readCsv, readWorkbook, SheetError } = await import('../../interchange/sheets.js');
  let sheets: Sheet[];
  try {
    sheets = extension === '.csv' ? [readCsv(bytes, '')] : await readWorkbook(bytes);
  } catch (error) {
    if (error instanceof SheetError) return `${file}: ${error.message}`;
    throw error;
  }
  return importSheets(sheets, file, { map, effective });
}

const EXTENSIONS = ['.json', '.xlsx', '.csv', '.docx'];

/**
 * `procmap import`: procedure files from national records (JSON), spreadsheets (XLSX, CSV) and ISO documents in Word
 * (DOCX), one per procedure, named by its id in the output folder. Never overwrites a different file without --force;
 * every file it writes lints (steps still to write are drafts that `draft-steps` reports). Exit 0 all imported, 1
 * some records or rows skipped, 2 bad usage or an unreadable file.
 */
export async function importCommand(paths: string[], options: ImportCommandOptions, io: Io): Promise<number> {
  if (paths.length === 0)
    throw new UsageError(
      'Give the files to import: national records (.json), catalogs and step tables (.xlsx, .csv), ISO documents in Word (.docx)',
    );
  const unknown = paths.find((path) => !EXTENSIONS.includes(extname(path).toLowerCase()));
  if (unknown !== undefined)
    throw new UsageError(
      `"${unknown}": procmap imports .json (national records), .xlsx and .csv (catalogs, step tables) and .docx (ISO documents in Word); save an old .xls or .doc file as .xlsx or .docx first`,
    );
  const effective = options.effective === undefined ? undefined : isoDate(options.effective);
  if (options.effective !== undefined && effective === undefined)
    throw new UsageError(`--effective takes a date, YYYY-MM-DD or dd/mm/yyyy, not "${options.effective}"`);
  const { config } = loadConfig(options.config, options.output);
  const map = columnMap(options, config.import?.columns);

  const lines: Line[] = [];
  let unreadable = false;
  const seen = new Map<string, string>();
  for (const path of paths) {
    const outcomes = await outcomesOf(path, map, effective);
    if (typeof outcomes === 'string') {
      io.stderr.write(`procmap: ${outcomes}\n`);
      unreadable = true;
      continue;
    }
    for (const outcome of outcomes) {
      if (!outcome.imported) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: outcome.skipped ?? 'skipped',
          problem: !outcome.skipped?.startsWith('a heading'),
        });
        continue;
      }
      const { procedure, warnings } = outcome.imported;
      // File names are ids; on a case-insensitive disk two ids differing in case are one file.
      const key = procedure.id.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: `the same id "${procedure.id}" as ${first}`,
          problem: true,
        });
        continue;
      }
      seen.set(key, outcome.source);
      const target = join(options.output, `${procedure.id}.yaml`);
      const text = procedureYaml(outcome.imported, basename(path));
      const errors = lint([loadFile(displayPath(target, io.cwd), Buffer.from(text))], {
        lang: options.lang,
      }).diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: `the procedure would not lint: ${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`,
          problem: true,
        });
        continue;
      }
      const existing = existingText(target);
      if (existing === 'link') {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: `${displayPath(target, io.cwd)} is a symbolic link or not a file; procmap does not write through it`,
          problem: true,
        });
        continue;
      }
      if (existing === text) {
        lines.push({ kind: 'unchanged', path: target, source: outcome.source, warnings });
        continue;
      }
      if (existing !== undefined && !options.force) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: `${displayPath(target, io.cwd)} already exists and differs; use --force to overwrite it`,
          problem: true,
        });
        continue;
      }
      writeFileAtomic(target, text);
      lines.push({
        kind: existing === undefined ? 'imported' : 'overwritten',
        path: target,
        source: outcome.source,
        warnings,
      });
    }
  }
  io.stdout.write(report(lines, io.cwd));
  if (unreadable) return EXIT.failure;
  return lines.some((line) => line.kind === 'skipped' && line.problem) ? EXIT.problems : EXIT.ok;
}

/** The file's text when it exists, 'link' when it is a link or not a regular file, undefined when absent. */
function existingText(path: string): string | 'link' | undefined {
  try {
    const stats = lstatSync(inRunFolder(path));
    if (!stats.isFile()) return 'link';
    return readFileSync(inRunFolder(path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The per-source report: what was written where, what was skipped and why, then the counts. */
function report(lines: readonly Line[], cwd: string): string {
  const out: string[] = [];
  const counts = { imported: 0, overwritten: 0, unchanged: 0, skipped: 0 };
  for (const line of lines) {
    counts[line.kind]++;
    if (line.kind === 'skipped') out.push(`skipped      ${line.source}: ${line.reason}`);
    else {
      out.push(`${line.kind.padEnd(12)} ${displayPath(line.path, cwd)}  ← ${line.source}`);
      for (const warning of line.warnings) out.push(`               ${warning}`);
    }
  }
  const summary = [
    `${counts.imported} imported`,
    counts.overwritten > 0 && `${counts.overwritten} overwritten`,
    counts.unchanged > 0 && `${counts.unchanged} unchanged`,
    `${counts.skipped} skipped`,
  ]
    .filter(Boolean)
    .join(', ');
  out.push(summary);
  return `${out.map(escapeControls).join('\n')}\n`;
}

/** Defines `procmap import` on the program; main loads this module only when the command is run or listed. */
export function defineImportCommand(program: Command, { io, setExit }: CommandContext): void {
  declareImport(program).action(async (files, options) => setExit(await importCommand(files, settled(options), io)));
}

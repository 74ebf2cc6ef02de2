import { writtenCounts } from '../../interchange/written-counts.js';
import { type Command, Option } from '@commander-js/extra-typings';
import { idFileName } from '../../model/id-file-name.js';
import {
  calendarOption,
  type CommandContext,
  configOption,
  helpTexts,
  langOption,
  settled,
  type Settled,
} from '../define.js';
import { dirname, join } from 'node:path';
import { stylish } from '../../format/stylish.js';
import { lintForRendering } from '../../lint/rendering-lint.js';
import { analyseTime } from '../../time/analyse.js';
import { verdictOn } from '../../time/verdict.js';
import { loadCatalogWithCalendars } from '../../node/file-calendars.js';
import { EXIT, UsageError } from '../../errors.js';
import { inputOverlapRefusal } from '../../node/output-overlap.js';
import { displayPath, outputFolderRefusal, systemFolderRefusal, wholeFolderRefusal } from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { singleOutputFile, useColor } from '../../node/output.js';
import { OutputRecord } from '../../node/output-record.js';
import type { Lang } from '../../i18n.js';
import { sourceDate } from '../../node/source-date.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description:
      'Export the catalog as an Excel workbook (xlsx), as national procedure records (json), or each procedure as BPMN 2.0 (bpmn)',
    paths:
      'procedure files or folders (searched recursively; default: the current folder, less the `ignores:` of its procmap.config.yaml)',
    format:
      "xlsx (one workbook: catalog, steps, bodies and the document's tables), json (one file of national procedure records, CSDL quốc gia về TTHC) or bpmn (one file per procedure)",
    output:
      'xlsx: the workbook file, or a folder to write catalog.xlsx in (default catalog.xlsx); json: the same with catalog.json; bpmn: the folder (default out)',
    force: 'replace files procmap did not write, or that were changed since it did (edited in Excel, say)',
    after:
      '\nThe workbook has a frozen header row and filters on every sheet; headers are Vietnamese, English with --lang en.\n`procmap import` reads it back, field for field. The json file is an array of national procedure records\n(MATTHC, TENTTHC, CACHTHUCTHUCHIEN with KENH 1/2/3, THANHPHANHOSO, …) for the portal or one-stop software;\n`procmap import` reads it back; the bodies and durations of the internal steps and the ISO fields are not in it. BPMN files have a lane per body and open laid out in bpmn.io and Camunda Modeler.\n\nA file is replaced only when procmap wrote it and it has not changed since (.procmap-outputs.json beside it\nkeeps a hash of each file procmap wrote): a workbook edited in Excel stops the run before anything is written\n(import it first to keep the edits), unless --force.\n\nExit codes: 0 done, 1 some files have errors (left out, listed on standard error), 2 bad usage or a file in the way.\n\nExamples:\n  procmap export procedures -o danh-muc.xlsx\n  procmap export procedures --format xlsx --lang en -o catalog.xlsx\n  procmap export procedures -f json -o ban-ghi/\n  procmap export procedures/xa --format bpmn -o bpmn/',
  },
  vi: {
    description:
      'Xuất bộ quy trình thành một sổ tính Excel (xlsx), thành bản ghi thủ tục theo CSDL quốc gia (json), hoặc mỗi quy trình thành một tệp BPMN 2.0 (bpmn)',
    paths:
      'tệp quy trình hoặc thư mục (tìm cả trong thư mục con; mặc định: thư mục hiện tại, trừ những gì ghi ở ignores: trong procmap.config.yaml)',
    format:
      'xlsx (một sổ tính gồm danh mục quy trình, các bước, đơn vị và các bảng của tài liệu), json (một tệp bản ghi thủ tục theo CSDL quốc gia về TTHC) hoặc bpmn (mỗi quy trình một tệp)',
    output:
      'xlsx: tệp sổ tính, hoặc thư mục để ghi catalog.xlsx vào (mặc định catalog.xlsx); json: như vậy với catalog.json; bpmn: thư mục (mặc định out)',
    force: 'ghi đè cả tệp không do procmap tạo, hoặc đã được sửa sau khi procmap tạo (ví dụ sửa bằng Excel)',
    after:
      '\nSổ tính có dòng tiêu đề được cố định và bộ lọc ở mọi trang tính; tiêu đề cột bằng tiếng Việt, bằng tiếng Anh\nvới --lang en. `procmap import` đọc lại được sổ tính này, đủ mọi trường. Tệp json là\nmột mảng bản ghi thủ tục theo CSDL quốc gia (MATTHC, TENTTHC, CACHTHUCTHUCHIEN với KENH 1/2/3, THANHPHANHOSO, …)\nđể gửi Cổng Dịch vụ công hoặc phần mềm một cửa; `procmap import` đọc lại được; đơn vị và thời gian của các bước\nnội bộ cùng các trường ISO không có trong bản ghi. Tệp BPMN có mỗi đơn vị một làn, mở trong bpmn.io và\nCamunda Modeler là thấy sơ đồ đã sắp xếp sẵn.\n\nTệp chỉ bị ghi đè khi do procmap tạo ra và chưa bị sửa từ đó (.procmap-outputs.json ở cùng thư mục ghi mã băm\ncủa từng tệp procmap đã tạo): sổ tính đã sửa bằng Excel làm lệnh dừng trước khi ghi bất cứ tệp nào (hãy nhập\nnó trước để giữ các chỗ sửa), trừ khi dùng --force.\n\nMã thoát: 0 xong, 1 có tệp bị lỗi (không được xuất, liệt kê trên màn hình, ở stderr), 2 sai cách dùng lệnh hoặc có\ntệp cản đường.\n\nVí dụ:\n  procmap export procedures -o danh-muc.xlsx\n  procmap export procedures --format xlsx --lang en -o catalog.xlsx\n  procmap export procedures -f json -o ban-ghi/\n  procmap export procedures/xa --format bpmn -o bpmn/',
  },
});

/** `procmap export` on the command line: arguments, options, help and examples, in the language of help. */
function declareExport(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('export')
    .description(help.description)
    .argument('[paths...]', help.paths, [])
    .addOption(new Option('-f, --format <name>', help.format).default('xlsx'))
    .option('-o, --output <path>', help.output)
    .option('--force', help.force)
    .addOption(configOption(lang, 'eachFile'))
    .addOption(calendarOption(lang, 'workingDay'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap export`, as commander parses them. */
export type ExportCommandOptions = Settled<ReturnType<ReturnType<typeof declareExport>['opts']>>;

const FORMATS = ['xlsx', 'bpmn', 'json'];

/**
 * `procmap export`: the catalog as one Excel workbook (`--format xlsx`, -o a file, default catalog.xlsx) or each
 * procedure as BPMN 2.0 XML (`--format bpmn`, -o a folder, default out, one `<id>.bpmn` each). Files with errors are
 * left out and reported (exit 1); nothing is written when none is valid.
 */
export async function exportCommand(paths: string[], options: ExportCommandOptions, io: Io): Promise<number> {
  const format = options.format.toLowerCase();
  if (!FORMATS.includes(format))
    throw new UsageError({
      en: `Unknown export format "${options.format}"; use xlsx, bpmn or json`,
      vi: `Không có định dạng xuất "${options.format}"; hãy dùng xlsx, bpmn hoặc json`,
    });
  // The output is checked before the catalog is read: a workbook that could not be written was said only after the
  // whole catalog had been read and the workbook made.
  const workbookPath = format === 'xlsx' ? workbookFile(options.output) : undefined;
  const recordsPath = format === 'json' ? recordsFile(options.output) : undefined;
  if (format === 'bpmn') {
    const folder = options.output ?? 'out';
    const forBpmn = { en: 'the BPMN files', vi: 'các tệp BPMN', example: 'bpmn' };
    const refusal =
      systemFolderRefusal(folder) ??
      wholeFolderRefusal(folder, io.env.HOME, forBpmn) ??
      inputOverlapRefusal(folder, paths.length > 0 ? paths : ['.'], forBpmn) ??
      outputFolderRefusal(folder);
    if (refusal !== undefined) throw refusal;
  }
  const roots = paths.length > 0 ? paths : ['.'];
  // One workbook, each row counted on its own file's configuration (`export a b`: b's rows on b's working day).
  const catalog = loadCatalogWithCalendars(roots, { config: options.config, calendar: options.calendar }, options.lang);
  noteHiddenFiles(catalog.hidden, io, options.lang);
  noteLookAlikeFiles(catalog.lookAlike, io, options.lang);
  const { sources, unreadable, calendarOf } = catalog;
  const { procedures, problems, broken } = lintForRendering(catalog, options.lang);
  const dataOf = new Map(sources.map((source) => [source.file, source.data]));
  let entries = procedures
    .filter((entry) => !broken.has(entry.file))
    .map((entry) => {
      const calendar = calendarOf(entry.file);
      const analysis = analyseTime(entry.procedure, calendar);
      const verdict = verdictOn(entry.procedure, analysis, calendar);
      // Counts the officer writes in words, which the workbook keeps for import to write again.
      const dossierWritten = writtenCounts(entry.procedure, dataOf.get(entry.file));
      return { file: entry.file, procedure: entry.procedure, analysis, verdict, dossierWritten };
    });
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: problems, files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang, fixedBy: 'lint' },
      ),
    );

  const written: string[] = [];
  let overlong = 0;
  if (entries.length > 0 && format === 'xlsx') {
    const { catalogWorkbook, overlongCell, overlongMessage } = await import('../../interchange/xlsx-export.js');
    const path = workbookPath!;
    const source = sourceDate(io.env);
    // Excel cuts a longer text when it opens the file: the procedure is left out rather than cut.
    entries = entries.filter((entry) => {
      const cell = overlongCell(entry, options.lang);
      if (cell === undefined) return true;
      io.stderr.write(`procmap: ${displayPath(entry.file, io.cwd)}: ${overlongMessage(cell, options.lang)}\n`);
      overlong++;
      return false;
    });
    if (entries.length > 0) {
      // A workbook edited in Excel (to import back) stops the run before the new one is written.
      await writeOwnFile(path, { force: options.force, io, lang: options.lang }, () =>
        catalogWorkbook(entries, options.lang, source),
      );
      written.push(path);
    }
  } else if (entries.length > 0 && format === 'json') {
    const { nationalRecords } = await import('../../interchange/record-export.js');
    const path = recordsPath!;
    // A file the officer keeps there (a record downloaded from the portal, say) stops the run, as a workbook does.
    await writeOwnFile(path, { force: options.force, io, lang: options.lang }, () =>
      nationalRecords(entries.map((entry) => entry.procedure)),
    );
    written.push(path);
  } else if (entries.length > 0) {
    const { procedureBpmn } = await import('../../interchange/bpmn.js');
    const dir = options.output ?? 'out';
    const record = OutputRecord.open(dir, { force: options.force, io, lang: options.lang });
    const path = (id: string) => join(dir, `${idFileName(id)}.bpmn`);
    const files: [string, string][] = [];
    try {
      for (const { procedure, analysis } of entries)
        files.push([path(procedure.id), await procedureBpmn(procedure, analysis, options.lang)]);
      // A file that already says exactly what would be written (by a procmap older than the record) is no one's edit.
      record.refuseUsersFiles(files);
      record.write(files);
      record.finish();
    } finally {
      record.close();
    }
    written.push(...files.map(([file]) => file));
  }
  for (const path of written) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  if (unreadable.length > 0) return EXIT.failure;
  return problems.length > 0 || overlong > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * Writes one file of the catalog's (the workbook, the national records) through the output record, made after the
 * record is open so that a file of the user's stops the run first. With its bytes: a file that already holds exactly
 * them (committed without the record, say) is procmap's.
 */
async function writeOwnFile(
  path: string,
  recordOptions: Parameters<typeof OutputRecord.open>[1],
  make: () => Uint8Array | string | Promise<Uint8Array | string>,
): Promise<void> {
  const record = OutputRecord.open(dirname(path), recordOptions);
  try {
    const bytes = await make();
    record.refuseUsersFiles([[path, bytes]]);
    record.write([[path, bytes]]);
    record.finish();
  } finally {
    record.close();
  }
}

/**
 * The workbook's file: `-o` as given, or catalog.xlsx in the folder `-o rep/` (or a folder already there) names; refused
 * when it does not end in .xlsx (a procedure's YAML, say) or a file stands on its way.
 */
function workbookFile(output: string | undefined): string {
  const path = singleOutputFile(output ?? 'catalog.xlsx', { defaultName: 'catalog.xlsx' });
  if (!/\.xlsx$/i.test(path))
    throw new UsageError({
      en: `--output for xlsx names the workbook file, ending in .xlsx, not "${path}"`,
      vi: `Với xlsx, --output là tên tệp sổ tính, có đuôi .xlsx, không phải "${path}"`,
    });
  return path;
}

/**
 * The national records' file: `-o` as given, or catalog.json in the folder `-o rep/` (or a folder already there)
 * names; refused when it does not end in .json (a procedure's YAML, say) or a file stands on its way.
 */
function recordsFile(output: string | undefined): string {
  const path = singleOutputFile(output ?? 'catalog.json', { defaultName: 'catalog.json' });
  if (!/\.json$/i.test(path))
    throw new UsageError({
      en: `--output for json names the records' file, ending in .json, not "${path}"`,
      vi: `Với json, --output là tên tệp bản ghi, có đuôi .json, không phải "${path}"`,
    });
  return path;
}

/** Defines `procmap export` on the program; main loads this module only when the command is run or listed. */
export function defineExportCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareExport(program, lang).action(async (paths, options) =>
    setExit(await exportCommand(paths, settled(options), io)),
  );
}

import { docsUrl } from '../../docs-url.js';
import { betweenFiles } from '../../node/interrupt.js';
import { idFileKey, idFileName } from '../../model/id-file-name.js';
import { SHEET_WORKER_BYTES, type ImportReading } from '../../node/sheet-outcomes.js';
import type { Command } from '@commander-js/extra-typings';
import { type CommandContext, configOption, helpTexts, langOption, settled, type Settled } from '../define.js';
import { lstatSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { importWorkbook } from '../../interchange/annex-import.js';
import { checkColumnMap, type ColumnMap } from '../../interchange/columns.js';
import type { ImportedProcedure, ImportOutcome } from '../../interchange/draft.js';
import { keepKeys } from '../../interchange/kept-keys.js';
import { withCanonicalDossierOf } from '../../interchange/canonical-dossier.js';
import { withUnprinted } from '../../interchange/unprinted.js';
import { missingValue, withFileValues } from '../../interchange/file-values.js';
import { importChanges, saidChange } from '../../interchange/import-changes.js';
import { at, isSaid, plain, said } from '../../interchange/import-messages.js';
import { duplicateJsonKey, duplicateKeyMessage } from '../../interchange/json-duplicates.js';
import { jsonParseProblem } from '../../interchange/json-position.js';
import { refusalOf, stopsImport, verdictsOf } from '../../interchange/lint-refusal.js';
import { importRecord, recordsIn } from '../../interchange/record.js';
import type { Sheet } from '../../interchange/sheets.js';
import { isoDate } from '../../interchange/text.js';
import { patchedYaml } from '../../interchange/patch-yaml.js';
import { sameData } from '../../interchange/same-data.js';
import { notesNotIn } from '../../interchange/unwritten-notes.js';
import { isOwnerFile, ownerFileSaid } from '../../interchange/owner-file.js';
import { headerOf, procedureData, procedureYaml, withHeader } from '../../interchange/yaml.js';
import { lint } from '../../lint/linter.js';
import { decodeText } from '../../model/decode.js';
import { loadFile } from '../../model/load.js';
import type { Diagnostic, Procedure } from '../../model/types.js';
import { printedDocument, sameDocument } from '../../render/document/same-document.js';
import { escapeControls, withoutInvisible } from '../../model/quote.js';
import { LineIndex } from '../../model/source.js';
import { loadCalendar } from '../../node/calendar-loader.js';
import { configName, loadConfig, type LoadedConfig } from '../../node/config-loader.js';
import { loadSettingsFile } from '../../config/settings-source.js';
import { readMapSource } from '../../node/map-file.js';
import { procedureAsMap } from '../../config/not-a-config.js';
import { EXIT, UsageError } from '../../errors.js';
import { fill, type Lang, type Translated } from '../../i18n.js';
import {
  displayPath,
  isInput,
  protectInputs,
  readBounded,
  readSettingsFile,
  wholeFolderRefusal,
  writeFileSafelyAsync,
} from '../../node/files.js';
import { fileReadOnly, hardLinked, hardLinkWords, readOnlyWords } from '../../node/read-only.js';
import { ReplacedMeanwhile, replaceOnly, type FoundThere } from '../../node/guarded-replace.js';
import { procedureFiles } from '../../node/files-by-id.js';
import { LIMITS } from '../../model/limits.js';
import { importTarget } from '../../node/import-target.js';
import { withoutRecordDefaults } from '../../interchange/record-defaults.js';
import type { Io } from '../../node/io.js';
import { eachLimited } from '../../concurrency.js';
import { OutputRecord } from '../../node/output-record.js';
import { inRunFolder } from '../../node/run-context.js';
import { dateOptionRefusal } from '../../time/date-faults.js';

const HELP = helpTexts({
  en: {
    description:
      'Import procedures from national records (JSON), catalogs or step tables (XLSX, CSV) and ISO documents in Word (DOCX) into YAML files',
    files: 'national record .json files, catalog and step-table .xlsx or .csv files, ISO documents .docx',
    output: 'catalog folder for the procedure files, one per procedure named by its id',
    map: 'YAML map of field: column header, for columns procmap does not recognise (else import.columns in the configuration)',
    effective:
      "effective date to write, YYYY-MM-DD or dd/mm/yyyy (else the row's, or the newest legal basis of a record)",
    force: 'overwrite procedure files that already exist and differ',
    after:
      '\nSteps the source does not give with a body and a duration are written as drafts (draft: true) that lint reports\n(draft-steps) until you complete them. Values procmap has no field for are kept in a comment at the top of the\nfile. Re-running on the same input gives the same files; a procedure the output folder already has,\nunder any file name, is updated in that file, and its bodies and steps of the same name keep their keys. See\n' +
      docsUrl('docs/import.md') +
      '.\n\nExit codes: 0 everything imported, 1 some records or rows skipped or a file broken (the report says why), 2 bad usage or a path that cannot be opened.\n\nExamples:\n  procmap import ho-tich.json -o procedures/xa\n  procmap import danh-muc-tthc.xlsx --effective 01/07/2025 -o procedures\n  procmap import quy-trinh-cap-phep.docx -o procedures\n  procmap import danh-muc.csv --map cot.yaml -o procedures --force',
  },
  vi: {
    description:
      'Nhập thủ tục từ bản ghi của Cơ sở dữ liệu quốc gia về thủ tục hành chính (JSON), từ danh mục hoặc bảng các bước (XLSX, CSV) và từ tài liệu ISO bằng Word (DOCX) thành các tệp YAML',
    files: 'tệp .json bản ghi thủ tục quốc gia, tệp .xlsx hoặc .csv danh mục và bảng các bước, tài liệu ISO .docx',
    output: 'thư mục bộ quy trình để ghi tệp quy trình, mỗi quy trình một tệp, đặt tên theo mã (id)',
    map: 'tệp YAML ghép mỗi trường với tiêu đề cột (trường: tiêu đề cột), cho những cột procmap không tự nhận ra (nếu không có thì dùng import.columns trong tệp cấu hình)',
    effective:
      'ngày hiệu lực cần ghi, dạng YYYY-MM-DD hoặc dd/mm/yyyy (nếu không có thì lấy ngày ghi trên dòng, hoặc ngày của căn cứ pháp lý mới nhất trong bản ghi)',
    force: 'ghi đè các tệp quy trình đã có mà khác nội dung',
    after:
      '\nBước nào nguồn không ghi rõ đơn vị thực hiện và thời gian thì được ghi thành bước nháp (draft: true); lint sẽ\nbáo (draft-steps) cho đến khi bạn ghi đủ. Giá trị nào procmap không có trường để ghi thì được giữ trong ghi chú\nở đầu tệp. Chạy lại với cùng dữ liệu vào sẽ cho ra đúng các tệp như lần trước; quy trình đã có trong thư mục ghi\nra (dù tệp tên gì) được cập nhật vào chính tệp đó, đơn vị và bước cùng tên giữ mã như trong tệp. Xem\n' +
      docsUrl('docs/import.md') +
      '.\n\nMã thoát: 0 nhập được tất cả, 1 có bản ghi hoặc dòng bị bỏ qua hay có tệp hỏng (báo cáo ghi rõ lý do), 2 sai cách dùng lệnh hoặc đường dẫn không mở được.\n\nVí dụ:\n  procmap import ho-tich.json -o procedures/xa\n  procmap import danh-muc-tthc.xlsx --effective 01/07/2025 -o procedures\n  procmap import quy-trinh-cap-phep.docx -o procedures\n  procmap import danh-muc.csv --map cot.yaml -o procedures --force',
  },
});

/** `procmap import` on the command line: arguments, options, help and examples, in the language of help. */
function declareImport(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('import')
    .description(help.description)
    .argument('[files...]', help.files, [])
    .option('-o, --output <dir>', help.output, '.')
    .option('--map <file>', help.map)
    .option('--effective <date>', help.effective)
    .option('--force', help.force)
    .addOption(configOption(lang, 'output'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap import`, as commander parses them. */
export type ImportCommandOptions = Settled<ReturnType<ReturnType<typeof declareImport>['opts']>>;

/** What happened to one source, for the report. */
type Line =
  | { kind: 'imported' | 'overwritten' | 'unchanged'; path: string; source: Translated; warnings: Translated[] }
  | {
      kind: 'skipped';
      source: Translated;
      reason: Translated;
      passedOver?: 'heading' | 'sheet' | 'hidden' | 'owner' | 'mapping' | 'repaired';
      /** What the import would change in the file it did not overwrite. */
      changes?: Translated[];
    };

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function readInput(path: string): Buffer {
  // The bounded reader: regular files only, never more than the limit (a link to /dev/zero, a FIFO).
  const read = readBounded(path, MAX_INPUT_BYTES);
  if (read.ok) return read.bytes;
  const shown = displayPath(path);
  if (read.size !== undefined)
    throw new UsageError({
      en: `"${shown}" is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; split it`,
      vi: `"${shown}" lớn hơn ${MAX_INPUT_BYTES / 1024 / 1024} MB; hãy tách thành nhiều tệp`,
    });
  if (read.message === 'No such file or folder') throw missingPath(path);
  if (read.message === 'Is a folder') throw folderRefusal(shown);
  throw new UsageError({
    en: `Cannot read "${shown}": ${read.message}`,
    vi: `Không đọc được "${shown}": ${read.reason?.vi ?? read.message}`,
  });
}

/** A path to nothing. */
function missingPath(path: string): UsageError {
  return new UsageError({ en: `Path "${path}" does not exist`, vi: `Đường dẫn "${path}" không tồn tại` });
}

/** A folder given as a file: import reads the files it is given, each by name (no shell expands a pattern on Windows). */
function folderRefusal(shown: string): UsageError {
  return new UsageError({
    en: `"${shown}" is a folder; give the files in it to import, each by name (.json, .xlsx, .csv, .docx)`,
    vi: `"${shown}" là một thư mục; hãy chỉ ra từng tệp trong đó cần nhập (.json, .xlsx, .csv, .docx)`,
  });
}

/** A JSON syntax error as `file:line:column: message`, in the run's language: where, and what to write there. */
function jsonError(file: string, text: string, error: unknown): Translated {
  const problem = jsonParseProblem(text, error);
  const place = problem.offset < 0 ? undefined : new LineIndex(text).position(problem.offset);
  const where = plain(`${file}${place ? `:${place.line}:${place.column}` : ''}`);
  return at(where, said('notJson', { reason: problem.said }));
}

/**
 * Why -o naming a file is refused: the procedures are written into a folder, and `import rec.json -o rec.json` was told
 * that "rec.json/….yaml" could not be reached. Said of the input file when it is one; undefined for a folder or none.
 */
function outputFileRefusal(output: string, inputs: readonly string[]): UsageError | undefined {
  let stats;
  try {
    stats = statSync(inRunFolder(output), { throwIfNoEntry: false });
  } catch {
    // A path through a file ("rec.json/out") is said at the write, where the part that is a file is named.
    return undefined;
  }
  if (stats?.isDirectory() !== false) return undefined;
  const input = inputs.some((path) => inRunFolder(path) === inRunFolder(output));
  const shown = displayPath(output);
  return new UsageError({
    en: `-o names the folder the procedure files are written in, and "${shown}" is a file${input ? ' (the file being imported)' : ''}: give a folder, e.g. -o procedures`,
    vi: `-o là thư mục để ghi các tệp quy trình, còn "${shown}" là một tệp${input ? ' (chính tệp đang nhập)' : ''}: hãy ghi một thư mục, ví dụ -o procedures`,
  });
}

/**
 * The column mapping: --map FILE (a map, or a map under `columns`), else the configuration's import.columns; with
 * where the file gives each field (`cot.yaml:4:3`), so that a header the workbook lacks is said at its line.
 */
function columnMap(
  options: ImportCommandOptions,
  settings: LoadedConfig,
): { map: ColumnMap; places: Record<string, string> } {
  let map: unknown = settings.config.import?.columns ?? {};
  let origin = 'import.columns in the configuration';
  let placeOf = (field: string): string => configPlace(settings, field);
  if (options.map !== undefined) {
    const shown = displayPath(options.map);
    origin = shown;
    // A mapping is a few lines, read as ontime reads its own: the configuration's limit, only a regular file, and every
    // refusal naming it as the column mapping (read as an input, it was "a procedure file" up to 2 MiB, and a folder
    // given as --map was told to name the files in it to import).
    const { data, locate } = readMapSource(
      origin,
      readSettingsFile(options.map, 'columnMapping', LIMITS.maxConfigBytes),
    );
    // A procedure of the map's name is never written over the map (the configuration protects itself as it loads).
    protectInputs([options.map]);
    // A procedure given as the mapping is said to be one, as ontime says it, not refused field by field.
    const asProcedure = procedureAsMap(data, shown, 'title: Tên TTHC');
    if (asProcedure) throw new UsageError(asProcedure);
    const nested = data !== null && typeof data === 'object' && 'columns' in data;
    map = nested ? (data as { columns: unknown }).columns : data;
    placeOf = (field) => {
      const { line, column } = locate(nested ? ['columns', field] : [field], 'key');
      return `${shown}:${line}:${column}`;
    };
  }
  if (map === null || typeof map !== 'object' || Array.isArray(map))
    throw new UsageError({
      en: `${origin} must map fields to column headers, e.g. "title: Tên TTHC"`,
      vi: `${origin} phải ghép mỗi trường với tiêu đề cột, ví dụ "title: Tên TTHC"`,
    });
  const problems = checkColumnMap(map as Record<string, unknown>);
  if (problems.length > 0)
    throw new UsageError({
      en: `In ${origin}: ${problems.map((p) => p.en).join('; ')}`,
      vi: `Trong ${origin}: ${problems.map((p) => p.vi).join('; ')}`,
    });
  const fields = Object.keys(map);
  return {
    map: Object.fromEntries(Object.entries(map).map(([field, header]) => [field, String(header)])),
    places: Object.fromEntries(fields.map((field) => [field, placeOf(field)])),
  };
}

/** Where the configuration maps a field to its header (`procmap.config.yaml:7:5`), its file alone if not found. */
function configPlace(settings: LoadedConfig, field: string): string {
  if (settings.file === undefined) return 'import.columns';
  const shown = configName(settings)!;
  // Read again for its positions: the configuration keeps its data alone, and this is a few lines, once a run.
  const bytes = settings.bytes ?? readSettingsFile(settings.file, 'configuration', LIMITS.maxConfigBytes);
  const read = loadSettingsFile(shown, bytes, 'en');
  if (!read.ok) return shown;
  const { line, column } = read.source.locate(['import', 'columns', field], 'key');
  return `${shown}:${line}:${column}`;
}

/**
 * The CSV files given together that are one workbook's sheets saved apart (a catalog, and tables whose rows name their
 * procedure by "Mã hiệu quy trình": steps, bodies, dossier…), read as one workbook: each alone would have steps with no
 * catalog row to belong to, and procedures with only a draft step. Empty when there is no catalog and table to join.
 */
async function joinedCsvFiles(paths: string[], map: ColumnMap): Promise<{ path: string; sheet: Sheet }[]> {
  const csv = paths.filter((path) => extname(path).toLowerCase() === '.csv');
  if (csv.length < 2) return [];
  const { readCsv, SheetError } = await import('../../interchange/sheets.js');
  const { joinOf } = await import('../../interchange/workbook-import.js');
  const joined: { path: string; sheet: Sheet; join: 'catalog' | 'table' }[] = [];
  for (const path of csv) {
    let sheet: Sheet;
    try {
      sheet = readCsv(readInput(path), '');
    } catch (error) {
      // Read again alone, and reported as every unreadable file is.
      if (error instanceof SheetError || error instanceof UsageError) continue;
      throw error;
    }
    const join = joinOf(sheet, map);
    if (join) joined.push({ path, sheet: { ...sheet, file: displayPath(path) }, join });
  }
  const joins = new Set(joined.map((entry) => entry.join));
  return joins.has('catalog') && joins.has('table') ? joined : [];
}

/** Reads one input file into outcomes, or a problem with the whole file. */
async function outcomesOf(path: string, bytes: Buffer, reading: ImportReading): Promise<ImportOutcome[] | Translated> {
  const { effective } = reading;
  const file = displayPath(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.json') {
    // Decoded as procedure files are: a record saved as UTF-16 (with its mark) is read, a legacy encoding refused.
    const decoded = decodeText(bytes);
    if (!decoded.ok) return at(plain(`${file}:${decoded.range.line}:${decoded.range.column}`), decoded.message);
    const text = decoded.text;
    // An empty file holds nothing to import, as an empty CSV does; it is no broken JSON.
    if (text.trim() === '') return [];
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return jsonError(file, text, error);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== undefined) {
      const place = new LineIndex(text).position(duplicate.offset);
      return at(plain(`${file}:${place.line}:${place.column}`), duplicateKeyMessage(duplicate.key));
    }
    const records = recordsIn(data);
    if (!records) return at(plain(file), said('noRecords'));
    return records.map((record, i) => importRecord(record, said('record', { file, n: i + 1 }), { effective }));
  }
  if (extension === '.docx') {
    const { readDocx } = await import('../../interchange/docx-read.js');
    const { importWordDocument } = await import('../../interchange/docx-import.js');
    const { SheetError } = await import('../../interchange/read-error.js');
    let document: Awaited<ReturnType<typeof readDocx>>;
    try {
      document = await readDocx(bytes);
    } catch (error) {
      if (error instanceof SheetError) return at(plain(file), error.said);
      throw error;
    }
    const read = importWordDocument(document, file, reading);
    return 'problem' in read ? at(plain(file), read.problem) : read;
  }
  // A large one in a worker thread, so that Ctrl-C stops the run while it is read.
  if (bytes.length >= SHEET_WORKER_BYTES) {
    const { sheetOutcomesInWorker } = await import('../../node/sheet-outcomes.js');
    const read = await sheetOutcomesInWorker({ bytes, csv: extension === '.csv', file, reading });
    return Array.isArray(read) ? read : at(plain(file), read);
  }
  // Loaded here, not at start: exceljs is large, and `procmap --help` loads every command module.
  const { readCsv, readWorkbook, SheetError } = await import('../../interchange/sheets.js');
  let sheets: Sheet[];
  try {
    sheets = extension === '.csv' ? [readCsv(bytes, '')] : await readWorkbook(bytes);
  } catch (error) {
    if (error instanceof SheetError) return at(plain(file), error.said);
    throw error;
  }
  return importWorkbook(sheets, file, reading);
}

const EXTENSIONS = ['.json', '.xlsx', '.csv', '.docx'];

/** What a path names, through a link too: a folder, something else, or nothing. */
function pathKind(path: string): 'folder' | 'other' | 'none' {
  const stat = statSync(inRunFolder(path), { throwIfNoEntry: false });
  return stat === undefined ? 'none' : stat.isDirectory() ? 'folder' : 'other';
}
const isWord = (path: string) => extname(path).toLowerCase() === '.docx';
// What procmap's `doc` and `export` write and an officer edits to bring back: taken in, they may be written afresh.
const isTakenBack = (path: string) => ['.docx', '.xlsx'].includes(extname(path).toLowerCase());

const NOTHING_TO_IMPORT = {
  en:
    '{path}: nothing to import in it: no national record, no catalog row and no step table under a header procmap knows (' +
    docsUrl('docs/import.md') +
    ')',
  vi:
    '{path}: không có gì để nhập: không có bản ghi thủ tục quốc gia, dòng danh mục hay bảng các bước dưới một dòng tiêu đề procmap biết (' +
    docsUrl('docs/import.md') +
    ')',
};

/**
 * What to do with a file of a kind import does not read: an OpenDocument file (LibreOffice's own) saved as the Office
 * package, a PDF imported from the file it was printed from, an old .xls or .doc saved as .xlsx or .docx.
 */
function saveInstead(extension: string): Translated {
  if (extension === '.ods')
    return {
      en: 'open it in LibreOffice Calc and save it as .xlsx (File, Save As, "Excel 2007-365 (.xlsx)")',
      vi: 'hãy mở bằng LibreOffice Calc rồi lưu thành .xlsx (Tệp, Lưu thành, "Excel 2007-365 (.xlsx)")',
    };
  if (extension === '.odt')
    return {
      en: 'open it in LibreOffice Writer and save it as .docx (File, Save As, "Word 2007-365 (.docx)")',
      vi: 'hãy mở bằng LibreOffice Writer rồi lưu thành .docx (Tệp, Lưu thành, "Word 2007-365 (.docx)")',
    };
  if (extension === '.pdf')
    return {
      en: 'procmap does not read PDF: import the Word or Excel file it was printed from',
      vi: 'procmap không đọc PDF: hãy nhập tệp Word hoặc Excel đã dùng để in ra nó',
    };
  return {
    en: 'save an old .xls or .doc file as .xlsx or .docx first',
    vi: 'tệp .xls hoặc .doc cũ hãy lưu thành .xlsx hoặc .docx trước',
  };
}

/**
 * `procmap import`: procedure files from national records (JSON), spreadsheets (XLSX, CSV) and ISO documents in Word
 * (DOCX), one per procedure, named by its id in the output folder. Never overwrites a different file without --force;
 * every file it writes lints (steps still to write are drafts that `draft-steps` reports). Exit 0 all imported, 1
 * some records or rows skipped or a file broken, 2 bad usage or a path that cannot be opened.
 */
export async function importCommand(paths: string[], options: ImportCommandOptions, io: Io): Promise<number> {
  if (paths.length === 0)
    throw new UsageError({
      en: 'Give the files to import: national records (.json), catalogs and step tables (.xlsx, .csv), ISO documents in Word (.docx)',
      vi: 'Hãy chỉ ra các tệp cần nhập: bản ghi thủ tục quốc gia (.json), danh mục và bảng các bước (.xlsx, .csv), tài liệu ISO bằng Word (.docx)',
    });
  const unknown = paths.find((path) => !EXTENSIONS.includes(extname(path).toLowerCase()));
  // A folder first: "procmap imports .json, .xlsx…" said of one left the officer looking for a file's extension.
  const kind = unknown === undefined ? undefined : pathKind(unknown);
  if (kind === 'folder') throw folderRefusal(displayPath(unknown!));
  // A missing .xls is still told to be saved as .xlsx; a name without an extension is only a name typed wrong.
  if (kind === 'none' && extname(unknown!) === '') throw missingPath(unknown!);
  if (unknown !== undefined) {
    const instead = saveInstead(extname(unknown).toLowerCase());
    throw new UsageError({
      en: `"${unknown}": procmap imports .json (national records), .xlsx and .csv (catalogs, step tables) and .docx (ISO documents in Word); ${instead.en}`,
      vi: `"${unknown}": procmap nhập tệp .json (bản ghi thủ tục quốc gia), .xlsx và .csv (danh mục, bảng các bước) và .docx (tài liệu ISO bằng Word); ${instead.vi}`,
    });
  }
  const effective = options.effective === undefined ? undefined : isoDate(withoutInvisible(options.effective));
  if (options.effective !== undefined && effective === undefined)
    throw new UsageError(dateOptionRefusal('--effective', options.effective));
  // Procedure files straight in / or the home folder: the next lint or build of that folder would walk the whole disk
  // or the user's own files.
  const sweeping = wholeFolderRefusal(options.output, io.env.HOME, {
    en: 'the procedures',
    vi: 'các quy trình',
    example: 'procedures',
  });
  if (sweeping) throw sweeping;
  const notFolder = outputFileRefusal(options.output, paths);
  if (notFolder) throw notFolder;
  protectInputs(paths);
  const settings = loadConfig(options.config, options.output);
  const { map, places: mapPlaces } = columnMap(options, settings);
  // The catalog's calendar: its working day says the hours a limit in working days is glossed with, as lint reads them.
  const calendar = loadCalendar(undefined, settings);
  const reading: ImportReading = { map, mapPlaces, effective, hoursPerDay: calendar.hoursPerDay };

  const lines: Line[] = [];
  let unreadable = 0;
  let empty = 0;
  const seen = new Map<string, Translated>();
  // Written once every source is read: each target is a different file (ids are unique above), so no check in the
  // loop depends on a write, and the disk syncs the files side by side instead of one after the other.
  // Each with what was found at its target, written only over that, and its report line, said otherwise if not.
  const writes: { target: string; text: string; found: FoundThere | undefined; line: number; path: string }[] = [];
  // The output folder's procedure files by id, read when an import first needs them.
  let catalog: ReturnType<typeof procedureFiles> | undefined;
  // Word documents and workbooks whose every procedure is now in the catalog, with the bytes that were read.
  const takenIn: { path: string; bytes: Buffer }[] = [];
  const joined = await joinedCsvFiles(paths, map);
  for (const path of paths) {
    const member = joined.findIndex((entry) => entry.path === path);
    if (member > 0) continue;
    const bytes = member === 0 ? undefined : readInput(path);
    if (bytes !== undefined && isOwnerFile(basename(path), bytes)) {
      const reason = ownerFileSaid(bytes, isWord(path));
      lines.push({ kind: 'skipped', source: plain(displayPath(path)), reason, passedOver: 'owner' });
      continue;
    }
    const outcomes =
      bytes === undefined
        ? importWorkbook(
            joined.map((entry) => entry.sheet),
            displayPath(path),
            reading,
          )
        : await outcomesOf(path, bytes, reading);
    if (!Array.isArray(outcomes)) {
      io.stderr.write(`procmap: ${escapeControls(outcomes[options.lang])}\n`);
      unreadable++;
      continue;
    }
    if (outcomes.length === 0) {
      // An empty file, a workbook of empty sheets: "0 imported" and exit 0 would pass it off as done.
      io.stderr.write(`procmap: ${escapeControls(fill(NOTHING_TO_IMPORT[options.lang], { path }))}\n`);
      empty++;
      continue;
    }
    const firstLine = lines.length;
    // Notes of this file left unwritten: the file is not taken in, so that the next export cannot replace it unseen.
    let notesLeft = false;
    for (const outcome of outcomes) {
      // Each row is checked (lint) without waiting: 9,000 rows held Ctrl-C for half a minute, so it is let through here.
      await betweenFiles();
      if (!outcome.imported) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: outcome.skipped ?? plain(''),
          ...(outcome.passedOver ? { passedOver: outcome.passedOver } : {}),
        });
        continue;
      }
      const { procedure } = outcome.imported;
      const skip = (reason: Translated) => lines.push({ kind: 'skipped', source: outcome.source, reason });
      // File names are ids' file names; on a case-insensitive disk two ids differing in case (or in Đ and D) are one file.
      const key = idFileKey(procedure.id);
      const first = seen.get(key);
      if (first !== undefined) {
        skip(said('sameId', { id: procedure.id, first }));
        continue;
      }
      seen.set(key, outcome.source);
      // A procedure the catalog already has under another name, or by its code, is updated in its own file, not
      // written twice; a file of its name that holds another procedure is never replaced.
      const found = importTarget(
        procedure,
        join(options.output, `${idFileName(procedure.id)}.yaml`),
        () => (catalog ??= procedureFiles(options.output)),
        (file) => displayPath(file, io.cwd),
      );
      if ('refused' in found) {
        skip(found.refused);
        continue;
      }
      const target = found.file;
      const shown = displayPath(target, io.cwd);
      const existing = existingFile(target);
      if (existing === 'link') {
        skip(said('link', { path: shown }));
        continue;
      }
      // A file this run reads (the column map, the configuration): the write would stop the run, the files before it
      // written and none reported, and --force cannot help; so the row is skipped, and said so.
      if (existing !== undefined && isInput(target)) {
        skip(said('inputFile', { path: shown }));
        continue;
      }
      // A file its user made read-only is never replaced, --force or not, as every command leaves such a file; nor is
      // one with another name too (a hard link), which would keep the old text, as lint --fix leaves it.
      const lockedSkip = (): boolean => {
        const locked = existing === undefined ? undefined : fileReadOnly(inRunFolder(target));
        if (locked !== undefined) skip(readOnlyWords(shown, locked, 'replace'));
        else if (existing !== undefined && hardLinked(inRunFolder(target))) skip(hardLinkWords(shown));
        else return false;
        return true;
      };
      // Written only over what was found here now: another run or an editor may write the file meanwhile.
      const there: FoundThere | undefined =
        existing === undefined ? 'nothing' : existing.bytes && { bytes: existing.bytes };
      const write = (written: string) => writes.push({ target, text: written, found: there, line: lines.length, path });
      // The dossier's counts as the model reads them, so that the file says what `lint --fix` would write.
      const named = renamed(withCanonicalDossierOf(outcome.imported), found.id);
      const { imported: keyed, previous } =
        existing === undefined || existing.text === undefined
          ? { imported: named, previous: undefined }
          : withKeysOf(named, existing.text, shown, isWord(path), calendar.hoursPerDay);
      // What a national record must write that the file leaves to its defaults is not written into the file.
      const imported = previous !== undefined && /\.json$/i.test(path) ? withoutRecordDefaults(keyed, previous) : keyed;
      const missing = missingValue(imported, previous);
      if (missing !== undefined) {
        skip(missing);
        continue;
      }
      let text = procedureYaml(imported, basename(path), options.lang);
      const source = loadFile(shown, Buffer.from(text));
      const checked = lint([source], { lang: options.lang, calendar });
      const errors = checked.diagnostics.filter((d) => d.severity === 'error');
      // Said of the input (its rows, the officer's step numbers), not of the YAML that was not written.
      const refused = (some: Diagnostic[]) => ({
        errors: some,
        source,
        procedure: checked.procedures[0]?.procedure ?? imported.procedure,
        origins: imported.origins,
      });
      const stopping = errors.filter(stopsImport);
      if (stopping.length > 0) {
        skip(refusalOf(refused(stopping)));
        continue;
      }
      // A verdict on what the procedure says (steps over the limit) does not stop it: lint will say it, and so does the report.
      const warnings = errors.length > 0 ? [...imported.warnings, ...verdictsOf(refused(errors))] : imported.warnings;
      // Over an existing file, only what changed is written: its comments and layout stay, when the edited file
      // reads as the same procedure as the one written afresh (else it is written afresh); the comment procmap
      // wrote at its top says the new source and notes.
      if (existing?.text !== undefined) {
        const patched = patchedText(
          existing.text,
          imported.procedure,
          previous,
          shown,
          checked.procedures[0]?.procedure,
        );
        if (patched !== undefined) text = withHeader(patched, headerOf(imported.notes, basename(path), options.lang));
      }
      // The procedure the file holds, however the officer laid the file out: the file and its comments stay. From a
      // Word document, one that prints the same document is the same (the document cannot say more).
      const now = checked.procedures[0]?.procedure;
      const same =
        previous !== undefined &&
        now !== undefined &&
        (sameData(now, previous) || (isWord(path) && sameDocument(now, previous)));
      if (existing?.text === text || same) {
        // The notes the file does not hold yet are said, never lost unseen: with --force only its top comment is
        // written, the procedure being the same.
        const unwritten = existing?.text === undefined ? [] : notesNotIn(existing.text, imported.notes);
        const count = unwritten.length;
        if (count > 0 && options.force && lockedSkip()) continue;
        if (count > 0 && options.force) {
          const header = headerOf(imported.notes, basename(path), options.lang);
          write(withHeader(existing!.text!, header));
          const written = [...warnings, said('noteWritten', { count })];
          lines.push({ kind: 'overwritten', path: target, source: outcome.source, warnings: written });
          continue;
        }
        if (count > 0) notesLeft = true;
        const left =
          count === 0 ? [] : [said('notesUnwritten', { count }), ...unwritten.map((note) => plain(`  ${note}`))];
        // The steps' ids the file kept are its own, unchanged: said only when a file is written with them.
        const withoutIds = warnings.filter((warning) => !isSaid(warning, 'stepIdsKept'));
        lines.push({ kind: 'unchanged', path: target, source: outcome.source, warnings: [...withoutIds, ...left] });
        continue;
      }
      // What differs from the file, said both before --force (what it would change) and with it (what it changed).
      const changes = previous === undefined || now === undefined ? [] : importChanges(previous, now, shown, calendar);
      if (lockedSkip()) continue;
      if (existing !== undefined && !options.force) {
        lines.push({
          kind: 'skipped',
          source: outcome.source,
          reason: said('exists', { path: shown }),
          changes: changes.map((change) => saidChange(change, { done: false })),
        });
        continue;
      }
      write(text);
      lines.push({
        kind: existing === undefined ? 'imported' : 'overwritten',
        path: target,
        source: outcome.source,
        warnings: [...warnings, ...changes.map((change) => saidChange(change, { done: true }))],
      });
    }
    // Taken in only when nothing of it was refused or left out (a heading row or a sheet of notes is no procedure).
    if (
      bytes !== undefined &&
      isTakenBack(path) &&
      !notesLeft &&
      lines.slice(firstLine).every((line) => line.kind !== 'skipped' || line.passedOver)
    )
      takenIn.push({ path, bytes });
  }
  // The folders of the documents to take in are held before anything is written: a run writing into one of them
  // stops the import here, whole, not after the procedures are written.
  const taking = OutputRecord.holdForTakeIn(takenIn.map(({ path }) => path));
  try {
    // A file another writer took meanwhile is left as they made it, and its line says so; the source is then not taken in.
    const notWritten = new Set<string>();
    await eachLimited(writes, WRITES_IN_FLIGHT, async ({ target, text, found, line, path }) => {
      try {
        await writeFileSafelyAsync(target, text, undefined, found && replaceOnly(found, MAX_INPUT_BYTES));
      } catch (error) {
        if (!(error instanceof ReplacedMeanwhile)) throw error;
        lines[line] = { kind: 'skipped', source: lines[line]!.source, reason: error.said };
        notWritten.add(path);
      }
    });
    // Once the procedures are written: a document procmap wrote and an officer edited is then no longer in the way of
    // the next `doc` or `export`, which would otherwise refuse it as changed (the edits are in the YAML now).
    for (const { path, bytes } of takenIn) if (!notWritten.has(path)) taking.take(path, bytes);
  } finally {
    taking.release();
  }
  io.stdout.write(report(lines, unreadable, io.cwd, options.lang));
  // A broken file (bad JSON, a damaged workbook or document, another encoding) is a problem in the input, as every
  // command counts one; exit 2 stays for what stops procmap itself (bad usage, a path it cannot open).
  const problems = unreadable > 0 || empty > 0 || lines.some((line) => line.kind === 'skipped' && !line.passedOver);
  return problems ? EXIT.problems : EXIT.ok;
}

/**
 * The existing file with the imported procedure put in, changing only what changed, when it reads back as the
 * procedure written afresh (`fresh`): first leaving each value the file writes its own way but means the same ("Lần
 * 2", "xã"), then, when a spelling meant more than its place (a cutoff in the limit's text), rewriting only the values
 * that are written otherwise. Undefined when neither reads back so: the file is then written afresh.
 */
function patchedText(
  existing: string,
  procedure: Procedure,
  previous: Procedure | undefined,
  file: string,
  fresh: Procedure | undefined,
): string | undefined {
  const data = procedureData(procedure);
  const meant = previous === undefined ? [] : [procedureData(previous)];
  for (const patched of [...meant.map((before) => patchedYaml(existing, data, before)), patchedYaml(existing, data)]) {
    if (patched === undefined) continue;
    const read = lint([loadFile(file, Buffer.from(patched))], { rules: [] }).procedures[0]?.procedure;
    if (read !== undefined && sameData(read, fresh)) return patched;
  }
  return undefined;
}

/**
 * The imported procedure under the id its file gives it: said when that file was found by its national code; not
 * when the id differs only in case, the same id as the file writes it.
 */
function renamed(imported: ImportedProcedure, id: string | undefined): ImportedProcedure {
  if (id === undefined || id === imported.procedure.id) return imported;
  const procedure = { ...imported.procedure, id };
  // The same id spelled otherwise (case, Đ): no other procedure's code, said as the id's change if it is one.
  if (idFileKey(id) === idFileKey(imported.procedure.id)) return { ...imported, procedure };
  const code = imported.procedure.code ?? id;
  return { ...imported, procedure, warnings: [...imported.warnings, said('sameCode', { code, id })] };
}

/**
 * The imported procedure with the body keys, step ids and time spellings of the procedure in the file it would
 * replace, where they are the same (keepKeys, days in the catalog's `hoursPerDay`), and a line saying how many keys; as
 * imported when that file is no valid procedure; from a Word document, with that file's values the document does not
 * print (withUnprinted). With it, that file's procedure.
 */
function withKeysOf(
  imported: ImportedProcedure,
  existing: string,
  file: string,
  fromWord: boolean,
  hoursPerDay: number,
): { imported: ImportedProcedure; previous: Procedure | undefined } {
  // Only its canonical procedure is wanted: the schema, without the rules.
  const previous = lint([loadFile(file, Buffer.from(existing))], { rules: [] }).procedures[0]?.procedure;
  if (previous === undefined) return { imported, previous };
  // What the source does not carry keeps the file's value; a Word document's own part of that is withUnprinted's.
  const merged = withFileValues(imported, previous, file, { absent: !fromWord });
  const kept = keepKeys(merged.procedure, previous, hoursPerDay);
  const keysLine =
    kept.bodies + kept.steps > 0 ? [said('keysKept', { bodies: kept.bodies, steps: kept.steps, file })] : [];
  // The steps procmap numbered (B1, B2…) that took the file's ids are said so, in place of "procmap numbered B1–B3",
  // which the file written does not show.
  const renumbered = stepIdsLine(kept.stepIds, merged.procedure.steps, file);
  const warnings = renumbered
    ? [...merged.warnings.filter((warning) => !renumbered.every || !isSaid(warning, 'stepsNumbered')), renumbered.line]
    : merged.warnings;
  const keyed = { ...merged, procedure: kept.procedure, warnings: [...warnings, ...keysLine] };
  return { imported: fromWord ? withUnprinted(keyed, previous, printedDocument) : keyed, previous };
}

// The kept ids a line names before it says there are more.
const NAMED_IDS = 5;
// The ids procmap gives steps a table does not: B and the step's number (B3, B2b, B2.1).
const NUMBERED = /^B\d[\w.]*$/u;

/**
 * What the report says of the steps procmap numbered (B1, B2…) that kept an id of the file they replace, and whether
 * that was every step it numbered (then its "procmap numbered B1–B3" is no longer true); undefined when none did.
 */
function stepIdsLine(
  stepIds: readonly [string, string][],
  imported: readonly { id: string }[],
  file: string,
): { line: Translated; every: boolean } | undefined {
  const numbered = stepIds.filter(([id]) => NUMBERED.test(id));
  if (numbered.length === 0) return undefined;
  const named = numbered.slice(0, NAMED_IDS).map(([, id]) => id);
  const ids = numbered.length > NAMED_IDS ? `${named.join(', ')}…` : named.join(', ');
  const every = imported.filter((step) => NUMBERED.test(step.id)).length === numbered.length;
  return { line: said('stepIdsKept', { count: numbered.length, file, ids }), every };
}

/**
 * The file an import would replace: undefined when absent, 'link' when it is a link or not a regular file, else its
 * bytes and text (undefined when it is larger than any procedure file: it differs, and its keys are not read).
 */
function existingFile(path: string): { text: string | undefined; bytes?: Buffer } | 'link' | undefined {
  try {
    if (!lstatSync(inRunFolder(path)).isFile()) return 'link';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const read = readBounded(path, MAX_INPUT_BYTES);
  if (read.ok) return { text: read.bytes.toString('utf8'), bytes: read.bytes };
  return read.size === undefined ? 'link' : { text: undefined };
}

// Imported files whose writes may be in flight at once, as build's pages: the disk syncs them on libuv's threads.
const WRITES_IN_FLIGHT = 8;

// The report's words: what became of each source, and the counts.
const REPORT: Record<
  Lang,
  Record<Line['kind'], string> & {
    heading: string;
    sheet: string;
    hidden: string;
    owner: string;
    mapping: string;
    repaired: string;
    summary: Record<Line['kind'], string>;
    unreadable: [string, string];
  }
> = {
  en: {
    imported: 'imported',
    overwritten: 'overwritten',
    unchanged: 'unchanged',
    skipped: 'skipped',
    heading: 'heading',
    sheet: 'other sheet',
    hidden: 'hidden',
    mapping: 'mapping',
    repaired: 'repaired',
    owner: 'lock file',
    summary: {
      imported: '{n} imported',
      overwritten: '{n} overwritten',
      unchanged: '{n} unchanged',
      skipped: '{n} skipped',
    },
    unreadable: ['{n} file unreadable', '{n} files unreadable'],
  },
  vi: {
    imported: 'đã nhập',
    overwritten: 'đã ghi đè',
    unchanged: 'không đổi',
    skipped: 'bỏ qua',
    heading: 'tiêu đề',
    sheet: 'trang khác',
    hidden: 'ẩn',
    mapping: 'bảng ghép',
    repaired: 'sửa chữ',
    owner: 'tệp khóa',
    summary: { imported: 'đã nhập {n}', overwritten: 'ghi đè {n}', unchanged: 'không đổi {n}', skipped: 'bỏ qua {n}' },
    unreadable: ['không đọc được {n} tệp', 'không đọc được {n} tệp'],
  },
};

/** The per-source report: what was written where, what was skipped and why, then the counts (files not read too). */
function report(lines: readonly Line[], unreadable: number, cwd: string, lang: Lang): string {
  const words = REPORT[lang];
  const out: string[] = [];
  const counts = { imported: 0, overwritten: 0, unchanged: 0, skipped: 0 };
  for (const line of lines) {
    // A heading row, or a sheet of other things, is said where it stands, and counts as nothing skipped.
    if (line.kind !== 'skipped' || !line.passedOver) counts[line.kind]++;
    if (line.kind === 'skipped') {
      out.push(`${words[line.passedOver ?? 'skipped'].padEnd(12)} ${line.source[lang]}: ${line.reason[lang]}`);
      for (const change of line.changes ?? []) out.push(`               ${change[lang]}`);
    } else {
      out.push(`${words[line.kind].padEnd(12)} ${displayPath(line.path, cwd)}  ← ${line.source[lang]}`);
      for (const warning of line.warnings) out.push(`               ${warning[lang]}`);
    }
  }
  const shown = (['imported', 'overwritten', 'unchanged', 'skipped'] as const).filter(
    (kind) => kind === 'imported' || kind === 'skipped' || counts[kind] > 0,
  );
  const summary = shown.map((kind) => fill(words.summary[kind], { n: counts[kind] }));
  // An unreadable file's message is on stderr; the counts say it too, so "0 imported" is not read as an empty source.
  if (unreadable > 0) summary.push(fill(words.unreadable[unreadable === 1 ? 0 : 1], { n: unreadable }));
  out.push(summary.join(', '));
  return `${out.map(escapeControls).join('\n')}\n`;
}

/** Defines `procmap import` on the program; main loads this module only when the command is run or listed. */
export function defineImportCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareImport(program, lang).action(async (files, options) =>
    setExit(await importCommand(files, settled(options), io)),
  );
}

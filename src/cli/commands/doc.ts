import type { Command } from '@commander-js/extra-typings';
import { idFileName } from '../../model/id-file-name.js';
import {
  calendarOption,
  type CommandContext,
  configOption,
  formatListOption,
  helpTexts,
  langOption,
  parseFormats,
  settled,
  type Settled,
} from '../define.js';
import { join } from 'node:path';
import { DOC_FORMATS, docTarget, type DocFormat, type DocTarget, refuseManyForOneFile } from '../doc-target.js';
import { fill, type Lang } from '../../i18n.js';
import { eachLimited } from '../../concurrency.js';
import { lintForRendering } from '../../lint/rendering-lint.js';
import type { CatalogEntry } from '../../model/types.js';
import { located } from '../../format/located.js';
import { findBrowser, noBrowserMessage } from '../../render/browser.js';
import {
  browserDocuments,
  FlowchartError,
  markdownDocument,
  pdfProperties,
  wordCore,
} from '../../render/document/outputs.js';
import { ownLookingPdfFiles } from '../../node/own-pdf-files.js';
import { ownLookingWordFiles } from '../../node/own-word-files.js';
import type { DocumentSubject } from '../../render/document/render.js';
import type { BrowserSession } from '../../render/diagram-renderer.js';
import { betweenFiles } from '../../node/interrupt.js';
import { readTemplates, TemplateDirError } from '../../render/document/template-files.js';
import { compileTemplates, TemplateError, type DocumentTemplates } from '../../render/document/templates.js';
import { documentSweeps } from '../../time/report.js';
import { analyseTime } from '../../time/analyse.js';
import { OutOfCalendarError } from '../../time/vietnam.js';
import { loadCatalogWithCalendars, type CatalogWithCalendars } from '../../node/file-calendars.js';
import { EXIT, ToolError, UsageError } from '../../errors.js';
import { inputOverlapRefusal } from '../../node/output-overlap.js';
import { displayPath, wholeFolderRefusal } from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { runBrowsers } from '../../node/run-browsers.js';
import { OutputRecord } from '../../node/output-record.js';
import type { ImageFile } from '../../render/image-file.js';
import { readLogos } from '../../node/logo-reader.js';
import { parsePaper } from '../paper.js';
import { sourceDate } from '../../node/source-date.js';
import { outOfCalendarDiagnostic } from '../out-of-calendar.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description: 'Write the ISO 9001 process document of each procedure: PDF, Word, HTML or Markdown',
    paths:
      'procedure files or folders (searched recursively; default: the current folder, less the `ignores:` of its procmap.config.yaml)',
    output:
      "folder for the documents, one file per procedure and format, named by its code; or, for one procedure, the document's file (its ending gives the format: .pdf, .docx, .html or .md)",
    format: 'pdf, docx, html and/or md, comma-separated or repeated',
    template:
      "an organisation's templates (document.hbs, document.css, markdown.hbs, partials/*.hbs) over the built-ins",
    paper: 'paper of the landscape page a wide flowchart gets: a4 or a3',
    force: 'replace documents procmap did not write, or that were changed since it did (edited in Word, say)',
    after:
      "\nDocuments are in Vietnamese; --lang en gives English headings and units.\nhtml, pdf and docx draw the flowchart with Chromium (the system's, or the one PROCMAP_CHROME names);\nmd embeds it as a mermaid block and needs no browser. docx is a Word file (Word, LibreOffice) with the\ncontrol header and page x/y on every page. A flowchart with 5 lanes or more, or too wide to print its text\nat 7 pt upright, gets a landscape page (--paper a3 for A3).\n\nA document is replaced only when procmap wrote it and it has not changed since (.procmap-outputs.json in\nthe folder keeps a hash of each file procmap wrote): a Word file edited to import back, or a signed scan of\nthe same name, stops the run before anything is written, unless --force.\n\nExit codes: 0 done, 1 a procedure had problems and got no document, 2 procmap could not run (bad usage,\na template error, no browser for html or pdf, a file in the way).\n\nExamples:\n  procmap doc procedures/ -o out/\n  procmap doc procedures/xa/dang-ky-ket-hon.yaml --format html,md --lang en -o out/en\n  procmap doc procedures/ --template my-templates/ -o out/\n  procmap doc procedures/ --format docx,pdf --paper a3 -o out/\n  procmap doc procedures/xa/dang-ky-ket-hon.yaml -o dang-ky-ket-hon.docx",
  },
  vi: {
    description: 'Lập tài liệu quy trình theo ISO 9001 cho từng thủ tục: PDF, Word, HTML hoặc Markdown',
    paths:
      'tệp quy trình hoặc thư mục (tìm cả trong thư mục con; mặc định: thư mục hiện tại, trừ những gì ghi ở ignores: trong procmap.config.yaml)',
    output:
      'thư mục ghi tài liệu, mỗi quy trình một tệp cho mỗi định dạng, đặt tên theo mã hiệu quy trình; hoặc, với một quy trình, tên tệp tài liệu (đuôi tệp cho biết định dạng: .pdf, .docx, .html hoặc .md)',
    format: 'pdf, docx, html và/hoặc md, cách nhau bằng dấu phẩy hoặc lặp lại tùy chọn',
    template:
      'thư mục mẫu trình bày riêng của cơ quan (document.hbs, document.css, markdown.hbs, partials/*.hbs), dùng thay mẫu có sẵn',
    paper: 'khổ giấy của trang ngang dành cho lưu đồ rộng: a4 hoặc a3',
    force: 'ghi đè cả tài liệu không do procmap tạo, hoặc đã được sửa sau khi procmap tạo (ví dụ sửa bằng Word)',
    after:
      '\nTài liệu viết bằng tiếng Việt; --lang en cho đề mục và đơn vị tiếng Anh.\nhtml, pdf và docx vẽ lưu đồ bằng Chromium (trình duyệt cài trên máy, hoặc trình duyệt mà PROCMAP_CHROME chỉ tới);\nmd đưa lưu đồ vào dưới dạng khối mermaid nên không cần trình duyệt. docx là tệp Word (mở bằng Word, LibreOffice),\ntrang nào cũng có khung kiểm soát tài liệu ở đầu trang và số trang x/y. Lưu đồ có từ 5 làn trở lên, hoặc quá\nrộng để in chữ cỡ 7 pt trên trang dọc, được in trên một trang ngang (--paper a3 để dùng khổ A3).\n\nTài liệu chỉ bị ghi đè khi do procmap tạo ra và chưa bị sửa từ đó (.procmap-outputs.json trong thư mục ghi\nmã băm của từng tệp procmap đã tạo): tệp Word đã sửa để nhập lại, hay bản quét có chữ ký trùng tên, làm lệnh\ndừng trước khi ghi bất cứ tệp nào, trừ khi dùng --force.\n\nMã thoát: 0 xong, 1 có quy trình gặp vấn đề nên không có tài liệu, 2 procmap không chạy được (sai cách dùng lệnh,\nlỗi mẫu trình bày, không có trình duyệt cho html hoặc pdf, có tệp cản đường).\n\nVí dụ:\n  procmap doc procedures/ -o out/\n  procmap doc procedures/xa/dang-ky-ket-hon.yaml --format html,md --lang en -o out/en\n  procmap doc procedures/ --template mau-rieng/ -o out/\n  procmap doc procedures/ --format docx,pdf --paper a3 -o out/\n  procmap doc procedures/xa/dang-ky-ket-hon.yaml -o dang-ky-ket-hon.docx',
  },
});

/** `procmap doc` on the command line: arguments, options, help and examples, in the language of help. */
function declareDoc(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('doc')
    .description(help.description)
    .argument('[paths...]', help.paths, [])
    .option('-o, --output <dir>', help.output, 'out')
    .addOption(formatListOption(help.format, 'pdf'))
    .option('--template <dir>', help.template)
    .addOption(configOption(lang, 'eachFile'))
    .addOption(calendarOption(lang))
    .option('--paper <size>', help.paper, 'a4')
    .option('--force', help.force)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap doc`, as commander parses them. */
export type DocCommandOptions = Settled<ReturnType<ReturnType<typeof declareDoc>['opts']>>;

// Documents rendered at once: the browser's page pools bound the real parallelism; this bounds memory.
const CONCURRENCY = 4;

function loadDocumentTemplates(dir: string | undefined): DocumentTemplates {
  try {
    return compileTemplates(readTemplates(dir, (path) => displayPath(path)));
  } catch (error) {
    if (error instanceof TemplateDirError || error instanceof TemplateError)
      throw new UsageError(error.translated, { cause: error });
    throw error;
  }
}

const SKIPPED = {
  en: 'procmap: no document for {file}: fix the problems above (procmap lint shows them all)',
  vi: 'procmap: không tạo tài liệu cho {file}: hãy sửa các vấn đề ở trên (procmap lint liệt kê đầy đủ)',
} as const;

/** Reads and checks the procedures and their logos; those with blocking problems are reported on stderr and left out. */
function loadProcedures(
  catalog: CatalogWithCalendars,
  io: Io,
  lang: Lang,
): { procedures: (CatalogEntry & { logo: ImageFile | undefined })[]; problems: boolean; unreadable: boolean } {
  const { unreadable, configOf } = catalog;
  const result = lintForRendering(catalog, lang);
  const { errors } = result;
  const skipped = new Set(errors.map((d) => d.file));
  for (const d of result.problems) io.stderr.write(`${located(d, `${d.message} (${d.rule})`)}\n`);
  const logos = readLogos(result.procedures, configOf, skipped, io, lang);
  const procedures = result.procedures
    .filter((entry) => !skipped.has(entry.file))
    .map((entry) => ({ ...entry, logo: logos.get(entry.procedure.id) }));
  const badLogo = skipped.size > new Set(errors.map((d) => d.file)).size;
  for (const file of skipped) io.stderr.write(`${fill(SKIPPED[lang], { file })}\n`);
  return { procedures, problems: errors.length > 0 || badLogo, unreadable: unreadable.length > 0 };
}

/**
 * A procedure's document in one format: `QT-X.pdf` in the folder, named by its code's file name (`QT-ĐĐ-01` →
 * `QT-DD-01.pdf`), or the one file `-o` names.
 */
function documentPath(target: DocTarget, subject: DocumentSubject, format: DocFormat): string {
  return target.file ?? join(target.folder, `${idFileName(subject.procedure.id)}.${format}`);
}

/**
 * The Word files and PDFs in the way, not in the output record, that carry exactly the properties procmap writes for them
 * (committed to git without the record, say): they are judged by their bytes once made, not refused before.
 */
async function ownLookingDocuments(
  subjects: readonly DocumentSubject[],
  formats: readonly DocFormat[],
  target: DocTarget,
  record: OutputRecord,
): Promise<Set<string>> {
  const unlisted = (format: DocFormat) =>
    new Set(record.unlisted(subjects.map((subject) => documentPath(target, subject, format))));
  const own = new Set<string>();
  if (formats.includes('docx')) {
    const words = unlisted('docx');
    const candidates = subjects.flatMap((subject) => {
      const path = documentPath(target, subject, 'docx');
      return words.has(path) ? [[path, wordCore(subject)] as const] : [];
    });
    for (const path of await ownLookingWordFiles(candidates)) own.add(path);
  }
  if (formats.includes('pdf')) {
    const pdfs = unlisted('pdf');
    const candidates = subjects.flatMap((subject) => {
      const path = documentPath(target, subject, 'pdf');
      return pdfs.has(path) ? [[path, pdfProperties(subject)] as const] : [];
    });
    for (const path of ownLookingPdfFiles(candidates)) own.add(path);
  }
  return own;
}

/** Every procedure's document in the browserless format (Markdown), made before anything is written. */
async function markdownFiles(
  templates: DocumentTemplates,
  subjects: readonly DocumentSubject[],
  target: DocTarget,
): Promise<(readonly [string, string])[]> {
  const files: (readonly [string, string])[] = [];
  for (const subject of subjects) {
    await betweenFiles();
    files.push([documentPath(target, subject, 'md'), markdownDocument(templates, subject)]);
  }
  return files;
}

/** Writes one procedure's HTML, PDF and/or Word file, with the flowchart rendered once by the same browser. */
async function writeBrowserFormats(
  session: BrowserSession,
  templates: DocumentTemplates,
  subject: DocumentSubject,
  formats: readonly DocFormat[],
  target: DocTarget,
  record: OutputRecord,
): Promise<string[]> {
  let documents;
  try {
    documents = await browserDocuments(session, templates, subject, {
      html: formats.includes('html'),
      pdf: formats.includes('pdf'),
      docx: formats.includes('docx'),
    });
  } catch (error) {
    if (error instanceof FlowchartError) throw new ToolError(error.message, { cause: error });
    throw error;
  }
  const files: (readonly [string, string | Uint8Array])[] = [];
  for (const [format, data] of [
    ['html', documents.html],
    ['pdf', documents.pdf],
    ['docx', documents.docx],
  ] as const)
    if (data !== undefined) files.push([documentPath(target, subject, format), data]);
  record.write(files);
  return files.map(([path]) => path);
}

/**
 * `procmap doc`: one ISO 9001 process document per procedure, as Markdown, HTML, PDF and/or Word, in a folder,
 * named by the procedure's code. Exit 0 done, 1 when a procedure had problems that left it without a document, 2 when
 * procmap could not run (bad usage, a template error, no browser for html or pdf, an unreadable path).
 */
export async function docCommand(
  paths: string[],
  options: DocCommandOptions,
  io: Io,
  formatGiven: boolean,
): Promise<number> {
  try {
    return await writeDocuments(paths, options, io, formatGiven);
  } catch (error) {
    // A template that fails only on some data fails while rendering: still the template's fault, named with its line.
    if (error instanceof TemplateError) throw new UsageError(error.translated, { cause: error });
    throw error;
  }
}

async function writeDocuments(
  paths: string[],
  options: DocCommandOptions,
  io: Io,
  formatGiven: boolean,
): Promise<number> {
  const asked = parseFormats(options.format, DOC_FORMATS, { en: 'document', vi: 'tài liệu' });
  const target = docTarget(options.output, asked, formatGiven);
  // `-o d1.md`: the one file's format is its name's.
  const formats = target.file === undefined ? asked : [target.format];
  // `-o /` or `-o ~`: the documents and their record would land among the disk's or the user's own files.
  // `-o catalog` or `-o .` above it: the files would be written among the officers' procedure files. One file named
  // by `-o` replaces no procedure: writing never replaces an input.
  const forOutput = { en: 'the documents', vi: 'các tài liệu', example: 'out' };
  const sweeping =
    target.file === undefined
      ? (wholeFolderRefusal(target.folder, io.env.HOME, forOutput) ??
        inputOverlapRefusal(target.folder, paths.length > 0 ? paths : ['.'], forOutput))
      : undefined;
  if (sweeping) throw sweeping;
  const templates = loadDocumentTemplates(options.template);
  const roots = paths.length > 0 ? paths : ['.'];
  const paper = parsePaper(options.paper);
  // Read before anything else runs: a malformed value stops the run, as the reproducible-builds convention asks.
  const source = formats.includes('docx') || formats.includes('pdf') ? sourceDate(io.env) : undefined;
  const needsBrowser = formats.some((format) => format !== 'md');
  // Look for the browser before writing anything, so a missing one never leaves half a set of documents.
  const browser = needsBrowser ? findBrowser(io.env) : undefined;
  if (browser && !browser.ok)
    throw new ToolError(
      noBrowserMessage(browser.problem, {
        en: 'HTML, PDF and Word documents hold the flowchart a browser draws; --format md needs none.',
        vi: 'Tài liệu HTML, PDF và Word chứa lưu đồ do trình duyệt vẽ; --format md không cần trình duyệt.',
      }),
    );
  // Each document on its own file's configuration: b's logo and working day for b's procedures in `doc a b`.
  const catalog = loadCatalogWithCalendars(roots, { config: options.config, calendar: options.calendar }, options.lang);
  noteHiddenFiles(catalog.hidden, io, options.lang);
  noteLookAlikeFiles(catalog.lookAlike, io, options.lang);
  refuseManyForOneFile(target, catalog.sources.length + catalog.unreadable.length);
  const { procedures, problems, unreadable } = loadProcedures(catalog, io, options.lang);
  const subjects: DocumentSubject[] = [];
  let outOfRange = false;
  for (const entry of procedures) {
    const { procedure, logo } = entry;
    const calendar = catalog.calendarOf(entry.file);
    const analysis = analyseTime(procedure, calendar);
    let sweeps;
    try {
      sweeps = documentSweeps(procedure, analysis, calendar);
    } catch (error) {
      // Receipts that run past the years the calendar knows (Tết after 2099): no document for this file only.
      if (!(error instanceof OutOfCalendarError)) throw error;
      const d = outOfCalendarDiagnostic(entry, error, calendar, {}, options.lang);
      io.stderr.write(`${located(d, `${d.message} (${d.rule})`)}\n`);
      io.stderr.write(`${fill(SKIPPED[options.lang], { file: entry.file })}\n`);
      outOfRange = true;
      continue;
    }
    subjects.push({
      procedure,
      analysis,
      ...sweeps,
      lang: options.lang,
      paper,
      ...(logo ? { logo } : {}),
      ...(source ? { sourceDate: source } : {}),
    });
  }
  // An officer's file of a document's name (edited in Word, a signed scan) stops the run before anything is written;
  // a Markdown file that already says exactly what would be written (by a procmap older than the record) does not.
  const markdown = formats.includes('md') ? await markdownFiles(templates, subjects, target) : [];
  const record = OutputRecord.open(target.folder, { force: options.force, io, lang: options.lang });
  const written: string[] = [];
  try {
    record.refuseUsersFiles(
      [
        ...markdown,
        ...subjects.flatMap((subject) =>
          formats.filter((format) => format !== 'md').map((format) => [documentPath(target, subject, format)] as const),
        ),
      ],
      await ownLookingDocuments(subjects, formats, target, record),
    );
    // The browser starts before anything is written: one that cannot start leaves no Markdown behind either.
    const lease =
      browser?.ok && subjects.length > 0 ? await runBrowsers(io).acquire({ executablePath: browser.path }) : undefined;
    try {
      for (const file of markdown) {
        await betweenFiles();
        record.write([file]);
        written.push(file[0]);
      }
      if (lease)
        await eachLimited(subjects, CONCURRENCY, async (subject) => {
          written.push(...(await writeBrowserFormats(lease.session, templates, subject, formats, target, record)));
        });
    } finally {
      await lease?.release();
    }
    // The last batch, then the final hashes: a run that failed part way leaves each file it wrote known as procmap's.
    record.finish();
  } finally {
    // A run that stopped part way lets the next one write there.
    record.close();
  }
  for (const path of written.sort()) io.stdout.write(`${displayPath(path)}\n`);
  if (unreadable) return EXIT.failure;
  return problems || outOfRange ? EXIT.problems : EXIT.ok;
}

/** Defines `procmap doc` on the program; main loads this module only when the command is run or listed. */
export function defineDocCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareDoc(program, lang).action(async (paths, options, command) =>
    // `-o d1.md` alone asks for Markdown; with `--format pdf` it is for the officer to settle.
    setExit(await docCommand(paths, settled(options), io, command.getOptionValueSource('format') === 'cli')),
  );
}

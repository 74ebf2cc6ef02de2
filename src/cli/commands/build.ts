import type { Command } from '@commander-js/extra-typings';
import {
  calendarOption,
  type CommandContext,
  configOption,
  helpTexts,
  langOption,
  settled,
  type Settled,
} from '../define.js';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  buildInputs,
  buildKey,
  claimedEntries,
  emptyManifest,
  goneEntries,
  inputsWithLogos,
  manifestText,
  parseManifest,
  parsePendingRecords,
  planBuild,
  supersededOutputs,
  unfinishedEntry,
  type BuildManifest,
} from '../../catalog/build-cache.js';
import { eachLimited } from '../../concurrency.js';
import { countedCatalog, unpublishedProcedures } from '../../catalog/counted.js';
import { catalogStats } from '../../catalog/stats.js';
import { stylish } from '../../format/stylish.js';
import { fill, type Lang, type Translated } from '../../i18n.js';
import type { CatalogEntry, RefusedFile } from '../../lint/linter.js';
import type { Diagnostic } from '../../model/types.js';
import { lintWithCache, parsePassCache, passCacheText } from '../../lint/pass-cache.js';
import { findBrowser, noBrowserMessage } from '../../render/browser.js';
import type { BrowserSession } from '../../render/diagram-renderer.js';
import type { SessionLease } from '../../render/session-source.js';
import { readTemplates, TemplateDirError, templatesFingerprint } from '../../render/document/template-files.js';
import type { TemplateSources } from '../../render/document/templates.js';
import { citizenPath, indexPage, procedureDir } from '../../render/site/index-page.js';
import { idFileName } from '../../model/id-file-name.js';
import { procedurePage } from '../../render/site/procedure-page.js';
import {
  ONTIME_PAGE,
  NOT_FOUND_PAGE,
  OPTIONAL_SITE_FILES,
  procedureOutputs,
  SITE_PAGES,
  SITEMAP,
} from '../../render/site/site-files.js';
import { SITE_LABELS } from '../../render/site/labels.js';
import { summaryPage } from '../../render/site/summary-page.js';
import { citizenPageExampleFrom, renderCitizenPage } from '../../render/site/citizen-page.js';
import { procedureQr } from '../../render/site/citizen-view.js';
import { namesPage, siteBase } from '../../render/site/qr.js';
import { sitemap } from '../../render/site/sitemap.js';
import { ontimePage, ontimeSummarySection } from '../../render/site/ontime-page.js';
import { drawingOf, standaloneSvg } from '../../render/site/standalone-svg.js';
import { notFoundSitePage } from '../../render/site/not-found-page.js';
import { fromCatalog, withPublicProcedureFiles } from '../../render/site/public-paths.js';
import { measuredCatalog, unmeasuredProcedures } from '../../ontime/procedures.js';
import type { MeasureSetup } from './ontime.js';
import type { ProcmapConfig } from '../../config/config.js';
import { documentSweeps } from '../../time/report.js';
import { OutOfCalendarError } from '../../time/vietnam.js';
import { analyseTime } from '../../time/analyse.js';
import { exampleFrom } from '../../time/example.js';
import { dayParts, formatDay, parseDay, type Day } from '../../time/moment.js';
import { sweepWindow } from '../../time/window.js';
import { countedPastAdvice } from '../../time/year-advice.js';
import type { WorkingCalendar } from '../../time/calendar.js';
import { VERSION } from '../../version.js';
import { runningCodeFingerprint } from '../../node/code-fingerprint.js';
import { DRAWING_REVISION } from '../../render/drawing-revision.js';
import { vietnamNow, vietnamToday } from '../../node/calendar-loader.js';
import { EXIT, InputError, isBrowserFailure, ToolError, UsageError } from '../../errors.js';
import { lockSite } from '../../node/build-lock.js';
import { hasRecordedStamp, holdsRecordedBytes, SiteRecord } from '../../node/site-record.js';
import {
  displayPath,
  findCatalogFiles,
  linkRefusal,
  refuseBlockedWays,
  prepareOutputFolder,
  refuseNonFolderOutput,
  wholeFolderRefusal,
  readBounded,
  removeAbandonedTemporaryFiles,
  writeFileSafelyAsync,
} from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { runBrowsers } from '../../node/run-browsers.js';
import { unlessInterrupted } from '../../node/interrupt.js';
import { useColor } from '../../node/output.js';
import { progressBar } from '../progress.js';
import { readFoundFiles } from '../../node/catalog-reader.js';
import { buildSettings } from '../../node/build-settings.js';
import { MAX_LOGO_BYTES, readLogos } from '../../node/logo-reader.js';
import { inRunFolder } from '../../node/run-context.js';
import { parsePaper } from '../paper.js';
import { sharedIds } from '../../catalog/shared-ids.js';
import { sourceDate } from '../../node/source-date.js';
import { formatNumber } from '../../time/units.js';
import type { Paper } from '../../render/flowchart-page.js';
import type { ImageFile } from '../../render/image-file.js';
import { inputOverlapRefusal } from '../../node/output-overlap.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';
import { reportPeriod } from '../report-period.js';
import type { Period } from '../../ontime/period.js';

const BUILD_TEXT = {
  en: {
    nothing: 'the catalog has errors; nothing was built (fix them, or use --keep-going to build the valid procedures)',
    sharedId:
      'the id "{id}" is given by {count} files ({files}): none of them is built, and the pages already built for that id are kept; give each procedure its own id',
    built:
      'built {count} procedures into {out}: {rendered} rendered, {upToDate} up to date, {removed} removed{kept} ({seconds} s); open {index}',
    builtOne:
      'built 1 procedure into {out}: {rendered} rendered, {upToDate} up to date, {removed} removed{kept} ({seconds} s); open {index}',
    kept: ', {kept} kept as edited',
  },
  vi: {
    nothing: 'bộ quy trình có lỗi; chưa tạo gì (hãy sửa, hoặc dùng --keep-going để tạo các quy trình hợp lệ)',
    sharedId:
      'mã hiệu "{id}" có ở {count} tệp ({files}): không tạo trang cho tệp nào, trang đã có của mã hiệu này được giữ nguyên; hãy đặt cho mỗi quy trình một mã hiệu riêng',
    built:
      'đã tạo {count} quy trình vào {out}: {rendered} tạo mới, {upToDate} không đổi, {removed} đã xóa{kept} ({seconds} giây); mở {index}',
    builtOne:
      'đã tạo 1 quy trình vào {out}: {rendered} tạo mới, {upToDate} không đổi, {removed} đã xóa{kept} ({seconds} giây); mở {index}',
    kept: ', {kept} giữ nguyên vì có tệp đã được sửa',
  },
} as const;

const HELP = helpTexts({
  en: {
    description:
      'Build the public catalog site: an index with search and filters, a summary, and per procedure its ISO document, flowchart, PDF and Markdown',
    catalog: 'catalog folder (default: the current folder)',
    output: 'site folder',
    clean: 'ignore the build cache and render every procedure again',
    keepGoing: 'build the valid procedures even when some files have errors (exit 1) or cannot be rendered (exit 2)',
    noPdf: 'skip the PDFs (faster)',
    docx: 'also write each document as a Word file (.docx)',
    paper: 'paper of the landscape page a wide flowchart gets: a4 or a3',
    title: 'title of the index page',
    template: "your organisation's templates, falling back to the built-in ones",
    dossiers: 'add an on-time report of this dossier export (CSV, XLSX, JSON) to the summary; repeat for more',
    from: "the on-time report's period from this day, as ontime --from: the dossiers settled in it and those still open at its end, e.g. 01/09/2026",
    to: "the last day of the on-time report's period, itself included; open dossiers are judged at its end, 23:59",
    after:
      '\nOnly procedures whose file, templates, logo, calendar, configuration, language or procmap (its version or its code)\nchanged are rendered again.\nExit codes: 0 built, 1 the catalog has errors (nothing built, unless --keep-going), 2 bad usage, no browser or a template error.\n\nExamples:\n  procmap build procedures -o site\n  procmap build procedures -o site --lang en --no-pdf\n  procmap build procedures -o site --dossiers ho-so-2026.csv',
  },
  vi: {
    description:
      'Tạo trang web công khai của bộ quy trình: trang danh mục có ô tìm kiếm và bộ lọc, trang tổng hợp, và cho từng quy trình: tài liệu ISO, lưu đồ, bản PDF và Markdown',
    catalog: 'thư mục bộ quy trình (mặc định: thư mục hiện tại)',
    output: 'thư mục ghi trang web',
    clean: 'bỏ qua bộ nhớ đệm của lần tạo trước và tạo lại mọi quy trình',
    keepGoing:
      'vẫn tạo các quy trình hợp lệ khi có tệp bị lỗi (mã thoát 1) hoặc có quy trình không dựng được (mã thoát 2)',
    noPdf: 'không tạo bản PDF (nhanh hơn)',
    docx: 'ghi thêm mỗi tài liệu thành tệp Word (.docx)',
    paper: 'khổ giấy của trang ngang dành cho lưu đồ rộng: a4 hoặc a3',
    title: 'tiêu đề của trang danh mục',
    template: 'thư mục mẫu trình bày riêng của cơ quan; tệp nào không có thì dùng mẫu có sẵn',
    dossiers:
      'thêm vào trang tổng hợp báo cáo giải quyết đúng hạn, đo từ tệp hồ sơ đã xuất này (CSV, XLSX, JSON); lặp lại tùy chọn để thêm tệp',
    from: 'kỳ của báo cáo đúng hạn từ ngày này, như ontime --from: các hồ sơ giải quyết xong trong kỳ và các hồ sơ còn đang giải quyết cuối kỳ, ví dụ 01/09/2026',
    to: 'ngày cuối kỳ của báo cáo đúng hạn, tính cả ngày đó; hồ sơ đang giải quyết được xét đến cuối ngày này, 23:59',
    after:
      '\nChỉ tạo lại những quy trình mà tệp, mẫu trình bày, logo, lịch làm việc, cấu hình, ngôn ngữ hoặc procmap\n(phiên bản hay mã chương trình) đã thay đổi.\nMã thoát: 0 đã tạo xong, 1 bộ quy trình có lỗi (không tạo gì, trừ khi có --keep-going), 2 sai cách dùng lệnh,\nkhông có trình duyệt hoặc lỗi mẫu trình bày.\n\nVí dụ:\n  procmap build procedures -o site\n  procmap build procedures -o site --lang en --no-pdf\n  procmap build procedures -o site --dossiers ho-so-2026.csv',
  },
});

/** `procmap build` on the command line: arguments, options, help and examples, in the language of help. */
function declareBuild(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('build')
    .description(help.description)
    .argument('[catalog]', help.catalog)
    .option('-o, --output <dir>', help.output, 'site')
    .option('--clean', help.clean)
    .option('--keep-going', help.keepGoing)
    .option('--no-pdf', help.noPdf)
    .option('--docx', help.docx)
    .option('--paper <size>', help.paper, 'a4')
    .option('--title <text>', help.title)
    .option('-t, --template <dir>', help.template)
    .addOption(configOption(lang, 'catalog'))
    .addOption(calendarOption(lang))
    .option('--dossiers <file>', help.dossiers, (value: string, previous: string[] = []) => [...previous, value])
    .option('--from <date>', help.from)
    .option('--to <date>', help.to)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap build`, as commander parses them. */
export type BuildCommandOptions = Settled<ReturnType<ReturnType<typeof declareBuild>['opts']>>;

const MANIFEST = '.procmap-build.json';
// The pending records of the files written since the manifest's last save, saved before each write (see buildSite).
const PENDING_RECORDS = '.procmap-build-pending.json';
// About 700 bytes per procedure (its files' names and records): room for a catalog of some 90,000 procedures. A
// manifest over it is read as damaged, which costs a full build, never a crash.
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
// The clean files' lint results of the last build (src/lint/pass-cache.ts), and the most of it a build reads back:
// about 3 KiB per procedure in practice, so a cache far larger than its catalog is not parsed.
const PASS_CACHE = '.procmap-build-lint.json';
const passCacheLimit = (files: number): number => Math.min(512, 1 + files / 16) * 1024 * 1024;
// Procedures rendered at once: the page pools bound real parallelism; this bounds memory.
const CONCURRENCY = 4;
// Pages rendered without a browser (citizen pages) whose writes may be in flight at once: the disk syncs them on
// libuv's threads while the next pages render.
const WRITES_IN_FLIGHT = 8;
// Citizen pages written after one save of their pending records (see buildSite's write).
const CITIZEN_BATCH = 64;

// Procedure codes as the schema allows them (Đ and đ too, written as D and d in file names): a folder name that
// stays inside p/.
const PROCEDURE_ID = /^[A-Za-z0-9Đđ][A-Za-z0-9Đđ._-]{0,63}$/;

/** The templates' text, as a usage error when the folder is wrong; compiled only by a build that renders. */
function readSiteTemplates(dir: string | undefined): TemplateSources {
  try {
    return readTemplates(dir, (path) => displayPath(path));
  } catch (error) {
    if (error instanceof TemplateDirError) throw new UsageError(error.translated, { cause: error });
    throw error;
  }
}

/**
 * The document renderers with the templates compiled, loaded only by a build that renders: Handlebars, the Word
 * writer and the rest cost about 0.15 s to load, most of a build in which nothing changed.
 */
async function loadRenderers(sources: TemplateSources) {
  const [{ browserDocuments, flowchartSource, FlowchartError, markdownDocument }, { compileTemplates, TemplateError }] =
    await Promise.all([import('../../render/document/outputs.js'), import('../../render/document/templates.js')]);
  try {
    const templates = compileTemplates(sources);
    return { templates, browserDocuments, flowchartSource, FlowchartError, markdownDocument, TemplateError };
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.translated, { cause: error });
    throw error;
  }
}

/**
 * Refuses `--title ""` or a title of spaces (`--title "$TITLE"` with the variable unset): the index and the summary
 * had an empty heading and an empty <title>, which a browser's tab and a screen reader say as nothing.
 */
export function refuseEmptyTitle(title: string | undefined): void {
  if (title === undefined || title.trim() !== '') return;
  throw new UsageError({
    en: `--title is empty: write the title of the index page, or leave --title out for "${SITE_LABELS.en.catalog}" (is a variable unset?)`,
    vi: `--title là chuỗi rỗng: hãy ghi tiêu đề của trang danh mục, hoặc bỏ --title để dùng "${SITE_LABELS.vi.catalog}" (có biến môi trường nào chưa đặt?)`,
  });
}

/** Whether a path is a regular file (not a link, not a folder): the only kind of file a build writes. */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(inRunFolder(path)).isFile();
  } catch {
    return false;
  }
}

/** The first kilobyte of a file as text, or '' when it does not exist: enough to read an HTML page's first tags. */
function fileHead(path: string): string {
  let fd: number;
  // Never read through a link: a site folder holds only regular files procmap wrote.
  if (!isRegularFile(path)) return '';
  try {
    fd = openSync(inRunFolder(path), 'r');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

// A chart's SVG larger than this is drawn again rather than read back (the largest generated charts are ~1 MiB).
const MAX_SVG_BYTES = 32 * 1024 * 1024;

/**
 * A file an earlier build wrote in the site, read whole, or undefined: never through a link, neither the file nor
 * its folder, and never more than `limit` bytes.
 */
function previousOutput(root: string, output: string, limit: number): string | undefined {
  const path = inRunFolder(join(root, output));
  let fd: number | undefined;
  try {
    if (realpathSync(dirname(path)) !== join(realpathSync(inRunFolder(root)), dirname(output))) return undefined;
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > limit) return undefined;
    return readFileSync(fd, 'utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file read back looks like a whole chart as mermaid draws it. */
function isSvg(text: string | undefined): text is string {
  return text !== undefined && text.startsWith('<svg') && text.trimEnd().endsWith('</svg>');
}

/**
 * Removes files an earlier build wrote that this one does not (a procedure no longer built, a Word file or PDF no
 * longer asked for): only regular files, never through a link (the manifest lists only names procmap writes), and
 * never one changed since procmap wrote it (`record` keeps it), then their folders if empty.
 */
function removeStale(folder: string, outputs: readonly string[], record: SiteRecord): void {
  if (outputs.length === 0) return;
  const root = inRunFolder(folder);
  const realRoot = realpathSync(root);
  // lstat looks only at the last name: a procedure folder that is a link must not lead the removal elsewhere.
  const inPlace = (output: string) => {
    try {
      return realpathSync(dirname(join(root, output))) === join(realRoot, dirname(output));
    } catch {
      return false;
    }
  };
  for (const output of outputs)
    if (inPlace(output) && isRegularFile(join(root, output)) && record.mayReplace(output, true)) {
      rmSync(join(root, output));
      record.removed(output);
    }
  for (const dir of new Set(outputs.map((output) => dirname(join(root, output))))) {
    if (dir === join(root, '.')) continue;
    try {
      if (lstatSync(dir).isDirectory() && readdirSync(dir).length === 0) rmdirSync(dir);
    } catch {
      // Already gone, or not ours to remove.
    }
  }
}

/**
 * The previous build's manifest; one that is damaged or tampered with costs a full build, and is reported when `report`
 * is given.
 */
function readManifest(path: string, report?: { io: Io; lang: Lang }): { manifest: BuildManifest; damaged: boolean } {
  if (!isRegularFile(path)) return { manifest: emptyManifest(), damaged: false };
  const read = readBounded(path, MAX_MANIFEST_BYTES);
  const text = read.ok ? read.bytes.toString('utf8') : '';
  const { manifest, damaged } = parseManifest(
    text,
    (id) => (PROCEDURE_ID.test(id) ? procedureOutputs(id, true, true) : undefined),
    OPTIONAL_SITE_FILES,
    SITE_PAGES,
  );
  if ((damaged || !read.ok) && report)
    report.io.stderr.write(
      report.lang === 'vi'
        ? `procmap: bộ nhớ đệm của lần build trước ${displayPath(path)} bị hỏng; mọi quy trình được dựng lại\n`
        : `procmap: the build cache ${displayPath(path)} is damaged; every procedure is rendered again\n`,
    );
  return { manifest, damaged: damaged || !read.ok };
}

/** The pending records a stopped build left beside the manifest (see PENDING_RECORDS); none when there is no file. */
function readPendingRecords(path: string, manifest: BuildManifest): Record<string, string> {
  if (!isRegularFile(path)) return {};
  const read = readBounded(path, MAX_MANIFEST_BYTES, { follow: false });
  if (!read.ok) return {};
  return parsePendingRecords(read.bytes.toString('utf8'), manifest, OPTIONAL_SITE_FILES, SITE_PAGES);
}

/** Removes the pending records once a finished save of the manifest holds them all: a regular file only. */
function removePendingRecords(path: string): void {
  if (lstatSync(inRunFolder(path), { throwIfNoEntry: false })?.isFile()) rmSync(inRunFolder(path));
}

/**
 * How many procedures the site holds when the last build into it finished from exactly these inputs and every file
 * it wrote is still there; undefined when anything may differ. A build that goes on to write into the site first
 * rewrites the manifest without its inputs, so a record of them always describes the files as they are.
 */
function unchangedSite(out: string, inputs: string): number | undefined {
  const manifestPath = join(out, MANIFEST);
  if (!isRegularFile(manifestPath)) return undefined;
  prepareOutputFolder(out);
  // Under the lock, as a build: a build writing into the site at this moment has set the record aside.
  const unlock = lockSite(out);
  try {
    const { manifest } = readManifest(manifestPath);
    const recorded = manifest.inputs;
    if (recorded === undefined) return undefined;
    const logos = new Map<string, Uint8Array>();
    for (const path of recorded.logos) {
      const read = readBounded(path, MAX_LOGO_BYTES);
      if (!read.ok) return undefined;
      logos.set(path, read.bytes);
    }
    if (inputsWithLogos(inputs, logos) !== recorded.key) return undefined;
    const outputs = [
      ...SITE_PAGES,
      ...(manifest.site ?? []),
      ...Object.values(manifest.entries).flatMap((entry) => entry.outputs),
    ];
    // A finished build recorded every file it lists: an entry without a record (one added by hand, or an older
    // procmap's) is not vouched for by the inputs' hash, and the build that follows decides about it. So is a file
    // whose size or time is not as recorded (edited, deleted, or copied without its times): the build that follows
    // says what changed, or records the new times. Only the lstat the check always made: nothing is read.
    const files = manifest.files ?? {};
    const intact = (output: string) =>
      Object.hasOwn(files, output) &&
      !Object.hasOwn(manifest.pending ?? {}, output) &&
      hasRecordedStamp(join(out, output), files[output]!);
    return outputs.every(intact) ? Object.keys(manifest.entries).length : undefined;
  } finally {
    unlock();
  }
}

/** What a build did, as its closing line says it. */
interface BuildCounts {
  started: number;
  out: string;
  count: number;
  rendered: number;
  upToDate: number;
  removed: number;
  /** Procedures whose edited files the build left, and that it neither wrote anew nor removed (see reportKept). */
  kept?: number;
}

/** Prints a build's closing line: how many procedures, what was rendered, kept and removed, and where to look. */
function reportBuilt(io: Io, options: BuildCommandOptions, counts: BuildCounts): void {
  const built = {
    ...counts,
    out: displayPath(counts.out),
    // As the language writes a number: "17,21 giây", not "17.21 giây".
    seconds: formatNumber((Date.now() - counts.started) / 1000, options.lang),
    index: displayPath(join(counts.out, 'index.html')),
  };
  const t = BUILD_TEXT[options.lang];
  // Said only when there is one: the line every build prints stays as officers know it.
  const kept = counts.kept ? fill(t.kept, { kept: counts.kept }) : '';
  io.stdout.write(`${fill(counts.count === 1 ? t.builtOne : t.built, { ...built, kept })}\n`);
}

/**
 * `procmap build`: lints the catalog, then writes the public site: an index with offline search and filters, a
 * summary page, and per procedure its ISO document, flowchart, PDF and Markdown. A content-hash cache re-renders
 * only procedures whose file, templates, logo, calendar, configuration, language or procmap's code changed; every
 * file is written atomically, so an interrupted build leaves only complete files and the next build finishes the job.
 */
export async function buildCommand(
  catalog: string | undefined,
  options: BuildCommandOptions,
  io: Io,
  shared: { session?: BrowserSession } = {},
): Promise<number> {
  const started = Date.now();
  // Read once: a build that runs past midnight counts its pages, its cache key and its lint from the same day.
  const today = vietnamToday();
  const root = catalog ?? '.';
  const out = options.output;
  // `-o /` or `-o ~`: the site and its records would land among the disk's or the user's own files.
  const forSite = { en: 'the site', vi: 'trang web', example: 'site' };
  // `-o catalog` or `-o .` above it: the site would be written among the officers' files.
  const sweeping = wholeFolderRefusal(out, io.env.HOME, forSite) ?? inputOverlapRefusal(out, [root], forSite);
  if (sweeping) throw sweeping;
  // Bad usage is said before the catalog is linted: with errors in the catalog, it was never said at all.
  refuseNonFolderOutput(out);
  const paper = parsePaper(options.paper);
  refuseEmptyTitle(options.title);
  const docx = options.docx === true;
  // The Word files' and PDFs' dates when SOURCE_DATE_EPOCH sets them, else the procedures' own.
  const source = docx || options.pdf ? sourceDate(io.env) : undefined;
  const found = findCatalogFiles([root]);
  // Read here, not when rendering: the loader tells the column mappings among the files, noted with the hidden ones.
  const read = readFoundFiles(found, options.lang);
  noteHiddenFiles(read.hidden, io, options.lang);
  noteLookAlikeFiles(found.lookAlike, io, options.lang);
  // Each file on its own configuration, as lint and doc take it (a sub-catalog's office hours, days off, rules and
  // logo); what is site-wide (site.url, the on-time columns) is the catalog root's.
  const settings = buildSettings(
    found.files,
    { config: options.config, calendar: options.calendar, near: root },
    io.cwd,
  );
  const config = settings.site;
  const base = siteBase(config.config.site?.url);
  if (base) noteSitePage(io, options.lang, config.config.site!.url!, base, config.file);
  const calendar: WorkingCalendar = settings.calendarOf('');
  // A period is read, and refused, as `ontime` reads it, before anything is rendered.
  const period = reportPeriod(options.from, options.to, undefined);
  if (period !== undefined && !options.dossiers)
    throw new UsageError({
      en: '--from and --to set the period of the on-time report: give the dossier export with --dossiers, e.g. --dossiers ho-so-2026.csv',
      vi: '--from và --to chỉ kỳ của báo cáo đúng hạn: hãy ghi tệp hồ sơ bằng --dossiers, ví dụ --dossiers ho-so-2026.csv',
    });
  // A missing dossier file is bad usage: say so before rendering anything.
  if (options.dossiers) (await import('./ontime.js')).checkDossierFiles(options.dossiers);
  const templateSources = readSiteTemplates(options.template);
  // Each file's bytes hashed once: for the record of the whole build's inputs and for the lint cache.
  const fileHashes = new Map(read.files.map((file) => [file.file, 'bytes' in file ? buildKey([file.bytes]) : '']));
  // procmap's own code, not only its version: the site's styles, scripts and markup are in it (see code-fingerprint).
  const code = runningCodeFingerprint();
  const inputs = buildInputs([
    VERSION,
    code,
    DRAWING_REVISION,
    io.cwd,
    JSON.stringify(options),
    settings.configKeyOf(''),
    templatesFingerprint(templateSources),
    formatDay(today),
    // The dates the PDFs and Word files record: a new SOURCE_DATE_EPOCH alone found nothing changed and kept the old.
    source?.toISOString() ?? '',
    ...read.files.flatMap((file) =>
      'bytes' in file ? [file.file, fileHashes.get(file.file)!, settings.configKeyOf(file.file)] : ['', file.file],
    ),
  ]);
  // On-time pages measure dossiers as of now, and --clean asks for the work: neither can be skipped.
  if (!options.clean && !options.dossiers && read.unreadable.length === 0) {
    const unchanged = unchangedSite(out, inputs);
    if (unchanged !== undefined) {
      reportBuilt(io, options, { started, out, count: unchanged, rendered: 0, upToDate: unchanged, removed: 0 });
      return EXIT.ok;
    }
  }
  const unreadable = read.unreadable;
  // Files whose bytes and configuration are as in the last build are not parsed or linted again: their clean result
  // is kept in the site. A sub-folder's configuration changes the passes of its files only.
  const passKey = buildKey([VERSION, code, 'lint passes', io.cwd, settings.configKeyOf(''), formatDay(today)]);
  const passHashes = new Map(
    [...fileHashes].map(([file, hash]) => [file, buildKey([hash, settings.configKeyOf(file)])]),
  );
  const cached = options.clean
    ? new Map()
    : parsePassCache(previousOutput(out, PASS_CACHE, passCacheLimit(read.files.length)), passKey);
  const { result, cacheable } = lintWithCache(read.files, cached, passHashes, {
    lang: options.lang,
    settingsFor: settings.settingsFor,
    calendarFor: settings.calendarFor,
    today,
    errorsOnly: true,
  });
  const errors = [...unreadable, ...result.diagnostics.filter((d) => d.severity === 'error')];
  if (errors.length > 0) {
    io.stderr.write(
      stylish(
        { diagnostics: errors, files: read.files.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang, fixedBy: 'lint' },
      ),
    );
    if (!options.keepGoing) {
      io.stderr.write(`procmap: ${BUILD_TEXT[options.lang].nothing}\n`);
      return unreadable.length > 0 ? EXIT.failure : EXIT.problems;
    }
  }
  const broken = new Set(errors.map((d) => d.file));
  // Files giving one id would write the same pages, the one sorting first winning: none of them is built, whether or
  // not `unique-id` is on, and the pages already there (the procedure as last built) stay.
  const held = new Set<string>();
  for (const [id, files] of sharedIds(result.procedures)) {
    const text = fill(BUILD_TEXT[options.lang].sharedId, { id, count: files.length, files: files.join(', ') });
    io.stderr.write(`procmap: ${text}\n`);
    for (const file of files) broken.add(file);
    for (const entry of result.procedures) if (files.includes(entry.file)) held.add(entry.procedure.id);
  }
  const logoFiles = new Map<string, Buffer>();
  const logos = readLogos(result.procedures, settings.configOf, broken, io, options.lang, logoFiles);
  if (broken.size > 0 && errors.length === 0 && !options.keepGoing) {
    io.stderr.write(`procmap: ${BUILD_TEXT[options.lang].nothing}\n`);
    return EXIT.problems;
  }
  const entries = result.procedures.filter((entry) => !broken.has(entry.file));
  // The manifest lies in the site, which gets published: logo files are named from the working folder (part of the
  // inputs' hash), not by the absolute paths that would name the officer's folders.
  const logoPaths = new Map([...logoFiles].map(([path, bytes]) => [relative(io.cwd, path) || path, bytes]));
  // What shapes every page alike is hashed once; each procedure's key adds its own calendar, logo and content.
  const siteKey = buildKey([
    VERSION,
    code,
    DRAWING_REVISION,
    templatesFingerprint(templateSources),
    options.lang,
    String(options.pdf),
    String(docx),
    paper,
    base?.href ?? '',
    ...(source ? [source.toISOString()] : []),
  ]);
  const wanted = new Map(
    entries.map((entry) => [
      entry.procedure.id,
      buildKey([
        siteKey,
        settings.calendarKeyOf(entry.file),
        logos.get(entry.procedure.id)?.data ?? '',
        JSON.stringify(entry.procedure),
      ]),
    ]),
  );
  const browser = siteBrowser(io, shared);
  try {
    // A first build into a folder draws every chart: a browser that is missing or does not start stops it before the
    // folder is made.
    if (wanted.size > 0 && !isRegularFile(join(out, MANIFEST))) await browser.session();
    // Ctrl-C while the browser started: the run is ending, and a first build stopped before it writes leaves no folder.
    await unlessInterrupted();
    // The site folder is created (safely) and locked before anything in it is read, removed or written.
    prepareOutputFolder(out);
    const unlock = lockSite(out);
    try {
      return await buildSite(out, {
        root,
        options,
        io,
        started,
        entries,
        errors,
        unreadable,
        wanted,
        templateSources,
        calendar,
        calendarOf: settings.calendarOf,
        today,
        base,
        browser,
        config: config.config,
        paper,
        docx,
        ...(source ? { sourceDate: source } : {}),
        logos,
        brokenFiles: broken.size,
        parsed: result.procedures,
        refused: result.refused,
        broken,
        held,
        inputs: { key: inputsWithLogos(inputs, logoPaths), logos: [...logoPaths.keys()].sort() },
        passes: passCacheText(passKey, cacheable),
      });
    } finally {
      unlock();
    }
  } finally {
    await browser.release();
  }
}

interface SiteJob {
  /** The catalog's folder as typed: the public pages name procedure files from it. */
  root: string;
  options: BuildCommandOptions;
  io: Io;
  started: number;
  entries: CatalogEntry[];
  errors: readonly Diagnostic[];
  unreadable: readonly unknown[];
  wanted: ReadonlyMap<string, string>;
  templateSources: TemplateSources;
  /** The catalog root's calendar: the working day the on-time page speaks in. */
  calendar: WorkingCalendar;
  /** Each procedure file's own calendar, as lint and doc count it. */
  calendarOf(file: string): WorkingCalendar;
  /** Today in Vietnam, read once for the whole build. */
  today: Day;
  base: URL | undefined;
  browser: SiteBrowser;
  config: ProcmapConfig;
  paper: Paper;
  docx: boolean;
  /** SOURCE_DATE_EPOCH's date, when set: the Word files' dates. */
  sourceDate?: Date;
  logos: ReadonlyMap<string, ImageFile>;
  brokenFiles: number;
  /** Every procedure that could be read, those left out for their errors too: the summary counts and names them. */
  parsed: readonly CatalogEntry[];
  /** Files the schema refused, by their id and code as written: dossiers naming one are told to fix it. */
  refused: readonly RefusedFile[];
  /** The files left out before rendering: for their errors, or a logo that cannot be read. */
  broken: ReadonlySet<string>;
  /** Ids that several files give: their pages stay as the last build wrote them, neither removed nor rewritten. */
  held: ReadonlySet<string>;
  /** The hash of everything the build read, logos included, and the logo files it read (see unchangedSite). */
  inputs: { key: string; logos: string[] };
  /** The clean files' lint results to keep for the next build (see lintWithCache). */
  passes: string;
}

/**
 * Says, when `site.url` is the address of a page (`…/quy-trinh/index.html`), that QR codes and the sitemap use its
 * folder, and what to write instead: before, every page's address was put after the page's name.
 */
function noteSitePage(io: Io, lang: Lang, url: string, base: URL, file: string | undefined): void {
  if (!namesPage(url)) return;
  const where = file === undefined ? '' : ` (${displayPath(file)})`;
  io.stderr.write(
    lang === 'vi'
      ? `procmap: lưu ý: site.url "${url}"${where} là địa chỉ một trang; mã QR và sitemap.xml dùng thư mục của trang đó, ${base.href} — hãy ghi địa chỉ này vào site.url\n`
      : `procmap: note: site.url "${url}"${where} is the address of a page; QR codes and sitemap.xml use its folder, ${base.href} — write that as site.url\n`,
  );
}

/** The build's browser: started when first needed, and closed at the end by the build that started it. */
interface SiteBrowser {
  /** The session, the browser started on the first call. */
  session(): Promise<BrowserSession>;
  /** Whether starting it failed: that stops the build, whatever --keep-going says. */
  readonly launchFailed: boolean;
  /** Closes a browser this build started; a launch still under way is waited for, so that it is closed too. */
  release(): Promise<void>;
}

/** The browser of one build: serve's (`shared.session`), lent by the Io, or launched for this build. */
function siteBrowser(io: Io, shared: { session?: BrowserSession }): SiteBrowser {
  let lease: SessionLease | undefined;
  let opening: Promise<BrowserSession> | undefined;
  let failed = false;
  const open = async (): Promise<BrowserSession> => {
    if (shared.session) return shared.session;
    lease = await runBrowsers(io).acquire({ executablePath: browserPath(io) });
    return lease.session;
  };
  return {
    session: () =>
      (opening ??= open().catch((error: unknown) => {
        failed = true;
        throw error;
      })),
    get launchFailed() {
      return failed;
    },
    release: async () => {
      await opening?.then(
        () => lease?.release(),
        () => undefined,
      );
    },
  };
}

/** The browser to draw charts and print PDFs with; stops the build, saying how to get one, when there is none. */
function browserPath(io: Io): string {
  const browser = findBrowser(io.env);
  if (browser.ok) return browser.path;
  throw new ToolError(
    noBrowserMessage(browser.problem, {
      en: 'The site shows each flowchart drawn by a browser, which also prints the PDFs.',
      vi: 'Trang web hiển thị lưu đồ do trình duyệt vẽ, và in PDF bằng trình duyệt.',
    }),
  );
}

/**
 * Refuses (exit 2) to write over a file procmap cannot show it wrote: on a first build (no manifest) any file at a
 * path the build writes; later, any such file the manifest does not list (a page made by hand under p/<id>/ before
 * that procedure was added, a Word file before --docx was first given), which a later build would even delete as
 * its own. `owned` is every file the manifest lists, or null when it is damaged (the folder is procmap's, but which
 * files are cannot be told: its files are written over as before). Links are refused whatever the manifest says.
 */
function refuseUsersFiles(
  out: string,
  job: SiteJob,
  render: readonly string[],
  owned: ReadonlySet<string> | null,
  firstBuild: boolean,
): void {
  const targets = siteTargets(job, render);
  // What a write would refuse part way (p/ a link to elsewhere, a folder at a page's name) is refused now, before the
  // manifest is first saved.
  refuseBlockedWays(
    out,
    targets.map((target) => join(out, target)),
  );
  const present = targets.filter((target) => lstatSync(inRunFolder(join(out, target)), { throwIfNoEntry: false }));
  const link = present.find((target) => lstatSync(inRunFolder(join(out, target))).isSymbolicLink());
  if (link !== undefined) throw linkRefusal(join(out, link));
  const taken = owned === null ? [] : present.filter((target) => !owned.has(target));
  if (taken.length > 0) {
    const names = taken.slice(0, 3).map((name) => `"${name}"`);
    const more = taken.length - names.length;
    const where = displayPath(out);
    const one = taken.length === 1;
    const why: Translated = firstBuild
      ? {
          en: `procmap has not built there before (no ${MANIFEST})`,
          vi: `procmap chưa từng dựng trang ở đây (không có ${MANIFEST})`,
        }
      : {
          en: `procmap did not write ${one ? 'it' : 'them'} (${MANIFEST} does not list ${one ? 'it' : 'them'})`,
          vi: `procmap không tạo ra ${one ? 'tệp đó' : 'các tệp đó'} (${MANIFEST} không ghi ${one ? 'tệp đó' : 'các tệp đó'})`,
        };
    throw new UsageError({
      en: `Refusing to build into "${where}": it holds ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}, which the build would replace, and ${why.en}; move ${one ? 'it' : 'them'} away, or build into an empty folder`,
      vi: `Không dựng trang vào "${where}": thư mục đã có ${names.join(', ')}${more > 0 ? ` và ${more} tệp khác` : ''}, sẽ bị ghi đè, mà ${why.vi}; hãy chuyển ${one ? 'tệp đó' : 'các tệp đó'} đi, hoặc dựng vào một thư mục trống`,
    });
  }
}

/** The files a build writes whatever it finds: the site pages, and the files of the procedures it renders. */
function siteTargets({ options, base, docx }: SiteJob, render: readonly string[]): string[] {
  return [
    ...SITE_PAGES,
    ...(base ? [SITEMAP] : []),
    ...(options.dossiers ? [ONTIME_PAGE] : []),
    ...render.flatMap((id) => procedureOutputs(id, options.pdf, docx)),
  ];
}

/**
 * Says, one line per file, which files the build left because they changed since procmap wrote them or because
 * nothing records that procmap wrote them, and what to do.
 */
function reportKept(io: Io, lang: Lang, out: string, record: SiteRecord): void {
  for (const output of [...record.kept].sort()) {
    const path = displayPath(join(out, output));
    if (record.unproved.has(output)) {
      io.stderr.write(
        lang === 'vi'
          ? `procmap: "${path}" không có trong hồ sơ các tệp procmap đã ghi (${MANIFEST}), nên không thể biết có phải do procmap tạo ra hay không; bản build này để nguyên tệp đó. Nếu đó là tệp cũ của procmap, hãy tự xóa đi; nếu là tệp của bạn, hãy chuyển ra khỏi thư mục trang web; rồi build lại\n`
          : `procmap: "${path}" has no record in ${MANIFEST} of what procmap wrote there, so procmap cannot tell it wrote it and the build left it as it is; if it is an old file of procmap's, delete it yourself; if it is yours, move it out of the site folder; then build again\n`,
      );
      continue;
    }
    io.stderr.write(
      lang === 'vi'
        ? `procmap: "${path}" đã được sửa sau khi procmap tạo ra, nên bản build này để nguyên; hãy chuyển tệp đó ra khỏi thư mục trang web hoặc xóa đi, rồi build lại\n`
        : `procmap: "${path}" was changed since procmap wrote it, so the build left it as it is; move it out of the site folder or delete it, then build again\n`,
    );
  }
}

/**
 * Says which files procmap wrote were deleted from the site since, and are written again: a procedure's folder deleted
 * whole once, as the folder (before, one line per file in it), any other file on a line of its own.
 */
function reportDeleted(io: Io, lang: Lang, out: string, outputs: readonly string[]): void {
  const lines = new Set<string>();
  for (const output of [...new Set(outputs)].sort()) {
    // p/<id>/<name>: a folder gone with all its files is named once, as the officer deleted it.
    const folder = output.startsWith('p/') ? dirname(output) : undefined;
    const whole = folder !== undefined && !lstatSync(inRunFolder(join(out, folder)), { throwIfNoEntry: false });
    const path = displayPath(join(out, whole ? folder : output));
    lines.add(
      whole
        ? lang === 'vi'
          ? `procmap: thư mục "${path}" đã bị xóa sau khi procmap tạo ra; bản build này tạo lại thư mục đó, vì quy trình vẫn có trong bộ quy trình (muốn bỏ quy trình khỏi trang web, hãy bỏ tệp của nó khỏi bộ quy trình)\n`
          : `procmap: the folder "${path}" was deleted since procmap wrote it; the build writes it again, as the procedure is still in the catalog (to take a procedure off the site, remove its file from the catalog)\n`
        : lang === 'vi'
          ? `procmap: "${path}" đã bị xóa sau khi procmap tạo ra; bản build này tạo lại tệp đó\n`
          : `procmap: "${path}" was deleted since procmap wrote it; the build writes it again\n`,
    );
  }
  for (const line of lines) io.stderr.write(line);
}

/** Whether a procedure's files (all in its folder p/<id>/) lie in a folder that is a link, which nothing is removed through. */
function isLinkedFolder(out: string, outputs: readonly string[]): boolean {
  if (outputs.length === 0) return false;
  return lstatSync(inRunFolder(join(out, dirname(outputs[0]!))), { throwIfNoEntry: false })?.isSymbolicLink() === true;
}

/** Says that a procedure gone from the catalog still has its pages served, through its folder that is a link. */
function reportLinkedGone(io: Io, lang: Lang, folder: string): void {
  const path = displayPath(folder);
  io.stderr.write(
    lang === 'vi'
      ? `procmap: quy trình ở "${path}" không còn trong bộ quy trình, nhưng thư mục đó là một liên kết tượng trưng và procmap không bao giờ xóa gì qua liên kết, nên các trang của quy trình vẫn còn trên trang web; hãy tự xóa liên kết đó, rồi build lại\n`
      : `procmap: the procedure at "${path}" is no longer in the catalog, but that folder is a symbolic link and procmap never removes anything through a link, so its pages are still on the site; delete the link yourself, then build again\n`,
  );
}

/**
 * Lists each kept file as procmap's in the manifest, so that the next build says so again until it is moved: in its
 * procedure's entry, which is left unfinished (rendered again next time, not taken as up to date), or among the
 * site-wide files. A kept site page leaves the whole site unfinished (see `finished`).
 */
function listKept(manifest: BuildManifest, kept: ReadonlySet<string>): void {
  for (const output of kept) {
    if (SITE_PAGES.includes(output)) continue;
    if (OPTIONAL_SITE_FILES.includes(output)) {
      if (!manifest.site?.includes(output)) manifest.site = [...(manifest.site ?? []), output];
      continue;
    }
    // p/<id>/<name>: the manifest allows no other path for a procedure's files.
    const id = output.split('/')[1]!;
    const entry = manifest.entries[id];
    Object.defineProperty(manifest.entries, id, {
      value: unfinishedEntry([...(entry?.outputs ?? []), output], entry?.chart),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** Every file a readable manifest says procmap wrote: the site pages, the optional site files and each procedure's. */
function ownedFiles(manifest: BuildManifest): Set<string> {
  return new Set([
    ...SITE_PAGES,
    ...(manifest.site ?? []),
    ...Object.values(manifest.entries).flatMap((entry) => entry.outputs),
  ]);
}

/** Renders what changed into a locked site folder, removes what is gone, and writes the index, summary and manifest. */
async function buildSite(out: string, job: SiteJob): Promise<number> {
  const {
    options,
    io,
    started,
    entries,
    errors,
    unreadable,
    wanted,
    templateSources,
    calendar,
    calendarOf,
    today,
    base,
    browser,
    config,
    paper,
    docx,
    sourceDate: source,
    logos,
    brokenFiles,
    inputs,
  } = job;
  const byId = new Map<string, CatalogEntry>(entries.map((entry) => [entry.procedure.id, entry]));
  // The site root, p/ and p/<code>/: the only folders a build writes in.
  removeAbandonedTemporaryFiles(out, 2);
  const manifestPath = join(out, MANIFEST);
  // The manifest and the lint cache are written at the end: refuse a link now, before any rendering.
  for (const path of [manifestPath, join(out, PASS_CACHE)])
    if (lstatSync(inRunFolder(path), { throwIfNoEntry: false })?.isSymbolicLink()) throw linkRefusal(path);
  const firstBuild = !isRegularFile(manifestPath);
  const { manifest: onDisk, damaged } = readManifest(manifestPath, { io, lang: options.lang });
  const previous = options.clean ? emptyManifest() : onDisk;
  // A recorded file edited or deleted since procmap wrote it is not up to date: its procedure is rendered again, which
  // writes a deleted file anew (said below) and keeps an edited one (said by reportKept).
  const recorded = previous.files ?? {};
  const intact = (output: string) =>
    isRegularFile(join(out, output)) &&
    (!Object.hasOwn(recorded, output) ||
      Object.hasOwn(previous.pending ?? {}, output) ||
      holdsRecordedBytes(join(out, output), recorded[output]!));
  const plan = planBuild(wanted, previous, intact);
  const missing = (output: string) =>
    Object.hasOwn(recorded, output) && !lstatSync(inRunFolder(join(out, output)), { throwIfNoEntry: false });
  reportDeleted(io, options.lang, out, siteTargets(job, plan.render).filter(missing));
  const gone = goneEntries(onDisk, wanted);
  // An id several files give is the pages of neither: those of the last build stay, listed as procmap's, until one
  // file has it alone again.
  const heldEntries: BuildManifest['entries'] = {};
  for (const id of job.held)
    if (Object.hasOwn(gone, id)) {
      Object.defineProperty(heldEntries, id, { value: gone[id], enumerable: true, writable: true, configurable: true });
      delete gone[id];
    }
  const owned = firstBuild ? new Set<string>() : damaged ? null : ownedFiles(onDisk);
  refuseUsersFiles(out, job, plan.render, owned, firstBuild);
  // What each file held when procmap wrote it (none in an older or damaged manifest: the files this build writes
  // are then trusted by name and recorded as they are; the others are never removed).
  const pendingPath = join(out, PENDING_RECORDS);
  if (lstatSync(inRunFolder(pendingPath), { throwIfNoEntry: false })?.isSymbolicLink()) throw linkRefusal(pendingPath);
  // A build stopped part way leaves the pending records of what it was writing beside the manifest.
  const leftPending = readPendingRecords(pendingPath, onDisk);
  const record = new SiteRecord(out, onDisk.files, { ...onDisk.pending, ...leftPending });
  record.adopt([...siteTargets(job, plan.render), ...[...wanted.keys()].map(citizenPath)]);
  // A file this build leaves that holds procmap's bytes at another time gets its new time recorded, so that the next
  // warm build proves it untouched by its time alone again (a lstat each; read only when the time moved).
  if (!damaged) for (const output of ownedFiles(onDisk)) record.restamp(output);
  // Compiling takes a tenth of a second; templates that did not change compiled in the build that rendered with them.
  const renderers = plan.render.length > 0 ? await loadRenderers(templateSources) : undefined;
  // Before the site changes, the manifest stops vouching for what this build rewrites and for the whole site, so that
  // a build killed part way is never taken for a finished one: the next build renders those procedures again. It
  // still lists, as procmap's, every file this build may write, so that the next build knows them for its own.
  const claims = claimedEntries(onDisk, plan.render, (id) => procedureOutputs(id, options.pdf, docx));
  const rendering = new Set(plan.render);
  const vouched = Object.entries(onDisk.entries).filter(([id]) => !rendering.has(id));
  // A build that prints starts its browser before it changes the site: one that cannot start leaves it as it was.
  // Otherwise the browser starts when a procedure first needs it: a rebuild whose charts did not change may need none.
  if (plan.render.length > 0 && (options.pdf || docx)) await browser.session();
  if (firstBuild || onDisk.inputs !== undefined || plan.render.length > 0 || onDisk.files === undefined) {
    const { inputs: _, ...rest } = onDisk;
    const claimed = { ...rest, entries: { ...Object.fromEntries(vouched), ...claims } };
    const owned = ownedFiles(claimed);
    const text = manifestText(claimed, record.entries(owned), record.pendingEntries(owned));
    await writeFileSafelyAsync(manifestPath, text, out);
  }

  // Procedures not rendered yet stay claimed, so that a build stopped part way, or one failing with --keep-going,
  // leaves their files listed as procmap's; procedures no longer built stay listed until their files are removed.
  const manifest: BuildManifest = { ...emptyManifest(), entries: { ...gone, ...heldEntries, ...claims } };
  // Site-wide files of the last build stay listed until this build has decided about them: they are still there.
  manifest.site = [...(previous.site ?? [])];
  const failed = new Map<string, string>();
  // Of those, the procedures left out for their own dates (exit 1, as a file's problem), not for the browser (exit 2).
  const leftOut = new Set<string>();
  for (const id of plan.upToDate)
    manifest.entries[id] = { ...previous.entries[id]!, outputs: procedureOutputs(id, options.pdf, docx) };
  // Saves are chained so that a later snapshot of the manifest is never overtaken by an earlier one.
  let saving: Promise<void> = Promise.resolve();
  const snapshot = (): string => {
    const owned = ownedFiles(manifest);
    return manifestText(manifest, record.entries(owned), record.pendingEntries(owned));
  };
  // Each save takes its snapshot when it starts, so it holds every pending record noted before: a save not started
  // yet serves every write that waits for one.
  // The pending records go to a small file of their own: saving the whole manifest (some 2 MB for a province) before
  // each procedure's writes took 12.0 → 16.9 s of CPU for 500 procedures, and grows with the square of the catalog.
  // The file holds every record noted since the manifest's last save began, so that a build stopped at any point
  // leaves each file it touched known by its bytes; a manifest saved drops the records it now holds.
  const unsaved = new Map<string, string>();
  const saveManifest = (): Promise<void> => {
    saving = saving
      .catch(() => undefined)
      .then(async () => {
        const covered = new Map(unsaved);
        await writeFileSafelyAsync(manifestPath, snapshot(), out);
        for (const [output, pending] of covered) if (unsaved.get(output) === pending) unsaved.delete(output);
      });
    return saving;
  };
  let pendingSaving: Promise<void> = Promise.resolve();
  let nextSave: Promise<void> | undefined;
  const pendingSnapshot = (): string =>
    `${JSON.stringify({ pending: Object.fromEntries([...unsaved].sort(([a], [b]) => (a < b ? -1 : 1))) }, null, 1)}\n`;
  const savePendingRecords = (): Promise<void> => {
    pendingSaving = pendingSaving
      .catch(() => undefined)
      .then(() => {
        nextSave = undefined;
        return writeFileSafelyAsync(pendingPath, pendingSnapshot(), out);
      });
    return pendingSaving;
  };
  const savePending = (): Promise<void> => (nextSave ??= savePendingRecords());
  // The files this build wrote with other bytes than procmap's last ones there: what a reader of the site sees change.
  const changed = new Set<string>();
  // A file of the site is replaced only while it holds what procmap wrote there: an officer's edit is kept, and said.
  // Its pending record is saved before the write: a build stopped after the write still knows the file for its own,
  // and a later edit for an edit. `files` are written together, then `last` (a procedure's page: built once it is
  // there).
  const write = async (
    files: readonly (readonly [string, string | Uint8Array])[],
    last?: readonly [string, string],
  ) => {
    const mine = [...files, ...(last ? [last] : [])].filter(([path]) => record.mayReplace(path));
    if (mine.length === 0) return;
    for (const [path, data] of mine) {
      if (!record.holds(path, data) || !isRegularFile(join(out, path))) changed.add(path);
      unsaved.set(path, record.willWrite(path, data));
      // A site-wide file first written now is listed before it is there, as a procedure's files are by its claim.
      if (OPTIONAL_SITE_FILES.includes(path) && !manifest.site!.includes(path)) manifest.site!.push(path);
    }
    await savePending();
    const writeOne = async ([path, data]: readonly [string, string | Uint8Array]) => {
      await writeFileSafelyAsync(join(out, path), data, out);
      record.wrote(path, data);
    };
    await eachLimited(
      mine.filter((file) => file !== last),
      WRITES_IN_FLIGHT,
      writeOne,
    );
    if (last && mine.includes(last)) await writeOne(last);
  };
  const progress = progressBar(io.stderr, plan.render.length, 'build');
  try {
    let sinceSave = 0;
    await eachLimited(plan.render, CONCURRENCY, async (id) => {
      const entry = byId.get(id)!;
      const qr = base ? { qr: procedureQr(base, entry.procedure, options.lang) } : {};
      const logo = logos.get(id);
      const own = calendarOf(entry.file);
      const analysis = analyseTime(entry.procedure, own);
      let sweeps;
      try {
        sweeps = documentSweeps(entry.procedure, analysis, own);
      } catch (error) {
        // Receipts that run past the years the calendar knows (Tết after 2099): this procedure's fault, not procmap's;
        // lint's within-time-limit says so first unless it is turned off.
        if (!(error instanceof OutOfCalendarError)) throw error;
        // The years procmap knows and what to write instead, from the year the sweep starts in, as lint says it.
        const start = dayParts(sweepWindow(own, parseDay(entry.procedure.effective)).from).year;
        const advice = countedPastAdvice(start, error.year, dayParts(vietnamToday()).year);
        const reason = { en: `${entry.file}: ${advice.en}`, vi: `${entry.file}: ${advice.vi}` };
        if (!options.keepGoing)
          throw new InputError(
            {
              en: `${reason.en} (--keep-going builds the other procedures)`,
              vi: `${reason.vi} (--keep-going để build các quy trình khác)`,
            },
            { cause: error },
          );
        failed.set(id, reason[options.lang]);
        leftOut.add(id);
        progress.tick(id);
        return;
      }
      const subject = {
        procedure: entry.procedure,
        analysis,
        ...sweeps,
        lang: options.lang,
        paper,
        ...qr,
        ...(logo ? { logo } : {}),
        ...(source ? { sourceDate: source } : {}),
      };
      const { browserDocuments, flowchartSource, FlowchartError, markdownDocument, templates } = renderers!;
      const dir = procedureDir(id);
      // The chart's SVG is reused from the last build when its mermaid text is the same: drawing is most of a render.
      const chart = buildKey([VERSION, DRAWING_REVISION, 'swimlane chart', flowchartSource(subject)]);
      // An edited chart is not procmap's drawing: never put on the new page (and kept as it is).
      const drawn =
        previous.entries[id]?.chart === chart && record.mayReplace(`${dir}/flowchart.svg`)
          ? previousOutput(out, `${dir}/flowchart.svg`, MAX_SVG_BYTES)
          : undefined;
      // Reused as drawn: the title and language the site's file carries are not the document's.
      const reused = drawn === undefined ? undefined : drawingOf(drawn);
      let documents;
      try {
        const formats = { html: true, pdf: options.pdf, docx };
        documents = await browserDocuments(
          browser.session,
          templates,
          subject,
          formats,
          isSvg(reused) ? reused : undefined,
        );
      } catch (error) {
        // One procedure the browser could not draw or print (a timeout, a chart mermaid refused) stops only
        // itself with --keep-going; its old pages, if any, stay as they were. Anything else (a template error,
        // procmap's own bug, a browser that would not start) stops the build.
        if (browser.launchFailed || !(error instanceof FlowchartError || isBrowserFailure(error))) throw error;
        const detail = error.message.split('\n')[0];
        const reason: Translated =
          error instanceof FlowchartError
            ? { en: error.message, vi: error.message }
            : { en: `Could not render "${id}": ${detail}`, vi: `Không dựng được "${id}": ${detail}` };
        if (!options.keepGoing)
          throw new ToolError(
            {
              en: `${reason.en} (${entry.file}; --keep-going builds the other procedures)`,
              vi: `${reason.vi} (${entry.file}; --keep-going để build các quy trình khác)`,
            },
            { cause: error },
          );
        failed.set(id, `${reason[options.lang]} (${entry.file})`);
        progress.tick(id);
        return;
      }
      // Written while the other procedures render; the disk syncs them off the main thread.
      // The page is written last: a procedure counts as built only once all its files are there.
      await write(
        [
          [`${dir}/${idFileName(id)}.md`, markdownDocument(templates, subject)],
          [`${dir}/flowchart.svg`, standaloneSvg(documents.svg, entry.procedure, 'vi')],
          ...(documents.pdf ? [[`${dir}/${idFileName(id)}.pdf`, documents.pdf] as const] : []),
          ...(documents.docx ? [[`${dir}/${idFileName(id)}.docx`, documents.docx] as const] : []),
        ],
        [`${dir}/index.html`, procedurePage(documents.html!, id, options.lang, { pdf: options.pdf, docx })],
      );
      const outputs = procedureOutputs(id, options.pdf, docx);
      // A Word file or PDF an earlier build wrote and this one does not (no --docx, --no-pdf) holds a superseded
      // document that the new page no longer links: removed before the manifest stops listing it as procmap's.
      removeStale(out, supersededOutputs(claims[id]!.outputs, outputs), record);
      manifest.entries[id] = { key: wanted.get(id)!, outputs, chart };
      progress.tick(id);
      if (++sinceSave >= 50) {
        sinceSave = 0;
        await saveManifest();
      }
    });
  } catch (error) {
    // Keep what was finished: the next build resumes from it.
    await saveManifest();
    if (renderers && error instanceof renderers.TemplateError) throw new UsageError(error.translated, { cause: error });
    throw error;
  } finally {
    progress.done();
  }
  for (const id of Object.keys(gone)) delete manifest.entries[id];
  removeStale(
    out,
    Object.values(gone)
      .flatMap((entry) => entry.outputs)
      .filter((output) => !Object.values(manifest.entries).some((entry) => entry.outputs.includes(output))),
    record,
  );
  // A procedure no longer built whose folder is a link: nothing is removed through it, so its pages are still served.
  // It stays listed, so that every build says so until the link is gone.
  const linkedGone = Object.keys(gone).filter((id) => isLinkedFolder(out, gone[id]!.outputs));
  for (const id of linkedGone) manifest.entries[id] = gone[id]!;
  for (const message of failed.values()) io.stderr.write(`procmap: ${message}\n`);
  const ready = entries.filter((entry) => !failed.has(entry.procedure.id));
  // A citizen page's example appointment counts from the coming Friday: besides the procedures rendered above,
  // the pages built in an earlier week are written again.
  const rendered = new Set(plan.render);
  const week = formatDay(exampleFrom(today));
  const citizenPages = ready.filter(
    (entry) =>
      rendered.has(entry.procedure.id) ||
      citizenPageExampleFrom(fileHead(join(out, citizenPath(entry.procedure.id)))) !== week,
  );
  // In batches, one save of their pending records each: a weekly rewrite of a province's pages saves a few dozen times.
  for (let start = 0; start < citizenPages.length; start += CITIZEN_BATCH) {
    const pages = citizenPages.slice(start, start + CITIZEN_BATCH).map(({ procedure: p, file }) => {
      const own = calendarOf(file);
      const page = renderCitizenPage({
        procedure: p,
        analysis: analyseTime(p, own),
        calendar: own,
        lang: options.lang,
        today,
        base,
        pdf: options.pdf,
      });
      return [citizenPath(p.id), page] as const;
    });
    await write(pages);
  }
  // The summary counts the whole catalog as `stats` does, those left out only for being over their limit as over, and
  // names every procedure left off the site: a published summary never claims fewer overruns than there are.
  const counted = countedCatalog(job.parsed, errors, calendarOf);
  // Each row's days in its own file's working day, as its document says them.
  const hoursPerDay = (file: string) => calendarOf(file).hoursPerDay;
  const readyFiles = new Set(ready.map((entry) => entry.file));
  const list = counted.filter((p) => readyFiles.has(p.file));
  const notRendered = entries.filter((entry) => failed.has(entry.procedure.id)).map((entry) => entry.file);
  const unpublished = unpublishedProcedures([...job.broken, ...notRendered], job.parsed, errors, counted);
  const siteFiles: string[] = [];
  if (base) {
    await write([[SITEMAP, sitemap(base, list)]]);
    siteFiles.push(SITEMAP);
  }
  await write([
    [
      'index.html',
      indexPage(list, { lang: options.lang, hoursPerDay, unpublished }, options.title, {
        pdf: options.pdf,
        docx,
      }),
    ],
    [NOT_FOUND_PAGE, notFoundSitePage(options.lang, base, options.title)],
  ]);
  // Dossiers are measured against the catalog as `ontime` reads it: a procedure left off the site for a verdict of
  // lint (over its limit) still serves its dossiers, and a published rate that dropped them would be another figure.
  const ontime = options.dossiers
    ? await ontimeReport(
        options.dossiers,
        {
          procedures: measuredCatalog(job.parsed, errors),
          unmeasured: unmeasuredProcedures(job.parsed, errors, job.refused),
        },
        { calendar, calendarOf },
        config,
        options.lang,
        io,
        reportPeriod(options.from, options.to, undefined),
      )
    : undefined;
  // The site's report names files without the officer's folders; `ontime` and standard error keep them.
  const published = ontime && withPublicProcedureFiles(ontime.report, fromCatalog(io.cwd, job.root));
  if (published) {
    await write([
      [
        ONTIME_PAGE,
        ontimePage(published, options.lang, {
          href: 'summary.html',
          text: SITE_LABELS[options.lang].summary,
        }),
      ],
    ]);
    siteFiles.push(ONTIME_PAGE);
  }
  await write([
    [
      'summary.html',
      summaryPage(
        catalogStats(counted),
        { lang: options.lang, hoursPerDay, unpublished },
        options.title,
        published && ontimeSummarySection(published, options.lang, ONTIME_PAGE),
      ),
    ],
  ]);
  // The sitemap or on-time page of an earlier build that this one did not write (no site address, no dossiers).
  removeStale(
    out,
    manifest.site.filter((file) => !siteFiles.includes(file)),
    record,
  );
  manifest.site = siteFiles;
  // A 404 page of the officer's own (there before procmap wrote one, or edited since) is theirs to serve: kept, said
  // once below, and no failure of the build, which before this page existed had nothing to say of it.
  const ownNotFound = record.kept.delete(NOT_FOUND_PAGE);
  listKept(manifest, record.kept);
  // Only a build that finished without a problem vouches for the whole site; on-time pages change with the hour.
  const finished =
    failed.size === 0 &&
    unreadable.length === 0 &&
    errors.length === 0 &&
    brokenFiles === 0 &&
    record.kept.size === 0 &&
    linkedGone.length === 0;
  if (finished && !ontime) manifest.inputs = inputs;
  await writeFileSafelyAsync(join(out, PASS_CACHE), job.passes, out);
  await saveManifest();
  // Every write of this build is in the manifest now: the pending records have served.
  await pendingSaving.catch(() => undefined);
  removePendingRecords(pendingPath);
  // A procedure rendered again only because a file of it was edited, whose other files came out as they were, is
  // kept, not made anew: before, an edited page counted as "rendered" on every build until it was moved.
  const keptEdits = (outputs: readonly string[]) => outputs.some((output) => record.kept.has(output));
  const rewritten = plan.render.filter((id) => !failed.has(id));
  const keptRendered = rewritten.filter((id) => {
    const outputs = procedureOutputs(id, options.pdf, docx);
    return keptEdits(outputs) && !outputs.some((output) => changed.has(output));
  }).length;
  const goneEntriesLeft = Object.entries(gone)
    .filter(([id, entry]) => entry.outputs.length > 0 && !linkedGone.includes(id))
    .map(([, entry]) => entry);
  const keptGone = goneEntriesLeft.filter((entry) => keptEdits(entry.outputs)).length;
  reportBuilt(io, options, {
    started,
    out,
    count: entries.length - failed.size,
    rendered: rewritten.length - keptRendered,
    upToDate: plan.upToDate.length,
    // A procedure no longer built counts as removed once none of its files is left.
    removed: goneEntriesLeft.length - keptGone,
    kept: keptRendered + keptGone,
  });
  reportKept(io, options.lang, out, record);
  for (const id of linkedGone) reportLinkedGone(io, options.lang, join(out, procedureDir(id)));
  if (ownNotFound) {
    const path = displayPath(join(out, NOT_FOUND_PAGE));
    io.stderr.write(
      options.lang === 'vi'
        ? `procmap: giữ nguyên trang "${path}" của bạn (procmap không tạo ra tệp đó, hoặc tệp đã được sửa); procmap không ghi trang 404 của mình đè lên\n`
        : `procmap: kept your own "${path}" (procmap did not write it, or it was changed since); procmap's 404 page was not written over it\n`,
    );
  }
  // A kept file is a problem of the site folder, as a file in the way of doc is: exit 2, the rest of the site built.
  if (failed.size > leftOut.size || unreadable.length > 0 || record.kept.size > 0 || linkedGone.length > 0)
    return EXIT.failure;
  if (leftOut.size > 0) return EXIT.problems;
  if (errors.length > 0 || brokenFiles > 0) return EXIT.problems;
  return ontime?.failed ? EXIT.problems : EXIT.ok;
}

/** Measures dossier exports for the site (as of now, or of a period's end), against the catalog's procedures. */
async function ontimeReport(
  files: string[],
  catalog: Pick<MeasureSetup, 'procedures' | 'unmeasured'>,
  calendars: Pick<MeasureSetup, 'calendar' | 'calendarOf'>,
  config: ProcmapConfig,
  lang: Lang,
  io: Io,
  period: Period | undefined,
) {
  const { measureDossierFiles, parseMapping, reportBadRows } = await import('./ontime.js');
  const mapping = parseMapping(config.ontime, 'procmap.config.yaml ontime');
  // Each dossier due by its procedure file's own calendar, as `ontime --catalog` counts it.
  const measured = await measureDossierFiles(
    files,
    {
      ...catalog,
      ...calendars,
      mapping,
      // A period's report is as of the end of its last day, as `ontime --from --to` judges it.
      asOf: period === undefined ? vietnamNow() : period.to,
      ...(period === undefined ? {} : { period }),
      lang,
    },
    io,
  );
  reportBadRows(measured.report, lang, io);
  return measured;
}

/** Defines `procmap build` on the program; main loads this module only when the command is run or listed. */
export function defineBuildCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareBuild(program, lang).action(async (catalog, options) =>
    setExit(await buildCommand(catalog, settled(options), io)),
  );
}

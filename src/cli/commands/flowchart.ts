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
import type { Lang } from '../../i18n.js';
import { stylish } from '../../format/stylish.js';
import { sortDiagnostics, unsuppressedCatalogCheck } from '../../lint/linter.js';
import { lintForRendering } from '../../lint/rendering-lint.js';
import type { Diagnostic, Procedure } from '../../model/types.js';
import { findBrowser, noBrowserMessage } from '../../render/browser.js';
import type { BrowserSession, DiagramFormat } from '../../render/diagram-renderer.js';
import type { SessionLease } from '../../render/session-source.js';
import { flowchartMarkdown } from '../../render/flowchart-markdown.js';
import { flowchartPdf } from '../../render/flowchart-pdf.js';
import { withStableStamps } from '../../render/pdf-stamps.js';
import { withPdfInfo, type PdfInfo } from '../../render/pdf-info.js';
import { documentLabels } from '../../render/document/labels.js';
import { sourceDate } from '../../node/source-date.js';
import { procedureDates, type FileDates } from '../../file-dates.js';
import { flowchartMermaid } from '../../render/mermaid.js';
import { analyseTime, type TimeAnalysis } from '../../time/analyse.js';
import { documentSweeps } from '../../time/report.js';
import type { Sweep } from '../../time/sweep.js';
import { OutOfCalendarError } from '../../time/vietnam.js';
import { rule as uniqueId } from '../../rules/unique-id.js';
import { loadCatalogWithCalendars } from '../../node/file-calendars.js';
import { EXIT, isBrowserFailure, ToolError } from '../../errors.js';
import { inputOverlapRefusal } from '../../node/output-overlap.js';
import { displayPath, wholeFolderRefusal } from '../../node/files.js';
import { betweenFiles } from '../../node/interrupt.js';
import type { Io } from '../../node/io.js';
import { useColor } from '../../node/output.js';
import { OutputRecord } from '../../node/output-record.js';
import { progressBar } from '../progress.js';
import { parsePaper } from '../paper.js';
import { outOfCalendarDiagnostic } from '../out-of-calendar.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description: 'Draw the swimlane flowchart of each procedure: Mermaid source, Markdown, SVG, PNG or PDF',
    paths:
      'procedure files or folders (searched recursively; default: the current folder, less the `ignores:` of its procmap.config.yaml)',
    output: 'folder for the charts, one file per procedure and format, named by its code (QT-X.flowchart.svg)',
    format: 'mmd, md, svg, png and/or pdf, comma-separated or repeated',
    paper: 'pdf: a4 or a3 pages, turned to show the chart larger',
    force: 'replace charts procmap did not write, or that were changed since it did',
    after:
      '\nOne lane per responsible body, each step with its duration, decisions as diamonds, parallel branches between\nbars, the critical path in red and the total against the time limit. Labels are in Vietnamese; --lang en\ngives English. mmd is Mermaid source (swimlane-beta, mermaid 11.17+); md is a Markdown page with a mermaid\nblock that GitHub and GitLab draw. These two are drawn by stock mermaid, without the fix procmap makes to\nthe routing: there an arrow back to an earlier lane can run round the outside of the chart\n(mermaid-js/mermaid#7822); no setting in the source keeps it inside. svg, png and pdf keep arrows inside the\nchart; they need Chromium: PROCMAP_CHROME or PUPPETEER_EXECUTABLE_PATH names one, else procmap looks in the\nusual places (Debian: apt-get install chromium-headless-shell).\n\nA chart is replaced only when procmap wrote it and it has not changed since (.procmap-outputs.json in the\nfolder keeps a hash of each file procmap wrote): a file of the same name edited or made by hand stops the run\nbefore anything is written, unless --force.\n\nExit codes: 0 done, 1 a file had problems and got no chart, 2 procmap could not run (bad usage, no browser,\na file in the way).\n\nExamples:\n  procmap flowchart procedures/ -o out/\n  procmap flowchart procedures/xa/dang-ky-ket-hon.yaml --format svg,png,pdf -o out/\n  procmap flowchart procedures/ --format mmd --format md --lang en -o charts/',
  },
  vi: {
    description: 'Vẽ lưu đồ theo làn của từng quy trình: mã nguồn Mermaid, Markdown, SVG, PNG hoặc PDF',
    paths:
      'tệp quy trình hoặc thư mục (tìm cả trong thư mục con; mặc định: thư mục hiện tại, trừ những gì ghi ở ignores: trong procmap.config.yaml)',
    output:
      'thư mục ghi lưu đồ, mỗi quy trình một tệp cho mỗi định dạng, đặt tên theo mã hiệu quy trình (QT-X.flowchart.svg)',
    format: 'mmd, md, svg, png và/hoặc pdf, cách nhau bằng dấu phẩy hoặc lặp lại tùy chọn',
    paper: 'pdf: trang khổ a4 hoặc a3, xoay ngang hoặc dọc sao cho lưu đồ in to hơn',
    force: 'ghi đè cả lưu đồ không do procmap tạo, hoặc đã được sửa sau khi procmap tạo',
    after:
      '\nMỗi đơn vị thực hiện một làn; mỗi bước ghi thời gian thực hiện; điểm rẽ nhánh là hình thoi; các nhánh song song\nnằm giữa hai thanh đậm; đường găng tô đỏ; cuối cùng là tổng thời gian so với thời hạn giải quyết. Nhãn viết bằng\ntiếng Việt; --lang en cho nhãn tiếng Anh. mmd là mã nguồn Mermaid (swimlane-beta, mermaid 11.17 trở lên); md là\ntrang Markdown có khối mermaid mà GitHub và GitLab tự vẽ thành lưu đồ. Hai định dạng này được vẽ bằng mermaid\nnguyên bản, không có phần procmap sửa đường đi của mũi tên: ở đó mũi tên quay về làn trước có thể chạy vòng ra\nngoài lưu đồ (mermaid-js/mermaid#7822), và không thiết lập nào trong mã nguồn giữ được nó ở trong. svg, png và pdf\ngiữ mũi tên trong lưu đồ; chúng cần trình duyệt Chromium: PROCMAP_CHROME hoặc PUPPETEER_EXECUTABLE_PATH chỉ đường\ndẫn tới trình duyệt, nếu không có thì procmap tìm ở những nơi trình duyệt thường được cài (Debian: apt-get install\nchromium-headless-shell).\n\nLưu đồ chỉ bị ghi đè khi do procmap tạo ra và chưa bị sửa từ đó (.procmap-outputs.json trong thư mục ghi mã\nbăm của từng tệp procmap đã tạo): tệp trùng tên đã sửa hay tự làm tay làm lệnh dừng trước khi ghi bất cứ tệp\nnào, trừ khi dùng --force.\n\nMã thoát: 0 xong, 1 có tệp gặp vấn đề nên không vẽ được lưu đồ, 2 procmap không chạy được (sai cách dùng lệnh,\nkhông có trình duyệt, có tệp cản đường).\n\nVí dụ:\n  procmap flowchart procedures/ -o out/\n  procmap flowchart procedures/xa/dang-ky-ket-hon.yaml --format svg,png,pdf -o out/\n  procmap flowchart procedures/ --format mmd --format md --lang en -o charts/',
  },
});

/** `procmap flowchart` on the command line: arguments, options, help and examples, in the language of help. */
function declareFlowchart(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('flowchart')
    .description(help.description)
    .argument('[paths...]', help.paths, [])
    .option('-o, --output <dir>', help.output, 'out')
    .addOption(formatListOption(help.format, 'svg'))
    .addOption(configOption(lang, 'eachFile'))
    .addOption(calendarOption(lang))
    .option('--paper <size>', help.paper, 'a4')
    .option('--force', help.force)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap flowchart`, as commander parses them. */
export type FlowchartCommandOptions = Settled<ReturnType<ReturnType<typeof declareFlowchart>['opts']>>;

/** The flowchart formats, in the order they are written; the last three need a browser. */
export const FLOWCHART_FORMATS = ['mmd', 'md', 'svg', 'png', 'pdf'] as const;
type FlowchartFormat = (typeof FLOWCHART_FORMATS)[number];
const BROWSER_FORMATS: readonly DiagramFormat[] = ['svg', 'png', 'pdf'];

/** One procedure to draw. */
interface Chart {
  file: string;
  procedure: Procedure;
  analysis: TimeAnalysis;
  /** The verdict of a limit that dates decide, for the chart's summary note. */
  sweep: Sweep | undefined;
  /** Each channel's own limit swept the same way: the summary's verdict is against the tightest limit. */
  channelSweeps: (Sweep | undefined)[];
  /** Each case of the limit, and of each channel's own, swept on its own paths: a case over is the chart's verdict. */
  caseSweeps: (Sweep | undefined)[];
  channelCaseSweeps: (Sweep | undefined)[][];
  /** The PDF's dates: the procedure's, or SOURCE_DATE_EPOCH's. */
  dates: FileDates;
}

/** A chart's file: `QT-X.flowchart.svg`, so a chart never overwrites the document `QT-X.pdf` that `doc` writes to the same folder. */
function chartPath(dir: string, id: string, format: FlowchartFormat): string {
  return join(dir, `${idFileName(id)}.flowchart.${format}`);
}

async function openSession(executablePath: string, io: Io): Promise<SessionLease> {
  const { runBrowsers } = await import('../../node/run-browsers.js');
  return runBrowsers(io).acquire({ executablePath });
}

/**
 * Renders every chart's browser formats in one browser, writing each chart's files only once all of them exist.
 * Returns the paths written and a message per chart mermaid refused (procmap's bug, never the user's input).
 */
async function renderInBrowser(
  session: BrowserSession,
  charts: readonly Chart[],
  formats: readonly DiagramFormat[],
  options: FlowchartCommandOptions,
  io: Io,
  record: OutputRecord,
): Promise<{ written: string[]; failures: string[] }> {
  const paper = parsePaper(options.paper);
  const { DiagramError } = await import('../../render/diagram-renderer.js');
  const written: string[] = [];
  const failures: string[] = [];
  const progress = progressBar(io.stderr, charts.length, 'flowchart');
  try {
    // The session's page pool bounds how many render at once; every chart is queued at the start.
    await Promise.all(
      charts.map(async (chart) => {
        const mermaid = flowchartMermaid(chart.procedure, chart.analysis, {
          lang: options.lang,
          dialect: 'swimlane',
          title: true,
          sweep: chart.sweep,
          channelSweeps: chart.channelSweeps,
          caseSweeps: chart.caseSweeps,
          channelCaseSweeps: chart.channelCaseSweeps,
        });
        const files: [string, Buffer][] = [];
        try {
          for (const format of formats) {
            // PDF: pages of the chosen paper, split rather than printed below the minimum text size (flowchart-pdf.ts).
            const data =
              format === 'pdf'
                ? withPdfInfo(
                    withStableStamps(
                      await flowchartPdf(session, await session.renderSvg(mermaid), paper, options.lang),
                      chart.dates,
                    ),
                    chartPdfInfo(chart.procedure, options.lang),
                  )
                : await session.renderMermaid(mermaid, format, { paper });
            files.push([chartPath(options.output, chart.procedure.id, format), data]);
          }
        } catch (error) {
          if (!(error instanceof DiagramError)) throw error;
          failures.push(`procmap: could not draw the flowchart of ${chart.file}: ${error.message}`);
          return;
        } finally {
          progress.tick(chart.procedure.id);
        }
        record.write(files);
        written.push(...files.map(([path]) => path));
      }),
    );
  } finally {
    progress.done();
  }
  return { written, failures };
}

/**
 * The properties of a chart's PDF, as a reader's File › Properties and a records system show them: the chart and the
 * procedure it draws, "QT-KD-CH-01 – Đăng ký hộ kinh doanh – Lưu đồ" (the document's PDF has its title the same way).
 */
function chartPdfInfo(procedure: Procedure, lang: Lang): PdfInfo {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    title: line(`${procedure.id} – ${procedure.title} – ${documentLabels(lang).flowchart}`),
    subject: procedure.id,
  };
}

/**
 * `procmap flowchart`: a swimlane flowchart per procedure, as Mermaid source, Markdown, SVG, PNG and/or PDF, in a
 * folder, named by the procedure's code. Exit 0 done, 1 when a file had problems and got no chart, 2 when procmap
 * could not run (bad usage, an unreadable path, no browser for svg, png or pdf).
 */
export async function flowchartCommand(paths: string[], options: FlowchartCommandOptions, io: Io): Promise<number> {
  // `-o /` or `-o ~`: the charts and their record would land among the disk's or the user's own files, as for doc.
  // `-o catalog` or `-o .` above it: the files would be written among the officers' procedure files.
  const forOutput = { en: 'the charts', vi: 'các lưu đồ', example: 'out' };
  const sweeping =
    wholeFolderRefusal(options.output, io.env.HOME, forOutput) ??
    inputOverlapRefusal(options.output, paths.length > 0 ? paths : ['.'], forOutput);
  if (sweeping) throw sweeping;
  const formats = parseFormats(options.format, FLOWCHART_FORMATS, { en: 'flowchart', vi: 'lưu đồ' });
  parsePaper(options.paper);
  // Read before anything else runs: a malformed value stops the run, as the reproducible-builds convention asks.
  const source = formats.includes('pdf') ? sourceDate(io.env) : undefined;
  const roots = paths.length > 0 ? paths : ['.'];
  const browserFormats = BROWSER_FORMATS.filter((format) => formats.includes(format));
  // Look for the browser before writing anything, so a missing one never leaves half a set of charts.
  const browser = browserFormats.length > 0 ? findBrowser(io.env) : undefined;
  if (browser && !browser.ok)
    throw new ToolError(
      noBrowserMessage(browser.problem, {
        en: 'SVG, PNG and PDF charts are drawn by a browser; the mmd and md formats need none.',
        vi: 'Lưu đồ SVG, PNG và PDF do trình duyệt vẽ; định dạng mmd và md không cần trình duyệt.',
      }),
    );

  // Each chart on its own file's configuration (`flowchart a b`: b's durations and verdict on b's working day).
  const catalog = loadCatalogWithCalendars(roots, { config: options.config, calendar: options.calendar }, options.lang);
  noteHiddenFiles(catalog.hidden, io, options.lang);
  noteLookAlikeFiles(catalog.lookAlike, io, options.lang);
  const { sources, unreadable, calendarOf } = catalog;
  const { procedures, problems: unusable, broken } = lintForRendering(catalog, options.lang);
  const outOfRange: Diagnostic[] = [];
  const candidates = procedures
    .filter((entry) => !broken.has(entry.file))
    .flatMap((entry) => {
      const calendar = calendarOf(entry.file);
      const analysis = analyseTime(entry.procedure, calendar);
      // A limit that dates decide is judged over every receipt of a window, as `time`, lint and the document do.
      try {
        const sweeps = documentSweeps(entry.procedure, analysis, calendar);
        const dates = procedureDates([entry.procedure], source);
        return [{ file: entry.file, procedure: entry.procedure, analysis, ...sweeps, dates }];
      } catch (error) {
        // Receipts that run past the years the calendar knows (Tết after 2099): no chart for this file only.
        if (!(error instanceof OutOfCalendarError)) throw error;
        outOfRange.push(outOfCalendarDiagnostic(entry, error, calendar, {}, options.lang));
        return [];
      }
    });
  // Charts are named by the code, and a case-insensitive disk takes codes differing in case for one file: codes
  // shared are told as lint's unique-id tells them, at every file, even where a comment turned the rule off there.
  const drawn = new Set(candidates.map((chart) => chart.file));
  const clashes = unsuppressedCatalogCheck(
    uniqueId,
    procedures.filter((entry) => drawn.has(entry.file)),
    options.lang,
  );
  const charts = candidates.filter((chart) => !clashes.some((d) => d.file === chart.file));
  const problems = sortDiagnostics([...unusable, ...outOfRange, ...clashes]);
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: problems, files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang, fixedBy: 'lint' },
      ),
    );

  // A file of a chart's name that procmap did not write, or that changed since, stops the run before anything is
  // written; a text chart that already says exactly what would be written (by a procmap older than the record) does not.
  const texts = textCharts(charts, formats, options);
  const record = OutputRecord.open(options.output, { force: options.force, io, lang: options.lang });
  try {
    record.refuseUsersFiles([
      ...texts,
      ...charts.flatMap((chart) =>
        browserFormats.map((format) => [chartPath(options.output, chart.procedure.id, format)] as const),
      ),
    ]);
    // The browser starts before anything is written: one that cannot start leaves no half set of charts either.
    const lease = browser?.ok && charts.length > 0 ? await openSession(browser.path, io) : undefined;
    try {
      return await writeCharts(
        charts,
        texts,
        browserFormats,
        lease,
        options,
        io,
        record,
        problems.length > 0,
        unreadable.length,
      );
    } finally {
      await lease?.release();
    }
  } finally {
    // A run that stopped part way lets the next one write there.
    record.close();
  }
}

/** Each chart's text formats (Mermaid source, Markdown), made before anything is written. */
function textCharts(
  charts: readonly Chart[],
  formats: readonly FlowchartFormat[],
  options: FlowchartCommandOptions,
): [string, string][] {
  const texts: [string, string][] = [];
  for (const chart of charts) {
    const makers: [FlowchartFormat, () => string][] = [
      [
        'mmd',
        () =>
          flowchartMermaid(chart.procedure, chart.analysis, {
            lang: options.lang,
            dialect: 'swimlane',
            title: true,
            sweep: chart.sweep,
            channelSweeps: chart.channelSweeps,
            caseSweeps: chart.caseSweeps,
            channelCaseSweeps: chart.channelCaseSweeps,
          }),
      ],
      ['md', () => flowchartMarkdown(chart.procedure, chart.analysis, options.lang, chart)],
    ];
    for (const [format, text] of makers)
      if (formats.includes(format)) texts.push([chartPath(options.output, chart.procedure.id, format), text()]);
  }
  return texts;
}

/** Writes each chart's text formats, then draws its browser formats in the session, and lists what was written. */
async function writeCharts(
  charts: readonly Chart[],
  texts: readonly (readonly [string, string])[],
  browserFormats: readonly DiagramFormat[],
  lease: SessionLease | undefined,
  options: FlowchartCommandOptions,
  io: Io,
  record: OutputRecord,
  problems: boolean,
  unreadable: number,
): Promise<number> {
  const written: string[] = [];
  for (const file of texts) {
    // Ctrl-C stops the run between files, every file written complete.
    await betweenFiles();
    record.write([file]);
    written.push(file[0]);
  }
  let failures: string[] = [];
  if (lease) {
    try {
      const result = await renderInBrowser(lease.session, charts, browserFormats, options, io, record);
      written.push(...result.written);
      failures = result.failures;
    } catch (error) {
      // The browser crashing or timing out is the environment's; anything else is procmap's bug and stays one.
      if (!isBrowserFailure(error)) throw error;
      const reason = error.message.split('\n')[0];
      throw new ToolError(
        {
          en: `The browser failed while drawing flowcharts: ${reason}`,
          vi: `Trình duyệt gặp lỗi khi vẽ lưu đồ: ${reason}`,
        },
        { cause: error },
      );
    }
  }
  // The last batch, then the final hashes: a run that failed part way leaves each file it wrote known as procmap's.
  record.finish();
  for (const path of written.sort()) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  for (const failure of failures) io.stderr.write(`${failure}\n`);
  if (unreadable > 0 || failures.length > 0) return EXIT.failure;
  return problems ? EXIT.problems : EXIT.ok;
}

/** Defines `procmap flowchart` on the program; main loads this module only when the command is run or listed. */
export function defineFlowchartCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareFlowchart(program, lang).action(async (paths, options) =>
    setExit(await flowchartCommand(paths, settled(options), io)),
  );
}

import { join } from 'node:path';
import { stylish } from '../../format/stylish.js';
import type { Lang } from '../../i18n.js';
import { lint } from '../../lint/linter.js';
import type { Diagnostic, Procedure } from '../../model/types.js';
import { findBrowser } from '../../render/browser.js';
import type { BrowserSession, DiagramFormat } from '../../render/diagram-renderer.js';
import { flowchartMarkdown } from '../../render/flowchart-markdown.js';
import { flowchartPdf } from '../../render/flowchart-pdf.js';
import { flowchartMermaid } from '../../render/mermaid.js';
import { RENDERING_RULES } from '../../rules/index.js';
import { analyseTime, type TimeAnalysis } from '../../time/analyse.js';
import { loadCalendar } from '../../node/calendar-loader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, ToolError, UsageError } from '../../errors.js';
import { displayPath } from '../../node/files.js';
import type { Io } from '../../node/io.js';
import { useColor, writeFileAtomic } from '../../node/output.js';
import { progressBar } from '../progress.js';
import { loadCatalog } from '../../node/catalog-reader.js';
import { parsePaper } from '../paper.js';

/** Options of `procmap flowchart`, as commander parses them. */
export interface FlowchartCommandOptions {
  output: string;
  /** Formats as given: repeated and/or comma-separated. */
  format: string[];
  lang: Lang;
  config?: string;
  calendar?: string;
  /** pdf: the paper, a4 (default) or a3. */
  paper?: string;
}

/** The flowchart formats, in the order they are written; the last three need a browser. */
export const FLOWCHART_FORMATS = ['mmd', 'md', 'svg', 'png', 'pdf'] as const;
type FlowchartFormat = (typeof FLOWCHART_FORMATS)[number];
const BROWSER_FORMATS: readonly DiagramFormat[] = ['svg', 'png', 'pdf'];

/** One procedure to draw. */
interface Chart {
  file: string;
  procedure: Procedure;
  analysis: TimeAnalysis;
}

/** A chart's file: `QT-X.flowchart.svg`, so a chart never overwrites the document `QT-X.pdf` that `doc` writes to the same folder. */
function chartPath(dir: string, id: string, format: FlowchartFormat): string {
  return join(dir, `${id}.flowchart.${format}`);
}

function parseFormats(given: readonly string[]): FlowchartFormat[] {
  const names = given.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.find((name) => !(FLOWCHART_FORMATS as readonly string[]).includes(name));
  const formats = FLOWCHART_FORMATS.join(', ');
  if (unknown !== undefined) throw new UsageError({ en: `Unknown flowchart format "${unknown}"; use one or more of: ${formats}`, vi: `Không có định dạng lưu đồ "${unknown}"; hãy dùng một hoặc nhiều trong: ${formats}` });
  if (names.length === 0) throw new UsageError({ en: `--format needs at least one of: ${formats}`, vi: `--format cần ít nhất một trong: ${formats}` });
  return FLOWCHART_FORMATS.filter((format) => names.includes(format));
}

/** Output files are named by procedure code; on a case-insensitive disk, codes differing only in case would collide. */
function nameClashes(charts: readonly Chart[]): Diagnostic[] {
  const seen = new Map<string, Chart>();
  const clashes: Diagnostic[] = [];
  for (const chart of charts) {
    const key = chart.procedure.id.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, chart);
    else {
      const message = `Code "${chart.procedure.id}" names the same output files as "${first.procedure.id}" in ${first.file} on a case-insensitive disk`;
      clashes.push({ file: chart.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'unique-id', message });
    }
  }
  return clashes;
}

async function openSession(executablePath: string): Promise<BrowserSession> {
  const { BrowserSession } = await import('../../render/diagram-renderer.js');
  try {
    return await BrowserSession.open({ executablePath });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ToolError(`Could not start the browser "${executablePath}": ${reason}`);
  }
}

/**
 * Renders every chart's browser formats in one browser, writing each chart's files only once all of them exist.
 * Returns the paths written and a message per chart mermaid refused (procmap's bug, never the user's input).
 */
async function renderInBrowser(session: BrowserSession, charts: readonly Chart[], formats: readonly DiagramFormat[], options: FlowchartCommandOptions, io: Io): Promise<{ written: string[]; failures: string[] }> {
  const paper = parsePaper(options.paper);
  const { DiagramError } = await import('../../render/diagram-renderer.js');
  const written: string[] = [];
  const failures: string[] = [];
  const progress = progressBar(io.stderr, charts.length, 'flowchart');
  try {
    // The session's page pool bounds how many render at once; every chart is queued at the start.
    await Promise.all(
      charts.map(async (chart) => {
        const source = flowchartMermaid(chart.procedure, chart.analysis, { lang: options.lang, dialect: 'swimlane', title: true });
        const files: [string, Buffer][] = [];
        try {
          for (const format of formats) {
            // PDF: pages of the chosen paper, split rather than printed below the minimum text size (flowchart-pdf.ts).
            const data = format === 'pdf' ? await flowchartPdf(session, await session.renderSvg(source), paper, options.lang) : await session.renderMermaid(source, format, { paper });
            files.push([chartPath(options.output, chart.procedure.id, format), data]);
          }
        } catch (error) {
          if (!(error instanceof DiagramError)) throw error;
          failures.push(`procmap: could not draw the flowchart of ${chart.file}: ${error.message}`);
          return;
        } finally {
          progress.tick(chart.procedure.id);
        }
        for (const [path, data] of files) {
          writeFileAtomic(path, data, options.output);
          written.push(path);
        }
      }),
    );
  } finally {
    progress.done();
  }
  return { written, failures };
}

/**
 * `procmap flowchart`: a swimlane flowchart per procedure, as Mermaid source, Markdown, SVG, PNG and/or PDF, in a
 * folder, named by the procedure's code. Exit 0 done, 1 when a file had problems and got no chart, 2 when procmap
 * could not run (bad usage, an unreadable path, no browser for svg, png or pdf).
 */
export async function flowchartCommand(paths: string[], options: FlowchartCommandOptions, io: Io): Promise<number> {
  const formats = parseFormats(options.format);
  parsePaper(options.paper);
  const roots = paths.length > 0 ? paths : ['.'];
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, roots[0]!));
  const browserFormats = BROWSER_FORMATS.filter((format) => formats.includes(format));
  // Look for the browser before writing anything, so a missing one never leaves half a set of charts.
  const browser = browserFormats.length > 0 ? findBrowser(io.env) : undefined;
  if (browser && !browser.ok) throw new ToolError(browser.message);

  const { sources, unreadable } = loadCatalog(roots, options.lang);
  const { diagnostics, procedures } = lint(sources, { rules: RENDERING_RULES, lang: options.lang, calendar });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const broken = new Set([...unreadable, ...errors].map((d) => d.file));
  const candidates = procedures.filter((entry) => !broken.has(entry.file)).map((entry) => ({ file: entry.file, procedure: entry.procedure, analysis: analyseTime(entry.procedure, calendar) }));
  const clashes = nameClashes(candidates);
  const charts = candidates.filter((chart) => !clashes.some((d) => d.file === chart.file));
  const problems = [...unreadable, ...errors, ...clashes];
  if (problems.length > 0) io.stderr.write(stylish({ diagnostics: problems, files: sources.length + unreadable.length }, { color: useColor(io.stderr, io.env), lang: options.lang }));

  const written: string[] = [];
  for (const chart of charts) {
    const texts: [FlowchartFormat, () => string][] = [
      ['mmd', () => flowchartMermaid(chart.procedure, chart.analysis, { lang: options.lang, dialect: 'swimlane', title: true })],
      ['md', () => flowchartMarkdown(chart.procedure, chart.analysis, options.lang)],
    ];
    for (const [format, text] of texts) {
      if (!formats.includes(format)) continue;
      const path = chartPath(options.output, chart.procedure.id, format);
      writeFileAtomic(path, text(), options.output);
      written.push(path);
    }
  }
  let failures: string[] = [];
  if (browser?.ok && charts.length > 0) {
    const session = await openSession(browser.path);
    try {
      const result = await renderInBrowser(session, charts, browserFormats, options, io);
      written.push(...result.written);
      failures = result.failures;
    } catch (error) {
      throw new ToolError(`The browser failed while drawing flowcharts: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await session.close();
    }
  }
  for (const path of written.sort()) io.stdout.write(`${displayPath(path, io.cwd)}\n`);
  for (const failure of failures) io.stderr.write(`${failure}\n`);
  if (unreadable.length > 0 || failures.length > 0) return EXIT.failure;
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

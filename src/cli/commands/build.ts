import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildKey, emptyManifest, parseManifest, planBuild, type BuildManifest } from '../../catalog/build-cache.js';
import { catalogStats, listCatalog } from '../../catalog/stats.js';
import { settingsResolver } from '../../config/settings.js';
import { stylish } from '../../format/stylish.js';
import type { Lang } from '../../i18n.js';
import { lint, type CatalogEntry } from '../../lint/linter.js';
import { findBrowser } from '../../render/browser.js';
import { BrowserSession } from '../../render/diagram-renderer.js';
import { browserDocuments, FlowchartError, markdownDocument } from '../../render/document/outputs.js';
import { readTemplates, TemplateDirError } from '../../render/document/template-files.js';
import { compileTemplates, TemplateError, type DocumentTemplates } from '../../render/document/templates.js';
import { escapeHtml } from '../../render/site/html.js';
import { indexPage, procedureDir } from '../../render/site/index-page.js';
import { SITE_LABELS } from '../../render/site/labels.js';
import { summaryPage } from '../../render/site/summary-page.js';
import { analyseTime } from '../../time/analyse.js';
import type { WorkingCalendar } from '../../time/calendar.js';
import { VERSION } from '../../version.js';
import { loadCalendar, localToday } from '../calendar.js';
import { loadConfig } from '../config.js';
import { EXIT, ToolError, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import type { Io } from '../io.js';
import { useColor, writeFileAtomic } from '../output.js';
import { progressBar } from '../progress.js';
import { loadCatalog } from '../catalog.js';
import { readLogos } from '../logo.js';
import { parsePaper } from '../paper.js';

/** Options of `procmap build`, as commander parses them. */
export interface BuildCommandOptions {
  output: string;
  clean?: boolean;
  keepGoing?: boolean;
  pdf: boolean;
  /** Also write each document as a Word file. */
  docx?: boolean;
  /** Paper of a wide flowchart's landscape page: a4 (default) or a3. */
  paper?: string;
  lang: Lang;
  title?: string;
  template?: string;
  config?: string;
  calendar?: string;
}

const MANIFEST = '.procmap-build.json';
// Procedures rendered at once: the page pools bound real parallelism; this bounds memory.
const CONCURRENCY = 4;

/** The files one procedure's pages are made of, relative to the site root. */
function outputsOf(id: string, pdf: boolean, docx: boolean): string[] {
  const dir = procedureDir(id);
  return [`${dir}/index.html`, `${dir}/flowchart.svg`, `${dir}/${id}.md`, ...(pdf ? [`${dir}/${id}.pdf`] : []), ...(docx ? [`${dir}/${id}.docx`] : [])];
}

function compileSiteTemplates(dir: string | undefined): { templates: DocumentTemplates; fingerprint: string } {
  try {
    const sources = readTemplates(dir, (path) => displayPath(path));
    return { templates: compileTemplates(sources), fingerprint: JSON.stringify(sources) };
  } catch (error) {
    if (error instanceof TemplateDirError || error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
}

/** The ISO document page with a bar linking back to the catalog and to its PDF and Markdown. */
function procedurePage(documentHtml: string, id: string, lang: Lang, pdf: boolean, docx: boolean): string {
  const t = SITE_LABELS[lang];
  const links = [`<a href="../../index.html">${escapeHtml(t.back)}</a>`, `<a href="../../summary.html">${escapeHtml(t.summary)}</a>`];
  if (pdf) links.push(`<a href="${escapeHtml(id)}.pdf">PDF</a>`);
  if (docx) links.push(`<a href="${escapeHtml(id)}.docx">Word</a>`);
  links.push(`<a href="${escapeHtml(id)}.md">Markdown</a>`, `<a href="flowchart.svg">SVG</a>`);
  const nav = `<nav class="site-nav" style="background:#0b3d6e;padding:8px 16px;font:14px sans-serif">${links.map((l) => l.replace('<a ', '<a style="color:#fff;margin-right:16px" ')).join('')}</nav>`;
  return documentHtml.replace(/<body([^>]*)>/, (body) => `${body}\n${nav}`);
}

// write-file-atomic names its temporary file "<target>.<32-bit hash>"; a killed build (SIGKILL, power cut) can
// leave one behind that no exit handler removed.
const INTERRUPTED_WRITE = /\.(html|svg|md|pdf|docx|json)\.\d+$/;

/** Removes temporary files an interrupted build left in the site, so the folder holds only complete files. */
function removeInterruptedWrites(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && INTERRUPTED_WRITE.test(entry.name)) rmSync(join(entry.parentPath, entry.name), { force: true });
  }
}

/** Removes files of procedures no longer in the catalog, then their folders if empty. */
function removeStale(root: string, outputs: readonly string[]): void {
  for (const output of outputs) rmSync(join(root, output), { force: true });
  for (const dir of new Set(outputs.map((output) => dirname(join(root, output))))) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}

/**
 * `procmap build`: lints the catalog, then writes the public site: an index with offline search and filters, a
 * summary page, and per procedure its ISO document, flowchart, PDF and Markdown. A content-hash cache re-renders
 * only procedures whose file, templates, calendar, language or procmap version changed; every file is written
 * atomically, so an interrupted build leaves only complete files and the next build finishes the job.
 */
export async function buildCommand(catalog: string | undefined, options: BuildCommandOptions, io: Io): Promise<number> {
  const started = Date.now();
  const root = catalog ?? '.';
  const out = options.output;
  const config = loadConfig(options.config, root);
  const calendar: WorkingCalendar = loadCalendar(options.calendar, config);
  const { templates, fingerprint } = compileSiteTemplates(options.template);
  const { sources, unreadable } = loadCatalog([root]);
  const settingsFor = settingsResolver(config.config, { baseDir: config.file ? dirname(config.file) : io.cwd, cwd: io.cwd });
  const result = lint(sources, { lang: 'en', settingsFor, calendar, today: localToday() });
  const errors = [...unreadable, ...result.diagnostics.filter((d) => d.severity === 'error')];
  if (errors.length > 0) {
    io.stderr.write(stylish({ diagnostics: errors, files: sources.length + unreadable.length }, { color: useColor(io.stderr), lang: 'en' }));
    if (!options.keepGoing) {
      io.stderr.write('procmap: the catalog has errors; nothing was built (fix them, or use --keep-going to build the valid procedures)\n');
      return unreadable.length > 0 ? EXIT.failure : EXIT.problems;
    }
  }
  const broken = new Set(errors.map((d) => d.file));
  const logos = readLogos(result.procedures, config, broken, io);
  if (broken.size > 0 && errors.length === 0 && !options.keepGoing) {
    io.stderr.write('procmap: the catalog has errors; nothing was built (fix them, or use --keep-going to build the valid procedures)\n');
    return EXIT.problems;
  }
  const entries = result.procedures.filter((entry) => !broken.has(entry.file));
  const paper = parsePaper(options.paper);
  const docx = options.docx === true;
  const byId = new Map<string, CatalogEntry>(entries.map((entry) => [entry.procedure.id, entry]));

  const calendarFingerprint = JSON.stringify(config.config.calendar ?? null) + (options.calendar ? readFileSync(options.calendar, 'utf8') : '');
  const wanted = new Map(
    entries.map((entry) => [entry.procedure.id, buildKey([VERSION, fingerprint, calendarFingerprint, options.lang, String(options.pdf), String(docx), paper, logos.get(entry.procedure.id)?.data.toString('base64') ?? '', JSON.stringify(entry.procedure)])]),
  );
  removeInterruptedWrites(out);
  const manifestPath = join(out, MANIFEST);
  const previous = options.clean || !existsSync(manifestPath) ? emptyManifest() : parseManifest(readFileSync(manifestPath, 'utf8'));
  const plan = planBuild(wanted, previous, (output) => existsSync(join(out, output)));

  let session: BrowserSession | undefined;
  if (plan.render.length > 0) {
    const browser = findBrowser(io.env);
    if (!browser.ok) throw new ToolError(`${browser.message} (the site embeds each flowchart as SVG and prints PDFs)`);
    session = await BrowserSession.open({ executablePath: browser.path });
  }
  const manifest: BuildManifest = emptyManifest();
  for (const id of plan.upToDate) manifest.entries[id] = previous.entries[id]!;
  const saveManifest = () => writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  const progress = progressBar(io.stderr, plan.render.length, 'build');
  try {
    let next = 0;
    let sinceSave = 0;
    const worker = async () => {
      while (next < plan.render.length) {
        const id = plan.render[next++]!;
        const entry = byId.get(id)!;
        const logo = logos.get(id);
        const subject = { procedure: entry.procedure, analysis: analyseTime(entry.procedure, calendar), lang: options.lang, paper, ...(logo ? { logo } : {}) };
        let documents;
        try {
          documents = await browserDocuments(session!, templates, subject, { html: true, pdf: options.pdf, docx });
        } catch (error) {
          if (error instanceof FlowchartError) throw new ToolError(error.message);
          throw error;
        }
        const dir = join(out, procedureDir(id));
        writeFileAtomic(join(dir, `${id}.md`), markdownDocument(templates, subject));
        writeFileAtomic(join(dir, 'flowchart.svg'), documents.svg);
        if (documents.pdf) writeFileAtomic(join(dir, `${id}.pdf`), documents.pdf);
        if (documents.docx) writeFileAtomic(join(dir, `${id}.docx`), documents.docx);
        // The page is written last: a procedure counts as built only once all its files are there.
        writeFileAtomic(join(dir, 'index.html'), procedurePage(documents.html!, id, options.lang, options.pdf, docx));
        manifest.entries[id] = { key: wanted.get(id)!, outputs: outputsOf(id, options.pdf, docx) };
        progress.tick(id);
        if (++sinceSave >= 50) {
          sinceSave = 0;
          saveManifest();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, plan.render.length) }, worker));
  } catch (error) {
    // Keep what was finished: the next build resumes from it.
    saveManifest();
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.done();
    await session?.close();
  }
  removeStale(out, plan.stale.filter((output) => !Object.values(manifest.entries).some((entry) => entry.outputs.includes(output))));
  const list = listCatalog(entries, calendar);
  writeFileAtomic(join(out, 'index.html'), indexPage(list, options.lang, options.title));
  writeFileAtomic(join(out, 'summary.html'), summaryPage(catalogStats(list), options.lang, options.title));
  saveManifest();
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  io.stdout.write(`built ${entries.length} procedures into ${displayPath(out)}: ${plan.render.length} rendered, ${plan.upToDate.length} up to date, ${new Set(plan.stale.map((o) => dirname(o))).size} removed (${seconds} s); open ${displayPath(join(out, 'index.html'))}\n`);
  return errors.length > 0 || broken.size > 0 ? (unreadable.length > 0 ? EXIT.failure : EXIT.problems) : EXIT.ok;
}

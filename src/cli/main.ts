import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../i18n.js';
import { VERSION } from '../version.js';
import { EXIT, ToolError, UsageError } from '../errors.js';
import { displayPath, environmentErrorText } from '../node/files.js';
import { processIo, standardOutputFailed, type Io } from '../node/io.js';
import { leaveInterruptsToCommand } from '../node/interrupt.js';
import { runInFolder } from '../node/run-context.js';
import { resolveLang } from './lang.js';
import { commanderMessage, MAIN_TEXT } from './usage-text.js';


// Every command takes --lang; its value is settled once, before the command runs, by resolveLang.
function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages and documents: vi or en (default: PROCMAP_LANG, else lang: in procmap.config.yaml, else vi)');
}

const DOC_FORMAT_DEFAULT = ['pdf'];
const FLOWCHART_FORMAT_DEFAULT = ['svg'];

/** Builds the command tree; each action loads its command module only when run, so `lint` never loads renderers. */
function program(io: Io, setExit: (code: number) => void, lang: { current: Lang }): Command {
  const root = new Command('procmap')
    .description('Turn administrative procedures (YAML) into reviewed, versioned, printable ISO 9001 process documents.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError(MAIN_TEXT[lang.current].helpAfterError)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderMessage(s, lang.current)),
    })
    .exitOverride()
    .hook('preAction', (_root, action) => {
      // The first path of a command (a catalog, files, or the sides of a diff) decides which configuration applies.
      const options = action.opts() as { lang?: string; config?: string };
      const first = action.args.find((arg) => !/^[^/\\]*:/.test(arg)) ?? io.cwd;
      lang.current = resolveLang({ option: options.lang, env: io.env, config: options.config, near: first });
      action.setOptionValue('lang', lang.current);
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 done and clean, 1 problems in the input, 2 procmap could not run.\n\nExamples:\n  procmap lint procedures/\n  procmap time procedures/xa/dang-ky-ket-hon.yaml --received "2026-02-13 09:00" --lang vi\n  procmap build procedures -o site\n\nEvery command has --help. Documentation: README.md and docs/.',
    );

  root
    .command('lint')
    .description('Validate procedure files against the schema and lint them with the rules')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .addOption(new Option('-f, --format <name>', 'output format: stylish, json, sarif, github or junit').default('stylish'))
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the first path)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--fix', 'fix what is safe to fix (Unicode NFC, the spellings of the canonical-* rules), keeping comments and layout')
    .option('--fix-dry-run', 'print the diff --fix would apply and change nothing; exit 1 when there is one')
    .option('--shard <i/n>', 'lint only part i of n of the files, for parallel CI jobs (catalog rules still see every file)')
    .option('--as-of <date>', 'check calendar-day, month and same-day limits for the year of receipts from this date (default: the years with announced days off)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 lint errors or too many warnings, 2 procmap could not run.\n\nInline: `# procmap-disable-next-line <rule> -- reason`, `# procmap-disable-line <rule>`, `# procmap-disable` (whole file).\nConfiguration: docs/configuration.md. Rules: `procmap rules`, docs/rules/.\n\nExamples:\n  procmap lint procedures/\n  procmap lint --format json procedures/ > report.json\n  procmap lint --format sarif --output procmap.sarif procedures/\n  procmap lint --fix-dry-run procedures/\n  procmap lint --shard 2/4 --format junit --output junit-2.xml procedures/',
    )
    .action(async (paths: string[], options) => {
      const { lintCommand } = await import('./commands/lint.js');
      setExit(await lintCommand(paths, options, io));
    });

  root
    .command('time')
    .description('Time procedures on the working calendar: totals against the limit, critical path, due dates of every step')
    .argument('<paths...>', 'procedure files or folders (searched recursively)')
    .option('-r, --received <moment>', 'when the complete dossier was received, local time: "2026-02-13 09:00" or 2026-02-13T09:00')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the first path)')
    .option('--calendar <file>', "working calendar file, whose root is a calendar section (default: the configuration's calendar)")
    .option('--as-of <date>', 'without --received: try the receipts of the year from this date (default: the years with announced days off)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nDurations: h working hours and d working days run on the office clock (1 d = one full day of office hours,\n8 h by default; lunch, nights, weekends and holidays skipped); cd calendar days follow the Civil Code (from\nthe day after, a last day off moves to the next working day). A receipt outside office hours counts from the\nnext opening; after a procedure\'s `cutoff`, from the next working day. The calendar: docs/calendar.md.\n\nExit codes: 0 done, 1 a file has problems that stop timing it (printed on standard error), 2 bad usage.\n\nExamples:\n  procmap time procedures/\n  procmap time procedures/xa/chung-thuc-ban-sao.yaml --received "2026-02-13 15:30"\n  procmap time procedures/ --received 2026-02-13T09:00 --format json\n  procmap time procedures/ --calendar saturday-mornings.yaml --lang vi',
    )
    .action(async (paths: string[], options) => {
      const { timeCommand } = await import('./commands/time.js');
      setExit(await timeCommand(paths, options, io));
    });

  root
    .command('calendar')
    .description('Show the working calendar of a year: office hours, every day off and make-up day with its source')
    .argument('[year]', 'the year, e.g. 2026 (default: this year)')
    .addOption(new Option('-f, --format <name>', 'output format; ics loads into calendar apps').choices(['text', 'json', 'ics']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the current folder)')
    .option('--calendar <file>', "working calendar file, whose root is a calendar section (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText('after', '\nSays whether the year\'s days off are announced (with the notice), provisional, or computed from the Labour\nCode. The calendar: docs/calendar.md.\n\nExamples:\n  procmap calendar 2026\n  procmap calendar 2026 --format ics > nghi-le-2026.ics\n  procmap calendar 2027 --format json --lang vi')
    .action(async (year: string | undefined, options) => {
      const { calendarCommand } = await import('./commands/calendar.js');
      setExit(await calendarCommand(year, options, io));
    });

  root
    .command('ontime')
    .description('Measure dossier exports (CSV, XLSX, JSON) against the mapped procedures: on-time rate, late dossiers, where the time goes')
    .argument('<dossiers...>', 'dossier exports from the one-stop software: .csv, .xlsx or .json files')
    .option('--catalog <dir>', 'the procedures to measure against (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown', 'xlsx', 'html']).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output; required for xlsx')
    .option('--map <file>', "column mapping (YAML or JSON): field: header, e.g. received: Ngày nhận (default: the configuration's ontime section)")
    .option('--as-of <moment>', 'judge open dossiers as of this local moment (default: now), e.g. "2026-03-31 17:00"')
    .option('--fail-under <rate>', 'exit 1 when the on-time rate is below this: 95%, 95 or 0.95')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nEach row is one dossier: the procedure (its code or id), when it was received and, once settled, when the\nresult was ready; optionally the vendor\'s appointment, the channel, pauses (tạm dừng: the clock stops) and\nper-step times. Common Vietnamese headers are recognised with or without diacritics (số hồ sơ, mã thủ tục,\nngày tiếp nhận, ngày hẹn trả, ngày có kết quả, trạng thái, kênh, tạm dừng). Dates: 13/02/2026 09:00 or ISO.\nRows that cannot be measured are listed on standard error with their row number and counted; they never stop\nthe run. See docs/ontime.md.\n\nExit codes: 0 done, 1 a file is not a table of dossiers, nothing could be measured, or the rate is below\n--fail-under, 2 bad usage.\n\nExamples:\n  procmap ontime ho-so-2026.csv --catalog procedures\n  procmap ontime q1.xlsx q2.xlsx --catalog procedures --format html -o ontime.html --lang vi\n  procmap ontime export.json --catalog procedures --map columns.yaml --fail-under 95%',
    )
    .action(async (dossiers: string[], options) => {
      const { ontimeCommand } = await import('./commands/ontime.js');
      setExit(await ontimeCommand(dossiers, options, io));
    });

  root
    .command('flowchart')
    .description('Draw the swimlane flowchart of each procedure: Mermaid source, Markdown, SVG, PNG or PDF')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .option('-o, --output <dir>', 'folder for the charts, one file per procedure and format, named by its code (QT-X.flowchart.svg)', 'out')
    .addOption(
      new Option('-f, --format <formats>', 'mmd, md, svg, png and/or pdf, comma-separated or repeated')
        .default(FLOWCHART_FORMAT_DEFAULT, 'svg')
        // Not variadic: `--format png procedures/` must not take the folder for a format.
        .argParser((value: string, previous: string[]) => (previous === FLOWCHART_FORMAT_DEFAULT ? [value] : [...previous, value])),
    )
    .option('--config <file>', 'configuration file (default: the nearest procmap.config.yaml)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar section)")
    .option('--paper <size>', 'pdf: a4 or a3 pages, turned to show the chart larger', 'a4')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nOne lane per responsible body, each step with its duration, decisions as diamonds, parallel branches between\nbars, the critical path in red and the total against the time limit. Labels are in Vietnamese; --lang en\ngives English. mmd is Mermaid source (swimlane-beta, mermaid 11.17+); md is a Markdown page with a mermaid\nblock that GitHub and GitLab draw. svg, png and pdf need Chromium: PROCMAP_CHROME or PUPPETEER_EXECUTABLE_PATH\nnames one, else procmap looks in the usual places (Debian: apt-get install chromium-headless-shell).\n\nExit codes: 0 done, 1 a file had problems and got no chart, 2 procmap could not run (bad usage, no browser).\n\nExamples:\n  procmap flowchart procedures/ -o out/\n  procmap flowchart procedures/xa/dang-ky-ket-hon.yaml --format svg,png,pdf -o out/\n  procmap flowchart procedures/ --format mmd --format md --lang en -o charts/',
    )
    .action(async (paths: string[], options) => {
      const { flowchartCommand } = await import('./commands/flowchart.js');
      setExit(await flowchartCommand(paths, options, io));
    });

  root
    .command('doc')
    .description('Write the ISO 9001 process document of each procedure: PDF, Word, HTML or Markdown')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .option('-o, --output <dir>', 'folder for the documents, one file per procedure and format, named by its code', 'out')
    .addOption(
      new Option('-f, --format <formats>', 'pdf, docx, html and/or md, comma-separated or repeated')
        .default(DOC_FORMAT_DEFAULT, 'pdf')
        // Not variadic: `--format html procedures/` must not take the folder for a format.
        .argParser((value: string, previous: string[]) => (previous === DOC_FORMAT_DEFAULT ? [value] : [...previous, value])),
    )
    .option('--template <dir>', "an organisation's templates (document.hbs, document.css, markdown.hbs, partials/*.hbs) over the built-ins")
    .option('--config <file>', 'configuration file (default: the nearest procmap.config.yaml)')
    .option('--calendar <file>', 'working calendar file (default: the configuration\'s calendar section)')
    .option('--paper <size>', 'paper of the landscape page a wide flowchart gets: a4 or a3', 'a4')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nDocuments are in Vietnamese; --lang en gives English headings and units.\nhtml, pdf and docx draw the flowchart with Chromium (the system\'s, or the one PROCMAP_CHROME names);\nmd embeds it as a mermaid block and needs no browser. docx is a Word file (Word, LibreOffice) with the\ncontrol header and page x/y on every page. A flowchart with 5 lanes or more, or too wide to print its text\nat 7 pt upright, gets a landscape page (--paper a3 for A3).\n\nExit codes: 0 done, 1 a procedure had problems and got no document, 2 procmap could not run (bad usage,\na template error, no browser for html or pdf).\n\nExamples:\n  procmap doc procedures/ -o out/\n  procmap doc procedures/xa/dang-ky-ket-hon.yaml --format html,md --lang en -o out/en\n  procmap doc procedures/ --template my-templates/ -o out/\n  procmap doc procedures/ --format docx,pdf --paper a3 -o out/',
    )
    .action(async (paths: string[], options) => {
      const { docCommand } = await import('./commands/doc.js');
      setExit(await docCommand(paths, options, io));
    });

  root
    .command('diff')
    .description('Compare procedures between two revisions: time limits, totals, steps, flow, fees, dossier, legal basis')
    .argument('[sides...]', 'base and revision: each a file, a folder, or REV:PATH from git (with --since: paths, default .)', [])
    .option('--since <rev>', 'compare the catalog at a git revision with the working tree')
    .addOption(new Option('-f, --format <name>', 'output format: text, markdown or json').default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a change at or above this level exists').choices(['breaking', 'warning', 'info']))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the current folder)')
    .option('--calendar <file>', "working calendar file, for the length of a working day (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nProcedures are matched by id, so a moved or renamed file is not a change. Levels: breaking (a total now over\nits limit, a limit raised, a procedure removed), warning (longer, a body or the flow changed, revision not\nraised), info (shorter, renamed, wording). See docs/diff.md.\n\nExit codes: 0 done, 1 a change at or above --fail-on, or a file that cannot be compared, 2 procmap or git could not run.\n\nExamples:\n  procmap diff main:procedures procedures\n  procmap diff HEAD~1:procedures/xa/dang-ky-ket-hon.yaml procedures/xa/dang-ky-ket-hon.yaml\n  procmap diff --since main --fail-on breaking\n  procmap diff --since origin/main --format markdown procedures > comment.md',
    )
    .action(async (sides: string[], options) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExit(await diffCommand(sides, options, io));
    });

  root
    .command('build')
    .description('Build the public catalog site: an index with search and filters, a summary, and per procedure its ISO document, flowchart, PDF and Markdown')
    .argument('[catalog]', 'catalog folder (default: the current folder)')
    .option('-o, --output <dir>', 'site folder', 'site')
    .option('--clean', 'ignore the build cache and render every procedure again')
    .option('--keep-going', 'build the valid procedures even when some files have errors (exit 1) or cannot be rendered (exit 2)')
    .option('--no-pdf', 'skip the PDFs (faster)')
    .option('--docx', 'also write each document as a Word file (.docx)')
    .option('--paper <size>', 'paper of the landscape page a wide flowchart gets: a4 or a3', 'a4')
    .option('--title <text>', 'title of the index page')
    .option('-t, --template <dir>', "your organisation's templates, falling back to the built-in ones")
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .option('--dossiers <file>', 'add an on-time report of this dossier export (CSV, XLSX, JSON) to the summary; repeat for more', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(langOption())
    .addHelpText('after', '\nOnly procedures whose file, templates, calendar, language or procmap version changed are rendered again.\nExit codes: 0 built, 1 the catalog has errors (nothing built, unless --keep-going), 2 bad usage, no browser or a template error.\n\nExamples:\n  procmap build procedures -o site\n  procmap build procedures -o site --lang en --no-pdf\n  procmap build procedures -o site --dossiers ho-so-2026.csv')
    .action(async (catalog: string | undefined, options) => {
      const { buildCommand } = await import('./commands/build.js');
      setExit(await buildCommand(catalog, options, io));
    });

  root
    .command('serve')
    .description('Preview the site while editing: build into a temporary folder, serve it on this machine, rebuild and reload the open page on every save')
    .argument('[catalog]', 'catalog folder (default: the current folder)')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', '4173')
    .option('--host <address>', 'address to listen on; the default reaches only this machine', '127.0.0.1')
    .option('--pdf', 'print the PDFs too (slower)', false)
    .option('--title <text>', 'title of the index page')
    .option('-t, --template <dir>', "your organisation's templates, falling back to the built-in ones")
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText('after', '\nProblems in the catalog are printed here and shown at the bottom of every page.\nExit codes: 0 stopped with Ctrl+C, 2 bad usage, no browser or the port in use.\n\nExamples:\n  procmap serve procedures\n  procmap serve procedures --port 8080')
    .action(async (catalog: string | undefined, options) => {
      const { serveCommand } = await import('./commands/serve.js');
      // serve stops on Ctrl-C or SIGTERM with exit 0 after its own clean-up, not through the interrupt handler's exit 2.
      leaveInterruptsToCommand();
      const stop = new Promise((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      setExit(await serveCommand(catalog, options, io, stop));
    });

  root
    .command('stats')
    .description('Summarise a catalog: counts by level, agency and field, four-on-the-spot share, totals against limits')
    .argument('[catalog]', 'catalog folder (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--top <n>', 'how many least-slack procedures to name', '10')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText('after', '\nExit codes: 0 done, 1 some files have errors (left out of the figures, listed on standard error), 2 bad usage.\n\nExamples:\n  procmap stats procedures\n  procmap stats procedures --format json')
    .action(async (catalog: string | undefined, options) => {
      const { statsCommand } = await import('./commands/stats.js');
      setExit(await statsCommand(catalog, options, io));
    });

  root
    .command('import')
    .description('Import procedures from national records (JSON) and catalogs or step tables (XLSX, CSV) into YAML files')
    .argument('[files...]', 'national record .json files, catalog and step-table .xlsx or .csv files', [])
    .option('-o, --output <dir>', 'catalog folder for the procedure files, one per procedure named by its id', '.')
    .option('--map <file>', 'YAML map of field: column header, for columns procmap does not recognise (else import.columns in the configuration)')
    .option('--effective <date>', 'effective date to write, YYYY-MM-DD or dd/mm/yyyy (else the row\'s, or the newest legal basis of a record)')
    .option('--force', 'overwrite procedure files that already exist and differ')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the output folder)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nSteps the source does not give with a body and a duration are written as drafts (draft: true) that lint reports\n(draft-steps) until you complete them. Values procmap has no field for are kept in a comment at the top of the\nfile. Re-running on the same input gives the same files. See docs/import.md.\n\nExit codes: 0 everything imported, 1 some records or rows skipped (the report says why), 2 bad usage or an unreadable file.\n\nExamples:\n  procmap import ho-tich.json -o procedures/xa\n  procmap import danh-muc-tthc.xlsx --effective 01/07/2025 -o procedures\n  procmap import danh-muc.csv --map cot.yaml -o procedures --force',
    )
    .action(async (files: string[], options) => {
      const { importCommand } = await import('./commands/import.js');
      setExit(await importCommand(files, options, io));
    });

  root
    .command('export')
    .description('Export the catalog as an Excel workbook (xlsx) or each procedure as BPMN 2.0 (bpmn)')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .addOption(new Option('-f, --format <name>', 'xlsx (one workbook: catalog, steps, bodies) or bpmn (one file per procedure)').default('xlsx'))
    .option('-o, --output <path>', 'xlsx: the workbook file (default catalog.xlsx); bpmn: the folder (default out)')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the first path)')
    .option('--calendar <file>', "working calendar file, for the length of a working day (default: the configuration's calendar)")
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nThe workbook has a frozen header row and filters on every sheet; headers are Vietnamese, English with --lang en.\n`procmap import` reads it back. BPMN files have a lane per body and open laid out in bpmn.io and Camunda Modeler.\n\nExit codes: 0 done, 1 some files have errors (left out, listed on standard error), 2 bad usage.\n\nExamples:\n  procmap export procedures -o danh-muc.xlsx\n  procmap export procedures --format xlsx --lang en -o catalog.xlsx\n  procmap export procedures/xa --format bpmn -o bpmn/',
    )
    .action(async (paths: string[], options) => {
      const { exportCommand } = await import('./commands/export.js');
      setExit(await exportCommand(paths, options, io));
    });

  root
    .command('rules')
    .description('List every lint rule with its severity under the current configuration')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the current folder)')
    .addOption(langOption())
    .addHelpText('after', '\nSeverities are those of the preset and `rules`; `overrides` may change them for some files.\nEach rule is documented in docs/rules/<id>.md.\n\nExamples:\n  procmap rules\n  procmap rules --format json')
    .action(async (options) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExit(await rulesCommand(options, io));
    });

  return root;
}

function earlyLang(argv: readonly string[], io: Io): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const option = at < 0 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice(7) : argv[at + 1];
  try {
    return resolveLang({ option, env: io.env, near: io.cwd });
  } catch {
    return 'vi';
  }
}

/** Runs procmap with the given arguments and returns the exit code; the only place errors become exit codes. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // Until the command's own resolution runs, messages (bad options, a bad --lang) follow --lang or PROCMAP_LANG.
  const lang = { current: earlyLang(argv, io) };
  try {
    // Helpers deep below the commands show paths relative to the run's working folder, not the process's.
    await runInFolder({ cwd: io.cwd }, () => program(io, (code) => (exitCode = code), lang).parseAsync([...argv], { from: 'user' }));
    return standardOutputFailed() ? EXIT.failure : exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is bad usage.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof UsageError || error instanceof ToolError) {
      io.stderr.write(`procmap: ${error.text(lang.current)}\n`);
      return EXIT.failure;
    }
    const environment = environmentErrorText(error);
    if (environment !== undefined) {
      // The user's environment (a full disk, permissions, a file where a folder should be), not procmap's bug.
      const { syscall, path } = error as NodeJS.ErrnoException;
      io.stderr.write(`procmap: ${path ? `cannot ${syscall ?? 'use'} "${displayPath(path, io.cwd)}"` : `${syscall ?? 'system call'} failed`}: ${environment}\n`);
      return EXIT.failure;
    }
    const text = MAIN_TEXT[lang.current];
    io.stderr.write(`procmap: ${text.internal}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write(`${text.report}\n`);
    return EXIT.failure;
  }
}

import { Command, CommanderError, Option } from 'commander';
import { isLang } from '../i18n.js';
import { VERSION } from '../version.js';
import { EXIT, ToolError, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';


function langOption(fallback: 'en' | 'vi'): Option {
  return new Option('--lang <lang>', 'language of messages: en or vi')
    .default(fallback)
    .argParser((value) => {
      if (!isLang(value)) throw new UsageError(`--lang takes en or vi, not "${value}"`);
      return value;
    });
}

const DOC_FORMAT_DEFAULT = ['pdf'];
const FLOWCHART_FORMAT_DEFAULT = ['svg'];

/** Builds the command tree; each action loads its command module only when run, so `lint` never loads renderers. */
function program(io: Io, setExit: (code: number) => void): Command {
  const root = new Command('procmap')
    .description('Turn administrative procedures (YAML) into reviewed, versioned, printable ISO 9001 process documents.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
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
    .option('--fix', 'fix what is safe to fix (Unicode NFC, duration spelling), keeping comments and layout')
    .option('--fix-dry-run', 'print the diff --fix would apply and change nothing; exit 1 when there is one')
    .option('--shard <i/n>', 'lint only part i of n of the files, for parallel CI jobs (catalog rules still see every file)')
    .addOption(langOption('en'))
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
    .addOption(langOption('en'))
    .addHelpText(
      'after',
      '\nDurations: h working hours and d working days run on the office clock (1 d = one full day of office hours,\n8 h by default; lunch, nights, weekends and holidays skipped); cd calendar days follow the Civil Code (from\nthe day after, a last day off moves to the next working day). A receipt outside office hours counts from the\nnext opening; after a procedure\'s `cutoff`, from the next working day. The calendar: docs/calendar.md.\n\nExit codes: 0 done, 1 a file has problems that stop timing it (printed on standard error), 2 bad usage.\n\nExamples:\n  procmap time procedures/\n  procmap time procedures/xa/chung-thuc-ban-sao.yaml --received "2026-02-13 15:30"\n  procmap time procedures/ --received 2026-02-13T09:00 --format json\n  procmap time procedures/ --calendar saturday-mornings.yaml --lang vi',
    )
    .action(async (paths: string[], options) => {
      const { timeCommand } = await import('./commands/time.js');
      setExit(await timeCommand(paths, options, io));
    });

  root
    .command('flowchart')
    .description('Draw the swimlane flowchart of each procedure: Mermaid source, Markdown, SVG, PNG or PDF')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .option('-o, --output <dir>', 'folder for the charts, one file per procedure and format, named by its code', 'out')
    .addOption(
      new Option('-f, --format <formats>', 'mmd, md, svg, png and/or pdf, comma-separated or repeated')
        .default(FLOWCHART_FORMAT_DEFAULT, 'svg')
        // Not variadic: `--format png procedures/` must not take the folder for a format.
        .argParser((value: string, previous: string[]) => (previous === FLOWCHART_FORMAT_DEFAULT ? [value] : [...previous, value])),
    )
    .option('--config <file>', 'configuration file (default: the nearest procmap.config.yaml)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar section)")
    .option('--paper <size>', 'pdf: a4 or a3 pages, turned to show the chart larger', 'a4')
    .addOption(langOption('vi'))
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
    .addOption(langOption('vi'))
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
    .addOption(langOption('en'))
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
    .option('--keep-going', 'build the valid procedures even when some files have errors (exit 1 all the same)')
    .option('--no-pdf', 'skip the PDFs (faster)')
    .option('--docx', 'also write each document as a Word file (.docx)')
    .option('--paper <size>', 'paper of the landscape page a wide flowchart gets: a4 or a3', 'a4')
    .option('--title <text>', 'title of the index page')
    .option('-t, --template <dir>', "your organisation's templates, falling back to the built-in ones")
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .addOption(langOption('vi'))
    .addHelpText('after', '\nOnly procedures whose file, templates, calendar, language or procmap version changed are rendered again.\nExit codes: 0 built, 1 the catalog has errors (nothing built, unless --keep-going), 2 bad usage, no browser or a template error.\n\nExamples:\n  procmap build procedures -o site\n  procmap build procedures -o site --lang en --no-pdf')
    .action(async (catalog: string | undefined, options) => {
      const { buildCommand } = await import('./commands/build.js');
      setExit(await buildCommand(catalog, options, io));
    });

  root
    .command('stats')
    .description('Summarise a catalog: counts by level, agency and field, four-on-the-spot share, totals against limits')
    .argument('[catalog]', 'catalog folder (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--top <n>', 'how many least-slack procedures to name', '10')
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the catalog)')
    .option('--calendar <file>', "working calendar file (default: the configuration's calendar)")
    .addOption(langOption('en'))
    .addHelpText('after', '\nExit codes: 0 done, 1 some files have errors (left out of the figures, listed on standard error), 2 bad usage.\n\nExamples:\n  procmap stats procedures\n  procmap stats procedures --format json')
    .action(async (catalog: string | undefined, options) => {
      const { statsCommand } = await import('./commands/stats.js');
      setExit(await statsCommand(catalog, options, io));
    });

  root
    .command('rules')
    .description('List every lint rule with its severity under the current configuration')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: the nearest procmap.config.yaml above the current folder)')
    .addOption(langOption('en'))
    .addHelpText('after', '\nSeverities are those of the preset and `rules`; `overrides` may change them for some files.\nEach rule is documented in docs/rules/<id>.md.\n\nExamples:\n  procmap rules\n  procmap rules --format json')
    .action(async (options) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExit(await rulesCommand(options, io));
    });

  return root;
}

/** Runs procmap with the given arguments and returns the exit code; the only place errors become exit codes. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  try {
    await program(io, (code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is bad usage.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof UsageError || error instanceof ToolError) {
      io.stderr.write(`procmap: ${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr.write(`procmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('Run again with --debug for details, and report it at https://github.com/procmap/procmap/issues\n');
    return EXIT.failure;
  }
}

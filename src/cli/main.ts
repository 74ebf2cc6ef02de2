import { Command, CommanderError } from '@commander-js/extra-typings';
import type { Lang, Translated } from '../i18n.js';
import { VERSION } from '../version.js';
import { EXIT, EXIT_OF_KIND, errorTrace, ProcmapError } from '../errors.js';
import { displayPath, environmentErrorText } from '../node/files.js';
import { betweenFiles, interruptLanguage } from '../node/interrupt.js';
import { processIo, standardOutputFailed, type Io } from '../node/io.js';
import { runInFolder } from '../node/run-context.js';
import type { CommandContext } from './define.js';
import { dashFileMessage, dashFileTaken, dashFileText } from './dash-file.js';
import { refuseEmptyPaths } from './empty-path.js';
import { refuseDashOutput } from './dash-output.js';
import { takePathsAsOnDisk } from './typed-paths.js';
import { resolveLang } from './lang.js';
import { langAfterCommand } from './lang-first.js';
import { takeCalendarNotices } from '../node/calendar-loader.js';
import { takeMisnamedNotes } from '../node/misnamed-notes.js';
import { refuseRepeatedOptions } from './repeated-option.js';
import { commanderMessage, HELP_WORDS, helpConfiguration, MAIN_TEXT } from './usage-text.js';
import { escapeControlsKeepingLines } from '../model/quote.js';

type Define = (program: Command, context: CommandContext) => void;

// Each command's definition lives beside its function and is loaded only when needed, so `lint` never loads renderers.
// The order is the order of `procmap --help`.
const COMMANDS: ReadonlyArray<[string, () => Promise<Define>]> = [
  ['init', async () => (await import('./commands/init.js')).defineInitCommand],
  ['lint', async () => (await import('./commands/lint.js')).defineLintCommand],
  ['time', async () => (await import('./commands/time.js')).defineTimeCommand],
  ['calendar', async () => (await import('./commands/calendar.js')).defineCalendarCommand],
  ['ontime', async () => (await import('./commands/ontime.js')).defineOntimeCommand],
  ['flowchart', async () => (await import('./commands/flowchart.js')).defineFlowchartCommand],
  ['doc', async () => (await import('./commands/doc.js')).defineDocCommand],
  ['diff', async () => (await import('./commands/diff.js')).defineDiffCommand],
  ['build', async () => (await import('./commands/build.js')).defineBuildCommand],
  ['serve', async () => (await import('./commands/serve.js')).defineServeCommand],
  ['stats', async () => (await import('./commands/stats.js')).defineStatsCommand],
  ['import', async () => (await import('./commands/import.js')).defineImportCommand],
  ['export', async () => (await import('./commands/export.js')).defineExportCommand],
  ['rules', async () => (await import('./commands/rules.js')).defineRulesCommand],
];

/** The commands a run needs defined: the one it names (also as `help <command>`), else all of them, for help and suggestions. */
function wanted(argv: readonly string[]): ReadonlyArray<[string, () => Promise<Define>]> {
  // The root's own options take no value, so the first word that is not an option names the command.
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  const one = COMMANDS.filter(([command]) => command === name);
  return one.length > 0 ? one : COMMANDS;
}

/** Builds the command tree with the commands this run needs. */
async function program(
  argv: readonly string[],
  io: Io,
  setExit: (code: number) => void,
  lang: { current: Lang },
): Promise<Command> {
  const root = new Command('procmap');
  // Help speaks the run's language as far as it is known before parsing: --lang, PROCMAP_LANG, the configuration.
  const text = MAIN_TEXT[lang.current];
  root
    .description(text.description)
    .version(VERSION, '-v, --version', text.version)
    .option('--debug', text.debug)
    .helpOption('-h, --help', HELP_WORDS[lang.current].helpOption)
    .helpCommand('help [command]', HELP_WORDS[lang.current].helpCommand)
    .configureHelp(helpConfiguration(lang.current))
    .showHelpAfterError(text.helpAfterError)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Help wraps to the run's own terminal, at 80 columns when piped (as commander does for the process's own).
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : 80),
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : 80),
      outputError: (s, write) => write(dashFileMessage(s, argv, lang.current) ?? commanderMessage(s, lang.current)),
    })
    .exitOverride()
    .hook('preAction', (_root, action) => {
      // A path typed in another Unicode form than its name on disk is taken as on disk, before the configuration near
      // it is looked for; a name several files share in other forms is refused once the run's language is known.
      let ambiguous: unknown;
      try {
        takePathsAsOnDisk(action);
      } catch (error) {
        ambiguous = error;
      }
      // The first path of a command (a catalog, files, or the sides of a diff) decides which configuration applies.
      const options = action.opts() as { lang?: string; config?: string };
      const first = action.args.find((arg) => !/^[^/\\]*:/.test(arg)) ?? io.cwd;
      lang.current = resolveLang({ option: options.lang, env: io.env, config: options.config, near: first });
      interruptLanguage(lang.current);
      action.setOptionValue('lang', lang.current);
      // A file named "-rf.yaml" among others was read as options with no error from commander: the same hint.
      const dashed = dashFileTaken(argv, action);
      if (dashed !== undefined) action.error(dashFileText(dashed, lang.current), { exitCode: EXIT.failure });
      refuseEmptyPaths(action);
      refuseDashOutput(action);
      if (ambiguous !== undefined) throw ambiguous;
    })
    .addHelpText('after', text.after);
  const commands = wanted(argv);
  const defines = await Promise.all(commands.map(([, load]) => load()));
  for (const define of defines) define(root, { io, setExit, lang: lang.current });
  refuseRepeatedOptions(root);
  return root;
}

/** The value of the first --lang given, if any. */
function langValue(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  return at < 0 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice(7) : argv[at + 1];
}

function earlyLang(argv: readonly string[], io: Io): Lang {
  try {
    return resolveLang({ option: langValue(argv), env: io.env, near: io.cwd });
  } catch {
    return 'vi';
  }
}

// What a failed system call was doing, in words: its own name (stat, scandir) means nothing to an officer.
const SYSTEM_CALLS: Record<string, Translated> = {
  open: { en: 'open', vi: 'mở' },
  read: { en: 'read', vi: 'đọc' },
  stat: { en: 'reach', vi: 'truy cập' },
  lstat: { en: 'reach', vi: 'truy cập' },
  access: { en: 'reach', vi: 'truy cập' },
  scandir: { en: 'read the folder', vi: 'đọc thư mục' },
  opendir: { en: 'read the folder', vi: 'đọc thư mục' },
  mkdir: { en: 'create the folder', vi: 'tạo thư mục' },
  write: { en: 'write', vi: 'ghi' },
  rename: { en: 'rename', vi: 'đổi tên' },
  unlink: { en: 'remove', vi: 'xóa' },
  rmdir: { en: 'remove', vi: 'xóa' },
  rm: { en: 'remove', vi: 'xóa' },
  copyfile: { en: 'copy', vi: 'sao chép' },
};

/**
 * An error's message after procmap's name, once: one whose thrower says it starts with it ("procmap chỉ tính được …")
 * is not named twice, and one that starts with a file called "procmap map.yaml" still is.
 */
function named(error: ProcmapError, message: string): string {
  return error.named ? message : `procmap: ${message}`;
}

/**
 * The one place errors become exit codes: a ProcmapError by its kind (input 1, usage and environment 2), a system
 * error of the user's environment 2, anything else is procmap's bug: 2 and a line asking to report it. With --debug,
 * bugs and wrapped errors print their stack and the stacks of their causes.
 */
function reportError(error: unknown, io: Io, lang: Lang, debug: boolean): number {
  if (error instanceof ProcmapError) {
    // Messages quote what the user gave (a command-line argument, a file name): never a control for the terminal.
    io.stderr.write(`${named(error, escapeControlsKeepingLines(error.text(lang)))}\n`);
    if (debug && error.cause !== undefined) io.stderr.write(`${errorTrace(error)}\n`);
    return EXIT_OF_KIND[error.kind];
  }
  const environment = environmentErrorText(error);
  if (environment !== undefined) {
    // The user's environment (a full disk, permissions, a file where a folder should be), not procmap's bug.
    const { syscall, path } = error as NodeJS.ErrnoException;
    const verb = (syscall !== undefined ? SYSTEM_CALLS[syscall] : undefined) ?? { en: 'use', vi: 'dùng' };
    const where = path === undefined ? undefined : displayPath(path, io.cwd);
    const what =
      lang === 'vi'
        ? `không ${verb.vi} được${where === undefined ? '' : ` "${where}"`}`
        : `cannot ${verb.en}${where === undefined ? ' it' : ` "${where}"`}`;
    io.stderr.write(`procmap: ${what}: ${environment[lang]}\n`);
    return EXIT.failure;
  }
  const text = MAIN_TEXT[lang];
  io.stderr.write(
    `procmap: ${text.internal}: ${escapeControlsKeepingLines(error instanceof Error ? error.message : String(error))}\n`,
  );
  io.stderr.write(debug ? `${errorTrace(error)}\n` : `${text.report}\n`);
  return EXIT.failure;
}

/** Runs procmap with the given arguments and returns the exit code. */
export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Helpers deep below the commands resolve and show paths against the run's working folder, not the process's.
  return runInFolder({ cwd: io.cwd }, () => run(argv, io));
}

/**
 * Help asked of a command that does not exist (`procmap help lnt`, `procmap lnt --help`) as the command alone: commander
 * showed the whole help instead (on stderr with exit 2, or with exit 0), never saying the name was wrong; the command
 * alone is refused with the closest name ("did you mean lint?"), exit 2.
 */
function helpOfUnknown(argv: readonly string[]): readonly string[] {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const viaHelp = words[0] === 'help';
  const name = viaHelp ? words[1] : words[0];
  if (name === undefined || name === 'help' || COMMANDS.some(([command]) => command === name)) return argv;
  return viaHelp || argv.includes('--help') || argv.includes('-h') ? [name] : argv;
}

async function run(given: readonly string[], io: Io): Promise<number> {
  const argv = helpOfUnknown(langAfterCommand(given));
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // Until the command's own resolution runs, messages (bad options, a bad --lang) follow --lang or PROCMAP_LANG.
  const lang = { current: earlyLang(given, io) };
  takeCalendarNotices();
  takeMisnamedNotes();
  try {
    // No command reads --lang for help alone or `help`: it is checked here, so a wrong one is still refused.
    const first = argv.find((arg) => !arg.startsWith('-'));
    if ((first === undefined || first === 'help') && langValue(given) !== undefined)
      resolveLang({ option: langValue(given), env: io.env, near: io.cwd });
    await (await program(argv, io, (code) => (exitCode = code), lang)).parseAsync([...argv], { from: 'user' });
    noteCalendars(io, lang.current);
    // A Ctrl-C during the command's last stretch without a wait is acted on here (exit 2), not lost to its exit code.
    await betweenFiles();
    return standardOutputFailed() ? EXIT.failure : exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for and the version are successes; everything else commander rejects is bad usage, `procmap`
      // without a command too (commander shows the help on stderr then, with a non-zero exit code).
      const asked =
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        (error.code === 'commander.help' && error.exitCode === 0);
      return asked ? EXIT.ok : EXIT.failure;
    }
    noteCalendars(io, lang.current);
    return reportError(error, io, lang.current, debug);
  }
}

/** Says the warnings of the calendars the run read (a day off on a Sunday), one `file:line:column` line each. */
function noteCalendars(io: Io, lang: Lang): void {
  // With them, the misnamed configurations above the catalog the look-ups passed over (src/node/config-loader.ts).
  for (const note of takeMisnamedNotes()) io.stderr.write(`procmap: ${escapeControlsKeepingLines(note[lang])}\n`);
  for (const { file, line, column, message } of takeCalendarNotices())
    io.stderr.write(`procmap: ${escapeControlsKeepingLines(`${file}:${line}:${column}: ${message[lang]}`)}\n`);
}

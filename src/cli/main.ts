import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { isLang } from '../i18n.js';
import { EXIT, ToolError, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function langOption(fallback: 'en' | 'vi'): Option {
  return new Option('--lang <lang>', 'language of messages: en or vi')
    .default(fallback)
    .argParser((value) => {
      if (!isLang(value)) throw new UsageError(`--lang takes en or vi, not "${value}"`);
      return value;
    });
}

/** Builds the command tree; each action loads its command module only when run, so `lint` never loads renderers. */
function program(io: Io, setExit: (code: number) => void): Command {
  const root = new Command('procmap')
    .description('Turn administrative procedures (YAML) into reviewed, versioned, printable ISO 9001 process documents.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  root
    .command('lint')
    .description('Validate procedure files against the schema and lint them with the rules')
    .argument('[paths...]', 'procedure files or folders (searched recursively)', [])
    .addOption(new Option('-f, --format <name>', 'output format').default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .addOption(langOption('en'))
    .addHelpText('after', '\nExit codes: 0 no errors, 1 lint errors or too many warnings, 2 procmap could not run.\n\nExamples:\n  procmap lint procedures/\n  procmap lint --format json procedures/ > report.json')
    .action(async (paths: string[], options) => {
      const { lintCommand } = await import('./commands/lint.js');
      setExit(await lintCommand(paths, options, io));
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

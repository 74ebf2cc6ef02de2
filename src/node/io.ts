import type { SessionSource } from '../render/session-source.js';
import { environmentErrorText } from './files.js';
import { handleInterrupts, runLanguage } from './interrupt.js';
import { standardStream } from './standard-stream.js';

/** Where a command writes: injected so commands can be run in tests and so that only the CLI layer knows the process. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** The working folder: where procmap.config.yaml is searched from and what displayed paths are relative to. */
  cwd: string;
  /** The environment: PROCMAP_LANG, NO_COLOR, FORCE_COLOR, PROCMAP_CHROME, PROCMAP_LINT_WORKERS, git's variables. */
  env: NodeJS.ProcessEnv;
  /**
   * Where the run gets its browser: unset, it launches one, ended on Ctrl-C, and closes it at the end (the binary
   * always does; src/node/run-browsers.ts). Tests that run procmap in-process lend one session to many runs
   * (test/helpers/shared-browser.ts).
   */
  browsers?: SessionSource;
  /**
   * The most dossiers `ontime -f xlsx` writes (unset: MAX_WORKBOOK_DOSSIERS). The binary never sets it; tests do, to
   * reach the ceiling with a few rows instead of 50,000.
   */
  workbookDossiers?: number;
}

let outputFailed = false;

/** Whether standard output failed (a full disk): the run then exits 2 whatever the command found. */
export function standardOutputFailed(): boolean {
  return outputFailed;
}

/**
 * Makes a failing standard output the user's environment, not a crash: a reader that went away (`| head`, EPIPE)
 * ends the output quietly while the command finishes with its own exit code; any other failure (`> /dev/full`) is one
 * line on stderr and exit 2.
 */
function standardOutputFailure(error: NodeJS.ErrnoException, stderr: NodeJS.WriteStream): void {
  if (error.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  // In the run's language (Vietnamese until the command has settled it), as every other line procmap prints.
  const reason = environmentErrorText(error);
  stderr.write(
    runLanguage() === 'en'
      ? `procmap: cannot write to standard output: ${reason?.en ?? error.message}\n`
      : `procmap: không ghi được ra đầu ra chuẩn: ${reason?.vi ?? error.message}\n`,
  );
}

/** The process's standard streams (made on first need), guarded against a failing standard output, with Ctrl-C handled. */
export function processIo(): Io {
  const stderr = standardStream(
    2,
    () => process.stderr,
    () => undefined,
  );
  const onFailure = (error: NodeJS.ErrnoException) => standardOutputFailure(error, stderr);
  const stdout = standardStream(1, () => process.stdout.on('error', onFailure), onFailure);
  handleInterrupts(stderr);
  return {
    stdout,
    stderr,
    cwd: process.cwd(),
    env: process.env,
  };
}

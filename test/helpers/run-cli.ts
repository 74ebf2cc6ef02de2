import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { forgetRunState } from '../../src/node/files.js';
import type { Io } from '../../src/node/io.js';
import type { SessionSource } from '../../src/render/session-source.js';
import { ROOT, type RunResult } from './cli.js';

/** How to run procmap in-process: the same choices a spawned run offers, plus a terminal and a fixed clock. */
export interface RunOptions {
  /** The working folder (the repository root by default). */
  cwd?: string;
  /** Added to the test process's environment, as for a spawned run; NO_COLOR is set unless a test sets it. */
  env?: NodeJS.ProcessEnv;
  /** Standard output and standard error are terminals (both false by default, as when piped). */
  tty?: { stdout?: boolean; stderr?: boolean };
  /** "Now" for the run (an ISO date-time): only Date is faked, so a test can prove output does not depend on the day. */
  now?: string;
  /**
   * Where the run gets its browser: a SharedBrowser (test/helpers/shared-browser.ts) lends one to all the runs of a
   * test file; unset, the run launches its own and closes it, as the binary does.
   */
  browsers?: SessionSource;
  /** Told each piece of standard error as the run writes it, for a test to act while the run is going. */
  onStderr?: (text: string) => void;
  /** The most dossiers `ontime -f xlsx` writes (Io.workbookDossiers), to reach the ceiling with a few rows. */
  workbookDossiers?: number;
}

/** A stream that keeps what is written, and says it is a terminal when asked to. */
class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  readonly isTTY: boolean;
  readonly columns = 100;
  readonly rows = 40;

  constructor(
    tty: boolean,
    private readonly onText?: (text: string) => void,
  ) {
    super();
    this.isTTY = tty;
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: () => void): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.chunks.push(bytes);
    this.onText?.(bytes.toString('utf8'));
    callback();
  }

  // What a terminal's stream offers and cli-progress calls; the escape codes it writes are kept like any output.
  cursorTo(x: number, y?: number | (() => void), callback?: () => void): boolean {
    this.write(typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`);
    (typeof y === 'function' ? y : callback)?.();
    return true;
  }

  clearLine(_dir: number, callback?: () => void): boolean {
    this.write('\x1b[2K');
    callback?.();
    return true;
  }

  moveCursor(_dx: number, _dy: number, callback?: () => void): boolean {
    callback?.();
    return true;
  }

  getWindowSize(): [number, number] {
    return [this.columns, this.rows];
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

// A spawned run sees the parent's environment with the given keys over it; a key set to undefined is left out.
function environment(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

/**
 * Runs `procmap` in this process, through the same `main()` the binary calls, and returns what it wrote and its exit
 * code. Each run starts clean: the working folder is the run's Io's (relative paths resolve against it, as for the
 * binary; the process's own folder is never changed, which worker threads cannot do), and the process's exit code, the
 * inputs a previous run protected and the clock are restored afterwards. Runs must not overlap (vitest runs a file's
 * tests one after another).
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const cwd = options.cwd ?? ROOT;
  const stdout = new Capture(options.tty?.stdout === true);
  const stderr = new Capture(options.tty?.stderr === true, options.onStderr);
  const io: Io = {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd,
    env: environment(options.env),
    ...(options.browsers ? { browsers: options.browsers } : {}),
    ...(options.workbookDossiers !== undefined ? { workbookDossiers: options.workbookDossiers } : {}),
  };
  const before = {
    exitCode: process.exitCode,
    listeners: { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') },
  };
  forgetRunState();
  if (options.now !== undefined) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(options.now));
  }
  let code: number;
  try {
    code = await main(args, io);
  } finally {
    if (options.now !== undefined) vi.useRealTimers();
    process.exitCode = before.exitCode;
    forgetRunState();
  }
  // A run in a test process must leave no signal handler behind (only processIo() installs them, for the binary).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (process.listenerCount(signal) !== before.listeners[signal])
      throw new Error(`procmap left a ${signal} handler installed in the test process`);
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real `procmap` binary, as a user runs it. */
export const BIN = fileURLToPath(new URL('../../bin/procmap.js', import.meta.url));

/** What a run of the binary produced. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * procmap() that does not block this process, so that several spawned runs (or in-process work) go on at once; stdin
 * is /dev/null. A run still going after `timeout` ms is killed by SIGKILL (code null); one that cannot start settles
 * with code null and the error on stderr.
 */
export function procmapAsync(args: string[], options: { timeout?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = options.timeout === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Spawns `procmap` with arguments in a folder (the repository root by default), without colours unless asked. */
export function procmap(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {},
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs is killed (status null) and fails its test instead of stalling the suite: by SIGKILL, as a
    // run stuck in a synchronous loop never gets to the SIGTERM handler that would end it.
    timeout: options.timeout,
    killSignal: 'SIGKILL',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

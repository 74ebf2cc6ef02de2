import { spawnSync } from 'node:child_process';
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

import { writeFileSafely } from './files.js';

/** Whether to colour output for a stream: NO_COLOR wins, then FORCE_COLOR (both from the run's Io), then whether it is a terminal. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/**
 * Writes a file atomically and safely: see writeFileSafely in src/node/files.ts (never through a link, never over an
 * input, never outside `root`, a short write is an error). Kept under this name for the commands that call it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, root?: string): void {
  writeFileSafely(path, data, root);
}

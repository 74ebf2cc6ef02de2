import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import atomic from 'write-file-atomic';

/** Whether to colour output for a stream: NO_COLOR wins, then FORCE_COLOR, then whether it is a terminal. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/**
 * Writes a file atomically (temporary file, fsync, rename; temporaries removed if the process is killed), creating
 * its folder, so a reader or an interrupted run never sees half a file.
 */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  atomic.sync(path, data);
}

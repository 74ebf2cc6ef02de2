import { accessSync, constants, statSync } from 'node:fs';

/** Why a file is read-only for procmap: marked so (no write permission for anyone), or not this user's to write. */
export type ReadOnly = 'marked' | 'denied';

/**
 * Whether a file is read-only as an editor sees it (vim's check): with no write permission for anyone it is marked
 * "do not change this", which root too must respect (root may write anything); else it is read-only when the
 * system would not let this process write it. A replace-by-rename needs only the folder's permission, so without
 * this check `lint --fix` rewrote files their owner had locked.
 */
export function readOnly(mode: number, writable: boolean): ReadOnly | undefined {
  if ((mode & 0o222) === 0) return 'marked';
  return writable ? undefined : 'denied';
}

/** readOnly for a file on disk; undefined when it cannot be looked at (the write then says why). */
export function fileReadOnly(path: string): ReadOnly | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return undefined;
  }
  let writable = true;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  return readOnly(mode, writable);
}

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new, empty profile folder for one browser, in the system's temporary folder. procmap makes it before the browser
 * starts, so that an interruption at any moment knows it and removes it: the one the browser launcher makes itself
 * is known only once the browser has started, and was left behind by a Ctrl-C while it started.
 */
export function newBrowserProfile(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-browser-'));
}

/**
 * Removes a browser's profile folder, waiting (blocked: the process may be about to exit) up to two seconds for its
 * helper processes, which die a moment after it and write into the folder until then.
 */
export function removeBrowserProfile(folder: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      rmSync(folder, { recursive: true, force: true });
      return;
    } catch {
      Atomics.wait(pause, 0, 0, 100);
    }
  }
}

/**
 * The folder inside a profile for the browser's own temporary files, made if missing. With --disable-dev-shm-usage
 * Chromium makes its shared memory as files in the temporary folder (".org.chromium.Chromium.XXXXXX") and unlinks
 * them a moment later: a browser killed in that moment (Ctrl-C while it starts) left one in the user's temporary
 * folder. Inside the profile, it goes with the profile.
 */
export function browserTempFolder(profile: string): string {
  const folder = join(profile, 'tmp');
  mkdirSync(folder, { recursive: true });
  return folder;
}

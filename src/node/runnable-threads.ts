import { readFileSync } from 'node:fs';

/**
 * How many threads the system is running or has ready to run at this moment, this one included: the fourth field of
 * Linux's /proc/loadavg ("2/345"). Undefined where there is no such file (macOS, Windows) or it reads otherwise.
 */
export function runnableThreads(): number | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/loadavg', 'latin1');
  } catch {
    return undefined;
  }
  const running = /^\S+ \S+ \S+ (\d+)\//.exec(text)?.[1];
  return running === undefined ? undefined : Number(running);
}

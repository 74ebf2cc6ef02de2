import { readFileSync } from 'node:fs';

/** What Linux says of a running process in /proc/<pid>/stat: its state letter and when it started. */
export interface ProcessStat {
  /** "R", "S", … ; "Z" for a process that has exited but is not reaped yet, "X" for one being removed. */
  state: string;
  /** Field 22, the start time in clock ticks since boot: a process given a reused id starts at another time. */
  start: string;
}

/** /proc/<pid>/stat of a process, or undefined where there is no /proc (macOS, Windows) or no such process. */
export function processStat(pid: number): ProcessStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces or ")": the fields after the last ")" are plain.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [state, start] = [fields[0], fields[19]];
  return state && start && /^\d+$/.test(start) ? { state, start } : undefined;
}

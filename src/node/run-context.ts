import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';

/** The part of a run's Io that helpers deep below the commands need without taking it as an argument. */
export interface RunContext {
  cwd: string;
}

const running = new AsyncLocalStorage<RunContext>();

/** Runs a command with its working folder in reach of every helper it calls, however deep (paths, displayed paths). */
export function runInFolder<T>(context: RunContext, run: () => T): T {
  return running.run(context, run);
}

/**
 * The working folder of the run in progress; outside a run (a library call), `.`, which Node's path functions
 * resolve against the process's own folder as they always did.
 */
export function workingFolder(): string {
  return running.getStore()?.cwd ?? '.';
}

/**
 * A path as the file system must get it: a relative path names a file in the run's working folder, which need not be
 * the process's (a test process runs many commands, each in its own folder, and worker threads cannot change folder).
 */
export function inRunFolder(path: string): string {
  return resolve(workingFolder(), path);
}

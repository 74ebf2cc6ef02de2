import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n.js';
import type { FilePass } from './linter.js';
import type { Diagnostic } from '../model/types.js';
import type { Day } from '../time/moment.js';

/** What a lint worker thread needs to rebuild the run's settings on its own and take its share of the files. */
export interface WorkerTask {
  /** Every file of the run: the threads take chunks of them in turn (takeChunks). */
  files: string[];
  /** Files named on the command line or reached through a link, never taken for a column mapping (streamSources). */
  notWalked: string[];
  /** The counter of chunks taken, shared by every thread of the run. */
  taken: SharedArrayBuffer;
  /** `--config`, as given: else each file's own configuration is found again in the worker (lintSettings). */
  config: string | undefined;
  /** The command's first path, whose configuration applies to what no file's does. */
  near: string;
  cwd: string;
  lang: Lang;
  today: Day;
  /** `--as-of`: the first day of the receipts date-dependent checks try. */
  asOf?: Day;
}

/**
 * From this many files a second thread pays for itself, and barely: V8 optimises procmap's code on a background
 * thread, which in a single-threaded lint of 2,000 files already keeps the second of two cores busy for about 0.8 s
 * (2.0 s wall against 3.0 s with `--no-concurrent-recompilation`), and a worker thread compiles and optimises
 * everything again. Measured side by side with chunks (docs/performance.md, 2026-12-07): at 2,000 files one worker
 * cost 0.8–1.0 s of CPU and 0.1 s of wall time; at 5,000 it saved 2 % of the wall time for 1.5 s of CPU; at 20,000,
 * 29 %.
 */
export const PARALLEL_THRESHOLD = 5000;

/**
 * Files a thread takes at a time: small enough that the last chunk's wait is short (about 50 ms), large enough that
 * taking one costs nothing next to linting it.
 */
export const CHUNK_FILES = 50;

/**
 * How many worker threads to add to the main thread for a catalog of this size: none for small catalogs, else one per
 * core that is idle now besides the main thread's own (at most 3), one per PARALLEL_THRESHOLD files. `runnable` is
 * how many threads the system runs at this moment, the caller's included (runnableThreads): on a machine other
 * programs keep busy a worker only competes with its own main thread, and costs its start-up for nothing.
 * PROCMAP_LINT_WORKERS overrides it (0 runs single-threaded), for benchmarks and for machines shared with others.
 */
export function workerCount(
  files: number,
  env: NodeJS.ProcessEnv,
  cores: number = availableParallelism(),
  runnable?: number,
): number {
  const forced = env.PROCMAP_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 8);
  const idle = runnable === undefined ? cores : Math.min(cores, cores - runnable + 1);
  const spare = Math.max(0, idle - 1);
  return Math.min(3, spare, Math.floor(files / PARALLEL_THRESHOLD));
}

/** One chunk of a run's files as a thread linted it, by its place in the run. */
export interface ChunkPass {
  index: number;
  pass: FilePass;
  unreadable: Diagnostic[];
  /** The column mappings passed over in the chunk, in its order. */
  mappings: string[];
}

/**
 * Lints chunks of the files until none is left, taking each from the counter the run's threads share, so each
 * chunk is linted by exactly one thread. `size` is the files per chunk.
 */
export function takeChunks(
  files: readonly string[],
  taken: SharedArrayBuffer,
  size: number,
  lintChunk: (files: readonly string[], unreadable: Diagnostic[], mappings: string[]) => FilePass,
): ChunkPass[] {
  const counter = new Int32Array(taken);
  const done: ChunkPass[] = [];
  for (let index = Atomics.add(counter, 0, 1); index * size < files.length; index = Atomics.add(counter, 0, 1)) {
    const unreadable: Diagnostic[] = [];
    const mappings: string[] = [];
    const pass = lintChunk(files.slice(index * size, (index + 1) * size), unreadable, mappings);
    done.push({ index, pass, unreadable, mappings });
  }
  return done;
}

function workerScript(): string {
  // `lint-worker.js` in the start-up bundle, `worker.js` beside this module in dist/ module by module.
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'lint-worker.js'), join(here, 'worker.js')].find((path) => existsSync(path))!;
}

/** What a lint worker thread sends back: the chunks it linted. */
export type WorkerResult = ChunkPass[];

/**
 * Starts `count` worker threads for the per-file pass, and returns once they are all running: the caller then takes
 * chunks of the files (takeChunks) while they do. Each result arrives when its thread has found no chunk left.
 */
export async function startLintWorkers(count: number, task: WorkerTask): Promise<Promise<WorkerResult>[]> {
  // Most runs start none: they skip the import, which also loads Node's ES module loader (5–13 % of a one-file lint).
  if (count === 0) return [];
  // Loaded here, not at start-up: most runs lint too few files for a worker, and the module costs start-up time.
  // Awaited before any thread starts: a thread started after an `await` would wait for the caller's own share.
  const { Worker } = await import('node:worker_threads');
  return Array.from(
    { length: count },
    () =>
      new Promise<WorkerResult>((resolve, reject) => {
        const worker = new Worker(workerScript(), { workerData: task });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`lint worker stopped with exit code ${code}`));
        });
      }),
  );
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n.js';
import type { FilePass } from './linter.js';
import type { Diagnostic } from '../model/types.js';
import type { Day } from '../time/moment.js';

/** What a lint worker thread needs to rebuild the run's settings on its own. */
export interface WorkerTask {
  files: string[];
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
 * Below this many files a second thread costs about what it saves (its own start-up and module loading): measured
 * here 0.73 s single against 0.77 s with two threads at 2,000 files, 1.35 s against 1.34 s at 5,000, 4.00 s
 * against 2.78 s at 20,000 (docs/performance.md). Each worker needs this many files of its own to pay.
 */
export const PARALLEL_THRESHOLD = 5000;

/**
 * How many worker threads to add to the main thread for a catalog of this size on this many cores: none for small
 * catalogs or a single core, else one per spare core (at most 3), each with at least PARALLEL_THRESHOLD files.
 * PROCMAP_LINT_WORKERS overrides it (0 runs single-threaded), for benchmarks and for machines shared with others.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv, cores: number = availableParallelism()): number {
  const forced = env.PROCMAP_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 8);
  const spare = Math.max(0, cores - 1);
  return Math.min(3, spare, Math.floor(files / PARALLEL_THRESHOLD));
}

function workerScript(): string {
  // `lint-worker.js` in the start-up bundle, `worker.js` beside this module in dist/ module by module.
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'lint-worker.js'), join(here, 'worker.js')].find((path) => existsSync(path))!;
}

/** What a lint worker thread sends back. */
export interface WorkerResult {
  pass: FilePass;
  unreadable: Diagnostic[];
}

/**
 * Starts one worker thread per task for the per-file pass of its files, and returns once they are all running:
 * the caller then lints its own share while they work. Each result arrives when its thread is done.
 */
export async function startLintWorkers(tasks: readonly WorkerTask[]): Promise<Promise<WorkerResult>[]> {
  // Most runs start none: they skip the import, which also loads Node's ES module loader (5–13 % of a one-file lint).
  if (tasks.length === 0) return [];
  // Loaded here, not at start-up: most runs lint too few files for a worker, and the module costs start-up time.
  // Awaited before any thread starts: a thread started after an `await` would wait for the caller's own share.
  const { Worker } = await import('node:worker_threads');
  return tasks.map(
    (task) =>
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

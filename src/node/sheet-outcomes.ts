import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translated } from '../i18n.js';
import type { ColumnMap } from '../interchange/columns.js';
import type { ImportOutcome } from '../interchange/draft.js';

/**
 * From this size on, a spreadsheet is read in a worker thread: a workbook of 9,000 rows (1 MB) held the main thread
 * for 3 s in exceljs and 7 s more in the rows' import, and Ctrl-C waited for both. Smaller ones take well under a
 * second, less than a thread's start.
 */
export const SHEET_WORKER_BYTES = 64 * 1024;

/** How an import reads its files: the column mapping (and where it gives each field), the date, the working day. */
export interface ImportReading {
  map: ColumnMap;
  /** Where the mapping gives each field (`cot.yaml:4:3`), for the note on a mapped header a file lacks. */
  mapPlaces?: Readonly<Record<string, string>> | undefined;
  effective: string | undefined;
  hoursPerDay: number;
}

/** What a sheet worker is given: the file's bytes, whether it is CSV, its name for the report, how to read it. */
export interface SheetTask {
  bytes: Uint8Array;
  csv: boolean;
  file: string;
  reading: ImportReading;
}

/** What a sheet worker sends back: the outcomes, the words of a file it cannot read, or an error of procmap's own. */
export type SheetTaskResult = { outcomes: ImportOutcome[] } | { said: Translated } | { crashed: string };

function workerScript(): string {
  // `sheet-worker.js` in the start-up bundle's folder, beside this module in dist/ module by module, or, for this
  // module run from its TypeScript source (the tests), the built one.
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'sheet-worker.js'), join(here, '../../dist/node/sheet-worker.js')].find((path) =>
    existsSync(path),
  )!;
}

/**
 * Reads a spreadsheet into import outcomes in a worker thread, or the words of a file it cannot read: the main
 * thread waits on it, so that an interruption (src/node/interrupt.ts) ends the run, the thread with it, at once.
 */
export async function sheetOutcomesInWorker(task: SheetTask): Promise<ImportOutcome[] | Translated> {
  const { Worker } = await import('node:worker_threads');
  const result = await new Promise<SheetTaskResult>((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`sheet worker stopped with exit code ${code}`));
    });
  });
  if ('crashed' in result) throw new Error(result.crashed);
  return 'said' in result ? result.said : result.outcomes;
}

import { parentPort, workerData } from 'node:worker_threads';
import { importWorkbook } from '../interchange/annex-import.js';
import { readCsv, readWorkbook, SheetError } from '../interchange/sheets.js';
import type { SheetTask, SheetTaskResult } from './sheet-outcomes.js';

// One spreadsheet read and turned into procedures off the main thread (sheet-outcomes.ts): exceljs and the rows'
// import run for seconds without yielding, and Ctrl-C is acted on only by a thread whose event loop turns.
const task = workerData as SheetTask;

async function outcomes(): Promise<SheetTaskResult> {
  try {
    const sheets = task.csv ? [readCsv(task.bytes, '')] : await readWorkbook(task.bytes);
    return { outcomes: importWorkbook(sheets, task.file, task.reading) };
  } catch (error) {
    if (error instanceof SheetError) return { said: error.said };
    return { crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// Imported outside a worker (dist/ loaded module by module), there is no task to run.
if (parentPort !== null) parentPort.postMessage(await outcomes());

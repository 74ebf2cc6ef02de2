import { parentPort, workerData } from 'node:worker_threads';
import { settingsResolver } from '../config/settings.js';
import { lintEachFile } from '../lint/linter.js';
import type { Diagnostic } from '../model/types.js';
import { loadCalendar } from './calendar.js';
import { loadConfig } from './config.js';
import { readProcedureFile } from './files.js';
import type { WorkerTask } from './parallel-lint.js';

// One worker thread of a parallel lint: the per-file pass over its share of the files, sent back as plain data.
const task = workerData as WorkerTask;
const config = loadConfig(task.configFile, task.files[0] ?? task.cwd);
const settingsFor = settingsResolver(config.config, { baseDir: task.baseDir, cwd: task.cwd });
const unreadable: Diagnostic[] = [];
function* sources() {
  for (const path of task.files) {
    const result = readProcedureFile(path);
    if ('locate' in result) yield result;
    else unreadable.push({ file: result.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message: `Cannot read: ${result.message}` });
  }
}
const pass = lintEachFile(sources(), { lang: task.lang, settingsFor, calendar: loadCalendar(undefined, config), today: task.today, keep: false });
parentPort!.postMessage({ pass, unreadable });

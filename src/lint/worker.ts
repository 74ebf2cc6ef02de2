import { parentPort, workerData } from 'node:worker_threads';
import { settingsResolver } from '../config/settings.js';
import { lintEachFile } from './linter.js';
import type { Diagnostic } from '../model/types.js';
import { loadCalendar, withAsOf } from '../node/calendar-loader.js';
import { streamSources } from '../node/catalog-reader.js';
import { loadConfig } from '../node/config-loader.js';
import { runInFolder } from '../node/run-context.js';
import type { WorkerTask } from './parallel.js';

// One worker thread of a parallel lint: the per-file pass over its share of the files, sent back as plain data.
const task = workerData as WorkerTask;
// The run's paths are relative to its working folder, which is not always the process's (a run inside a test process).
runInFolder({ cwd: task.cwd }, () => {
  const config = loadConfig(task.configFile, task.files[0] ?? task.cwd);
  const settingsFor = settingsResolver(config.config, { baseDir: task.baseDir, cwd: task.cwd });
  const unreadable: Diagnostic[] = [];
  const pass = lintEachFile(streamSources(task.files, unreadable, task.lang), {
    lang: task.lang,
    settingsFor,
    calendar: withAsOf(loadCalendar(undefined, config), task.asOf),
    today: task.today,
    keep: false,
  });
  parentPort!.postMessage({ pass, unreadable });
});

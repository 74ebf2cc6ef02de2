import { parentPort, workerData } from 'node:worker_threads';
import { lintEachFile } from './linter.js';
import type { Diagnostic } from '../model/types.js';
import { streamSources } from '../node/catalog-reader.js';
import { lintSettings } from '../node/lint-settings.js';
import { runInFolder } from '../node/run-context.js';
import { CHUNK_FILES, takeChunks, type WorkerTask } from './parallel.js';

// One worker thread of a parallel lint: the per-file pass over the chunks of files it takes, sent back as plain data.
const task = workerData as WorkerTask;
// The run's paths are relative to its working folder, which is not always the process's (a run inside a test process).
runInFolder({ cwd: task.cwd }, () => {
  const settings = lintSettings(task.files, { explicit: task.config, near: task.near, cwd: task.cwd, asOf: task.asOf });
  const notWalked = new Set(task.notWalked);
  const lintChunk = (files: readonly string[], unreadable: Diagnostic[], mappings: string[]) =>
    lintEachFile(streamSources(files, unreadable, task.lang, { notWalked, mappings }), {
      lang: task.lang,
      settingsFor: settings.settingsFor,
      calendarFor: settings.calendarFor,
      today: task.today,
      keep: false,
    });
  parentPort!.postMessage(takeChunks(task.files, task.taken, CHUNK_FILES, lintChunk));
});

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

// Test processes work in an empty folder, never in the repository: an in-process run gets its working
// folder from its Io only, so code that resolved a path against the process's folder instead fails here, where before
// it quietly read (and once, through `lint --fix`, rewrote) the repository's own fixtures. The folder stays empty and
// is shared by every worker and run; it is left in place for the next. A worker thread cannot change folder (Node
// refuses): the guard holds in the forks pool, which both projects use; `--pool=threads` runs without it.
const folder = join(tmpdir(), 'procmap-unit-elsewhere');
mkdirSync(folder, { recursive: true });
if (isMainThread) process.chdir(folder);

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A test run's temporary folders (those its test files make, and those of the procmap runs and browsers they start,
// which inherit TMPDIR) all go under one folder, removed when the run ends. Test files made their folders with
// mkdtemp and many never removed them: the shared /tmp here had gathered over 100,000 `procmap-*` folders, about 2,000
// a run. Set up in vitest's own process, before it starts the test processes, which inherit its environment.

/** Makes the run's temporary folder and points TMPDIR at it; returns the teardown that removes it. */
export default function setup(): () => void {
  // Each project runs the root's global setup: the first one's folder serves both.
  if (process.env.PROCMAP_TEST_TMPDIR !== undefined) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), 'procmap-tests-'));
  // As open as /tmp (sticky, everyone's): the permission tests run procmap as another user, who must reach their files.
  chmodSync(root, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env.PROCMAP_TEST_TMPDIR = root;
  return () => {
    delete process.env.PROCMAP_TEST_TMPDIR;
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true, maxRetries: 2 });
  };
}

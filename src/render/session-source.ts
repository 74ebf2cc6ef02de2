import type { BrowserSession, BrowserSessionOptions } from './diagram-renderer.js';

/** A browser session lent to one run, and how the run gives it back when it is done. */
export interface SessionLease {
  readonly session: BrowserSession;
  /** Gives the session back; for a session the run launched itself, that closes the browser. */
  release(): Promise<void>;
}

/**
 * Where a run gets its browser session (`Io.browsers`). A run of the binary launches its own browser and closes it at
 * the end; a test harness can lend one session to many in-process runs, so that Chromium starts and mermaid loads once
 * per test file instead of once per run.
 */
export interface SessionSource {
  acquire(options: BrowserSessionOptions): Promise<SessionLease>;
}

/** A new browser for the run, closed when the run gives it back (the binary's also ends on Ctrl-C: run-browsers.ts). */
export const LAUNCH_PER_RUN: SessionSource = {
  async acquire(options) {
    // Loaded when a run needs a browser, as flowchart always did: runs without one never load the browser stack.
    const { BrowserSession } = await import('./diagram-renderer.js');
    const session = await BrowserSession.open(options);
    return { session, release: () => session.close() };
  },
};

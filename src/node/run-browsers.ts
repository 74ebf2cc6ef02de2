import { LAUNCH_PER_RUN, type SessionSource } from '../render/session-source.js';
import { newBrowserProfile, removeBrowserProfile } from './browser-profile.js';
import { interrupted, onInterrupt } from './interrupt.js';
import type { Io } from './io.js';

// How long an interrupted run waits for a browser still starting, to end it and remove its profile folder.
const LAUNCH_WAIT_MS = 3_000;

/**
 * A browser for each run, as LAUNCH_PER_RUN launches it, in a profile folder procmap makes first: ended with that
 * folder if the run is interrupted, even while it starts (an exit on Ctrl-C cannot wait for the browser to close, and
 * the launcher's own profile folder was left in the temporary folder). A run interrupted before its browser started
 * starts none: the process exits in a moment, and a browser started meanwhile would outlive the clean-up.
 */
const ENDED_ON_INTERRUPT: SessionSource = {
  acquire(options) {
    if (interrupted()) return new Promise<never>(() => undefined);
    const profile = newBrowserProfile();
    const launching = LAUNCH_PER_RUN.acquire({ ...options, profile });
    const forget = onInterrupt(async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, LAUNCH_WAIT_MS)));
      await Promise.race([
        launching.then(
          (lease) => lease.session.kill(),
          () => undefined,
        ),
        late,
      ]);
      clearTimeout(timer);
      removeBrowserProfile(profile);
    });
    return launching.then(
      (lease) => ({
        session: lease.session,
        release: async () => {
          forget();
          try {
            await lease.release();
          } finally {
            removeBrowserProfile(profile);
          }
        },
      }),
      (error: unknown) => {
        forget();
        removeBrowserProfile(profile);
        throw error;
      },
    );
  },
};

/**
 * Where a rendering command gets its browser: the one its Io lends (tests share one session), else one launched for
 * the run and ended on Ctrl-C. Only the commands that render import this, so that lint's bundle holds no browser code.
 */
export function runBrowsers(io: Io): SessionSource {
  return io.browsers ?? ENDED_ON_INTERRUPT;
}

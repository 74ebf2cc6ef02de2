import type { Lang } from '../i18n.js';
import { removeTemporaryFiles, settleWrites, wroteFiles } from './files.js';

const cleanups: (() => void | Promise<void>)[] = [];
// How long an interrupted run waits for its clean-ups: a browser still starting is waited for, to be ended.
const CLEANUP_MS = 5_000;
let stopping = false;

/** Whether the run was interrupted and is cleaning up before it exits: nothing new (a browser) should start. */
export function interrupted(): boolean {
  return stopping;
}

/**
 * Waits for nothing, unless the run was interrupted meanwhile: then it never settles, so that a command that awaited
 * something slow (a browser starting) makes nothing more (no folder, no lock) while the clean-up exits the process.
 */
export function unlessInterrupted(): Promise<void> {
  return stopping ? new Promise<never>(() => undefined) : Promise.resolve();
}

/**
 * Lets a Ctrl-C through between the files of a loop that never waits otherwise (fixing, rendering Markdown): Node acts
 * on a signal only when its event loop turns, and a run that finished without one turning exited 0 as if never
 * stopped. Never settles once the run is stopping, so that no further file is started.
 */
export async function betweenFiles(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return unlessInterrupted();
}

// The run's language once its command has settled it; procmap's default until then.
let language: Lang = 'vi';

/** Says the line an interruption prints in the run's language (main calls it once the command's language is known). */
export function interruptLanguage(lang: Lang): void {
  language = lang;
}

/** The run's language as main settled it (Vietnamese until then), for the lines the process's own streams print. */
export function runLanguage(): Lang {
  return language;
}

/**
 * Registers something to undo if the run is interrupted (Ctrl-C): a lock to release, a browser to end. Returns what
 * forgets it once it is undone otherwise, so that a long run (serve) does not pile them up.
 */
export function onInterrupt(cleanup: () => void | Promise<void>): () => void {
  // Registered while the run is already stopping (its clean-ups taken): undone at once, or it would be left behind.
  if (stopping) {
    void Promise.resolve()
      .then(cleanup)
      .catch(() => undefined);
    return () => undefined;
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/**
 * On Ctrl-C (SIGINT) or SIGTERM: removes the temporary files of writes in flight and releases locks, says so in one
 * line and exits 2. Every file already under its final name is complete, so the next run continues from there; a run
 * that wrote none says so instead (interruptedLine).
 */
export function handleInterrupts(stderr: NodeJS.WritableStream): void {
  const stop = async (signal: string) => {
    stopping = true;
    // Writes already under way finish (or fail) first, so that removing their temporary files is the last word.
    await settleWrites(2_000);
    removeTemporaryFiles();
    // Each clean-up on its own: one that fails or hangs does not keep the others from running, nor the exit.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLEANUP_MS)));
    const undone = cleanups.splice(0).map(async (cleanup) => cleanup());
    await Promise.race([Promise.allSettled(undone), late]);
    clearTimeout(timer);
    stderr.write(interruptedLine(signal, wroteFiles(), language));
    process.exit(2);
  };
  const onSigint = () => void stop('SIGINT');
  const onSigterm = () => void stop('SIGTERM');
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  installed.push(() => {
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigterm);
  });
}

/**
 * The line an interrupted run ends with: what is true of its files. A run that wrote none (a plain `lint`, a `doc`
 * stopped while its browser started) says that nothing was written, not that "the files already written are complete".
 */
export function interruptedLine(signal: string, wrote: boolean, lang: Lang): string {
  if (!wrote)
    return lang === 'vi'
      ? `procmap: đã dừng (${signal}); chưa ghi tệp nào\n`
      : `procmap: interrupted (${signal}); no file was written\n`;
  return lang === 'vi'
    ? `procmap: đã dừng (${signal}); các tệp đã ghi xong đều trọn vẹn, lần chạy sau tiếp tục từ đó\n`
    : `procmap: interrupted (${signal}); the files already written are complete, and the next run continues from them\n`;
}

const installed: (() => void)[] = [];

/**
 * For a command that stops cleanly on Ctrl-C or SIGTERM by itself (`procmap serve`, which exits 0 and removes its
 * own temporary folder): removes the handlers above, so that they neither exit 2 nor cut its clean-up short.
 */
export function leaveInterruptsToCommand(): void {
  for (const remove of installed.splice(0)) remove();
}

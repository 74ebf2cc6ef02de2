import { createRequire } from 'node:module';

/** A one-line progress bar on a terminal; silent when the stream is not a terminal, so logs and pipes stay clean. */
export interface Progress {
  /** One more item done, named for the line. */
  tick(name: string): void;
  /** Erases the bar. */
  done(): void;
}

/** A progress bar with counts and ETA over `total` items on `stream`, drawn only when it is a terminal. */
export function progressBar(stream: NodeJS.WriteStream, total: number, label: string): Progress {
  if (stream.isTTY !== true || total < 2) return { tick: () => undefined, done: () => undefined };
  // Loaded only to draw: with readline and its string-width helpers it is a cost every build paid, bar or not.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} ETA {eta_formatted} {name}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.legacy,
  );
  bar.start(total, 0, { name: '' });
  return {
    tick(name) {
      bar.increment(1, { name });
    },
    done() {
      bar.stop();
    },
  };
}

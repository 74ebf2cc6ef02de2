/** A one-line progress bar on a terminal; silent when the stream is not a terminal, so logs and pipes stay clean. */
export interface Progress {
  /** One more item done, named for the line. */
  tick(name: string): void;
  /** Erases the bar. */
  done(): void;
}

const WIDTH = 24;

/** A progress bar over `total` items on `stream`, drawn only when it is a terminal. */
export function progressBar(stream: NodeJS.WriteStream, total: number, label: string): Progress {
  if (stream.isTTY !== true || total < 2) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  const draw = (name: string) => {
    const filled = Math.round((count / total) * WIDTH);
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${name}`;
    const columns = stream.columns ?? 80;
    stream.write(`\r${line.length >= columns ? line.slice(0, columns - 1) : line}\u001b[K`);
  };
  draw('');
  return {
    tick(name) {
      count++;
      draw(name);
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}

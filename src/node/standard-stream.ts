import { fstatSync, statSync, writeSync } from 'node:fs';

/**
 * Standard output or error (file descriptor 1 or 2; any descriptor in tests) that writes straight to its descriptor, and becomes the process's
 * own stream (`real()`, made then) the first time anything but `write` or `isTTY` is asked of it, or a write would
 * block. Making process.stdout loads Node's stream and socket modules, several milliseconds of every start when the
 * output is a pipe (CI, a pager) that a lint writing one line need not pay. Writes stay in order: Node's own streams
 * write to files and pipes synchronously on Linux and macOS, as this does.
 *
 * `failed`: a write that failed for a reason other than a reader gone (EPIPE), such as a full disk; output then stops.
 */
export function standardStream(
  fd: number,
  real: () => NodeJS.WriteStream,
  failed: (error: NodeJS.ErrnoException) => void,
): NodeJS.WriteStream {
  let stream: NodeJS.WriteStream | undefined;
  let stopped = false;
  const made = () => (stream ??= real());
  const write = (chunk: string | Uint8Array, encoding?: unknown, done?: unknown): boolean => {
    const callback = [encoding, done].find((arg): arg is (error?: Error | null) => void => typeof arg === 'function');
    if (stream !== undefined) return stream.write(chunk, callback);
    if (!stopped) {
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : chunk;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor set not to block, whose reader is slow: the rest goes through Node's stream, which waits.
        if (code === 'EAGAIN') return made().write(bytes.subarray(written), callback);
        stopped = true;
        if (code !== 'EPIPE') failed(error as NodeJS.ErrnoException);
      }
    }
    if (callback) process.nextTick(callback);
    return true;
  };
  // A file, a pipe or /dev/null is no terminal; another character device may be one, which the real stream tells.
  const terminalUnknown = () => {
    try {
      const device = fstatSync(fd);
      return device.isCharacterDevice() && device.rdev !== statSync('/dev/null').rdev;
    } catch {
      return true;
    }
  };
  return new Proxy({} as NodeJS.WriteStream, {
    get(_target, key) {
      if (key === 'write' && stream === undefined) return write;
      if (key === 'isTTY' && stream === undefined && !terminalUnknown()) return false;
      const value = Reflect.get(made(), key) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(stream) : value;
    },
    has: (_target, key) => Reflect.has(made(), key),
    set: (_target, key, value) => Reflect.set(made(), key, value),
  });
}

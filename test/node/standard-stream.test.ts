import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { standardStream } from '../../src/node/standard-stream.js';

const opened: number[] = [];
afterEach(() => opened.splice(0).forEach((fd) => closeSync(fd)));

/** A descriptor on a new file, and the file's path. */
function file(): { fd: number; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-stream-')), 'out.txt');
  const fd = openSync(path, 'w');
  opened.push(fd);
  return { fd, path };
}

describe('a standard stream made on first need', () => {
  it('writes to its descriptor in order, and answers isTTY for a file, without the real stream', () => {
    const { fd, path } = file();
    let made = 0;
    const stream = standardStream(
      fd,
      () => (made++, process.stderr),
      () => undefined,
    );
    stream.write('một ');
    stream.write(Buffer.from('hai\n'));
    expect(stream.isTTY).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('một hai\n');
    expect(made).toBe(0);
  });

  it('becomes the real stream the first time more than write is asked of it, once', () => {
    const { fd } = file();
    const writes: string[] = [];
    const real = {
      write: (chunk: string) => (writes.push(chunk), true),
      columns: 120,
    } as unknown as NodeJS.WriteStream;
    let made = 0;
    const stream = standardStream(
      fd,
      () => (made++, real),
      () => undefined,
    );
    expect(stream.columns).toBe(120);
    stream.write('sau');
    expect(writes).toEqual(['sau']);
    expect(made).toBe(1);
  });

  it('reports a failing write once and writes nothing more (a full disk)', () => {
    const fd = openSync('/dev/full', 'w');
    opened.push(fd);
    const failures: string[] = [];
    const stream = standardStream(
      fd,
      () => process.stderr,
      (error) => failures.push(error.code ?? ''),
    );
    stream.write('a');
    stream.write('b');
    expect(failures).toEqual(['ENOSPC']);
  });

  it('calls a write callback, as a stream does', async () => {
    const { fd } = file();
    const stream = standardStream(
      fd,
      () => process.stderr,
      () => undefined,
    );
    await new Promise<void>((resolve) => stream.write('x', () => resolve()));
  });
});

import { chmodSync, chownSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely, writeFileSafelyAsync } from '../../src/node/files.js';

const ROOT_USER = process.getuid?.() === 0;
const NOBODY = 65534;

/** A file shared with its group (rw-rw----, which no umask gives a new file), nobody's when the test may say so. */
function sharedFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-replace-')), 'shared.md');
  writeFileSync(path, 'old');
  chmodSync(path, 0o660);
  if (ROOT_USER) chownSync(path, NOBODY, NOBODY);
  return path;
}

const attributes = (path: string) => {
  const { mode, uid, gid } = statSync(path);
  return { mode: mode & 0o777, uid, gid };
};

// Every write replaces a file by renaming a new one over it: the new one must take the old one's permissions and owner.
describe('a replaced file keeps its permissions and owner', () => {
  it('writeFileSafely', () => {
    const path = sharedFile();
    const before = attributes(path);
    writeFileSafely(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(attributes(path)).toEqual(before);
  });

  it('writeFileSafelyAsync (build, import)', async () => {
    const path = sharedFile();
    const before = attributes(path);
    await writeFileSafelyAsync(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(attributes(path)).toEqual(before);
  });

  // lint --fix turned 2664, 1644 and 4755 into 664, 644 and 755 (the same writer serves import and the outputs).
  it.each(['2664', '1644', '4755'])('keeps the set-id and sticky bits of mode %s, in both writers', async (octal) => {
    const mode = Number.parseInt(octal, 8);
    const dir = mkdtempSync(join(tmpdir(), 'procmap-replace-'));
    for (const [name, write] of [
      ['sync.yaml', async (path: string) => writeFileSafely(path, 'new', dir, true)],
      ['async.yaml', (path: string) => writeFileSafelyAsync(path, 'new', dir)],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, 'old');
      chmodSync(path, mode);
      await write(path);
      expect(readFileSync(path, 'utf8')).toBe('new');
      expect(statSync(path).mode & 0o7777).toBe(mode);
    }
  });

  it('a new file gets the usual permissions (the umask applies)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-replace-'));
    writeFileSafely(join(dir, 'new.md'), 'new');
    // What Node makes of a new file here, the umask applied (process.umask() alone is deprecated).
    writeFileSync(join(dir, 'plain.md'), 'new');
    expect(attributes(join(dir, 'new.md'))).toEqual(attributes(join(dir, 'plain.md')));
  });
});

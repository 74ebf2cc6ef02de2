import { mkdtempSync, rmSync, writeFileSync, type MakeDirectoryOptions, type PathLike } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A disk mounted read-only, as the system answers on one: mounting one needs privileges a test run may not have, so
// the calls that meet it answer as Linux does (a write check, a folder made), the rest of the file system real. Node's
// own recursive mkdir answers ENOENT there (it looks the folder up after the failure), which is what procmap met.
const disk = vi.hoisted(() => ({ readOnly: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const erofs = (syscall: string, path: unknown) =>
    Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${String(path)}'`), {
      code: 'EROFS',
      syscall,
      path: String(path),
    });
  const enoent = (path: unknown) =>
    Object.assign(new Error(`ENOENT: no such file or directory, mkdir '${String(path)}'`), {
      code: 'ENOENT',
      syscall: 'mkdir',
      path: String(path),
    });
  const accessSync: typeof fs.accessSync = (path, mode) => {
    if (disk.readOnly && mode !== undefined && (mode & fs.constants.W_OK) !== 0) throw erofs('access', path);
    fs.accessSync(path, mode);
  };
  const mkdirSync = ((path: PathLike, options?: MakeDirectoryOptions) => {
    if (disk.readOnly) throw options?.recursive === true ? enoent(path) : erofs('mkdir', path);
    return fs.mkdirSync(path, options);
  }) as typeof fs.mkdirSync;
  return { ...fs, default: { ...fs, accessSync, mkdirSync }, accessSync, mkdirSync };
});
// The unit project shares one module graph per worker: procmap's modules may already be loaded there with the real
// node:fs. Loaded again here, they import the mock.
vi.resetModules();
const { prepareOutputFolder } = await import('../../src/node/files.js');
const { fileReadOnly, readOnlyWords } = await import('../../src/node/read-only.js');

describe('a read-only disk', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'procmap-read-only-disk-'));
  });

  afterEach(() => {
    disk.readOnly = false;
    rmSync(dir, { recursive: true, force: true });
  });

  it('is said of an output folder that cannot be made there (it was "no such file or folder")', () => {
    disk.readOnly = true;
    expect(() => prepareOutputFolder(join(dir, 'out', 'docs'))).toThrow(
      `Cannot write into "${join(dir, 'out', 'docs')}": the disk is read-only`,
    );
  });

  it('is said of a file on it, not that the user lacks permission (which no owner could give)', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'x');
    disk.readOnly = true;
    const why = fileReadOnly(file);
    expect(why).toBe('disk');
    expect(readOnlyWords('a.md', why!, 'replace').en).toBe(
      'Cannot write "a.md": the disk it is on is read-only; write elsewhere, or mount the disk for writing',
    );
  });

  it('still makes the folders of an output on a writable disk', () => {
    prepareOutputFolder(join(dir, 'out', 'docs'));
    expect(fileReadOnly(join(dir, 'out', 'docs'))).toBeUndefined();
  });
});

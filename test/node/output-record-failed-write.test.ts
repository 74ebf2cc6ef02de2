import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/node/io.js';

// The write of an output file fails as it does for a user who may not replace it (a file of another user in a shared
// folder: permission denied), after the record took its hash; the record itself is written. Only while this file's
// tests run: the unit project's files share a worker, and those loaded after this one get the mocked module too.
const writes = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/node/files.js', async (original) => {
  const files = await original<typeof import('../../src/node/files.js')>();
  return {
    ...files,
    writeFileSafely: (path: string, data: string | Uint8Array, dir?: string) => {
      if (writes.fail && basename(path) !== '.procmap-outputs.json')
        throw new files.WriteError(`Cannot write "${path}"`);
      files.writeFileSafely(path, data, dir);
    },
  };
});

// The unit project shares one module graph per worker: output-record.js may already be loaded there with the real
// files.js. Loaded again here, it imports the mock.
vi.resetModules();
const { OUTPUT_RECORD, OutputRecord } = await import('../../src/node/output-record.js');

const io = { stderr: { write: () => true } } as unknown as Io;

describe('a write that fails leaves the output folder as it was', () => {
  beforeAll(() => void (writes.fail = true));
  afterAll(() => void (writes.fail = false));

  it('makes no record in a folder that had none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-failed-write-'));
    const record = OutputRecord.open(dir, { io, lang: 'en' });
    expect(() => {
      record.write([[join(dir, 'catalog.xlsx'), 'bytes']]);
      record.finish();
    }).toThrow('Cannot write');
    record.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the record a folder had, with what it listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-failed-write-'));
    writeFileSync(join(dir, OUTPUT_RECORD), '{\n "version": 1,\n "files": {}\n}\n');
    const record = OutputRecord.open(dir, { io, lang: 'en' });
    expect(() => {
      record.write([[join(dir, 'catalog.xlsx'), 'bytes']]);
      record.finish();
    }).toThrow('Cannot write');
    record.close();
    expect(readdirSync(dir)).toEqual([OUTPUT_RECORD]);
  });
});

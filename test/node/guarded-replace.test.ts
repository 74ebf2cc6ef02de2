import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafelyAsync } from '../../src/node/files.js';
import { ReplacedMeanwhile, replaceOnly } from '../../src/node/guarded-replace.js';

// Two imports into one folder both said "imported" and one silently replaced the other: import now puts a file in
// place only over what it found when it decided to write (src/node/guarded-replace.ts). The other writer is a write
// made between that decision and the import's write (no race).
const OTHER = 'id: "1.001193"\ntitle: Written by the other import\nsteps: []\n';
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-guarded-replace-'));

describe('a write put in place only over what was found', () => {
  it('found nothing, and another writer made the file meanwhile: refused, their file kept', async () => {
    const file = join(fresh(), '1.001193.yaml');
    const place = replaceOnly('nothing', 1024);
    writeFileSync(file, OTHER);
    const write = writeFileSafelyAsync(file, 'mine\n', undefined, place);
    await expect(write).rejects.toBeInstanceOf(ReplacedMeanwhile);
    await expect(write).rejects.toThrow(/1\.001193\.yaml was written by someone else while procmap ran/);
    expect(readFileSync(file, 'utf8')).toBe(OTHER);
  });

  it('found a file, and it was changed meanwhile: refused, the change kept', async () => {
    const file = join(fresh(), 'ks.yaml');
    writeFileSync(file, 'read\n');
    const place = replaceOnly({ bytes: Buffer.from('read\n') }, 1024);
    writeFileSync(file, OTHER);
    await expect(writeFileSafelyAsync(file, 'mine\n', undefined, place)).rejects.toBeInstanceOf(ReplacedMeanwhile);
    expect(readFileSync(file, 'utf8')).toBe(OTHER);
  });

  it('with nothing written meanwhile, writes as before, new or over the file found', async () => {
    const dir = fresh();
    await writeFileSafelyAsync(join(dir, 'a.yaml'), 'new\n', undefined, replaceOnly('nothing', 1024));
    writeFileSync(join(dir, 'b.yaml'), 'read\n');
    await writeFileSafelyAsync(
      join(dir, 'b.yaml'),
      'new\n',
      undefined,
      replaceOnly({ bytes: Buffer.from('read\n') }, 1024),
    );
    expect([readFileSync(join(dir, 'a.yaml'), 'utf8'), readFileSync(join(dir, 'b.yaml'), 'utf8')]).toEqual([
      'new\n',
      'new\n',
    ]);
  });
});
